"""The home page, plain information pages and the site-wide settings."""

from django.db import models
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from content_blocks.blocks import ContentPageBodyBlock, SocialLinkBlock
from practices.listing import entry_cards
from practices.models import (
    EntryCountry,
    PracticeIndexPage,
    PracticePage,
    ResourceIndexPage,
    Theme,
)

LATEST_COUNT = 6


class HomePage(Page):
    """The front door: what the database is and ways into it."""

    intro = RichTextField(
        _("introduction"), features=["bold", "italic", "link"], blank=True
    )
    featured_heading = models.CharField(
        _("heading of the featured entries"),
        max_length=120,
        default=_("Chosen by the editors"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("featured_heading"),
                InlinePanel("featured_entries", label=_("Featured entry"), max_num=6),
            ],
            heading=_("Featured practices and resources"),
        ),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "practices.PracticeIndexPage",
        "practices.ResourceIndexPage",
        "home.ContentPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The entry points link to the practice listing, so they count practices.
        practices = PracticePage.objects.live().descendant_of(self)
        context["featured_entries"] = self.featured()
        context["latest_entries"] = entry_cards(
            LATEST_COUNT, path__startswith=self.path
        )
        context["practice_index"] = (
            PracticeIndexPage.objects.live().child_of(self).first()
        )
        context["resource_index"] = (
            ResourceIndexPage.objects.live().child_of(self).first()
        )
        context["themes"] = self.theme_entry_points(practices)
        context["countries"] = self.country_entry_points(practices)
        return context

    def featured(self):
        """The chosen entries that are live, in the editors' order."""
        chosen = [item.entry_id for item in self.featured_entries.all()]
        by_id = {page.pk: page for page in entry_cards(len(chosen), pk__in=chosen)}
        return [by_id[pk] for pk in chosen if pk in by_id]

    def theme_entry_points(self, live_entries):
        live = Q(entries__in=live_entries.values("pk"))
        return (
            Theme.objects.filter(locale=self.locale)
            .annotate(entry_count=Count("entries", filter=live, distinct=True))
            .filter(entry_count__gt=0)
        )

    def country_entry_points(self, live_entries):
        rows = (
            EntryCountry.objects.filter(entry__in=live_entries.values("pk"))
            .values("country")
            .annotate(entry_count=Count("entry", distinct=True))
        )
        counts = {row["country"]: row["entry_count"] for row in rows}
        # Iterating django-countries sorts by the name in the active language.
        return [
            {"code": code, "name": name, "entry_count": counts[code]}
            for code, name in all_countries
            if code in counts
        ]


class HomeFeaturedEntry(Orderable):
    """A practice or resource the editors put on the home page."""

    page = ParentalKey(HomePage, related_name="featured_entries")
    entry = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("entry"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [
        PageChooserPanel(
            "entry", page_type=["practices.PracticePage", "practices.ResourcePage"]
        )
    ]


class ContentPage(Page):
    """An information page: about, partners, privacy, accessibility, legal."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(ContentPageBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("information page")


DEFAULT_FUNDING = _("Co-funded by the Erasmus+ Programme of the European Union.")
DEFAULT_DISCLAIMER = _(
    "The European Commission support for the production of this publication "
    "does not constitute an endorsement of the contents which reflects the "
    "views only of the authors, and the Commission cannot be held responsible "
    "for any use which may be made of the information contained therein."
)


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """Name, logo, social links and the legal lines of the footer."""

    site_name = models.CharField(
        _("site name"),
        max_length=120,
        default=_("Drop-out Prevention Database"),
    )
    tagline = models.CharField(
        _("tagline"),
        max_length=200,
        blank=True,
        default=_("Good practices and resources to keep migrant students in school"),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    funding_acknowledgement = models.TextField(
        _("funding acknowledgement"), default=DEFAULT_FUNDING, max_length=400
    )
    disclaimer = models.TextField(
        _("disclaimer"), default=DEFAULT_DISCLAIMER, max_length=1000
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())], verbose_name=_("social media"), blank=True
    )
    sample_content = models.BooleanField(
        _("show the sample content notice"),
        default=False,
        help_text=_(
            "Set while the demo entries are loaded. Switch it off once the "
            "sample entries have been replaced by real ones."
        ),
    )

    panels = [
        FieldPanel("site_name"),
        FieldPanel("tagline"),
        FieldPanel("logo"),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [FieldPanel("funding_acknowledgement"), FieldPanel("disclaimer")],
            heading=_("Footer"),
        ),
        FieldPanel("sample_content"),
    ]

    class Meta:
        verbose_name = _("site identity")
