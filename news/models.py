"""News items and events: what the project announces about its activities.

Events carry enough structure (start, end, place, online link) to be listed as
upcoming or past, exported to calendars and described to search engines.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content_blocks.blocks import BodyBlock, MaterialBlock
from home.listing_pages import ListingPage

from .calendar import calendar_response

PAGE_SIZE = 12
PAST_EVENTS_PAGE_SIZE = 10


def paginate(request, queryset, size):
    """One page of ``queryset``; an address past the end is a 404, not a 500."""
    paginator = Paginator(queryset, size)
    try:
        return paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(_("There is no such page of results.")) from error


class NewsPage(Page):
    """An announcement: a result, a publication, a milestone of the project."""

    date = models.DateField(_("date"), default=datetime.date.today)
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences shown in listings and feeds."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("date"),
        SynchronizedField("image"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("summary"),
        APIField("body"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


class NewsIndexPage(ListingPage):
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news listing")

    def items(self):
        return NewsPage.objects.live().child_of(self).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = paginate(request, self.items(), PAGE_SIZE)
        return context


class EventType:
    choices = [
        ("meeting", _("Project meeting")),
        ("multiplier", _("Multiplier event")),
        ("focus-group", _("Focus group")),
        ("workshop", _("Workshop or training")),
        ("webinar", _("Webinar")),
        ("conference", _("Conference")),
    ]


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Time"), required=False)
    title = blocks.CharBlock(label=_("What happens"), max_length=150)
    description = blocks.TextBlock(label=_("Details"), required=False, max_length=600)

    class Meta:
        icon = "time"
        label = _("Programme item")


class EventPage(RoutablePageMixin, Page):
    """A meeting, multiplier event, focus group or webinar of the project."""

    event_type = models.CharField(
        _("type of event"), max_length=20, choices=EventType.choices
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(
        _("ends"), help_text=_("The same day or later than the start.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences shown in listings, feeds and calendars."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty for an event that is only online."),
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Where to join or watch, for online and hybrid events."),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    programme = StreamField(
        [("item", ProgrammeItemBlock())], verbose_name=_("programme"), blank=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    materials = StreamField(
        MaterialBlock(),
        verbose_name=_("materials"),
        blank=True,
        help_text=_("Slides, reports and recordings, once the event has taken place."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("event_type"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("summary"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
                FieldPanel("registration_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("programme"),
        FieldPanel("body"),
        FieldPanel("materials"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("programme"),
        TranslatableField("body"),
        TranslatableField("materials"),
        SynchronizedField("event_type"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("image"),
        SynchronizedField("venue"),
        SynchronizedField("address"),
        TranslatableField("city"),
        SynchronizedField("country"),
        SynchronizedField("online_url"),
        SynchronizedField("registration_url"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("programme"),
        index.SearchField("city"),
        index.FilterField("starts_at"),
        index.FilterField("event_type"),
    ]
    api_fields = [
        APIField("event_type"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("summary"),
        APIField("venue"),
        APIField("address"),
        APIField("city"),
        APIField("country"),
        APIField("online_url"),
        APIField("registration_url"),
        APIField("programme"),
        APIField("body"),
        APIField("materials"),
    ]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("An event cannot end before it starts.")
        if not (self.venue or self.online_url):
            errors["venue"] = _("Give a venue, an online link, or both.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def is_online(self):
        return bool(self.online_url) and not self.venue

    @property
    def place(self):
        """The venue, address, city and country on one line, as far as given."""
        parts = [self.venue, self.address, self.city, str(self.country.name or "")]
        return ", ".join(part for part in parts if part)

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendar_response(request, [self], filename=self.slug)


class EventIndexPage(RoutablePageMixin, ListingPage):
    """Upcoming events first, soonest at the top; then past ones, newest first."""

    subpage_types = ["news.EventPage"]

    class Meta:
        verbose_name = _("event listing")

    def events(self):
        return EventPage.objects.live().child_of(self)

    def upcoming(self):
        now = timezone.now()
        return self.events().filter(ends_at__gte=now).order_by("starts_at", "pk")

    def past(self):
        now = timezone.now()
        return self.events().filter(ends_at__lt=now).order_by("-starts_at", "-pk")

    @path("")
    def listing(self, request):
        return self.render(
            request,
            context_overrides={
                "upcoming": self.upcoming(),
                "past": paginate(request, self.past(), PAST_EVENTS_PAGE_SIZE),
            },
        )

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendar_response(request, self.upcoming(), filename="events")
