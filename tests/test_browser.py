"""One walk through the public site in a real headless Chromium."""

from tests.conftest import ARTIFACTS, BROWSER_MARKS, build_home
from tests.factories import PracticeIndexPageFactory, PracticePageFactory

pytestmark = BROWSER_MARKS


def test_visitor_filters_practices_and_opens_one(
    live_server, transactional_db, browser_page
):
    home = build_home()
    index = PracticeIndexPageFactory(parent=home)
    PracticePageFactory(
        parent=index,
        title="Homework club in Thessaloniki",
        facets__countries=["GR"],
        facets__themes=["mentoring-tutoring"],
    )
    PracticePageFactory(
        parent=index, title="Welcome classes in Vienna", facets__countries=["AT"]
    )
    page = browser_page

    page.goto(f"{live_server.url}/en/")
    page.get_by_role("link", name="Browse practices").click()
    page.locator("summary", has_text="Country").click()
    page.get_by_label("Greece (1)").check()
    page.get_by_role("button", name="Apply filters").click()

    assert page.get_by_role("heading", name="1 entry found").is_visible()
    page.get_by_role("link", name="Homework club in Thessaloniki").click()
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Homework club in Thessaloniki"
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "practice-page.png"), full_page=True)
    assert (ARTIFACTS / "practice-page.png").stat().st_size > 10_000
