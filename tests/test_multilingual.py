"""The site in every language: locales, fallbacks, translation, language choice."""

import io
import re
from urllib.parse import urlsplit

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from multilingual.locales import sync_locales
from practices.management.commands.load_vocabulary import load_vocabulary
from tests.conftest import html, texts
from tests.factories import PracticePageFactory

pytestmark = pytest.mark.django_db

CODES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def site_in_all_languages(home, practice_index, resource_index):
    """The site tree with a synchronised locale per language and its vocabulary."""
    sync_locales()
    load_vocabulary()
    return home


@pytest.fixture
def entry(site_in_all_languages, practice_index):
    return PracticePageFactory(
        parent=practice_index,
        title="Homework club run by student volunteers",
        slug="homework-club",
        summary="University students help newcomers with homework twice a week.",
        facets__countries=["ES"],
        facets__themes=["language-support"],
    )


def local_path(url):
    return urlsplit(url).path


def in_locale(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def test_default_languages_are_the_seven_of_the_project():
    assert CODES == ["en", "es", "it", "el", "de", "fr", "ar"]


@pytest.mark.parametrize("code", CODES)
def test_every_language_serves_home_listing_and_entry(client, entry, code):
    listing = in_locale(entry.get_parent(), code)
    for url in [f"/{code}/", listing.url, in_locale(entry, code).url]:
        page = html(client.get(url))
        assert page.html["lang"] == code, url
        assert page.html["dir"] == ("rtl" if code == "ar" else "ltr"), url


def test_publishing_an_english_entry_adds_it_to_every_language(entry):
    versions = Page.objects.filter(translation_key=entry.translation_key)

    assert sorted(versions.values_list("locale__language_code", flat=True)) == sorted(
        CODES
    )
    assert all(version.live for version in versions)


def test_an_untranslated_entry_shows_english_with_a_notice(client, entry):
    page = html(client.get(in_locale(entry, "es").url))

    notice = page.select_one(".translation-notice").get_text(" ", strip=True)
    assert "todavía no está disponible en su idioma" in notice
    assert "idioma original: inglés" in notice.lower()
    assert page.find("h1").get_text() == "Homework club run by student volunteers"
    assert page.select_one("article.entry")["lang"] == "en"


def test_switcher_and_hreflang_lead_to_every_language(client, entry):
    page = html(client.get(entry.url))

    alternates = {
        link["hreflang"]: local_path(link["href"])
        for link in page.find_all("link", rel="alternate")
    }
    assert set(alternates) == {*CODES, "x-default"}
    assert alternates["x-default"] == alternates["en"] == entry.url
    switcher = page.select(".language-switcher a")
    assert [link["lang"] for link in switcher] == CODES
    for link in switcher:
        assert client.get(link["href"]).status_code == 200, link["href"]
    assert page.select_one('.language-switcher a[aria-current="true"]')["lang"] == "en"


def test_facet_labels_and_countries_show_in_the_visitors_language(client, entry):
    listing = html(client.get(in_locale(entry.get_parent(), "es").url))

    labels = texts(listing.select(".facet label"))
    assert "Apoyo lingüístico (1)" in labels
    assert "España (1)" in labels
    card = listing.select_one(".entry-card").get_text(" ")
    assert "Apoyo lingüístico" in card and "España" in card
    german = html(client.get(in_locale(entry.get_parent(), "de").url))
    assert "Sprachförderung (1)" in texts(german.select(".facet label"))


def test_listing_and_search_stay_within_the_visitors_language(client, entry):
    call_command("update_index", stdout=io.StringIO())

    listing = html(client.get(in_locale(entry.get_parent(), "it").url))
    links = [a["href"] for a in listing.select(".entry-card__title a")]
    assert links == [in_locale(entry, "it").url]

    results = html(client.get("/it/search/", {"q": "volunteers"}))
    result_links = [a["href"] for a in results.select(".search-results h3 a")]
    assert result_links == [in_locale(entry, "it").url]


def test_dates_follow_the_visitors_language(client, entry):
    spanish = html(client.get(in_locale(entry, "es").url))
    updated = spanish.find("dt", string="Última actualización").find_next("dd")

    assert re.search(r"\d+ de \w+ de \d{4}", updated.get_text())


def translate_with_po(client, page, code, translations, machine=False):
    """Start a translation, fill its PO file and publish it, as a partner would."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code=code)
    )
    if machine:
        po = translation.export_po()
        for item in po:
            item.msgstr = translations.get(item.msgid, "")
        translation.import_po(po, translation_type="machine", tool_name="DeepL")
    else:
        base = reverse("wagtail_localize:download_pofile", args=[translation.id])
        response = client.get(base)
        assert response.status_code == 200
        po = polib.pofile(response.content.decode())
        for item in po:
            item.msgstr = translations.get(item.msgid, "")
        upload = io.BytesIO(str(po).encode())
        upload.name = "translation.po"
        response = client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.id]),
            {"file": upload, "next": "/admin/"},
        )
        assert response.status_code == 302
    translation.save_target(publish=True)
    return in_locale(page, code)


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(user)
    return client


def test_a_po_file_round_trip_changes_the_translated_page(editor_client, entry):
    spanish = translate_with_po(
        editor_client,
        entry,
        "es",
        {
            entry.title: "Club de deberes con estudiantes voluntarios",
            entry.summary: "Universitarios ayudan con los deberes.",
        },
    )

    page = html(editor_client.get(spanish.url))
    assert page.find("h1").get_text() == "Club de deberes con estudiantes voluntarios"
    assert page.select(".translation-notice") == []
    assert spanish.alias_of_id is None


def test_machine_translated_pages_say_so(editor_client, entry):
    french = translate_with_po(
        editor_client,
        entry,
        "fr",
        {entry.title: "Club de devoirs animé par des étudiants bénévoles"},
        machine=True,
    )

    notice = html(editor_client.get(french.url)).select_one(".translation-notice")
    assert "traduite automatiquement" in notice.get_text()


def test_root_chooses_the_language_from_the_browser(client, site_in_all_languages):
    spanish = client.get("/", HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9,en;q=0.5")
    arabic = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
    malformed = client.get("/", HTTP_ACCEPT_LANGUAGE="!!;q=nonsense,,;")

    assert spanish["Location"] == "/es/"
    assert arabic["Location"] == "/ar/"
    assert malformed["Location"] == "/en/"


def test_an_unknown_language_gives_the_not_found_page_in_the_visitors_language(
    client, site_in_all_languages
):
    response = client.get("/xx/practices/", HTTP_ACCEPT_LANGUAGE="es", follow=True)

    assert response.status_code == 404
    assert "Página no encontrada" in response.content.decode()
