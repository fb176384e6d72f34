"""Downloads of listings and searches, and the page that documents open data."""

from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from practices.facets import (
    UnknownFilter,
    apply_facets,
    build_facets,
    strict_selection,
)
from practices.listing import SORTS, entry_index_for
from practices.models import PracticePage, ResourcePage
from search.query import SORT_OPTIONS, EntrySearch

from .exports import EXPORT_LIMIT, export_response
from .middleware import cross_origin_get

LISTINGS = {"practices": PracticePage, "resources": ResourcePage}
FORMATS = {"csv", "json"}
PAGING = ("sort", "page")


def bad_filter(error):
    return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")


def listing_ids(model, locale, params):
    index = entry_index_for(model, locale)
    if index is None:
        raise Http404(_("This listing does not exist in this language."))
    facets = build_facets(model)
    selected = strict_selection(facets, params, index, also_allowed=PAGING)
    sort = params.get("sort")
    entries = apply_facets(facets, model.objects.live().child_of(index), selected)
    order = SORTS.get(sort, SORTS["newest"])
    return entries.order_by(*order).values_list("pk", flat=True)


def search_ids(locale, params):
    search = EntrySearch(locale, params)
    selected = strict_selection(
        search.facets, params, search.scope, also_allowed=("q",) + PAGING
    )
    base, ranked_ids, _counts, _limited = search.match()
    sort = params.get("sort")
    if sort not in dict(SORT_OPTIONS):
        sort = "relevance"
    return search.ordered_ids(base, ranked_ids, selected, sort)


@cross_origin_get
def export(request, source, file_format):
    if file_format not in FORMATS:
        raise Http404(_("Downloads come as CSV or JSON."))
    locale = Locale.get_active()
    try:
        if source == "search":
            ids = search_ids(locale, request.GET)
        elif source in LISTINGS:
            ids = listing_ids(LISTINGS[source], locale, request.GET)
        else:
            raise Http404(_("There is nothing to download at this address."))
    except UnknownFilter as error:
        return bad_filter(error)
    filename = f"{source}-{locale.language_code}"
    return export_response(ids, request, file_format, filename)


def open_data(request):
    """How to reuse the content: API, feeds, downloads, widget and calendar."""
    locale = Locale.get_active()
    practices = entry_index_for(PracticePage, locale)
    absolute = request.build_absolute_uri
    code = locale.language_code

    def feed(kind, query=""):
        return absolute(reverse("feed-rss", args=[kind])) + query

    sections = [
        {
            "title": _("Feeds"),
            "text": _(
                "RSS and Atom feeds announce new practices, resources, news and "
                "events in each language. The entry feeds take the same filters "
                "as the listings."
            ),
            "examples": [
                feed("practices"),
                feed("practices", "?country=ES&theme=language-support"),
                absolute(reverse("feed-atom", args=["resources"])),
                feed("news"),
                feed("events"),
            ],
        },
        {
            "title": _("Downloads"),
            "text": _(
                "Every listing and every search can be downloaded as CSV or JSON "
                "with its filters, up to %(limit)d entries a file. Each entry "
                "carries its licence."
            )
            % {"limit": EXPORT_LIMIT},
            "examples": [
                absolute(reverse("export", args=["practices", "csv"])),
                absolute(reverse("export", args=["resources", "json"]))
                + "?education_level=lower-secondary",
                absolute(reverse("export", args=["search", "csv"]))
                + "?q=mentoring&type=practice",
            ],
        },
        {
            "title": _("API"),
            "text": _(
                "A read-only JSON API lists practices, resources, news and events "
                "with their facets. Filter by type, language (locale) and by the "
                "listing filters. Any website may call it from the browser."
            ),
            "examples": [
                absolute(f"/api/v2/pages/?type=practices.PracticePage&locale={code}"),
                absolute(
                    f"/api/v2/pages/?type=practices.PracticePage&locale={code}"
                    "&theme=family-engagement&fields=summary,themes,countries,licence"
                ),
                absolute("/api/v2/pages/?type=practices.ResourcePage&country=IT"),
                absolute("/api/v2/pages/?type=news.EventPage&fields=starts_at,ends_at"),
            ],
        },
        {
            "title": _("Widget"),
            "text": _(
                "A small list of entries for other websites to show in a frame. "
                "Build its code on the page for adding the database to your "
                "website."
            ),
            "examples": [
                absolute(reverse("embed-widget", args=["practices"]))
                + "?theme=family-engagement&limit=5",
                absolute(reverse("embed-builder")),
            ],
        },
        {
            "title": _("Calendars and sitemap"),
            "text": _(
                "Events come as iCalendar files, one per event and one for every "
                "upcoming event. The sitemap lists every page in every language."
            ),
            "examples": [absolute("/sitemap.xml"), absolute("/robots.txt")],
        },
    ]
    return render(
        request,
        "open_data/open_data.html",
        {"sections": sections, "practices": practices},
    )
