"""What other sites and programs read: feeds, calendars, sitemap, metadata,
share links, the widget, the API and the downloads, on the demo content."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import feedparser
import pytest
from icalendar import Calendar
from wagtail.models import Locale

from news.models import EventIndexPage, EventPage, NewsPage
from practices.models import PracticeIndexPage, PracticePage, ResourcePage
from tests.conftest import html

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def live_entries(model, code, **conditions):
    return model.objects.live().filter(locale__language_code=code, **conditions)


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def json_ld(page):
    return [
        json.loads(script.string)
        for script in page.select('script[type="application/ld+json"]')
    ]


# Feeds ----------------------------------------------------------------------


@pytest.mark.parametrize("code", ["en", "es"])
@pytest.mark.parametrize("flavour", ["rss", "atom"])
def test_entry_feeds_list_the_newest_entries_of_their_language(
    demo, client, code, flavour
):
    response = client.get(f"/{code}/feeds/practices/{flavour}/")
    feed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert not feed.bozo, feed.bozo_exception
    newest = live_entries(PracticePage, code).order_by("-first_published_at", "-pk")
    assert [item.title for item in feed.entries] == [page.title for page in newest[:30]]
    assert feed.entries[0].link.endswith(newest[0].url)


def test_entry_feed_takes_the_listing_filters(demo, client):
    wanted = live_entries(
        PracticePage, "en", countries__country="ES", themes__slug="language-support"
    ).distinct()
    assert wanted.exists()

    response = client.get("/en/feeds/practices/rss/?country=ES&theme=language-support")

    feed = feedparser.parse(response.content)
    assert sorted(item.title for item in feed.entries) == sorted(
        page.title for page in wanted
    )


def test_spanish_resource_feed_carries_spanish_titles(demo, client):
    translated = live_entries(ResourcePage, "es", alias_of__isnull=True).first()

    feed = feedparser.parse(client.get("/es/feeds/resources/atom/").content)

    assert feed.feed.language == "es"
    assert translated.title in [item.title for item in feed.entries]


@pytest.mark.parametrize(
    "query", ["theme=no-such-theme", "colour=blue", "country=XX&country=ES"]
)
def test_feed_with_an_unknown_filter_is_a_clear_400(demo, client, query):
    response = client.get(f"/en/feeds/practices/rss/?{query}")

    assert response.status_code == 400
    assert response.content.decode().startswith("Unknown")


@pytest.mark.parametrize("kind,model", [("news", NewsPage), ("events", EventPage)])
def test_news_and_event_feeds(demo, client, kind, model):
    feed = feedparser.parse(client.get(f"/en/feeds/{kind}/rss/").content)

    assert not feed.bozo
    assert {item.title for item in feed.entries} == set(
        live_entries(model, "en").values_list("title", flat=True)
    )


# Calendars --------------------------------------------------------------------


def test_event_calendar_file_describes_the_event(demo, client):
    event = live_entries(EventPage, "en").order_by("starts_at").last()

    response = client.get(event.url + "calendar/")

    assert response["Content-Type"].startswith("text/calendar")
    assert f'filename="{event.slug}.ics"' in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent.decoded("DTSTART") == event.starts_at
    assert vevent.decoded("DTEND") == event.ends_at
    assert str(vevent["URL"]).endswith(event.url)


def test_upcoming_events_calendar_holds_only_upcoming_events(demo, client):
    index = EventIndexPage.objects.live().get(locale__language_code="en")
    upcoming = set(index.upcoming().values_list("title", flat=True))
    assert upcoming and index.past().exists()

    calendar = Calendar.from_ical(client.get(index.url + "calendar/").content)

    assert {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")} == upcoming


# Sitemap and robots -----------------------------------------------------------


def test_sitemap_lists_every_translated_page_with_its_alternates(demo, client):
    response = client.get("/sitemap.xml")
    tree = ET.fromstring(response.content)
    urls = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href")
            for link in url.findall(f"{XHTML}link")
        }
        for url in tree.findall(f"{SITEMAP}url")
    }

    english = live_entries(
        PracticePage, "en", slug="buddy-reading-circles-valencia-primary"
    ).get()
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    english_url = english.get_full_url()
    assert english_url in urls
    assert urls[english_url]["es"] == spanish.get_full_url()
    assert urls[english_url]["x-default"] == english_url
    assert urls[spanish.get_full_url()]["en"] == english_url
    # Pages still waiting for a translation show English text: not listed.
    alias = live_entries(PracticePage, "es", alias_of__isnull=False).first()
    assert alias.get_full_url() not in urls
    assert len(urls) == len(tree.findall(f"{SITEMAP}url"))


def test_robots_txt_points_to_the_sitemap(demo, client):
    text = client.get("/robots.txt").content.decode()

    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


# Metadata and sharing ---------------------------------------------------------


def test_practice_page_describes_itself_to_search_engines(demo, client):
    entry = live_entries(PracticePage, "en").first()

    page = html(client.get(entry.url))

    (data,) = json_ld(page)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "CreativeWork"
    assert data["name"] == entry.title
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["url"] == entry.get_full_url()
    assert data["inLanguage"] == "en"
    assert data["author"]["name"] == entry.organisation
    og = {tag["property"]: tag["content"] for tag in page.select("meta[property]")}
    assert og["og:title"] == entry.title
    assert og["og:url"] == page.select_one('link[rel="canonical"]')["href"]
    assert page.select_one('meta[name="twitter:card"]')


def test_resource_is_a_learning_resource(demo, client):
    entry = live_entries(ResourcePage, "en").first()

    (data,) = json_ld(html(client.get(entry.url)))

    assert data["@type"] == "LearningResource"
    assert {"name", "description", "url", "datePublished"} <= set(data)


def test_event_page_is_an_event_with_a_place_or_link(demo, client):
    event = live_entries(EventPage, "en").first()

    (data,) = json_ld(html(client.get(event.url)))

    assert data["@type"] == "Event"
    assert data["name"] == event.title
    assert data["startDate"] == event.starts_at.isoformat()
    assert data["endDate"] == event.ends_at.isoformat()
    assert data["location"]


def test_partners_page_describes_each_partner_as_an_organization(demo, client):
    data = json_ld(html(client.get("/en/partners/")))

    assert data and {item["@type"] for item in data} == {"Organization"}
    assert all(item["name"] and item["address"]["addressCountry"] for item in data)


def test_untranslated_page_names_the_english_page_as_canonical(demo, client):
    alias = live_entries(PracticePage, "es", alias_of__isnull=False).first()
    english = alias.alias_of

    page = html(client.get(alias.url))

    assert page.select_one('link[rel="canonical"]')["href"] == english.get_full_url()


def test_share_links_are_plain_links_without_third_party_scripts(demo, client):
    entry = live_entries(PracticePage, "en").first()

    page = html(client.get(entry.url))

    links = [a["href"] for a in page.select(".share__links a")]
    for start in [
        "mailto:",
        "https://www.linkedin.com/",
        "https://www.facebook.com/",
        "https://x.com/",
        "https://wa.me/",
        "https://bsky.app/",
    ]:
        assert any(link.startswith(start) for link in links), start
    assert page.select_one("#share-url")["value"] == entry.get_full_url()
    scripts = [script.get("src", "") for script in page.select("script[src]")]
    assert all(src.startswith("/static/") for src in scripts)


def test_entry_page_shows_its_licence(demo, client):
    entry = live_entries(PracticePage, "en").first()
    entry.licence = "cc-by-sa-4.0"
    entry.save_revision().publish()

    facts = html(client.get(entry.url)).select_one(".entry__facts")

    link = facts.find("a", rel="license")
    assert link.get_text() == "CC BY-SA 4.0"
    assert link["href"] == "https://creativecommons.org/licenses/by-sa/4.0/"


# The widget and framing -------------------------------------------------------


def test_widget_may_be_framed_by_any_site(demo, client):
    response = client.get("/en/embed/practices/?theme=family-engagement&limit=3")

    assert "X-Frame-Options" not in response
    assert response["Content-Security-Policy"] == "frame-ancestors *"
    page = html(response)
    wanted = live_entries(PracticePage, "en", themes__slug="family-engagement")
    newest = wanted.order_by("-first_published_at", "-pk")[:3]
    assert [a.get_text() for a in page.select("li > a")] == [p.title for p in newest]


@pytest.mark.parametrize("path", ["/en/", "/en/practices/", "/en/open-data/"])
def test_other_pages_refuse_foreign_frames(demo, client, path):
    response = client.get(path)

    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["Content-Security-Policy"] == "frame-ancestors 'self'"


@pytest.mark.parametrize(
    "query", ["limit=0", "limit=21", "limit=five", "theme=unknown", "limit=5&x=1"]
)
def test_widget_rejects_bad_addresses_with_a_message(demo, client, query):
    response = client.get(f"/en/embed/practices/?{query}")

    assert response.status_code == 400
    assert response.content.decode()


def test_widget_builder_gives_code_and_preview(demo, client):
    page = html(
        client.get(
            "/en/add-to-your-website/?source=practices&limit=4&country=IT"
            "&theme=&education_level=&learner_group=&kind="
        )
    )

    code = page.select_one("#embed-code").get_text()
    assert code.startswith('<iframe src="http://testserver/en/embed/practices/?')
    assert "limit=4" in code and "country=IT" in code
    assert page.select_one("iframe.embed-preview")["src"].startswith(
        "/en/embed/practices/?limit=4"
    )


def test_widget_builder_explains_a_bad_limit(demo, client):
    page = html(client.get("/en/add-to-your-website/?source=practices&limit=50"))

    assert page.select_one(".form-error")
    assert page.select_one("#embed-code") is None


# API --------------------------------------------------------------------------


def test_api_filters_practices_by_facet_and_locale(demo, client):
    wanted = live_entries(
        PracticePage, "es", themes__slug="family-engagement"
    ).distinct()

    response = client.get(
        "/api/v2/pages/?type=practices.PracticePage&locale=es"
        "&theme=family-engagement&fields=themes,countries,licence,kind&limit=100"
    )

    data = response.json()
    assert response.status_code == 200, data
    assert response["Access-Control-Allow-Origin"] == "*"
    assert {item["id"] for item in data["items"]} == set(
        wanted.values_list("pk", flat=True)
    )
    item = data["items"][0]
    assert "family-engagement" in [theme["slug"] for theme in item["themes"]]
    assert item["licence"] == "cc-by-4.0"
    assert all(len(code) == 2 for code in item["countries"])


@pytest.mark.parametrize(
    "query",
    [
        "type=practices.PracticePage&theme=nonsense",
        "type=news.NewsPage&theme=family-engagement",
        "type=practices.PracticePage&colour=blue",
    ],
)
def test_api_rejects_unknown_filters(demo, client, query):
    response = client.get(f"/api/v2/pages/?{query}")

    assert response.status_code == 400
    assert response.json()["message"]


def test_api_lists_events_and_answers_preflight(demo, client):
    response = client.get(
        "/api/v2/pages/?type=news.EventPage&locale=en&fields=starts_at,ends_at"
    )
    assert {item["title"] for item in response.json()["items"]} == set(
        live_entries(EventPage, "en").values_list("title", flat=True)
    )

    preflight = client.options(
        "/api/v2/pages/", HTTP_ORIGIN="https://partner.example.org"
    )
    assert preflight.status_code == 204
    assert "GET" in preflight["Access-Control-Allow-Methods"]


# Downloads --------------------------------------------------------------------


def test_csv_download_holds_exactly_the_filtered_listing(demo, client):
    query = "country=ES&education_level=primary"
    index = PracticeIndexPage.objects.get(locale__language_code="en")
    listing = html(client.get(f"{index.url}?{query}"))
    shown = listing.select_one("#results-heading").get_text().split()[0]

    response = client.get(f"/en/export/practices.csv?{query}")

    rows = list(csv.DictReader(io.StringIO(body(response).decode("utf-8-sig"))))
    wanted = live_entries(
        PracticePage, "en", countries__country="ES", education_levels__slug="primary"
    ).distinct()
    assert {int(row["id"]) for row in rows} == set(wanted.values_list("pk", flat=True))
    assert len(rows) == int(shown)
    assert all("ES" in row["countries"].split(";") for row in rows)
    assert {row["licence"] for row in rows} == {"cc-by-4.0"}


def test_json_download_of_a_search(demo, client):
    response = client.get("/en/export/search.json?q=mentoring&type=practice")

    data = json.loads(body(response))
    assert data["count"] == len(data["entries"]) > 0
    assert {entry["type"] for entry in data["entries"]} == {"practice"}
    assert all(entry["language"] == "en" for entry in data["entries"])
    assert data["truncated"] is False


def test_downloads_neutralise_spreadsheet_formulas(demo, client):
    entry = live_entries(PracticePage, "en").first()
    entry.title = '=HYPERLINK("http://example.org")'
    entry.organisation = "@risk organisation"
    entry.save_revision().publish()

    response = client.get(f"/en/export/practices.csv?kind={entry.kind.slug}")

    rows = list(csv.DictReader(io.StringIO(body(response).decode("utf-8-sig"))))
    row = next(row for row in rows if int(row["id"]) == entry.pk)
    assert row["title"] == '\'=HYPERLINK("http://example.org")'
    assert row["organisation"] == "'@risk organisation"


@pytest.mark.parametrize(
    "path",
    [
        "/en/export/practices.csv?theme=nonsense",
        "/en/export/resources.json?page=1&colour=blue",
        "/en/export/search.csv?q=school&country=ZZ",
    ],
)
def test_download_with_unknown_filter_is_a_400(demo, client, path):
    response = client.get(path)

    assert response.status_code == 400
    assert "Unknown" in response.content.decode()


def test_listing_and_search_offer_downloads_and_feeds(demo, client):
    listing = html(client.get("/en/practices/?theme=family-engagement&page=1"))

    links = [a["href"] for a in listing.select(".reuse a")]
    assert "/en/export/practices.csv?theme=family-engagement" in links
    assert "/en/feeds/practices/rss/?theme=family-engagement" in links
    assert listing.select_one('link[type="application/rss+xml"]')

    search = html(client.get("/en/search/?q=mentoring"))
    assert "/en/export/search.json?q=mentoring" in [
        a["href"] for a in search.select(".reuse a")
    ]


def test_open_data_page_documents_each_endpoint_with_working_examples(demo, client):
    page = html(client.get("/es/open-data/"))

    examples = [a["href"] for a in page.select(".example-list a")]
    assert len(examples) >= 12
    for url in examples:
        path = url.replace("http://testserver", "")
        response = client.get(path)
        assert response.status_code == 200, url
