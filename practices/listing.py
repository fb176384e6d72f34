"""Faceted listing of entries: filters from the query string, counts, pages.

Filters combine as visitors expect from shops and catalogues: values of one
facet widen the result (theme A or theme B), different facets narrow it (theme
A and country B). Each option's count is computed with every other facet's
selection applied but not its own, so a count says how many entries the
visitor would see after ticking that option.

The number of SQL queries is fixed by the number of facets, not by the number
of entries: one query per facet for its counts, one per taxonomy for its
terms, and a few for the page of results.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries
from wagtail.images import get_image_model

from .models import (
    EducationLevel,
    Kind,
    LearnerGroup,
    Partner,
    PracticeIndexPage,
    PracticePage,
    ResourceIndexPage,
    ResourcePage,
    TargetGroup,
    Theme,
)
from .vocabulary import (
    Evidence,
    Funding,
    Level,
    Origin,
    Stage,
    material_language_choices,
)

PAGE_SIZE = 20
# Bounds on what a query string may ask for, so that a crafted URL cannot make
# one request build an enormous SQL query.
MAX_VALUES_PER_FACET = 30
MAX_VALUE_LENGTH = 64
MAX_PAGE_DIGITS = 6
CARD_RENDITION = "fill-480x270"

SORTS = {
    "newest": ("-first_published_at", "-pk"),
    "title": ("title", "pk"),
}
DEFAULT_SORT = "newest"


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetState:
    """A facet as a visitor sees it: its options with counts."""

    param: str
    label: str
    options: list = field(default_factory=list)

    @property
    def selected_count(self):
        return sum(1 for option in self.options if option.selected)


class Facet:
    """One dimension to filter on.

    ``lookup`` is the ORM path from an entry to the value carried in the URL.
    ``to_many`` marks a lookup that crosses a to-many relation, which needs a
    subquery so that an entry matching two values is listed once.
    """

    def __init__(self, param, label, lookup, to_many=False):
        self.param = param
        self.label = label
        self.lookup = lookup
        self.to_many = to_many

    def known_values(self, index):
        """Every value the facet may take, as an ordered {value: label} dict."""
        raise NotImplementedError

    def clean(self, raw_values, index):
        known = self.known_values(index)
        values = []
        for value in raw_values[:MAX_VALUES_PER_FACET]:
            if (
                len(value) <= MAX_VALUE_LENGTH
                and value in known
                and value not in values
            ):
                values.append(value)
        return values

    def apply(self, queryset, values):
        if not values:
            return queryset
        condition = {f"{self.lookup}__in": values}
        if self.to_many:
            matching = queryset.model.objects.filter(**condition).values("pk")
            return queryset.filter(pk__in=matching)
        return queryset.filter(**condition)

    def counts(self, queryset):
        rows = (
            queryset.order_by()
            .values(self.lookup)
            .annotate(n=Count("pk", distinct=True))
            .values_list(self.lookup, "n")
        )
        return {value: n for value, n in rows if value is not None}

    def state(self, queryset, index, selected):
        counts = self.counts(queryset)
        options = [
            FacetOption(value, str(label), counts.get(value, 0), value in selected)
            for value, label in self.known_values(index).items()
            if counts.get(value) or value in selected
        ]
        return FacetState(self.param, str(self.label), options)


class ChoiceFacet(Facet):
    def __init__(self, param, label, lookup, choices):
        super().__init__(param, label, lookup)
        self.choices = choices

    def known_values(self, index):
        choices = self.choices() if callable(self.choices) else self.choices
        return dict(choices)


class TermFacet(Facet):
    """A facet over one of the managed taxonomies, in the index's locale."""

    def __init__(self, param, label, lookup, model, to_many=True, **term_filter):
        super().__init__(param, label, lookup, to_many=to_many)
        self.model = model
        self.term_filter = term_filter
        self._known = {}

    def known_values(self, index):
        if index.locale_id not in self._known:
            terms = self.model.objects.filter(locale_id=index.locale_id)
            terms = terms.filter(**self.term_filter).order_by("sort_order", "name")
            self._known[index.locale_id] = {t.slug: t.name for t in terms}
        return self._known[index.locale_id]


class PartnerFacet(Facet):
    def __init__(self):
        super().__init__("partner", _("Contributing partner"), "partner__slug")
        self._known = None

    def known_values(self, index):
        if self._known is None:
            self._known = dict(Partner.objects.values_list("slug", "name"))
        return self._known


class CountryFacet(Facet):
    """Countries come from django-countries, so their names are translated."""

    def __init__(self):
        super().__init__("country", _("Country"), "countries__country", to_many=True)

    def known_values(self, index):
        return dict(all_countries)


def build_facets(entry_model):
    """The facets of a listing of ``entry_model``, in the order shown."""
    # Offer the kinds the model's own field accepts: practice or resource kinds.
    kinds_allowed = entry_model._meta.get_field("kind").remote_field.limit_choices_to
    return [
        TermFacet(
            "kind", _("Kind"), "kind__slug", Kind, to_many=False, **kinds_allowed
        ),
        TermFacet("theme", _("Theme"), "themes__slug", Theme),
        TermFacet(
            "education_level",
            _("Education level"),
            "education_levels__slug",
            EducationLevel,
        ),
        TermFacet("learner_group", _("Learners"), "learner_groups__slug", LearnerGroup),
        TermFacet("target_group", _("Meant for"), "target_groups__slug", TargetGroup),
        CountryFacet(),
        ChoiceFacet("level", _("Level"), "level", Level.choices),
        ChoiceFacet("stage", _("Stage of early leaving"), "stage", Stage.choices),
        ChoiceFacet(
            "language",
            _("Language of the material"),
            "material_languages__language",
            material_language_choices,
        ),
        ChoiceFacet("evidence", _("Evidence"), "evidence", Evidence.choices),
        ChoiceFacet("funding", _("Funding"), "funding", Funding.choices),
        PartnerFacet(),
        ChoiceFacet("origin", _("Where it came from"), "origin", Origin.choices),
    ]


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


def clean_selection(facets, params, scope):
    """The recognised values of each facet in the query string."""
    return {
        facet.param: facet.clean(params.getlist(facet.param), scope) for facet in facets
    }


def count_facets(facets, base, selected, scope):
    """Each facet's options, counted with the other facets applied.

    Counting a facet without its own selection (disjunctive faceting) shows
    what choosing one more of its values would add.
    """
    return [
        facet.state(apply_facets(facets, base, selected, skip=facet), scope, values)
        for facet, values in ((f, selected[f.param]) for f in facets)
    ]


def apply_facets(facets, queryset, selected, skip=None):
    """``queryset`` narrowed by every facet's selected values but ``skip``'s."""
    for facet in facets:
        if facet is not skip:
            queryset = facet.apply(queryset, selected[facet.param])
    return queryset


def page_number(params, paginator):
    raw = params.get("page", "1")
    if not raw.isdigit() or len(raw) > MAX_PAGE_DIGITS:
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


class UnknownFilter(ValueError):
    """A machine-facing address (feed, widget, export, API) asked for a filter
    that does not exist. Listings forgive such addresses; these refuse them,
    so that a typo in a subscription does not silently deliver everything."""


def strict_selection(facets, params, scope, also_allowed=()):
    """Like ``clean_selection``, but unknown parameters and values raise."""
    known_params = {facet.param for facet in facets} | set(also_allowed)
    unknown = sorted(set(params) - known_params)
    if unknown:
        raise UnknownFilter(
            _("Unknown filter: %(names)s.") % {"names": ", ".join(unknown)}
        )
    selected = clean_selection(facets, params, scope)
    for facet in facets:
        asked = params.getlist(facet.param)
        rejected = [value for value in asked if value not in selected[facet.param]]
        if rejected and len(asked) <= MAX_VALUES_PER_FACET:
            raise UnknownFilter(
                _("Unknown value for %(facet)s: %(values)s.")
                % {"facet": facet.param, "values": ", ".join(rejected[:5])[:200]}
            )
        if len(asked) > MAX_VALUES_PER_FACET:
            raise UnknownFilter(
                _("Too many values for %(facet)s: at most %(limit)d.")
                % {"facet": facet.param, "limit": MAX_VALUES_PER_FACET}
            )
    return selected


def entry_index_for(model, locale):
    """The live listing page of ``model``'s entries in ``locale``, or None."""
    index_model = {PracticePage: PracticeIndexPage, ResourcePage: ResourceIndexPage}
    return index_model[model].objects.live().filter(locale=locale).first()
