"""Who may do what to an entry, tried through the admin as each person would.

The entry belongs to partner A and was written by elena (editor of A). ana
is her colleague at A, luca edits for partner B, clara is the coordinator
(partner C) and root is a superuser. Each case starts from a fresh entry in
the state the action needs, sends the request a browser would send, and then
checks the data, not just the status code.

`pytest -v tests/test_workflow_permissions.py` prints the matrix as run.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState

from practices.models import PracticePage
from tests.factories import PracticePageFactory
from tests.people import build_people, entry_form

pytestmark = pytest.mark.django_db

ACTORS = ["anonymous", "editor_a", "editor_a2", "editor_b", "coordinator", "superuser"]

# action: (state the entry starts in, the actors who may do it)
MATRIX = {
    "view-draft": ("draft", {"editor_a", "coordinator", "superuser"}),
    "edit-draft": ("draft", {"editor_a", "coordinator", "superuser"}),
    "edit-in-partner-review": (
        "partner review",
        {"editor_b", "coordinator", "superuser"},
    ),
    "submit": ("draft", {"editor_a", "coordinator", "superuser"}),
    "approve-partner-review": (
        "partner review",
        {"editor_b", "coordinator", "superuser"},
    ),
    "approve-coordinator-step": ("coordinator approval", {"coordinator", "superuser"}),
    "publish-directly": ("draft", {"coordinator", "superuser"}),
    "unpublish": ("live", {"coordinator", "superuser"}),
    "delete-live": ("live", {"coordinator", "superuser"}),
    "delete-own-draft": ("draft", {"editor_a", "coordinator", "superuser"}),
}

CASES = [
    pytest.param(
        action,
        actor,
        actor in allowed,
        id=f"{action}-{actor}-{'allowed' if actor in allowed else 'refused'}",
    )
    for action, (_state, allowed) in MATRIX.items()
    for actor in ACTORS
]


def entry_in(state, people, index):
    page = PracticePageFactory(
        parent=index,
        title="Homework club for newcomers",
        slug="homework-club",
        owner=people.editor_a,
        partner=people.partner_a,
        live=state == "live",
        facets__publish=state == "live",
        facets__themes=["mentoring"],
        facets__education_levels=["lower-secondary"],
        facets__target_groups=["teachers"],
        facets__learner_groups=["newly-arrived"],
    )
    if state in ("partner review", "coordinator approval"):
        page.get_workflow().start(page, people.editor_a)
    if state == "coordinator approval":
        task_state = page.current_workflow_task_state
        task_state.approve(user=people.editor_b)
    return PracticePage.objects.get(pk=page.pk)


def current_task_state(page):
    return Page.objects.get(pk=page.pk).current_workflow_task_state


def attempt(action, client, page):
    """Send the request for ``action``; return a function telling if it took."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if action == "view-draft":
        response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        return response.status_code == 200 and b"Homework club" in response.content
    if action in ("edit-draft", "edit-in-partner-review"):
        client.post(edit_url, entry_form(page, title="Homework club, revised"))
        latest = Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()
        return latest.title == "Homework club, revised"
    if action == "submit":
        client.post(edit_url, entry_form(page, **{"action-submit": "submit"}))
        return Page.objects.get(pk=page.pk).workflow_in_progress
    if action in ("approve-partner-review", "approve-coordinator-step"):
        task_state = current_task_state(page)
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, "approve", task_state.pk],
            ),
            {"comment": ""},
        )
        task_state.refresh_from_db()
        return task_state.status == TaskState.STATUS_APPROVED
    if action == "publish-directly":
        client.post(edit_url, entry_form(page, **{"action-publish": "publish"}))
        return Page.objects.get(pk=page.pk).live
    if action == "unpublish":
        client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
        return not Page.objects.get(pk=page.pk).live
    if action in ("delete-live", "delete-own-draft"):
        client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        return not Page.objects.filter(pk=page.pk).exists()
    raise AssertionError(action)


@pytest.mark.parametrize("action,actor,allowed", CASES)
def test_permission_matrix(action, actor, allowed, client, practice_index):
    people = build_people()
    page = entry_in(MATRIX[action][0], people, practice_index)
    if actor != "anonymous":
        client.force_login(getattr(people, actor))

    assert attempt(action, client, page) is allowed
