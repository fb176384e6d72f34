"""Dashboard panels: what waits for me, where my entries are, what went live."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState

from practices.models import EntryPage

from .states import entry_state

PANEL_SIZE = 10


class WaitingForMyReviewPanel(Component):
    name = "editorial_waiting_for_my_review"
    template_name = "editorial/panels/waiting_for_my_review.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        states = (
            TaskState.objects.reviewable_by(self.request.user)
            .filter(status=TaskState.STATUS_IN_PROGRESS)
            .select_related("task", "workflow_state__requested_by")
            .order_by("started_at")
        )
        now = timezone.now()
        rows = []
        for task_state in states[:PANEL_SIZE]:
            page = task_state.workflow_state.content_object
            if page is None:
                continue
            rows.append(
                {
                    "page": page.specific_deferred,
                    "task": task_state.task.name,
                    "requested_by": task_state.workflow_state.requested_by,
                    "age_days": (now - task_state.started_at).days,
                }
            )
        return {
            "heading": _("Waiting for my review"),
            "rows": rows,
            "total": states.count(),
        }


class MyEntriesPanel(Component):
    name = "editorial_my_entries"
    template_name = "editorial/panels/my_entries.html"
    order = 95

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        pages = (
            EntryPage.objects.filter(owner=self.request.user)
            .select_related("locale")
            .order_by("-latest_revision_created_at")[:PANEL_SIZE]
        )
        return {
            "heading": _("My entries and their state"),
            "rows": [{"page": page, "state": entry_state(page)} for page in pages],
        }


class RecentlyPublishedPanel(Component):
    name = "editorial_recently_published"
    template_name = "editorial/panels/recently_published.html"
    order = 96

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        pages = (
            EntryPage.objects.live()
            .exclude(alias_of__isnull=False)
            .select_related("locale", "partner")
            .order_by("-last_published_at")[:PANEL_SIZE]
        )
        return {"heading": _("Recently published"), "pages": pages}
