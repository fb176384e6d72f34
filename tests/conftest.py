"""Shared fixtures: a small site tree that most tests build on."""

import os
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from editorial.roles import ensure_roles
from tests.factories import (
    HomePageFactory,
    PracticeIndexPageFactory,
    ResourceIndexPageFactory,
)
from tests.search_backends import (  # noqa: F401 - shared fixtures
    engine_indexes,
    search_backend,
)

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

BROWSER_MARKS = [
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


@pytest.fixture
def home(db):
    return build_home()


def build_home():
    """A home page as the default site's root, in place of Wagtail's welcome page."""
    root = ensure_roots()
    for page in root.get_children():
        Site.objects.filter(root_page=page).delete()
        page.delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


@pytest.fixture
def practice_index(home):
    return PracticeIndexPageFactory(parent=home)


@pytest.fixture
def resource_index(home):
    return ResourceIndexPageFactory(parent=home)


def html(response):
    """Parse a response the way a visitor's browser would see its page."""
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def texts(elements):
    return [" ".join(element.get_text(" ").split()) for element in elements]


def ensure_roots():
    """The rows Wagtail's migrations create, which a transactional test's flush
    removes: the default locale, the tree root and the root collection. The
    editorial roles are set up again on top of them."""
    locale, _created = Locale.objects.get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    ensure_roles()
    return root
