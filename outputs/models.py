"""The project's deliverables, each with the files and links to download."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from content_blocks.blocks import BodyBlock, MaterialBlock
from home.listing_pages import ListingPage


class OutputStatus:
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    AVAILABLE = "available"

    choices = [
        (PLANNED, _("Planned")),
        (IN_PROGRESS, _("In progress")),
        (AVAILABLE, _("Available")),
    ]


class OutputPage(Page):
    """One deliverable: what it is, its state, and where to get it."""

    reference = models.CharField(
        _("reference"),
        max_length=20,
        help_text=_("The deliverable's code in the project plan, for example PR2."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=OutputStatus.choices,
        default=OutputStatus.PLANNED,
    )
    available_from = models.DateField(_("available from"), null=True, blank=True)
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences shown in the list of outputs."),
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
    downloads = StreamField(
        MaterialBlock(),
        verbose_name=_("downloads"),
        blank=True,
        help_text=_("The files and addresses where the output can be obtained."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel(
            [
                FieldPanel("reference"),
                FieldPanel("status"),
                FieldPanel("available_from"),
            ]
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("downloads"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("summary"),
        TranslatableField("body"),
        TranslatableField("downloads"),
        SynchronizedField("reference"),
        SynchronizedField("status"),
        SynchronizedField("available_from"),
        SynchronizedField("image"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("reference"),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField("reference"),
        APIField("status"),
        APIField("available_from"),
        APIField("summary"),
        APIField("body"),
        APIField("downloads"),
    ]

    parent_page_types = ["outputs.OutputIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project output")
        verbose_name_plural = _("project outputs")


class OutputIndexPage(ListingPage):
    subpage_types = ["outputs.OutputPage"]

    class Meta:
        verbose_name = _("list of outputs")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["outputs"] = (
            OutputPage.objects.live().child_of(self).order_by("reference", "pk")
        )
        return context
