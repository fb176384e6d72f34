"""The public read-only API: Wagtail's API v2, with the listings' facets.

``/api/v2/pages/?type=practices.PracticePage&theme=language-support&locale=es``
filters as the practice listing does, with the same parameter names and
values. A facet value that does not exist is an error rather than an empty
filter, so that a mistyped address is noticed.
"""

from types import SimpleNamespace

from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale

from practices.facets import UnknownFilter, build_facets, strict_selection
from practices.models import PracticePage, ResourcePage

ENTRY_MODELS = (PracticePage, ResourcePage)
FACET_PARAMS = frozenset(
    facet.param for model in ENTRY_MODELS for facet in build_facets(model)
)


class FacetFilter:
    def filter_queryset(self, request, queryset, view):
        asked = [name for name in request.GET if name in FACET_PARAMS]
        if not asked:
            return queryset
        model = queryset.model
        if model not in ENTRY_MODELS:
            names = ", ".join(sorted(asked))
            raise BadRequestError(
                f"facet filters ({names}) need type=practices.PracticePage or "
                "type=practices.ResourcePage"
            )
        locale = (
            Locale.objects.filter(language_code=request.GET.get("locale", "")).first()
            or Locale.get_default()
        )
        facets = build_facets(model)
        params = request.GET.copy()
        for name in list(params):
            if name not in FACET_PARAMS:
                del params[name]
        try:
            selected = strict_selection(
                facets, params, SimpleNamespace(locale_id=locale.pk)
            )
        except UnknownFilter as error:
            raise BadRequestError(str(error)) from error
        for facet in facets:
            queryset = facet.apply(queryset, selected[facet.param])
        return queryset


class NonFacetFieldsFilter(FieldsFilter):
    """Wagtail's field filters, leaving the facet parameters to FacetFilter.

    Some facets share a name with a field (``kind`` is a foreign key), and the
    field filter would read a slug as a primary key.
    """

    def filter_queryset(self, request, queryset, view):
        params = request.GET.copy()
        for name in FACET_PARAMS:
            params.pop(name, None)
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    filter_backends = [FacetFilter] + [
        NonFacetFieldsFilter if backend is FieldsFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(FACET_PARAMS)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
