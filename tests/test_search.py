"""Full-text search: language by language, with facets, on both backends."""

import json
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.db import connection
from django.http import QueryDict
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Locale

from multilingual.locales import sync_locales
from practices.facets import clean_selection, entry_facets
from practices.management.commands.load_vocabulary import load_vocabulary
from practices.models import EntryPage, PracticePage
from search.models import SearchTerm
from tests.conftest import html, option_label, texts
from tests.facet_checks import expected_counts, shown_counts, varied_entries
from tests.factories import PracticePageFactory, ResourcePageFactory, ThemeFactory
from tests.search_backends import engine_settings, reindex

pytestmark = pytest.mark.django_db

ENTRIES = {
    # language: (title, summary), written for these tests
    "en": (
        "Welcome classes for newly arrived pupils",
        "Newly arrived pupils who lost years of schooling catch up in lower "
        "secondary school before joining their year group.",
    ),
    "es": (
        "Apoyo escolar en la escuela del barrio",
        "Voluntarios ayudan cada tarde en la escuela a alumnos recién llegados.",
    ),
    "de": (
        "Lernpaten für Schüler mit Fluchterfahrung",
        "Studierende begleiten jeden Schüler ein Schuljahr lang.",
    ),
    "it": (
        "Formazione per l'insegnante di classe",
        "Un percorso breve aiuta ogni insegnante ad accogliere alunni stranieri.",
    ),
    "el": (
        "Τάξεις υποδοχής στο σχολείο της γειτονιάς",
        "Οι μαθητές που μόλις ήρθαν μαθαίνουν ελληνικά πριν μπουν στην τάξη τους.",
    ),
    "ar": (
        "دعم الطلاب الجدد في المدرسة",
        "يساعد المتطوعون الطلاب القادمين حديثا على متابعة دروسهم في المدرسة.",
    ),
    "fr": (
        "Tutorat entre élèves au collège",
        "Des élèves plus âgés accompagnent les nouveaux arrivants chaque semaine.",
    ),
}


@pytest.fixture
def multilingual_entries(home, practice_index, resource_index):
    sync_locales()
    load_vocabulary()
    entries = {}
    for code, (title, summary) in ENTRIES.items():
        locale = Locale.objects.get(language_code=code)
        index = practice_index.get_translation(locale)
        entries[code] = PracticePageFactory(
            parent=index,
            title=title,
            slug=f"entry-{code}",
            summary=summary,
            organisation=f"Partner organisation {code.upper()}",
            facets__countries=["ES" if code == "es" else "DE"],
        )
    return entries


def found_titles(client, language, query, **params):
    page = html(client.get(f"/{language}/search/", {"q": query, **params}))
    return texts(page.select(".search-results .entry-card__title"))


def needs_stemming(search_backend):
    if search_backend == "database" and connection.vendor == "sqlite":
        pytest.skip("SQLite's full-text index has no stemmers for these languages")


@pytest.mark.parametrize(
    "language,query",
    [
        ("es", "escuelas"),  # plural finds "escuela"
        ("de", "Schülern"),  # dative plural finds "Schüler"
        ("it", "insegnanti"),  # plural finds "insegnante"
        ("fr", "élève"),  # singular finds "élèves"
        ("en", "classes pupil"),
    ],
)
def test_each_language_is_searched_with_its_own_stemming(
    client, search_backend, multilingual_entries, language, query
):
    needs_stemming(search_backend)
    reindex()

    assert found_titles(client, language, query) == [ENTRIES[language][0]]


@pytest.mark.parametrize(
    "language,query", [("el", "σχολείο"), ("ar", "المدرسة"), ("el", "μαθητές")]
)
def test_greek_and_arabic_queries_find_their_entries(
    client, search_backend, multilingual_entries, language, query
):
    reindex()

    assert found_titles(client, language, query) == [ENTRIES[language][0]]


def test_results_never_mix_languages(client, search_backend, multilingual_entries):
    reindex()

    # The Spanish and German entries exist in their own language only.
    assert found_titles(client, "de", "escuela") == []
    assert found_titles(client, "es", "Schüler") == []
    # English entries are shown in every language until translated, as the
    # listings show them; each result still belongs to the visitor's language.
    page = html(client.get("/es/search/", {"q": "pupils"}))
    links = [a["href"] for a in page.select(".search-results .entry-card__title a")]
    assert links and all(link.startswith("/es/") for link in links)


def test_counts_never_mix_languages(client, search_backend, multilingual_entries):
    reindex()

    # The Spanish entry is in Spain; the five others are in Germany. Spanish
    # visitors also see the English one until it is translated, but never
    # the Italian, Greek, German, French or Arabic ones.
    spanish = html(client.get("/es/search/", {"country": "DE"}))
    assert shown_counts(spanish, "country") == {"ES": 1, "DE": 1}
    greek = html(client.get("/el/search/"))
    assert shown_counts(greek, "country") == {"DE": 2}


def test_results_have_snippets_facets_and_counts(
    client, search_backend, home, practice_index, resource_index
):
    PracticePageFactory(
        parent=practice_index,
        title="Mentoring newcomers in Lyon",
        summary="Volunteers mentor newcomers through their first school year.",
        facets__countries=["FR"],
        facets__themes=["mentoring-tutoring"],
    )
    PracticePageFactory(
        parent=practice_index,
        title="Mentoring newcomers in Graz",
        summary="Retired teachers mentor newcomers after school.",
        facets__countries=["AT"],
        facets__themes=["mentoring-tutoring"],
    )
    ResourcePageFactory(
        parent=resource_index,
        title="A mentoring handbook for newcomers",
        summary="How to start mentoring newcomers in a school.",
        facets__countries=["AT"],
    )
    PracticePageFactory(parent=practice_index, title="Attendance officers")
    reindex()

    page = html(client.get("/en/search/", {"q": "mentoring newcomers"}))
    assert len(page.select(".search-results > li")) == 3
    marks = [mark.get_text() for mark in page.select(".search-results mark")]
    assert "mentoring" in [mark.lower() for mark in marks]
    country = page.select_one('input[name="country"][value="AT"]')
    assert "(2)" in page.find("label", attrs={"for": country["id"]}).get_text()
    kinds = page.select('input[name="type"]')
    assert {kind["value"] for kind in kinds} == {"practice", "resource"}

    filtered = html(client.get("/en/search/", {"q": "mentoring", "country": "AT"}))
    assert sorted(texts(filtered.select(".search-results .entry-card__title"))) == [
        "A mentoring handbook for newcomers",
        "Mentoring newcomers in Graz",
    ]
    # Counts follow the filters: with Austria chosen, France shows its own count.
    france = filtered.select_one('input[name="country"][value="FR"]')
    assert "(1)" in filtered.find("label", attrs={"for": france["id"]}).get_text()
    assert filtered.select_one('input[name="q"][type="hidden"]')["value"] == "mentoring"

    newest = found_titles(client, "en", "mentoring", sort="newest")
    assert newest[0] == "A mentoring handbook for newcomers"


def test_a_published_edit_is_found_by_its_new_theme(
    client, search_backend, practice_index
):
    entry = PracticePageFactory(
        parent=practice_index, title="Homework club", facets__themes=["homework"]
    )
    draft = PracticePage.objects.get(pk=entry.pk)
    draft.themes = [ThemeFactory(slug="storytelling", name="Storytelling circles")]
    draft.save_revision().publish()
    reindex()

    assert found_titles(client, "en", "storytelling") == ["Homework club"]
    page = html(client.get("/en/search/", {"q": "homework club"}))
    assert option_label(page, "theme", "storytelling") == "Storytelling circles (1)"
    assert option_label(page, "theme", "homework") is None


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"country": "ES"},
        {"country": ["ES", "IT"], "theme": "early-warning"},
        {"level": "local", "language": "ar", "type": "practice"},
    ],
)
def test_search_counts_are_what_choosing_each_option_would_list(
    client, search_backend, practice_index, filters
):
    varied_entries(practice_index, 16, seed=3)
    reindex()
    facets = entry_facets()
    scope = SimpleNamespace(locale_id=practice_index.locale_id)
    entries = EntryPage.objects.live()
    selected = clean_selection(facets, QueryDict(urlencode(filters, True)), scope)

    page = html(client.get("/en/search/", {"q": "generated entry", **filters}))

    for facet in facets:
        expected = expected_counts(facets, entries, selected, facet, scope)
        assert shown_counts(page, facet.param) == expected, facet.param


def test_an_empty_result_suggests_which_filter_to_drop(
    client, search_backend, practice_index
):
    PracticePageFactory(
        parent=practice_index,
        title="Reading circles in Malmö",
        facets__countries=["SE"],
    )
    reindex()

    page = html(client.get("/en/search/", {"q": "reading", "country": "PT"}))

    assert page.select(".search-results") == []
    suggestion = page.select_one(".empty-state li a")
    assert "Portugal" in suggestion.get_text()
    assert "(1 entry)" in suggestion.get_text()
    assert found_titles(client, "en", "reading") == ["Reading circles in Malmö"]


def test_autocomplete_offers_titles_in_the_visitors_language(
    client, search_backend, multilingual_entries
):
    reindex()

    response = client.get("/es/search/autocomplete/", {"q": "Apo"})

    data = json.loads(response.content)
    assert [result["title"] for result in data["results"]] == [ENTRIES["es"][0]]
    assert data["results"][0]["url"].startswith("/es/")
    assert json.loads(client.get("/es/search/autocomplete/", {"q": "x"}).content) == {
        "results": []
    }


def test_searches_are_counted_for_the_editors_report(client, practice_index):
    PracticePageFactory(parent=practice_index, title="Reading circles")
    client.get("/en/search/", {"q": "Reading"})
    client.get("/en/search/", {"q": "reading"})
    client.get("/en/search/", {"q": "astronomy"})

    terms = {term.query: term for term in SearchTerm.objects.all()}
    assert terms["reading"].searches == 2
    assert terms["reading"].empty_searches == 0
    assert terms["astronomy"].empty_searches == 1


@pytest.mark.parametrize(
    "query",
    [
        "",
        "x" * 10_000,
        "title:(",
        '"unbalanced',
        "*",
        "&|!",
        "a & b | !c",
        "\x00\x1f\x7f",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
    ],
)
def test_awkward_queries_never_fail(client, search_backend, practice_index, query):
    PracticePageFactory(parent=practice_index, title="Welcome classes")
    reindex()

    response = client.get("/en/search/", {"q": query, "country": ["XX", "ES", "ES"]})

    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_a_page_past_the_end_is_not_found(client, practice_index):
    PracticePageFactory(parent=practice_index, title="Welcome classes")
    assert client.get("/en/search/", {"q": "welcome", "page": "9"}).status_code == 404
    assert client.get("/en/search/", {"q": "welcome", "page": "x"}).status_code == 404


FILTER_NAMES = ["country", "theme", "kind", "type", "level", "stage", "partner", "page"]


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    query=st.text(max_size=300),
    filters=st.lists(
        st.tuples(st.sampled_from(FILTER_NAMES), st.text(max_size=80)), max_size=6
    ),
)
def test_random_queries_and_filters_never_give_a_server_error(
    client, practice_index, query, filters
):
    params = {"q": query}
    for name, value in filters:
        params.setdefault(name, []).append(value) if isinstance(
            params.get(name), list
        ) else params.__setitem__(name, [value])
    response = client.get("/en/search/", params)
    assert response.status_code in (200, 404)


def test_search_falls_back_when_the_engine_is_down(client, settings, practice_index):
    PracticePageFactory(parent=practice_index, title="Welcome classes in Vienna")
    settings.SEARCH_URL = "http://127.0.0.1:9"
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(
        url=settings.SEARCH_URL, timeout=1
    )

    page = html(client.get("/en/search/", {"q": "welcome"}))

    assert "Search is temporarily limited" in page.select_one(".notice").get_text()
    assert texts(page.select(".search-results .entry-card__title")) == [
        "Welcome classes in Vienna"
    ]
    health = client.get("/healthz")
    assert health.status_code == 200
    assert json.loads(health.content)["search"] == "down"
    suggestions = json.loads(
        client.get("/en/search/autocomplete/", {"q": "Welc"}).content
    )
    assert suggestions["results"][0]["title"] == "Welcome classes in Vienna"


def test_health_reports_database_and_search(client, search_backend, db):
    body = json.loads(client.get("/healthz").content)

    assert body["database"] == "ok"
    expected = "ok" if search_backend == "engine" else "not configured"
    assert body["search"] == expected


def test_postgresql_search_uses_a_gin_index(db):
    if connection.vendor != "postgresql":
        pytest.skip("the GIN index exists on PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexdef ILIKE '%gin%' "
            "AND indexdef ILIKE '%body%'"
        )
        definitions = [row[0] for row in cursor.fetchall()]
    assert definitions, "no GIN index on the search body"


def test_editors_picks_come_first_and_editors_see_the_search_terms(
    client, practice_index
):
    from django.contrib.auth import get_user_model
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    guide = PracticePageFactory(parent=practice_index, title="Where to start")
    PracticePageFactory(parent=practice_index, title="Welcome classes")
    SearchPromotion.objects.create(query=Query.get("welcome"), page=guide, sort_order=0)

    page = html(client.get("/en/search/", {"q": "Welcome"}))

    assert texts(page.select(".promotions a")) == ["Where to start"]
    client.get("/en/search/", {"q": "astronomy"})
    admin = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(admin)
    report = html(client.get("/admin/reports/search-terms/?without_results=1"))
    rows = [texts(row.select("td")) for row in report.select("tbody tr")]
    assert [row[0] for row in rows] == ["astronomy"]
