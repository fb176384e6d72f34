"""Faceted full-text search over the entries of one language.

The search backend finds and ranks the matching entries; the database then
filters them by facet and paginates. Each facet's options are counted among
the matches with the current filters: by the search engine, in the same
request as the matches, when there is one, and otherwise from the database's
facet index as on the listings. Only the ids of the best matches travel
between the two.
"""

import logging
import re
from dataclasses import dataclass
from types import SimpleNamespace

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from practices.facets import (
    apply_facets,
    clean_selection,
    count_facets,
    entry_facets,
    states,
)
from practices.listing import (
    PAGE_SIZE,
    ActiveFilter,
    active_filters,
    ignored_some,
    page_number,
    query_url,
    with_card_data,
    without,
)
from practices.models import EntryPage, PracticePage, ResourcePage

from .backends.resilience import SearchUnavailable, engine_counts, find_entries

logger = logging.getLogger(__name__)

# Wagtail's query parser had a ReDoS advisory (CVE-2024-39317); a bound on the
# query length keeps any parser's work small whatever the backend.
MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
# How many of the best matches are filtered and counted. A visitor reads the
# first pages; past this, a more precise query or a filter serves better.
MAX_MATCHES = 1000
SNIPPET_WORDS = 40

NOT_A_WORD = re.compile(r"[^\w]+")


def plain_words(raw):
    """The words of a query, without any search-engine syntax.

    Visitors type words, not query languages; quotes, brackets and operators
    would otherwise reach the full-text engine, where an unbalanced quote is
    a syntax error.
    """
    words = NOT_A_WORD.sub(" ", raw[:MAX_QUERY_LENGTH]).split()
    return " ".join(words[:MAX_WORDS])


SORT_OPTIONS = [("relevance", _("Best match")), ("newest", _("Newest first"))]


@dataclass
class SearchResult:
    entry: object
    snippet: str


@dataclass
class SearchPage:
    query: str
    results: list
    page: object
    paginator: object
    facets: list
    active_filters: list
    sort: str
    sort_options: list
    clear_url: str
    ignored_filters: bool
    limited: bool
    suggestions: list
    capped: bool


def highlight(text, words, length=SNIPPET_WORDS):
    """An escaped excerpt of ``text`` around the first query word, marked up.

    Matching is on word beginnings, so "escuelas" also marks "escuela"; good
    enough for a snippet in any of the site's languages without a stemmer.
    """
    if not text:
        return ""
    stems = [word.lower()[: max(4, len(word) - 2)] for word in words.split()]
    tokens = text.split()
    first = next(
        (
            position
            for position, token in enumerate(tokens)
            if any(token.lower().strip(".,;:!?()\"'«»“”").startswith(s) for s in stems)
        ),
        0,
    )
    start = max(0, first - length // 3)
    excerpt = tokens[start : start + length]
    marked = []
    for token in excerpt:
        bare = token.lower().strip(".,;:!?()\"'«»“”")
        if stems and any(bare.startswith(stem) for stem in stems):
            marked.append(f"<mark>{escape(token)}</mark>")
        else:
            marked.append(escape(token))
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(tokens) else ""
    return mark_safe(prefix + " ".join(marked) + suffix)  # noqa: S308 - escaped above


def entry_text(entry):
    body = " ".join(
        Truncator(block.render_as_block()).words(80, html=True)
        for block in entry.body
        if block.block_type == "paragraph"
    )
    return f"{entry.summary} {re.sub(r'<[^>]+>', ' ', body)}"


def among(queryset, ids):
    """``queryset`` limited to ``ids``.

    The limited queryset is a subquery of every facet count; on PostgreSQL
    the ids go in as one array parameter rather than a thousand, which
    Django would otherwise compile again for each count.
    """
    if connection.vendor == "postgresql":
        return queryset.filter(
            pk__in=RawSQL("SELECT unnest(%s::integer[])", (list(ids),))
        )
    return queryset.filter(pk__in=ids)


class EntrySearch:
    """One visitor's search: query, filters, sort and page, in one locale."""

    def __init__(self, locale, params):
        self.locale = locale
        self.scope = SimpleNamespace(locale_id=locale.pk)
        self.params = params
        self.facets = entry_facets()
        self.words = plain_words(params.get("q", "").strip())

    def base_queryset(self):
        return EntryPage.objects.live().public().filter(locale=self.locale)

    def run(self):
        selected = clean_selection(self.facets, self.params, self.scope)
        base, ranked_ids, counts, limited = self.match(selected)
        capped = ranked_ids is not None and len(ranked_ids) >= MAX_MATCHES
        if counts is None:
            facet_states = count_facets(
                self.facets, base, selected, self.scope, few=ranked_ids is not None
            )
        else:
            facet_states = states(self.facets, counts, selected, self.scope)
        sort = self.params.get("sort")
        if sort not in dict(SORT_OPTIONS) or (sort == "relevance" and not self.words):
            sort = "relevance" if self.words else "newest"
        # Matches that come with the engine's counts were filtered with them.
        filtered = counts is not None and ranked_ids is not None
        ordered_ids = self.ordered_ids(base, ranked_ids, selected, sort, filtered)

        paginator = Paginator(ordered_ids, PAGE_SIZE)
        page = paginator.page(page_number(self.params, paginator))
        results = [
            SearchResult(entry, highlight(entry_text(entry), self.words))
            for entry in self.cards(page.object_list)
        ]

        query = {param: values for param, values in selected.items() if values}
        base_query = {"q": [self.words]} if self.words else {}
        if sort != ("relevance" if self.words else "newest"):
            base_query["sort"] = [sort]
        full_query = {**base_query, **query}
        return SearchPage(
            query=self.words,
            results=results,
            page=page,
            paginator=paginator,
            facets=facet_states,
            active_filters=active_filters(facet_states, full_query),
            sort=sort,
            sort_options=SORT_OPTIONS if self.words else SORT_OPTIONS[1:],
            clear_url=query_url(base_query),
            ignored_filters=ignored_some(self.params, self.facets, selected),
            limited=limited,
            suggestions=self.suggestions(
                self.unfiltered_matches() if filtered else base, selected, full_query
            )
            if not ordered_ids
            else [],
            capped=capped,
        )

    def match(self, selected=None):
        """The entries matching the words, their ranking, the engine's facet
        counts for ``selected`` (None where the database is to count, or
        when no selection is given), and whether the engine was unavailable
        so that a simpler match stood in for it."""
        base = self.base_queryset()
        facets = self.facets if selected is not None else ()
        if not self.words:
            counts = engine_counts(base, facets, selected) if facets else None
            return base, None, counts, False
        try:
            ranked_ids, counts = find_entries(
                base, self.words, MAX_MATCHES, facets, selected
            )
        except SearchUnavailable:
            ranked_ids = self.fallback_ids(base)
            return among(base, ranked_ids), ranked_ids, None, True
        return among(base, ranked_ids), ranked_ids, counts if facets else None, False

    def unfiltered_matches(self):
        """The matches before any filter, to suggest which filter to drop when
        the engine's matches, filtered, came back empty."""
        base = self.base_queryset()
        try:
            ranked_ids, _counts = find_entries(base, self.words, MAX_MATCHES)
        except SearchUnavailable:
            return base.none()
        return among(base, ranked_ids)

    def ordered_ids(self, base, ranked_ids, selected, sort="relevance", filtered=False):
        """Ids of the matches that pass the filters, best or newest first.
        ``filtered`` says that ``ranked_ids`` pass them already."""
        unfiltered = not any(selected.values())
        if ranked_ids is not None and sort == "relevance" and (filtered or unfiltered):
            # The matches were found within ``base``. An engine may still hold
            # an entry unpublished a moment ago: it is counted until the
            # engine catches up, but its card is left out.
            return ranked_ids
        filtered = self.apply(base, selected)
        if ranked_ids is not None and sort == "relevance":
            wanted = set(filtered.values_list("pk", flat=True))
            return [pk for pk in ranked_ids if pk in wanted]
        return list(
            filtered.order_by("-first_published_at", "-pk").values_list("pk", flat=True)
        )

    def apply(self, queryset, selected, skip=None):
        return apply_facets(self.facets, queryset, selected, skip)

    def fallback_ids(self, base):
        """Without the search engine: entries whose title or summary has a word."""
        condition = Q()
        for word in self.words.split():
            condition |= Q(title__icontains=word) | Q(summary__icontains=word)
        return list(
            base.filter(condition)
            .order_by("-first_published_at")
            .values_list("pk", flat=True)[:MAX_MATCHES]
        )

    def cards(self, ids):
        """The entries of one page, with what their cards show, in order."""
        found = {}
        for model in (PracticePage, ResourcePage):
            queryset = with_card_data(model.objects.filter(pk__in=ids))
            for entry in queryset.prefetch_related("countries", "themes"):
                found[entry.pk] = entry
        return [found[pk] for pk in ids if pk in found]

    def suggestions(self, base, selected, query):
        """For an empty result: which one filter to drop, and what it would give."""
        options = []
        for facet in self.facets:
            for value in selected[facet.param]:
                fewer = {
                    **selected,
                    facet.param: [v for v in selected[facet.param] if v != value],
                }
                count = self.apply(base, fewer).count()
                if count:
                    label = facet.known_values(self.scope).get(value, value)
                    options.append(
                        (
                            count,
                            ActiveFilter(
                                str(facet.label),
                                str(label),
                                without(query, facet.param, value),
                            ),
                        )
                    )
        options.sort(key=lambda option: option[0], reverse=True)
        return [
            SimpleNamespace(count=count, filter=active) for count, active in options[:3]
        ]
