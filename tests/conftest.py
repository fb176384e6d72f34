"""Shared fixtures: a small site tree that most tests build on."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, Site

from tests.factories import (
    HomePageFactory,
    PracticeIndexPageFactory,
    ResourceIndexPageFactory,
)


@pytest.fixture
def home(db):
    return build_home()


def build_home():
    """A home page as the default site's root, in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
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
