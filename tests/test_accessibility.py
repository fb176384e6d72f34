"""Structural accessibility checks on the pages visitors use most."""

import pytest

from tests.conftest import html
from tests.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home, practice_index):
    entry = PracticePageFactory(parent=practice_index, facets__themes=["language"])
    return [
        home.url,
        practice_index.url,
        entry.url,
        "/en/search/?q=class",
        "/en/suggest/",
    ]


def test_pages_have_landmarks_a_skip_link_and_one_title(client, pages):
    for url in pages:
        page = html(client.get(url))
        assert page.html["lang"] == "en"
        assert page.html["dir"] == "ltr"
        skip = page.find("a", class_="skip-link")
        assert skip["href"] == "#main" and page.find("main", id="main"), url
        assert page.find("header") and page.find("footer") and page.find("nav")
        assert len(page.find_all("h1")) == 1, url


def test_form_controls_have_labels_and_images_have_alt(client, pages):
    for url in pages:
        page = html(client.get(url))
        for control in page.select("input:not([type=hidden]), select"):
            label = page.find("label", attrs={"for": control.get("id")})
            assert label is not None, f"{url}: {control}"
        for image in page.find_all("img"):
            assert image.has_attr("alt"), f"{url}: {image}"


def test_listing_filters_work_as_a_plain_form(client, practice_index, pages):
    form = html(client.get(practice_index.url)).select_one("form.facets")

    assert form["method"] == "get"
    assert form.find("button", type="submit")
    assert form.find_all("input", type="checkbox")
