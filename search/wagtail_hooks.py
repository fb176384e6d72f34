from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import SearchTermsReportView


@hooks.register("register_admin_urls")
def search_report_urls():
    return [
        path(
            "reports/search-terms/",
            SearchTermsReportView.as_view(),
            name="search_terms_report",
        ),
        path(
            "reports/search-terms/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def search_terms_menu_item():
    return MenuItem(
        _("Search terms"),
        reverse("search_terms_report"),
        name="search-terms",
        icon_name="search",
        order=160,
    )
