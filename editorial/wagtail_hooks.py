"""Admin wiring for the editorial workflow."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import views
from .models import PartnerMembership
from .panels import MyEntriesPanel, RecentlyPublishedPanel, WaitingForMyReviewPanel

# Wagtail's own workflow panels say the same as ours, less precisely.
REPLACED_PANELS = {
    "user_objects_in_workflow_moderation",
    "workflow_objects_to_moderate",
}


@hooks.register("construct_homepage_panels")
def editorial_panels(request, panels):
    panels[:] = [panel for panel in panels if panel.name not in REPLACED_PANELS]
    if views.can_follow_moderation(request.user):
        panels.append(WaitingForMyReviewPanel(request))
        panels.append(MyEntriesPanel(request))
    panels.append(RecentlyPublishedPanel(request))


@hooks.register("register_admin_urls")
def editorial_urls():
    return [
        path(
            "moderation/",
            views.ModerationReportView.as_view(),
            name="editorial_moderation_report",
        ),
        path(
            "moderation/results/",
            views.ModerationReportView.as_view(results_only=True),
            name="editorial_moderation_report_results",
        ),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            views.submit_translation_for_review,
            name="editorial_submit_translation",
        ),
        # Same addresses as wagtail-localize's views; this app's hooks load
        # first, so these patterns are the ones that answer.
        path(
            "localize/submit/page/<int:page_id>/",
            views.ReviewedSubmitPageTranslationView.as_view(),
            name="editorial_submit_page_translation",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            views.ReviewedUpdateTranslationsView.as_view(),
            name="editorial_update_translations",
        ),
    ]


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_follow_moderation(request.user)


@hooks.register("register_reports_menu_item")
def moderation_report_menu_item():
    return ModerationMenuItem(
        _("Entries in moderation"),
        reverse("editorial_moderation_report"),
        name="entries-in-moderation",
        icon_name="tasks",
        order=150,
    )


class PartnerMembershipViewSet(SnippetViewSet):
    model = PartnerMembership
    icon = "user"
    menu_label = _("Partner memberships")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["user", "partner"]
    list_filter = ["partner"]


register_snippet(PartnerMembershipViewSet)
