"""The editors' report of what visitors search for."""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from .models import SearchTerm


class SearchTermsReportView(ReportView):
    page_title = _("Search terms")
    header_icon = "search"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    paginate_by = 50
    columns = [
        Column("query", label=_("Query")),
        Column("locale", label=_("Language")),
        Column("searches", label=_("Searches")),
        Column("empty_searches", label=_("Searches without results")),
        Column("last_results", label=_("Results last time")),
        DateColumn("last_searched", label=_("Last searched")),
    ]
    list_export = [
        "query",
        "locale",
        "searches",
        "empty_searches",
        "last_results",
        "last_searched",
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "search-terms-{}".format(timezone.now().strftime("%Y-%m-%d"))

    def get_queryset(self):
        terms = SearchTerm.objects.select_related("locale")
        if self.request.GET.get("without_results"):
            return terms.filter(last_results=0).order_by("-empty_searches", "query")
        return terms.order_by("-searches", "query")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["without_results"] = bool(self.request.GET.get("without_results"))
        return context
