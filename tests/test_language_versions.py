"""Pages point to their other language versions, for people and search engines."""

import pytest
from django.test import override_settings
from wagtail.models import Locale

from tests.conftest import html

pytestmark = pytest.mark.django_db

TWO_LANGUAGES = [("en", "English"), ("es", "Spanish")]


@override_settings(LANGUAGES=TWO_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=TWO_LANGUAGES)
def test_a_translated_page_links_its_versions(client, home):
    spanish = Locale.objects.create(language_code="es")
    home_es = home.copy_for_translation(spanish)
    home_es.title = "Que los alumnos migrantes sigan en la escuela"
    home_es.save_revision().publish()

    page = html(client.get("/en/"))

    alternates = {
        link["hreflang"]: link["href"]
        for link in page.find_all("link", rel="alternate")
    }
    assert alternates == {
        "en": "http://testserver/en/",
        "x-default": "http://testserver/en/",
        "es": "http://testserver/es/",
    }
    switcher = page.select(".language-switcher a")
    assert [(a["lang"], a.get_text()) for a in switcher] == [
        ("en", "English"),
        ("es", "español"),
    ]
    for link in switcher:
        assert client.get(link["href"]).status_code == 200
    spanish_page = html(client.get("/es/"))
    assert spanish_page.html["lang"] == "es"
    assert spanish_page.find("h1").get_text() == home_es.title


def test_a_single_language_site_shows_no_switcher(client, home):
    page = html(client.get("/en/"))

    assert page.select(".language-switcher") == []
    assert page.find_all("link", rel="alternate") == []
