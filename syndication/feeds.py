"""RSS and Atom feeds of new practices, resources, news and events.

Each language has its own feeds. The entry feeds take the listing's filters in
their address, so that a partner can follow, say, new practices from its own
country: ``/es/feeds/practices/rss/?country=ES``.
"""

import logging

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponseBadRequest
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.models import SiteIdentity
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from open_data.middleware import cross_origin_get
from practices.facets import (
    UnknownFilter,
    apply_facets,
    build_facets,
    strict_selection,
)
from practices.listing import entry_index_for
from practices.models import PracticePage, ResourcePage

logger = logging.getLogger(__name__)

ITEMS = 30


class Source:
    """What one feed lists, in one language, with its filters applied."""

    def __init__(self, kind, request):
        self.kind = kind
        self.request = request
        self.locale = Locale.get_active()
        self.index = self.find_index()
        if self.index is None:
            raise Http404(_("This feed does not exist in this language."))

    def find_index(self):
        if self.kind in ENTRY_FEEDS:
            return entry_index_for(ENTRY_FEEDS[self.kind], self.locale)
        index_model = {"news": NewsIndexPage, "events": EventIndexPage}[self.kind]
        return index_model.objects.live().filter(locale=self.locale).first()

    def items(self):
        if self.kind in ENTRY_FEEDS:
            model = ENTRY_FEEDS[self.kind]
            facets = build_facets(model)
            selected = strict_selection(facets, self.request.GET, self.index)
            entries = apply_facets(
                facets, model.objects.live().public().child_of(self.index), selected
            )
            entries = entries.prefetch_related("themes").select_related("kind")
            return entries.order_by("-first_published_at", "-pk")[:ITEMS]
        if self.request.GET:
            raise UnknownFilter(_("This feed takes no filters."))
        model = {"news": NewsPage, "events": EventPage}[self.kind]
        pages = model.objects.live().public().child_of(self.index)
        return pages.order_by("-first_published_at", "-pk")[:ITEMS]


ENTRY_FEEDS = {"practices": PracticePage, "resources": ResourcePage}
TITLES = {
    "practices": lambda: _("New practices"),
    "resources": lambda: _("New resources"),
    "news": lambda: _("News"),
    "events": lambda: _("Events"),
}


class SiteFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except UnknownFilter as error:
            return HttpResponseBadRequest(
                str(error), content_type="text/plain; charset=utf-8"
            )

    def get_object(self, request, kind):
        if kind not in TITLES:
            raise Http404(_("There is no such feed."))
        source = Source(kind, request)
        # Evaluated here, so an unknown filter is reported before any output.
        source.entries = list(source.items())
        return source

    def title(self, source):
        site = SiteIdentity.for_request(source.request)
        return f"{TITLES[source.kind]()} · {site.site_name}"

    def link(self, source):
        return source.index.get_url(source.request)

    def description(self, source):
        return SiteIdentity.for_request(source.request).tagline_text

    def feed_url(self, source):
        return source.request.build_absolute_uri()

    def items(self, source):
        return source.entries

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url()

    def item_guid(self, item):
        return f"{item.translation_key}-{item.locale_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        if isinstance(item, (PracticePage, ResourcePage)):
            return [item.kind.name] + [theme.name for theme in item.themes.all()]
        return []


class AtomSiteFeed(SiteFeed):
    feed_type = Atom1Feed
    subtitle = SiteFeed.description


rss_feed = cross_origin_get(SiteFeed())
atom_feed = cross_origin_get(AtomSiteFeed())
