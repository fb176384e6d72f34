"""One walk through the public site in a real headless Chromium."""

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import build_home
from tests.factories import PracticeIndexPageFactory, PracticePageFactory

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM, reason="Chromium is not installed (apt-get install chromium)"
    ),
]

# Without these, Chromium tries to reach Google's services, which this
# network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser_page():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


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
