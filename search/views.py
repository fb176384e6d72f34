"""The public search page over practices, resources and information pages."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render
from wagtail.models import Locale, Page

PAGE_SIZE = 20
# Wagtail's query parser had a ReDoS advisory (CVE-2024-39317); a bound on the
# query length keeps any parser's work small whatever the backend.
MAX_QUERY_LENGTH = 200


NOT_A_WORD = re.compile(r"[^\w]+")


def plain_words(raw):
    """The words of a query, without any search-engine syntax.

    Visitors type words, not query languages; quotes, brackets and operators
    would otherwise reach the full-text engine, where an unbalanced quote is
    a syntax error.
    """
    return " ".join(NOT_A_WORD.sub(" ", raw[:MAX_QUERY_LENGTH]).split())


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    words = plain_words(query)
    results = Page.objects.none()
    if words:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        results = pages.specific().search(words)

    paginator = Paginator(results, PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such page of results.") from error

    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": page, "paginator": paginator},
    )
