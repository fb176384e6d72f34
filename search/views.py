"""The public search page, its autocomplete endpoint and the health check."""

import logging

from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale

from practices.listing import PageOutOfRange
from practices.models import EntryPage

from .backends.resilience import SearchUnavailable, autocomplete_titles, engine_health
from .models import record_search
from .query import EntrySearch, plain_words

logger = logging.getLogger(__name__)

AUTOCOMPLETE_LIMIT = 8


def promotions(words):
    """Editor's picks for this exact query, live pages only."""
    if not words:
        return []
    query = Query.objects.filter(query_string=words.lower()).first()
    if query is None:
        return []
    return [
        pick.page.specific
        for pick in query.editors_picks.select_related("page").order_by("sort_order")
        if pick.page.live
    ]


def search(request):
    locale = Locale.get_active()
    try:
        results = EntrySearch(locale, request.GET).run()
    except PageOutOfRange as error:
        raise Http404(str(error)) from error
    if results.query and request.GET.get("page", "1") == "1":
        record_search(locale, results.query, results.paginator.count)
    return render(
        request,
        "search/search.html",
        {
            "search_query": results.query,
            "listing": results,
            "promotions": promotions(results.query),
        },
    )


def autocomplete(request):
    words = plain_words(request.GET.get("q", "").strip())
    if len(words) < 2:
        return JsonResponse({"results": []})
    entries = EntryPage.objects.live().public().filter(locale=Locale.get_active())
    try:
        pages = autocomplete_titles(entries, words, AUTOCOMPLETE_LIMIT)
    except SearchUnavailable:
        pages = list(entries.filter(title__icontains=words)[:AUTOCOMPLETE_LIMIT])
    return JsonResponse(
        {"results": [{"title": page.title, "url": page.url} for page in pages]}
    )


@never_cache
def healthz(request):
    """For load balancers and monitoring: is the database there, and search?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except Exception:  # noqa: BLE001 - any failure means "down" here
        logger.exception("Health check: database unavailable")
        database = "down"
    search_state, reason = engine_health()
    body = {
        "database": database,
        "search": search_state,
        "search_fallback": "database" if search_state == "down" else None,
    }
    if reason:
        body["search_reason"] = reason
    return JsonResponse(body, status=200 if database == "ok" else 503)
