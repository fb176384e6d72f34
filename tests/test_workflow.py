"""The review path through the admin: draft, partner review, approval, live.

Everything goes through the admin views the people themselves use, and the
checks are on what they would see: the public page, their inbox, the
dashboard and the history of the entry.
"""

import io

import polib
import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    PageLogEntry,
    Task,
    TaskState,
    WorkflowPage,
    WorkflowState,
)
from wagtail_localize.models import Translation, TranslationSource

from editorial.roles import (
    COORDINATOR_APPROVAL,
    PARTNER_REVIEW,
    WORKFLOW_NAME,
)
from multilingual.locales import sync_locales
from practices.management.commands.load_vocabulary import load_vocabulary
from practices.models import PracticePage
from tests.conftest import html, texts
from tests.factories import (
    EducationLevelFactory,
    KindFactory,
    LearnerGroupFactory,
    PracticePageFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from tests.people import build_people, entry_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(practice_index, resource_index):
    return build_people()


def login(client, user):
    client.force_login(user)
    return client


def act(client, page, action, **data):
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, action, task_state.pk],
        ),
        data,
    )


def create_and_submit(client, index, **fields):
    kind = KindFactory(slug="project", name="Project")
    data = entry_form(kind=str(kind.pk), **{"action-submit": "submit"}, **fields)
    data["themes"] = [ThemeFactory(slug="mentoring").pk]
    data["education_levels"] = [EducationLevelFactory(slug="primary").pk]
    data["target_groups"] = [TargetGroupFactory(slug="teachers").pk]
    data["learner_groups"] = [LearnerGroupFactory(slug="newly-arrived").pk]
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["practices", "practicepage", index.pk]),
        data,
    )
    assert response.status_code == 302, response.context["form"].errors
    return PracticePage.objects.get(slug=data["slug"])


def test_roles_and_workflow_exist_after_migrate(practice_index, resource_index):
    workflow = practice_index.get_workflow()

    assert workflow.name == WORKFLOW_NAME
    assert [task.name for task in workflow.tasks] == [
        PARTNER_REVIEW,
        COORDINATOR_APPROVAL,
    ]
    assert resource_index.get_workflow() == workflow


def test_every_locale_gets_the_workflow(home, practice_index, resource_index):
    sync_locales()
    for locale in Locale.objects.all():
        for page in (practice_index, resource_index):
            translated = page.get_translation(locale)
            assert translated.get_workflow().name == WORKFLOW_NAME, locale


def test_draft_to_live_through_the_admin(client, people, practice_index):
    mail.outbox.clear()
    page = create_and_submit(
        login(client, people.editor_a), practice_index, partner=people.partner_b.pk
    )

    # The author's partner is set from her account, whatever the form said.
    assert page.partner == people.partner_a
    assert page.owner == people.editor_a
    assert not page.live
    assert page.current_workflow_task.name == PARTNER_REVIEW
    # Partner review: editors of other partners are asked, never the author's own.
    invited = {address for message in mail.outbox for address in message.to}
    assert "luca@example.org" in invited
    assert "clara@example.org" in invited
    assert "elena@example.org" not in invited
    assert "ana@example.org" not in invited
    review_mail = next(m for m in mail.outbox if "luca@example.org" in m.to)
    assert "Homework club for newcomers" in review_mail.subject + review_mail.body
    assert f"/admin/pages/{page.pk}/edit/" in review_mail.body

    # The page is not public while in review.
    client.logout()
    assert client.get("/en/practices/homework-club-newcomers/").status_code == 404

    mail.outbox.clear()
    act(login(client, people.editor_b), page, "approve")
    assert Page.objects.get(pk=page.pk).current_workflow_task.name == (
        COORDINATOR_APPROVAL
    )
    assert [m.to for m in mail.outbox] == [["clara@example.org"]]

    mail.outbox.clear()
    act(login(client, people.coordinator), page, "approve")
    page.refresh_from_db()
    assert page.live
    approved = [m for m in mail.outbox if m.to == ["elena@example.org"]]
    assert len(approved) == 1
    assert "approved" in approved[0].subject.lower()

    client.logout()
    public = html(client.get("/en/practices/homework-club-newcomers/"))
    assert public.find("h1").get_text() == "Homework club for newcomers"

    # Each step is in the history with who did it.
    history = list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )
    assert ("wagtail.workflow.start", "elena") in history
    assert ("wagtail.workflow.approve", "luca") in history
    assert ("wagtail.workflow.approve", "clara") in history
    assert ("wagtail.publish", "clara") in history


def test_sending_back_returns_the_entry_with_the_comment(
    client, people, practice_index
):
    page = create_and_submit(login(client, people.editor_a), practice_index)
    mail.outbox.clear()

    act(
        login(client, people.editor_b),
        page,
        "reject",
        comment="Please add how many pupils took part.",
    )

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    [message] = mail.outbox
    assert message.to == ["elena@example.org"]
    assert "Please add how many pupils took part." in message.body
    assert f"/admin/pages/{page.pk}/edit/" in message.body

    # The author can edit again and resubmit.
    client = login(client, people.editor_a)
    dashboard = html(client.get("/admin/"))
    mine = panel(dashboard, "My entries and their state")
    assert "Sent back for changes" in mine.get_text()
    page = PracticePage.objects.get(pk=page.pk)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        entry_form(page, summary="Forty pupils took part.", **{"action-submit": "1"}),
    )
    state = Page.objects.get(pk=page.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    log = PageLogEntry.objects.filter(page=page, action="wagtail.workflow.reject")
    assert log.get().user == people.editor_b


def test_an_editor_cannot_act_on_a_review_by_crafted_post(
    client, people, practice_index
):
    page = create_and_submit(login(client, people.editor_a), practice_index)

    response = act(login(client, people.editor_a2), page, "approve")

    assert response.status_code in (302, 403)
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    assert task_state.task.name == PARTNER_REVIEW


def panel(dashboard, heading):
    """The dashboard panel under ``heading``, as its reader sees it."""
    title = dashboard.find(
        lambda tag: tag.name == "h2" and tag.get_text(strip=True) == heading
    )
    return title.find_parent("section")


def test_dashboard_shows_waiting_mine_and_recent(client, people, practice_index):
    page = create_and_submit(login(client, people.editor_a), practice_index)
    PracticePageFactory(parent=practice_index, title="Family evenings in Palermo")

    reviewer = html(login(client, people.editor_b).get("/admin/"))
    assert page.title in panel(reviewer, "Waiting for my review").get_text()

    colleague = html(login(client, people.editor_a2).get("/admin/"))
    assert "Nothing is waiting for your review." in (
        panel(colleague, "Waiting for my review").get_text()
    )

    author = html(login(client, people.editor_a).get("/admin/"))
    mine = panel(author, "My entries and their state")
    [row] = [r for r in mine.select("tbody tr") if page.title in r.get_text()]
    assert "In review" in row.get_text()
    assert PARTNER_REVIEW in row.get_text()
    recent = panel(author, "Recently published")
    assert "Family evenings in Palermo" in recent.get_text()


def test_moderation_report_lists_entries_with_age_and_step(
    client, people, practice_index
):
    page = create_and_submit(login(client, people.editor_a), practice_index)

    report = html(login(client, people.coordinator).get("/admin/moderation/"))

    rows = [texts(row.select("td")) for row in report.select("tbody tr")]
    [row] = [r for r in rows if page.title in " ".join(r)]
    assert "Aula Abierta" in row
    assert PARTNER_REVIEW in row
    assert "0" in row  # days in moderation

    csv = login(client, people.coordinator).get("/admin/moderation/?export=csv")
    assert page.title in b"".join(csv.streaming_content).decode()

    client.logout()
    assert client.get("/admin/moderation/").status_code == 302


@pytest.fixture
def spanish_site(people, home, practice_index, resource_index):
    sync_locales()
    load_vocabulary()
    return Locale.objects.get(language_code="es")


def upload_po(client, translation, strings):
    response = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.id])
    )
    po = polib.pofile(response.content.decode())
    for item in po:
        item.msgstr = strings.get(item.msgid, "")
    upload = io.BytesIO(str(po).encode())
    upload.name = "translation.po"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302


def test_a_translation_goes_through_the_same_review(
    client, people, practice_index, spanish_site
):
    english = PracticePageFactory(
        parent=practice_index,
        title="Homework club for newcomers",
        slug="homework-club",
        owner=people.editor_a,
        partner=people.partner_a,
    )
    spanish = english.get_translation(spanish_site)
    client = login(client, people.editor_a)

    # Elena starts the translation and fills in the Spanish strings.
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[english.pk]),
        {"locales": [spanish_site.pk]},
    )
    assert response.status_code == 302
    source = TranslationSource.objects.get_for_instance(english)
    translation = Translation.objects.get(source=source, target_locale=spanish_site)
    upload_po(
        client, translation, {english.title: "Club de deberes para recién llegados"}
    )

    # The translation editor offers review, not publication.
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk]))
    assert b"Submit this translation for review" in editor.content
    client.post(
        reverse("wagtailadmin_pages:edit", args=[spanish.pk]), {"action": "publish"}
    )
    assert Page.objects.get(pk=spanish.pk).title == english.title

    client.post(reverse("editorial_submit_translation", args=[translation.pk]))
    spanish = Page.objects.get(pk=spanish.pk).specific
    assert spanish.workflow_in_progress
    assert spanish.title != "Club de deberes para recién llegados"  # not live yet

    act(login(client, people.editor_b), spanish, "approve")
    act(login(client, people.coordinator), spanish, "approve")

    spanish.refresh_from_db()
    assert spanish.title == "Club de deberes para recién llegados"
    client.logout()
    page = html(client.get(spanish.url))
    assert page.find("h1").get_text() == "Club de deberes para recién llegados"


def test_update_translations_cannot_publish_for_a_partner_editor(
    client, people, practice_index, spanish_site
):
    english = PracticePageFactory(
        parent=practice_index,
        title="Homework club for newcomers",
        slug="homework-club",
        owner=people.editor_a,
        partner=people.partner_a,
    )
    client = login(client, people.editor_a)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[english.pk]),
        {"locales": [spanish_site.pk]},
    )
    source = TranslationSource.objects.get_for_instance(english)
    translation = Translation.objects.get(source=source, target_locale=spanish_site)
    upload_po(client, translation, {english.title: "Club de deberes (borrador)"})
    url = reverse("wagtail_localize:update_translations", args=[source.pk])

    form = html(client.get(url))
    assert form.select('input[name="publish_translations"]') == []
    client.post(url, {"publish_translations": "on"})

    spanish = english.get_translation(spanish_site)
    assert spanish.title != "Club de deberes (borrador)"

    coordinator_form = html(login(client, people.coordinator).get(url))
    assert coordinator_form.select('input[name="publish_translations"]')


def test_setup_editorial_can_run_again_without_duplicates(
    practice_index, resource_index
):
    def counts():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
            WorkflowPage.objects.count(),
            Task.objects.count(),
        )

    call_command("setup_editorial", stdout=io.StringIO())
    before = counts()
    output = io.StringIO()
    call_command("setup_editorial", stdout=output)

    assert counts() == before
    assert "covers 2 entry indexes" in output.getvalue()
    editors = Group.objects.get(name="Partner editors")
    assert set(
        editors.page_permissions.values_list("permission__codename", flat=True)
    ) == {"add_page"}
