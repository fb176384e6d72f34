"""The facets entries are filtered by, and how their options are counted.

Filters combine as visitors expect from shops and catalogues: values of one
facet widen the result (theme A or theme B), different facets narrow it (theme
A and country B). Each option's count is computed with every other facet's
selection applied but not its own (disjunctive faceting), so a count says how
many entries the visitor would see after ticking that option.

Results are filtered through the entries' own fields and relations, the
source of truth. Counts are read from ``EntryFacetValue``, one row per value
of each live entry, so that every facet is counted by one grouped query
instead of a join through each facet's relation (see ``facet_index``).
"""

from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Count, Q, Value
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries

from .models import (
    EducationLevel,
    EntryFacetValue,
    Kind,
    LearnerGroup,
    Partner,
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

# Bounds on what a query string may ask for, so that a crafted URL cannot make
# one request build an enormous SQL query.
MAX_VALUES_PER_FACET = 30
MAX_VALUE_LENGTH = 64


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

    model = None

    def __init__(self, param, label, lookup, to_many=False):
        self.param = param
        self.label = label
        self.lookup = lookup
        self.to_many = to_many

    @property
    def source_fields(self):
        """The entry fields the facet's values come from."""
        return {self.lookup.split("__")[0]}

    def known_values(self, scope):
        """Every value the facet may take, as an ordered {value: label} dict."""
        raise NotImplementedError

    def clean(self, raw_values, scope):
        known = self.known_values(scope)
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

    def values_by_entry(self, entries):
        """(entry id, value) for each value of the entries in ``entries``,
        a queryset of ``EntryPage``; read when the facet index is written."""
        rows = entries.order_by().values_list("pk", self.lookup)
        return [(pk, value) for pk, value in rows if value]

    def state(self, counts, scope, selected):
        """The options to show, given ``counts`` as {value: entries}."""
        options = [
            FacetOption(value, str(label), counts.get(value, 0), value in selected)
            for value, label in self.known_values(scope).items()
            if counts.get(value) or value in selected
        ]
        return FacetState(self.param, str(self.label), options)


class ChoiceFacet(Facet):
    def __init__(self, param, label, lookup, choices):
        super().__init__(param, label, lookup)
        self.choices = choices

    def known_values(self, scope):
        choices = self.choices() if callable(self.choices) else self.choices
        return dict(choices)


class TermFacet(Facet):
    """A facet over one of the managed taxonomies, in the scope's locale."""

    def __init__(self, param, label, lookup, model, to_many=True, **term_filter):
        super().__init__(param, label, lookup, to_many=to_many)
        self.model = model
        self.term_filter = term_filter
        self._known = {}

    def known_values(self, scope):
        if scope.locale_id not in self._known:
            load_terms([self], scope)
        return self._known[scope.locale_id]

    def terms(self, scope):
        """The facet's terms in the scope's locale: (slug, name, sort order)."""
        terms = self.model.objects.filter(locale_id=scope.locale_id, **self.term_filter)
        return terms.order_by().values_list("slug", "name", "sort_order")


def load_terms(facets, scope):
    """Read the terms of every taxonomy facet among ``facets`` in one query."""
    term_facets = [getattr(facet, "taxonomy", facet) for facet in facets]
    term_facets = [
        facet
        for facet in term_facets
        if isinstance(facet, TermFacet) and scope.locale_id not in facet._known
    ]
    if not term_facets:
        return
    parts = [
        facet.terms(scope).annotate(facet_number=Value(number))
        for number, facet in enumerate(term_facets)
    ]
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    for facet in term_facets:
        facet._known[scope.locale_id] = {}
    for slug, name, _order, number in rows.order_by(
        "facet_number", "sort_order", "name"
    ):
        term_facets[number]._known[scope.locale_id][slug] = name


class PartnerFacet(Facet):
    model = Partner

    def __init__(self):
        super().__init__("partner", _("Contributing partner"), "partner__slug")
        self._known = None

    def known_values(self, scope):
        if self._known is None:
            self._known = dict(Partner.objects.values_list("slug", "name"))
        return self._known


class CountryFacet(Facet):
    """Countries come from django-countries, so their names are translated."""

    def __init__(self):
        super().__init__("country", _("Country"), "countries__country", to_many=True)

    def known_values(self, scope):
        return dict(all_countries)


class KindFacet(Facet):
    """Kinds of practices and of resources, which live on two tables; for
    lists of entries of both types."""

    model = Kind
    LOOKUPS = ("practicepage__kind__slug", "resourcepage__kind__slug")

    def __init__(self):
        super().__init__("kind", _("Kind"), "kind__slug")
        self.taxonomy = TermFacet("kind", _("Kind"), "kind__slug", Kind, to_many=False)

    def known_values(self, scope):
        return self.taxonomy.known_values(scope)

    def apply(self, queryset, values):
        if not values:
            return queryset
        condition = Q()
        for lookup in self.LOOKUPS:
            condition |= Q(**{f"{lookup}__in": values})
        return queryset.filter(condition)

    def values_by_entry(self, entries):
        rows = []
        for lookup in self.LOOKUPS:
            rows += entries.order_by().values_list("pk", lookup)
        return [(pk, value) for pk, value in rows if value]


class TypeFacet(Facet):
    """Practices or resources."""

    CHOICES = {"practice": _("Practices"), "resource": _("Resources")}
    CONDITIONS = {
        "practice": Q(practicepage__isnull=False),
        "resource": Q(resourcepage__isnull=False),
    }

    def __init__(self):
        super().__init__("type", _("Type of entry"), "content_type")

    @property
    def source_fields(self):
        return set()  # an entry's type never changes

    def known_values(self, scope):
        return self.CHOICES

    def apply(self, queryset, values):
        if not values:
            return queryset
        condition = Q()
        for value in values:
            condition |= self.CONDITIONS[value]
        return queryset.filter(condition)

    def values_by_entry(self, entries):
        rows = []
        for value, condition in self.CONDITIONS.items():
            pks = entries.filter(condition).order_by().values_list("pk", flat=True)
            rows += [(pk, value) for pk in pks]
        return rows


def build_facets(entry_model):
    """The facets of a listing of ``entry_model``, in the order shown."""
    # Offer the kinds the model's own field accepts: practice or resource kinds.
    kinds_allowed = entry_model._meta.get_field("kind").remote_field.limit_choices_to
    return [
        TermFacet(
            "kind", _("Kind"), "kind__slug", Kind, to_many=False, **kinds_allowed
        ),
        *shared_facets(),
    ]


def entry_facets():
    """The facets of a list of entries of both types, such as search results.
    The facet index holds the values of each of these."""
    return [TypeFacet(), KindFacet(), *shared_facets()]


def shared_facets():
    return [
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


def clean_selection(facets, params, scope):
    """The recognised values of each facet in the query string."""
    load_terms(facets, scope)
    return {
        facet.param: facet.clean(params.getlist(facet.param), scope) for facet in facets
    }


def apply_facets(facets, queryset, selected, skip=None):
    """``queryset`` narrowed by every facet's selected values but ``skip``'s."""
    for facet in facets:
        if facet is not skip:
            queryset = facet.apply(queryset, selected[facet.param])
    return queryset


def count_facets(facets, entries, selected, scope, few=False):
    """Each facet's options, counted within ``entries`` with the other facets'
    selections applied. ``entries`` are all in the locale of ``scope`` (a
    listing page, or anything with a ``locale_id``).

    ``few`` says that ``entries`` is a short list, such as a search's best
    matches: then reading all their values once is cheaper than narrowing
    the entries facet by facet.
    """
    chosen = [facet for facet in facets if selected[facet.param]]
    if few and chosen:
        rows = _tally_in_one_pass(facets, entries, selected, chosen)
    else:
        rows = _tally_by_facet(facets, entries, selected, chosen, scope)
    counts = {facet.param: {} for facet in facets}
    for param, value, n in rows:
        counts[param][value] = n
    return states(facets, counts, selected, scope)


def _tally_by_facet(facets, entries, selected, chosen, scope):
    """The facets nobody has chosen from share one set of entries (all the
    selections applied), so they are counted together; a facet with a
    selection is counted over the entries that pass every other selection.
    All of it goes to the database as one query."""
    ids = entries.order_by().values("pk")

    def passing(skip=None):
        narrowed = ids
        for facet in chosen:
            if facet is not skip:
                having = EntryFacetValue.objects.filter(
                    locale_id=scope.locale_id,
                    facet=facet.param,
                    value__in=selected[facet.param],
                )
                narrowed = narrowed.filter(pk__in=having.values("entry_id"))
        return narrowed

    def tally(entry_ids, params):
        return (
            EntryFacetValue.objects.filter(entry_id__in=entry_ids, facet__in=params)
            .order_by()
            .values_list("facet", "value")
            .annotate(n=Count("pk"))
        )

    unchosen = [facet.param for facet in facets if facet not in chosen]
    parts = [tally(passing(facet), [facet.param]) for facet in chosen]
    if unchosen:
        parts.insert(0, tally(passing(), unchosen))
    return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]


def _tally_in_one_pass(facets, entries, selected, chosen):
    """One scan of the entries' values. A window over each entry's values
    marks which chosen facets the entry satisfies; a value is counted when
    its entry satisfies every chosen facet but, perhaps, the value's own.

    Written in SQL because Django cannot filter on a window function inside
    an OR; the SQL is the same on PostgreSQL and SQLite."""
    try:
        ids_sql, ids_params = entries.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # no entries at all, such as a search without matches
        return []
    marks, mark_params, passes, pass_params = [], [], [], []
    for number, facet in enumerate(chosen):
        values = selected[facet.param]
        placeholders = ", ".join(["%s"] * len(values))
        marks.append(
            f"MAX(CASE WHEN facet = %s AND value IN ({placeholders}) THEN 1 ELSE 0 END)"
            f" OVER (PARTITION BY entry_id) AS passes_{number}"
        )
        mark_params += [facet.param, *values]
        passes.append(f"(facet = %s OR passes_{number} = 1)")
        pass_params.append(facet.param)
    params = [facet.param for facet in facets]
    table = EntryFacetValue._meta.db_table
    sql = (
        f"SELECT facet, value, COUNT(*) FROM (SELECT facet, value, {', '.join(marks)}"
        f" FROM {table} WHERE entry_id IN ({ids_sql})"
        f" AND facet IN ({', '.join(['%s'] * len(params))})) AS entry_values"
        f" WHERE {' AND '.join(passes)} GROUP BY facet, value"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*mark_params, *ids_params, *params, *pass_params])
        return cursor.fetchall()


def states(facets, counts, selected, scope):
    """What the visitor sees of each facet, from {param: {value: entries}}."""
    return [
        facet.state(counts[facet.param], scope, selected[facet.param])
        for facet in facets
    ]


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
