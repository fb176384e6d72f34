"""Practice and resource pages, and the index pages that list them.

Practices and resources share most of their description (who, where, which
themes, what evidence), so both inherit it from ``EntryPage``. The shared base
is a concrete model: one table holds what every entry has, which lets the home
page, search and the permalink treat entries alike.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail.search.tasks import insert_or_update_object_task
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content_blocks.blocks import BodyBlock, MaterialBlock
from editorial.forms import EntryPageForm
from home.listing_pages import ListingPage

from ..serializers import CodeListField, PartnerSerializer, TermSerializer
from ..vocabulary import (
    Evidence,
    Funding,
    Level,
    Licence,
    Origin,
    Stage,
    TransferCost,
    material_language_choices,
)
from .facets import EntryFacetValue

FIRST_YEAR = 1950
LAST_YEAR = 2100


class EntryPage(Page):
    """What practices and resources have in common. Not created on its own."""

    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences shown in listings and search results."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings. Give it alternative text in the library."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    # Where and for whom.
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    education_levels = ParentalManyToManyField(
        "practices.EducationLevel",
        verbose_name=_("education levels"),
        related_name="entries",
    )
    target_groups = ParentalManyToManyField(
        "practices.TargetGroup", verbose_name=_("target groups"), related_name="entries"
    )
    themes = ParentalManyToManyField(
        "practices.Theme", verbose_name=_("themes"), related_name="entries"
    )
    learner_groups = ParentalManyToManyField(
        "practices.LearnerGroup",
        verbose_name=_("learner groups"),
        related_name="entries",
        help_text=_("The migrant learners it serves."),
    )
    stage = models.CharField(
        _("stage of early leaving"),
        max_length=20,
        choices=Stage.choices,
        help_text=_(
            "Prevention before problems show, intervention when they do, "
            "compensation after a learner has left."
        ),
    )

    # Who runs it.
    organisation = models.CharField(_("organisation"), max_length=200)
    funding = models.CharField(
        _("funding programme"), max_length=30, choices=Funding.choices
    )
    year_started = models.PositiveSmallIntegerField(
        _("first year"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
    )
    year_ended = models.PositiveSmallIntegerField(
        _("last year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
        help_text=_("Leave empty while it is still running."),
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(
        _("contact email"),
        blank=True,
        help_text=_("An organisation's address, not a person's private one."),
    )
    partner = models.ForeignKey(
        "practices.Partner",
        verbose_name=_("contributing partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="entries",
    )
    origin = models.CharField(
        _("where the entry came from"), max_length=20, choices=Origin.choices
    )

    # Does it work, and can it travel.
    evidence = models.CharField(
        _("evidence"), max_length=30, choices=Evidence.choices, default=Evidence.NONE
    )
    evidence_summary = models.TextField(
        _("summary of results"), blank=True, max_length=1500
    )
    transfer_cost = models.CharField(
        _("cost"), max_length=10, choices=TransferCost.choices, blank=True
    )
    transfer_time = models.TextField(_("time needed"), blank=True, max_length=600)
    transfer_staff = models.TextField(
        _("staff and preconditions"), blank=True, max_length=800
    )
    transfer_adapt = models.TextField(_("what to adapt"), blank=True, max_length=800)
    licence = models.CharField(
        _("licence"),
        max_length=30,
        choices=Licence.choices,
        default=Licence.CC_BY,
        help_text=_("The terms under which others may reuse the text of this entry."),
    )
    # Set by imports: the identifier the entry has in a partner's own files.
    external_id = models.CharField(
        _("exchange identifier"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_(
            "The entry's identifier in imported and exported files. Empty for "
            "entries made here, which are known by their own key."
        ),
    )

    base_form_class = EntryPageForm

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    description_panels = [
        FieldPanel("level"),
        FieldPanel("stage"),
        InlinePanel("countries", label=_("Countries"), min_num=1),
        FieldPanel("education_levels", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("learner_groups", widget=forms.CheckboxSelectMultiple),
        InlinePanel("material_languages", label=_("Languages of the material")),
    ]
    details_panels = [
        FieldPanel("organisation"),
        FieldPanel("funding"),
        FieldRowPanel([FieldPanel("year_started"), FieldPanel("year_ended")]),
        FieldPanel("website"),
        FieldPanel("contact_email"),
        FieldPanel("partner"),
        FieldPanel("origin"),
        FieldPanel("licence"),
        FieldPanel("external_id"),
        MultiFieldPanel(
            [FieldPanel("evidence"), FieldPanel("evidence_summary")],
            heading=_("Evidence"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("transfer_cost"),
                FieldPanel("transfer_time"),
                FieldPanel("transfer_staff"),
                FieldPanel("transfer_adapt"),
            ],
            heading=_("Transfer card"),
        ),
    ]

    # What translators translate, by admin tab. Everything else is copied from
    # the English entry whenever it changes, so facts stay the same in every
    # language and taxonomy names come from each locale's own terms.
    translatable_fields = [
        # Content.
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("body"),
        SynchronizedField("image"),
        # Description.
        SynchronizedField("level"),
        SynchronizedField("stage"),
        SynchronizedField("countries"),
        SynchronizedField("education_levels"),
        SynchronizedField("target_groups"),
        SynchronizedField("themes"),
        SynchronizedField("learner_groups"),
        SynchronizedField("material_languages"),
        # Details.
        SynchronizedField("organisation"),
        SynchronizedField("funding"),
        SynchronizedField("year_started"),
        SynchronizedField("year_ended"),
        SynchronizedField("website"),
        SynchronizedField("contact_email"),
        SynchronizedField("partner"),
        SynchronizedField("origin"),
        SynchronizedField("licence"),
        SynchronizedField("external_id"),
        SynchronizedField("evidence"),
        TranslatableField("evidence_summary"),
        SynchronizedField("transfer_cost"),
        TranslatableField("transfer_time"),
        TranslatableField("transfer_staff"),
        TranslatableField("transfer_adapt"),
        # Promote.
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("organisation"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("learner_groups", [index.SearchField("name")]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.RelatedFields("education_levels", [index.SearchField("name")]),
        index.SearchField("country_names"),
        index.FilterField("level"),
        index.FilterField("stage"),
        index.FilterField("evidence"),
        index.FilterField("funding"),
        index.FilterField("origin"),
        index.FilterField("licence"),
        index.FilterField("facet_values"),
    ]

    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("level"),
        APIField("stage"),
        APIField("countries", serializer=CodeListField("country")),
        APIField("education_levels", serializer=TermSerializer(many=True)),
        APIField("target_groups", serializer=TermSerializer(many=True)),
        APIField("themes", serializer=TermSerializer(many=True)),
        APIField("learner_groups", serializer=TermSerializer(many=True)),
        APIField("material_languages", serializer=CodeListField("language")),
        APIField("organisation"),
        APIField("funding"),
        APIField("year_started"),
        APIField("year_ended"),
        APIField("website"),
        APIField("evidence"),
        APIField("evidence_summary"),
        APIField("transfer_cost"),
        APIField("transfer_time"),
        APIField("transfer_staff"),
        APIField("transfer_adapt"),
        APIField("partner", serializer=PartnerSerializer()),
        APIField("origin"),
        APIField("licence"),
    ]

    is_creatable = False
    subpage_types = []

    class Meta:
        verbose_name = _("entry")
        verbose_name_plural = _("entries")

    def clean(self):
        super().clean()
        self.clean_years()

    def clean_years(self):
        if (
            self.year_ended
            and self.year_started
            and self.year_ended < self.year_started
        ):
            raise ValidationError(
                {"year_ended": _("The last year cannot come before the first year.")}
            )

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # Imported here: the facet definitions read the taxonomy models.
        from ..facet_index import entry_saved

        # Only now has modelcluster written the countries, themes and other
        # relations. The search index was updated from the post_save signal,
        # before that, so it would hold the previous ones: update it again.
        update_fields = kwargs.get("update_fields")
        entry_saved(self, update_fields)
        if update_fields is None:
            insert_or_update_object_task.enqueue(
                self._meta.app_label, self._meta.model_name, str(self.pk)
            )
        return result

    @property
    def exchange_id(self):
        """How exchange files name this entry: the identifier it was imported
        with, or else its translation key, which every language version shares."""
        return self.external_id or str(self.translation_key)

    def facet_values(self):
        """Every facet value of the live entry, for the search engine's counts."""
        rows = EntryFacetValue.objects.filter(entry_id=self.pk)
        return [
            EntryFacetValue.term(*row) for row in rows.values_list("facet", "value")
        ]

    def country_names(self):
        """Country names in the entry's own language, for the search index."""
        with translation.override(self.locale.language_code):
            return " ".join(str(item.country.name) for item in self.countries.all())

    @property
    def licence_url(self):
        return Licence.urls.get(self.licence, "")

    @property
    def years_active(self):
        if self.year_ended == self.year_started:
            return str(self.year_started)
        return f"{self.year_started}–{self.year_ended or ''}"

    @cached_property
    def index_page(self):
        return self.get_parent().specific

    def permalink(self, request=None):
        path = reverse("entry-permalink", args=[self.pk])
        return request.build_absolute_uri(path) if request else path

    def citation(self, request=None):
        """A suggested citation, in a neutral author-date style."""
        year = (self.first_published_at or timezone.now()).year
        site_name = settings.WAGTAIL_SITE_NAME
        return (
            f"{self.organisation} ({year}). {self.title}. {site_name}. "
            f"{self.permalink(request)}"
        )

    def related_entries(self, limit=4):
        """Live entries of the same type sharing a theme or a country."""
        same_theme = models.Q(themes__in=self.themes.all())
        same_country = models.Q(countries__country__in=self.countries.values("country"))
        candidates = (
            type(self)
            .objects.live()
            .filter(locale=self.locale)
            .filter(same_theme | same_country)
            .exclude(pk=self.pk)
            .values("pk")
        )
        from ..listing import with_card_data

        related = type(self).objects.filter(pk__in=candidates)
        return with_card_data(related.order_by("-first_published_at"))[:limit]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_entries"] = self.related_entries()
        context["citation"] = self.citation(request)
        context["permalink"] = self.permalink(request)
        context["listing_url"] = self.index_page.url
        return context


class EntryCountry(Orderable):
    """A country where an entry is carried out or applies."""

    entry = ParentalKey(EntryPage, on_delete=models.CASCADE, related_name="countries")
    country = CountryField(_("country"))

    panels = [FieldPanel("country")]

    class Meta(Orderable.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "country"], name="entry_country_once"
            )
        ]

    def __str__(self):
        return str(self.country.name)


class EntryLanguage(Orderable):
    """A language in which the entry's material exists."""

    entry = ParentalKey(
        EntryPage, on_delete=models.CASCADE, related_name="material_languages"
    )
    language = models.CharField(
        _("language"), max_length=10, choices=material_language_choices
    )

    panels = [FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "language"], name="entry_language_once"
            )
        ]

    def __str__(self):
        return self.get_language_display()


class PracticePage(EntryPage):
    """A good practice, project, policy, methodology or pedagogical approach."""

    kind = models.ForeignKey(
        "practices.Kind",
        verbose_name=_("kind"),
        on_delete=models.PROTECT,
        related_name="practices",
        limit_choices_to={"applies_to": "practice"},
    )

    description_panels = [FieldPanel("kind")] + EntryPage.description_panels

    edit_handler = TabbedInterface(
        [
            ObjectList(EntryPage.content_panels, heading=_("Content")),
            ObjectList(description_panels, heading=_("Description")),
            ObjectList(EntryPage.details_panels, heading=_("Details")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    translatable_fields = EntryPage.translatable_fields + [SynchronizedField("kind")]
    search_fields = EntryPage.search_fields + [
        index.RelatedFields("kind", [index.SearchField("name")])
    ]
    api_fields = EntryPage.api_fields + [APIField("kind", serializer=TermSerializer())]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []
    is_creatable = True

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")


class ResourcePage(EntryPage):
    """A resource or tool, with the documents and links that make it up."""

    kind = models.ForeignKey(
        "practices.Kind",
        verbose_name=_("kind"),
        on_delete=models.PROTECT,
        related_name="resources",
        limit_choices_to={"applies_to": "resource"},
    )
    materials = StreamField(
        MaterialBlock(),
        verbose_name=_("documents and links"),
        blank=True,
        help_text=_("The files to download and the addresses where it lives."),
    )

    content_panels = EntryPage.content_panels + [FieldPanel("materials")]
    description_panels = [FieldPanel("kind")] + EntryPage.description_panels

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(description_panels, heading=_("Description")),
            ObjectList(EntryPage.details_panels, heading=_("Details")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    translatable_fields = EntryPage.translatable_fields + [
        SynchronizedField("kind"),
        TranslatableField("materials"),
    ]
    search_fields = EntryPage.search_fields + [
        index.SearchField("materials"),
        index.RelatedFields("kind", [index.SearchField("name")]),
    ]
    api_fields = EntryPage.api_fields + [
        APIField("kind", serializer=TermSerializer()),
        APIField("materials"),
    ]

    parent_page_types = ["practices.ResourceIndexPage"]
    subpage_types = []
    is_creatable = True

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")


class EntryIndexPage(ListingPage):
    """A filterable listing of the entries below it."""

    entry_model = None

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        # The listing module imports the entry models, so import it late.
        from ..listing import EntryListing, PageOutOfRange

        context = super().get_context(request, *args, **kwargs)
        try:
            context["listing"] = EntryListing(self, request.GET).paginate()
        except PageOutOfRange as error:
            raise Http404(str(error)) from error
        return context


class PracticeIndexPage(EntryIndexPage):
    entry_model = PracticePage
    # The name of this listing in feed, download and widget addresses.
    source_name = "practices"

    subpage_types = ["practices.PracticePage"]

    class Meta:
        verbose_name = _("practice listing")


class ResourceIndexPage(EntryIndexPage):
    entry_model = ResourcePage
    source_name = "resources"

    subpage_types = ["practices.ResourcePage"]

    class Meta:
        verbose_name = _("resource listing")
