"""The review path in the Wagtail admin, in a real headless Chromium.

An editor of one partner writes and submits an entry, an editor of another
partner approves it, the coordinator approves it, and the public page is live.
"""

from django.urls import reverse

from practices.models import PracticePage
from tests.conftest import ARTIFACTS, BROWSER_MARKS, build_home
from tests.factories import (
    EducationLevelFactory,
    KindFactory,
    LearnerGroupFactory,
    PracticeIndexPageFactory,
    ResourceIndexPageFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from tests.people import PASSWORD, build_people

pytestmark = BROWSER_MARKS

TITLE = "Saturday homework club for newcomers"


def log_in(page, base, username):
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/admin/")


def approve(page, base, entry, button="Approve"):
    """Open the entry from the dashboard and approve the current step."""
    page.goto(f"{base}/admin/")
    panel = page.locator("#editorial-waiting-for-my-review-section, section").filter(
        has_text="Waiting for my review"
    )
    panel.first.get_by_role("link", name=TITLE).click()
    page.wait_for_url(f"**/admin/pages/{entry.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=button, exact=True).click()
    page.wait_for_load_state("networkidle")


def test_an_entry_goes_from_draft_to_live_in_the_admin(
    live_server, transactional_db, browser_page
):
    home = build_home()
    index = PracticeIndexPageFactory(parent=home)
    ResourceIndexPageFactory(parent=home)
    people = build_people()
    KindFactory(slug="project", name="Project")
    ThemeFactory(slug="mentoring", name="Mentoring")
    EducationLevelFactory(slug="lower-secondary", name="Lower secondary")
    TargetGroupFactory(slug="teachers", name="Teachers")
    LearnerGroupFactory(slug="newly-arrived", name="Newly arrived")
    base = live_server.url
    page = browser_page

    # Elena, for partner A, writes the entry and submits it.
    log_in(page, base, people.editor_a.username)
    page.goto(
        base
        + reverse(
            "wagtailadmin_pages:add", args=["practices", "practicepage", index.pk]
        )
    )
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_summary").fill(
        "Volunteer students help newly arrived pupils with homework every Saturday."
    )
    page.get_by_role("tab", name="Description").click()
    page.get_by_role("button", name="Choose kind").click()
    page.locator(".modal").get_by_role("link", name="Project").click()
    page.locator(".modal").wait_for(state="hidden")
    page.locator("#id_level").select_option("local")
    page.locator("#id_stage").select_option("prevention")
    page.locator("#id_countries-0-country").select_option("ES")
    for label in ["Lower secondary", "Teachers", "Mentoring", "Newly arrived"]:
        page.get_by_label(label, exact=True).check()
    page.get_by_role("tab", name="Details").click()
    page.locator("#id_organisation").fill("Aula Abierta")
    page.locator("#id_funding").select_option("own-resources")
    page.locator("#id_year_started").fill("2023")
    page.locator("#id_origin").select_option("partner-project")
    assert page.locator("#id_partner").is_disabled()
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Review and approval").click()
    page.wait_for_load_state("networkidle")

    entry = PracticePage.objects.get(title=TITLE)
    assert entry.partner == people.partner_a
    assert entry.current_workflow_task.name == "Partner review"

    # Luca, for partner B, finds it waiting for him and approves it.
    log_in(page, base, people.editor_b.username)
    approve(page, base, entry)
    entry = PracticePage.objects.get(pk=entry.pk)
    assert entry.current_workflow_task.name == "Coordinator approval"

    # Clara, the coordinator, approves; that publishes it.
    log_in(page, base, people.coordinator.username)
    approve(page, base, entry, button="Approve and Publish")
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{base}/admin/")
    page.screenshot(path=str(ARTIFACTS / "admin-dashboard.png"), full_page=True)

    page.context.clear_cookies()
    page.goto(f"{base}/en/practices/")
    page.get_by_role("link", name=TITLE).click()
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    page.screenshot(path=str(ARTIFACTS / "approved-entry.png"), full_page=True)
