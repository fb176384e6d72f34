"""Where an entry stands in the editorial path, in words an editor reads."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import WorkflowState


@dataclass
class EntryState:
    label: str
    tone: str  # for the status badge: "draft", "review", "changes" or "live"
    task: str = ""
    since: object = None

    @property
    def age_days(self):
        if self.since is None:
            return None
        return (timezone.now() - self.since).days


def entry_state(page):
    """The editorial state of one page: draft, in review, sent back or live."""
    workflow_state = page.current_workflow_state
    if workflow_state is not None:
        task_state = workflow_state.current_task_state
        task_name = task_state.task.name if task_state else ""
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return EntryState(
                _("Sent back for changes"),
                "changes",
                task_name,
                task_state.finished_at if task_state else None,
            )
        return EntryState(
            _("In review"),
            "review",
            task_name,
            task_state.started_at if task_state else workflow_state.created_at,
        )
    if page.live and not page.has_unpublished_changes:
        return EntryState(_("Live"), "live", since=page.last_published_at)
    if page.live:
        return EntryState(
            _("Live, with unpublished changes"),
            "draft",
            since=page.latest_revision_created_at,
        )
    return EntryState(_("Draft"), "draft", since=page.latest_revision_created_at)
