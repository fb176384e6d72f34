"""The public search page over practices, resources and information pages."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render
from wagtail.models import Locale, Page

PAGE_SIZE = 20
# Wagtail's query parser had a ReDoS advisory (CVE-2024-39317); a bound on the
# query length keeps any parser's work small whatever the backend.
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        results = pages.specific().search(query)

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
