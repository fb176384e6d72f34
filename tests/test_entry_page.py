"""A practice or resource page as a visitor reads it."""

from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.conftest import html, texts
from tests.factories import (
    PartnerFactory,
    PracticePageFactory,
    ResourcePageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_metadata_links_lead_back_to_the_filtered_listing(client, practice_index):
    partner = PartnerFactory(slug="aula-abierta", name="Fundación Aula Abierta")
    ThemeFactory(slug="family-engagement", name="Family engagement")
    entry = PracticePageFactory(
        parent=practice_index,
        title="Parent café with interpreters",
        partner=partner,
        facets__countries=["GR"],
        facets__themes=["family-engagement"],
        facets__learner_groups=["refugee-asylum"],
    )
    PracticePageFactory(
        parent=practice_index, title="Unrelated", facets__countries=["SE"]
    )

    page = html(client.get(entry.url))
    facts = page.select_one(".entry__facts")

    for link_text, expected_query in [
        ("Greece", "country=GR"),
        ("Family engagement", "theme=family-engagement"),
        ("Fundación Aula Abierta", "partner=aula-abierta"),
        ("National", "level=national"),
        ("Prevention", "stage=prevention"),
    ]:
        link = next(a for a in facts.find_all("a") if link_text in a.get_text())
        assert link["href"] == f"{practice_index.url}?{expected_query}"
        listing = html(client.get(link["href"]))
        assert "Parent café with interpreters" in texts(
            listing.select(".entry-card__title")
        )


def test_entry_shows_transfer_card_evidence_and_citation(client, practice_index):
    entry = PracticePageFactory(
        parent=practice_index,
        title="Summer bridging school",
        organisation="Escola Ponte",
        transfer_time="Three weeks in July.",
    )

    page = html(client.get(entry.url))

    card = page.select_one(".transfer-card")
    assert "Three weeks in July." in card.get_text()
    assert "Low: under 2,000 euros a year" in card.get_text()
    assert "Self-evaluation" in page.select_one("#evidence-heading").parent.get_text()
    citation = page.select_one(".citation__text").get_text()
    assert citation.startswith("Escola Ponte (")
    assert "Summer bridging school" in citation
    assert f"/entries/{entry.pk}/" in citation


def test_permalink_survives_a_change_of_slug(client, practice_index):
    entry = PracticePageFactory(parent=practice_index, slug="old-address")
    permalink = f"/entries/{entry.pk}/"
    entry.slug = "new-address"
    entry.save_revision().publish()

    response = client.get(permalink)

    assert response.status_code == 302
    assert urlsplit(response["Location"]).path.endswith("/practices/new-address/")
    assert client.get("/entries/999999/", follow=True).status_code == 404


def test_related_entries_share_a_theme_or_country(client, practice_index):
    entry = PracticePageFactory(
        parent=practice_index, facets__countries=["IT"], facets__themes=["mentoring"]
    )
    PracticePageFactory(
        parent=practice_index,
        title="Same theme",
        facets__countries=["FI"],
        facets__themes=["mentoring"],
    )
    PracticePageFactory(
        parent=practice_index,
        title="Same country",
        facets__countries=["IT"],
        facets__themes=["other"],
    )
    PracticePageFactory(
        parent=practice_index,
        title="Nothing in common",
        facets__countries=["SE"],
        facets__themes=["other"],
    )

    page = html(client.get(entry.url))
    related = texts(page.select(".entry__related .entry-card__title"))

    assert sorted(related) == ["Same country", "Same theme"]


def test_resource_lists_its_documents_and_links(client, resource_index):
    Document = get_document_model()
    document = Document(title="Handbook")
    document.file.save("handbook.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document.save()
    resource = ResourcePageFactory(
        parent=resource_index,
        title="Welcome handbook",
        materials=[
            {
                "type": "document",
                "value": {"document": document.pk, "title": "", "description": ""},
            },
            {
                "type": "link",
                "value": {
                    "title": "Online version",
                    "url": "https://example.org/handbook",
                    "description": "",
                },
            },
        ],
    )

    page = html(client.get(resource.url))
    materials = page.select_one(".materials")

    assert "Handbook" in materials.get_text()
    assert "(PDF" in materials.get_text()
    assert materials.find("a", href="https://example.org/handbook")
    assert client.get(document.url).status_code == 200


def test_year_range_must_run_forwards(practice_index):
    from django.core.exceptions import ValidationError

    entry = PracticePageFactory(parent=practice_index)
    entry.year_started, entry.year_ended = 2020, 2018

    with pytest.raises(ValidationError) as error:
        entry.full_clean()

    assert "year_ended" in error.value.message_dict
