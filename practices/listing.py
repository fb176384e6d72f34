"""Faceted listing of entries: filters from the query string, counts, pages.

The number of SQL queries is fixed, not grown with the number of entries: one
for every facet's counts, one per taxonomy for its terms, and a few for the
page of results. How facets combine and are counted is in ``facets``.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from .facets import apply_facets, build_facets, clean_selection, count_facets
from .models import (
    PracticeIndexPage,
    PracticePage,
    ResourceIndexPage,
    ResourcePage,
)

PAGE_SIZE = 20
MAX_PAGE_DIGITS = 6
CARD_RENDITION = "fill-480x270"

SORTS = {
    "newest": ("-first_published_at", "-pk"),
    "title": ("title", "pk"),
}
DEFAULT_SORT = "newest"


def with_card_data(queryset):
    """What an entry card shows, fetched with the entries: kind and picture."""
    renditions = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    return queryset.select_related("kind").prefetch_related(
        Prefetch("image", queryset=renditions)
    )


def entry_cards(limit, **conditions):
    """The newest live practices and resources matching ``conditions``, merged.

    One query per entry type keeps the kind and picture of every card in
    the same round trip, which a query over the shared base cannot.
    """
    entries = []
    for model in (PracticePage, ResourcePage):
        queryset = model.objects.live().filter(**conditions)
        entries += with_card_data(queryset.order_by("-first_published_at"))[:limit]
    entries.sort(key=lambda entry: entry.first_published_at, reverse=True)
    return entries[:limit]


class PageOutOfRange(Exception):
    pass


@dataclass
class ActiveFilter:
    facet_label: str
    label: str
    remove_url: str


@dataclass
class ListingPage:
    """Everything a listing template needs to render one page of results."""

    entries: list
    page: object
    paginator: object
    facets: list
    active_filters: list
    sort: str
    sort_options: list
    clear_url: str
    ignored_filters: bool


def query_url(query):
    """A relative URL with the given query, dropping empty parameters."""
    pairs = [(key, value) for key, values in query.items() for value in values]
    return f"?{urlencode(pairs)}" if pairs else "?"


class EntryListing:
    """The entries below one index page, filtered by a query string."""

    def __init__(self, index, params):
        self.index = index
        self.params = params
        self.facets = build_facets(index.entry_model)

    def base_queryset(self):
        return self.index.entry_model.objects.live().child_of(self.index)

    def paginate(self):
        base = self.base_queryset()
        selected = clean_selection(self.facets, self.params, self.index)
        filtered = self._apply(base, selected)
        facet_states = count_facets(self.facets, base, selected, self.index)
        sort = self.params.get("sort")
        if sort not in SORTS:
            sort = DEFAULT_SORT
        entries = self._decorate(filtered.order_by(*SORTS[sort]))

        paginator = Paginator(entries, PAGE_SIZE)
        page = paginator.page(self._page_number(paginator))

        query = {param: values for param, values in selected.items() if values}
        if sort != DEFAULT_SORT:
            query["sort"] = [sort]
        return ListingPage(
            entries=list(page.object_list),
            page=page,
            paginator=paginator,
            facets=facet_states,
            active_filters=self._active_filters(facet_states, query),
            sort=sort,
            sort_options=[
                ("newest", _("Newest first")),
                ("title", _("Title, A to Z")),
            ],
            clear_url=query_url({"sort": query["sort"]} if "sort" in query else {}),
            ignored_filters=self._ignored_some(selected),
        )

    def _apply(self, queryset, selected, skip=None):
        return apply_facets(self.facets, queryset, selected, skip)

    def _decorate(self, queryset):
        return with_card_data(queryset).prefetch_related("countries", "themes")

    def _page_number(self, paginator):
        return page_number(self.params, paginator)

    def _active_filters(self, facet_states, query):
        return active_filters(facet_states, query)

    def _ignored_some(self, selected):
        return ignored_some(self.params, self.facets, selected)


# Shared by the listings and the search page.


def page_number(params, paginator):
    raw = params.get("page", "1")
    if not (raw.isascii() and raw.isdigit()) or len(raw) > MAX_PAGE_DIGITS:
        raise PageOutOfRange(_("There is no such page of results."))
    number = int(raw)
    if number < 1 or number > paginator.num_pages:
        raise PageOutOfRange(_("There is no such page of results."))
    return number


def without(query, param, value):
    """The query string ``query`` less one value of one parameter."""
    remaining = {**query}
    remaining[param] = [v for v in query.get(param, []) if v != value]
    return query_url(remaining)


def active_filters(facet_states, query):
    """A removable chip for every selected option."""
    return [
        ActiveFilter(
            state.label, option.label, without(query, state.param, option.value)
        )
        for state in facet_states
        for option in state.options
        if option.selected
    ]


def ignored_some(params, facets, selected):
    """Whether the address asked for values that were not recognised."""
    asked = sum(len(set(params.getlist(f.param))) for f in facets)
    kept = sum(len(values) for values in selected.values())
    return asked > kept


def entry_index_for(model, locale):
    """The live listing page of ``model``'s entries in ``locale``, or None."""
    index_model = {PracticePage: PracticeIndexPage, ResourcePage: ResourceIndexPage}
    return index_model[model].objects.live().filter(locale=locale).first()
