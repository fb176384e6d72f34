"""The practice listing as a visitor uses it: filter, count, sort, page."""

import pytest

from practices.listing import PAGE_SIZE
from tests.conftest import html, option_label, texts
from tests.factories import PartnerFactory, PracticePageFactory

pytestmark = pytest.mark.django_db


def titles(page):
    return texts(page.select(".entry-card__title"))


def test_listing_shows_published_entries_with_their_facets(client, practice_index):
    PracticePageFactory(
        parent=practice_index,
        title="Homework club in Seville",
        facets__countries=["ES", "PT"],
        facets__themes=["mentoring-tutoring"],
    )
    draft = PracticePageFactory(parent=practice_index, title="Unfinished draft")
    draft.unpublish()

    page = html(client.get(practice_index.url))

    assert titles(page) == ["Homework club in Seville"]
    card = page.select_one(".entry-card")
    assert "Spain, Portugal" in card.get_text(" ")
    assert "1 entry found" in page.get_text(" ")


def test_filters_combine_and_counts_show_what_each_option_would_give(
    client, practice_index
):
    PracticePageFactory(
        parent=practice_index,
        title="Spanish mentoring",
        facets__countries=["ES"],
        facets__themes=["mentoring-tutoring"],
    )
    PracticePageFactory(
        parent=practice_index,
        title="Spanish parent café",
        facets__countries=["ES"],
        facets__themes=["family-engagement"],
    )
    PracticePageFactory(
        parent=practice_index,
        title="Italian mentoring",
        facets__countries=["IT"],
        facets__themes=["mentoring-tutoring"],
    )

    page = html(client.get(practice_index.url, {"country": "ES"}))
    assert sorted(titles(page)) == ["Spanish mentoring", "Spanish parent café"]
    # Within Spain, one entry is about mentoring and one about families.
    assert option_label(page, "theme", "mentoring-tutoring").endswith("(1)")
    assert option_label(page, "theme", "family-engagement").endswith("(1)")
    # The country facet ignores its own selection: Italy would add one more.
    assert option_label(page, "country", "IT") == "Italy (1)"
    assert option_label(page, "country", "ES") == "Spain (2)"

    both = html(
        client.get(practice_index.url, {"country": "ES", "theme": "mentoring-tutoring"})
    )
    assert titles(both) == ["Spanish mentoring"]

    either_country = html(client.get(f"{practice_index.url}?country=ES&country=IT"))
    assert len(titles(either_country)) == 3


def test_choice_facets_filter_by_level_stage_and_partner(client, practice_index):
    partner = PartnerFactory(slug="kyklos", name="Kyklos Centre")
    PracticePageFactory(
        parent=practice_index, title="National policy", level="national"
    )
    PracticePageFactory(
        parent=practice_index,
        title="European network",
        level="european",
        stage="compensation",
        partner=partner,
    )

    assert titles(html(client.get(practice_index.url, {"level": "european"}))) == [
        "European network"
    ]
    assert titles(html(client.get(practice_index.url, {"stage": "compensation"}))) == [
        "European network"
    ]
    assert titles(html(client.get(practice_index.url, {"partner": "kyklos"}))) == [
        "European network"
    ]


def test_active_filters_can_be_removed_one_by_one_or_cleared(client, practice_index):
    PracticePageFactory(
        parent=practice_index,
        facets__countries=["ES"],
        facets__themes=["early-warning"],
    )

    page = html(
        client.get(practice_index.url, {"country": "ES", "theme": "early-warning"})
    )

    chips = page.select(".active-filters .chip")
    assert len(chips) == 2
    remove_country = next(chip for chip in chips if "Spain" in chip.get_text())
    assert remove_country["href"] == "?theme=early-warning"
    clear = page.find("a", string="Clear all filters")
    assert clear["href"] == "?"


def test_unknown_filter_values_are_left_out_with_a_notice(client, practice_index):
    PracticePageFactory(parent=practice_index, title="Reading buddies")

    page = html(
        client.get(practice_index.url, {"theme": "no-such-theme", "country": "ZZ"})
    )

    assert titles(page) == ["Reading buddies"]
    assert "were not recognised" in page.get_text(" ")


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "²"},
        {"page": "0"},
        {"page": "2"},
        {"page": "9" * 5000},
        {"page": "-1"},
    ],
)
def test_a_page_that_does_not_exist_is_not_found(client, practice_index, query):
    PracticePageFactory(parent=practice_index)

    response = client.get(practice_index.url, query)

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_huge_and_repeated_values_give_a_normal_page(client, practice_index):
    PracticePageFactory(parent=practice_index, title="Parent café")
    query = "&".join(["theme=" + "x" * 10_000] + ["country=ES"] * 500)

    page = html(client.get(f"{practice_index.url}?{query}&sort=%00"))

    assert titles(page) == ["Parent café"]


def test_listing_shows_twenty_entries_a_page_and_sorts(client, practice_index):
    for number in range(PAGE_SIZE + 3):
        PracticePageFactory(parent=practice_index, title=f"Entry {number:02d}")

    first = html(client.get(practice_index.url, {"sort": "title"}))
    second = html(client.get(practice_index.url, {"sort": "title", "page": "2"}))

    assert len(titles(first)) == PAGE_SIZE
    assert titles(first)[0] == "Entry 00"
    assert titles(second) == ["Entry 20", "Entry 21", "Entry 22"]
    next_link = first.find("a", rel="next")
    assert next_link["href"] == "?sort=title&page=2"
    newest = html(client.get(practice_index.url))
    assert titles(newest)[0] == "Entry 22"


def test_listing_query_count_does_not_grow_with_entries(
    client, practice_index, django_assert_max_num_queries
):
    def make(count):
        for _ in range(count):
            PracticePageFactory(
                parent=practice_index,
                facets__countries=["ES", "IT"],
                facets__themes=["language-support", "mentoring-tutoring"],
            )

    make(5)
    client.get(practice_index.url)  # Warm the site and settings caches.
    with django_assert_max_num_queries(40) as few:
        client.get(practice_index.url)
    make(45)
    with django_assert_max_num_queries(len(few.captured_queries)) as many:
        client.get(practice_index.url)

    assert len(many.captured_queries) == len(few.captured_queries)
