"""The home page, plain information pages and the site-wide settings."""

from django.db import models
from django.db.models import Count
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
from wagtail_localize.fields import SynchronizedField, TranslatableField

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

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("intro"),
        TranslatableField("featured_heading"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("featured_entries"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "practices.PracticeIndexPage",
        "practices.ResourceIndexPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "outputs.OutputIndexPage",
        "links.WebsiteLinksPage",
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
        """The chosen entries that are live, in the editors' order.

        Editors choose English entries; a home page in another language shows
        the same entries in its own locale, found by their translation key.
        """
        chosen = list(
            self.featured_entries.values_list("entry__translation_key", flat=True)
        )
        cards = entry_cards(len(chosen), translation_key__in=chosen, locale=self.locale)
        by_key = {page.translation_key: page for page in cards}
        return [by_key[key] for key in chosen if key in by_key]

    def theme_entry_points(self, live_entries):
        """Themes of this locale with the number of entries under each.

        Counted by slug, which every locale's copy of a theme shares, because
        a translated entry may still point at the English theme.
        """
        rows = (
            live_entries.order_by()
            .values("themes__slug")
            .annotate(entry_count=Count("pk", distinct=True))
        )
        counts = {row["themes__slug"]: row["entry_count"] for row in rows}
        themes = list(Theme.objects.filter(locale=self.locale, slug__in=counts))
        for theme in themes:
            theme.entry_count = counts[theme.slug]
        return themes

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

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("information page")


LEAVE_EMPTY_FOR_STANDARD = _(
    "Leave empty to show the standard wording, translated into each visitor's language."
)
DEFAULT_TAGLINE = _("Good practices and resources to keep migrant students in school")
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
        help_text=LEAVE_EMPTY_FOR_STANDARD,
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
        _("funding acknowledgement"),
        blank=True,
        max_length=400,
        help_text=LEAVE_EMPTY_FOR_STANDARD,
    )
    disclaimer = models.TextField(
        _("disclaimer"),
        blank=True,
        max_length=1000,
        help_text=LEAVE_EMPTY_FOR_STANDARD,
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

    # A text typed here is shown as typed in every language; left empty, the
    # standard wording is shown in each visitor's language.

    @property
    def tagline_text(self):
        return self.tagline or DEFAULT_TAGLINE

    @property
    def funding_text(self):
        return self.funding_acknowledgement or DEFAULT_FUNDING

    @property
    def disclaimer_text(self):
        return self.disclaimer or DEFAULT_DISCLAIMER
