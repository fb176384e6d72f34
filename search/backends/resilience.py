"""Which backend answers a visitor's query, and what happens when it cannot."""

import logging

from django.conf import settings
from django.utils.translation import get_language
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL

from ..languages import engine_alias
from .database import database_entry_ids
from .engine_matches import engine_matches

logger = logging.getLogger(__name__)


def engine_errors():
    """The exceptions a failing or slow engine raises through its client."""
    errors = [ConnectionError, TimeoutError]
    try:
        from opensearchpy.exceptions import OpenSearchException

        errors.append(OpenSearchException)
    except ImportError:
        pass
    try:
        from elastic_transport import TransportError
        from elasticsearch.exceptions import ApiError

        errors += [ApiError, TransportError]
    except ImportError:
        pass
    return tuple(errors)


ENGINE_ERRORS = engine_errors()


class SearchUnavailable(Exception):
    """The search engine did not answer; the caller degrades gracefully."""


def uses_engine():
    return bool(settings.SEARCH_URL)


def backend_for_language(language_code=None):
    code = (language_code or get_language() or "").split("-")[0]
    alias = engine_alias(code)
    if uses_engine() and alias in settings.WAGTAILSEARCH_BACKENDS:
        return get_search_backend(alias)
    return get_search_backend("default")


def find_entries(queryset, words, limit, facets=(), selected=None):
    """(ids, counts): the ids of the entries in ``queryset`` matching
    ``words``, best first, and, from a search engine, the counts of each of
    ``facets``' options among them, or None where the database counts. The
    engine also leaves out the matches that miss the ``selected`` values;
    the database leaves the filtering to the caller."""
    backend = backend_for_language()
    try:
        if hasattr(backend, "es"):
            return engine_matches(backend, words, queryset, limit, facets, selected)
        return database_entry_ids(backend, words, queryset, limit), None
    except ENGINE_ERRORS as error:
        logger.warning("Search engine unavailable, falling back: %s", error)
        raise SearchUnavailable from error


def engine_counts(queryset, facets, selected):
    """Each facet's counts over all of ``queryset`` from the search engine,
    or None without one (or when it fails), for the database to count."""
    backend = backend_for_language()
    if not hasattr(backend, "es"):
        return None
    try:
        return engine_matches(backend, MATCH_ALL, queryset, 0, facets, selected)[1]
    except ENGINE_ERRORS as error:
        logger.warning("Search engine unavailable for facet counts: %s", error)
        return None


def autocomplete_titles(queryset, words, limit):
    backend = backend_for_language()
    try:
        return list(backend.autocomplete(words, queryset, fields=["title"])[:limit])
    except ENGINE_ERRORS as error:
        logger.warning("Search engine unavailable for autocomplete: %s", error)
        raise SearchUnavailable from error


def engine_health():
    """'ok', 'down' or 'not configured', with a reason for 'down'."""
    if not uses_engine():
        return "not configured", ""
    backend = get_search_backend("default")
    try:
        if backend.es.ping():
            return "ok", ""
        return "down", "no answer to ping"
    except ENGINE_ERRORS as error:
        return "down", type(error).__name__
