"""Facet counts follow what is published: drafts, renames and deletions."""

import io
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.http import QueryDict
from wagtail.models import Locale

from practices.facets import (
    build_facets,
    clean_selection,
    count_facets,
    entry_facets,
)
from practices.models import EntryCountry, EntryFacetValue, EntryPage, PracticePage
from tests.conftest import html, option_label, texts
from tests.facet_checks import expected_counts, varied_entries
from tests.factories import (
    PartnerFactory,
    PracticePageFactory,
    ResourcePageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def stored(entry):
    rows = EntryFacetValue.objects.filter(entry_id=entry.pk)
    return sorted(rows.values_list("facet", "value"))


def test_a_published_entry_has_one_row_per_facet_value(practice_index):
    entry = PracticePageFactory(
        parent=practice_index,
        level="local",
        partner=PartnerFactory(slug="kyklos"),
        facets__countries=["ES", "PT"],
        facets__languages=["es", "ar"],
        facets__themes=["mentoring-tutoring"],
        facets__education_levels=["primary"],
    )

    assert stored(entry) == [
        ("country", "ES"),
        ("country", "PT"),
        ("education_level", "primary"),
        ("evidence", "self-evaluation"),
        ("funding", "erasmus-plus"),
        ("kind", "good-practice"),
        ("language", "ar"),
        ("language", "es"),
        ("level", "local"),
        ("origin", "partner-project"),
        ("partner", "kyklos"),
        ("stage", "prevention"),
        ("theme", "mentoring-tutoring"),
        ("type", "practice"),
    ]


def test_a_draft_change_is_counted_once_it_is_published(client, practice_index):
    entry = PracticePageFactory(
        parent=practice_index, title="Reading buddies", facets__countries=["ES"]
    )
    draft = PracticePage.objects.get(pk=entry.pk)
    draft.countries = [EntryCountry(country="IT")]
    revision = draft.save_revision()

    page = html(client.get(practice_index.url))
    assert option_label(page, "country", "ES") == "Spain (1)"
    assert option_label(page, "country", "IT") is None

    revision.publish()

    page = html(client.get(practice_index.url))
    assert option_label(page, "country", "IT") == "Italy (1)"
    assert option_label(page, "country", "ES") is None


def test_an_unpublished_or_deleted_entry_leaves_the_counts(client, practice_index):
    kept = PracticePageFactory(parent=practice_index, facets__countries=["ES"])
    withdrawn = PracticePageFactory(parent=practice_index, facets__countries=["ES"])
    deleted = PracticePageFactory(parent=practice_index, facets__countries=["ES"])
    assert option_label(html(client.get(practice_index.url)), "country", "ES") == (
        "Spain (3)"
    )

    withdrawn.unpublish()
    PracticePage.objects.get(pk=deleted.pk).delete()

    page = html(client.get(practice_index.url))
    assert option_label(page, "country", "ES") == "Spain (1)"
    assert stored(withdrawn) == []
    assert EntryFacetValue.objects.filter(entry_id=deleted.pk).count() == 0
    assert EntryFacetValue.objects.filter(entry_id=kept.pk).exists()


def test_a_renamed_theme_keeps_its_entries_counted(client, practice_index):
    PracticePageFactory(parent=practice_index, facets__themes=["early-warning"])
    theme = ThemeFactory(slug="early-warning")
    theme.name = "Warning signs"
    theme.slug = "warning-signs"
    theme.save()

    page = html(client.get(practice_index.url, {"theme": "warning-signs"}))

    assert option_label(page, "theme", "warning-signs") == "Warning signs (1)"
    assert "1 entry found" in page.get_text(" ")


def test_a_deleted_theme_takes_its_values_along(practice_index):
    entry = PracticePageFactory(parent=practice_index, facets__themes=["homework"])

    ThemeFactory(slug="homework").delete()

    assert ("theme", "homework") not in stored(entry)


def test_the_rebuild_command_restores_a_lost_index(client, practice_index):
    PracticePageFactory(parent=practice_index, facets__countries=["GR"])
    PracticePageFactory(parent=practice_index, facets__countries=["GR", "CY"])
    withdrawn = PracticePageFactory(parent=practice_index, facets__countries=["GR"])
    withdrawn.unpublish()
    EntryFacetValue.objects.all().delete()
    assert option_label(html(client.get(practice_index.url)), "country", "GR") is None

    output = io.StringIO()
    call_command("rebuild_facet_index", stdout=output)

    page = html(client.get(practice_index.url))
    assert option_label(page, "country", "GR") == "Greece (2)"
    assert option_label(page, "country", "CY") == "Cyprus (1)"
    assert stored(withdrawn) == []
    assert "Facet index rebuilt: 3 entries" in output.getvalue()


# The counts come from the index, the results from the entries' relations; for
# any selection, an option's count must be the number of entries the visitor
# gets by choosing that option instead of the facet's other choices.


@pytest.mark.parametrize(
    "query",
    [
        "",
        "country=ES",
        "country=ES&country=GR&theme=early-warning",
        "level=local&stage=prevention&language=ar",
        "theme=family-engagement&theme=mentoring-tutoring&country=DE&level=european",
    ],
)
@pytest.mark.parametrize("few", [False, True], ids=["by facet", "one pass"])
def test_counts_agree_with_the_results_of_choosing_each_option(
    practice_index, query, few
):
    varied_entries(practice_index, 24, seed=7)
    facets = build_facets(PracticePage)
    entries = PracticePage.objects.live().child_of(practice_index)
    selected = clean_selection(facets, QueryDict(query), practice_index)

    states = count_facets(facets, entries, selected, practice_index, few=few)

    for facet, state in zip(facets, states, strict=True):
        shown = {option.value: option.count for option in state.options}
        assert shown == expected_counts(
            facets, entries, selected, facet, practice_index
        ), facet.param


def test_search_counts_cover_both_entry_types(practice_index, resource_index):
    PracticePageFactory(parent=practice_index, facets__countries=["ES"])
    ResourcePageFactory(parent=resource_index, facets__countries=["ES", "IT"])
    facets = entry_facets()
    scope = SimpleNamespace(locale_id=Locale.get_default().pk)
    entries = EntryPage.objects.live()
    selected = clean_selection(facets, QueryDict("country=IT"), scope)

    states = {
        state.param: {option.value: option.count for option in state.options}
        for state in count_facets(facets, entries, selected, scope)
    }

    assert states["type"] == {"resource": 1}
    assert states["kind"] == {"toolkit": 1}
    assert states["country"] == {"ES": 2, "IT": 1}


def test_search_page_shows_counts_from_the_index(client, practice_index):
    PracticePageFactory(
        parent=practice_index, title="Welcome class", facets__countries=["AT"]
    )

    page = html(client.get("/en/search/", {"q": "welcome"}))

    assert texts(page.select(".search-results .entry-card__title")) == ["Welcome class"]
    assert option_label(page, "country", "AT") == "Austria (1)"
    assert option_label(page, "type", "practice") == "Practices (1)"
