"""The search box in the header, on the database search backend."""

import io

import pytest
from django.core.management import call_command

from tests.conftest import html, texts
from tests.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_entries_by_words_in_their_summary(client, practice_index):
    PracticePageFactory(
        parent=practice_index,
        title="Reading circles",
        summary="Older pupils read aloud with newcomers twice a week.",
    )
    PracticePageFactory(parent=practice_index, title="Attendance officers")
    call_command("update_index", stdout=io.StringIO())

    page = html(client.get("/en/search/", {"q": "newcomers"}))

    assert texts(page.select(".search-results h3")) == ["Reading circles"]


@pytest.mark.parametrize(
    "query", ["", "title:(", '"unbalanced', "*", "&|!", "\x00\x01", "x" * 10_000]
)
def test_awkward_queries_never_fail(client, practice_index, query):
    PracticePageFactory(parent=practice_index)

    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200


def test_search_page_past_the_end_is_not_found(client, home):
    assert client.get("/en/search/", {"q": "school", "page": "9"}).status_code == 404
