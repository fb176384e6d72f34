"""The base of every listing page: practices, resources, news, events, outputs.

A listing has a title and a short introduction, both translated, and exists
once per locale under the home page. The module imports no other app of the
site, so every app may build its listings on it.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ListingPage(Page):
    """A page that lists the pages below it, after an introduction."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("intro"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("show_in_menus"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    # One listing of each sort per locale is enough.
    max_count_per_parent = 1

    class Meta:
        abstract = True
