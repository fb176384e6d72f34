"""Shared fixtures: a small site tree that most tests build on."""

import io
import os
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
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


# The demo's languages in the tests: one translated language, a right-to-left
# one and English.
DEMO_LANGUAGES = [("en", "English"), ("es", "Spanish"), ("ar", "Arabic")]


def demo_languages():
    return override_settings(
        LANGUAGES=DEMO_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=DEMO_LANGUAGES
    )


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo, built once for each module that asks, and rolled back after it.

    Each test still runs in its own savepoint inside this transaction, so a
    test that changes data leaves the next one the same demo.
    """
    with django_db_blocker.unblock(), demo_languages(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        refresh_planner_statistics()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_site, db):
    with demo_languages():
        yield


def refresh_planner_statistics():
    """Let PostgreSQL plan with the demo's real table sizes.

    The demo is never committed, so autovacuum cannot see it, and the planner
    would go on believing the tables hold the few rows of an earlier module:
    it then picks nested loops that take minutes on a few thousand rows.
    ANALYZE in the same transaction counts the transaction's own rows.
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


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


def option_label(page, param, value):
    """The label of a facet option's checkbox, with its count: "Spain (2)"."""
    checkbox = page.find("input", attrs={"name": param, "value": value})
    if checkbox is None:
        return None
    label = page.find("label", attrs={"for": checkbox["id"]})
    return " ".join(label.get_text(" ").split())


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
