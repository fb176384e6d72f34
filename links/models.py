"""Websites of interest: external sites the editors recommend, by category."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

CATEGORIES = [
    ("toolkit", _("Toolkits and databases")),
    ("policy", _("European and national policy")),
    ("research", _("Research and statistics")),
    ("network", _("Networks and associations")),
    ("project", _("Related projects")),
    ("families", _("For families")),
]


class WebsiteBlock(blocks.StructBlock):
    category = blocks.ChoiceBlock(choices=CATEGORIES, label=_("Category"))
    title = blocks.CharBlock(label=_("Name"), max_length=150)
    url = blocks.URLBlock(label=_("Address"))
    description = blocks.TextBlock(label=_("Why it is worth a visit"), max_length=400)

    class Meta:
        icon = "link-external"
        label = _("Website")


class WebsiteLinksPage(Page):
    """One curated list, grouped by category and filterable by it."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])
    websites = StreamField(
        [("website", WebsiteBlock())], verbose_name=_("websites"), blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("websites"),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("intro"),
        TranslatableField("websites"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("websites"),
    ]
    api_fields = [APIField("intro"), APIField("websites")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("websites of interest")

    def grouped(self, category=None):
        """The websites by category, in the order of CATEGORIES."""
        groups = []
        for value, label in CATEGORIES:
            if category and value != category:
                continue
            sites = [
                block.value
                for block in self.websites
                if block.value["category"] == value
            ]
            if sites:
                groups.append({"value": value, "label": label, "websites": sites})
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chosen = request.GET.get("category", "")
        if chosen not in dict(CATEGORIES):
            chosen = ""
        context["chosen_category"] = chosen
        context["groups"] = self.grouped(chosen)
        context["categories"] = [
            (group["value"], group["label"]) for group in self.grouped()
        ]
        return context
