"""The public "Suggest a practice" form and the coordinator's inbox."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, PageLogEntry

from multilingual.locales import sync_locales
from practices.management.commands.load_vocabulary import load_vocabulary
from practices.models import Kind, PracticePage, Theme
from suggestions.models import SUGGESTIONS_PER_HOUR, Suggestion
from tests.conftest import html
from tests.people import build_people

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home, practice_index, resource_index):
    sync_locales()
    load_vocabulary()
    return build_people()


def answers(**changes):
    theme = Theme.objects.get(slug="language-support", locale=Locale.get_active())
    data = {
        "title": "Mother-tongue reading circles",
        "summary": "Parents read stories in their own language with small groups "
        "of children after school.",
        "country": "PT",
        "themes": [theme.pk],
        "website": "https://circles.example.org/",
        "name": "Marta Silva",
        "email": "marta@example.org",
        "organisation": "Escola Aberta",
        "consent": "on",
        "homepage": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def suggest(client, language="en", address="203.0.113.7", **changes):
    with translation.override(language):
        data = answers(**changes)
    return client.post(f"/{language}/suggest/", data, REMOTE_ADDR=address)


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_the_form_speaks_every_language(client, site, language):
    page = html(client.get(f"/{language}/suggest/"))

    assert page.find("html")["lang"] == language
    with translation.override(language):
        assert page.find("h1").get_text() == translation.gettext("Suggest a practice")
        theme = Theme.objects.get(slug="language-support", locale=Locale.get_active())
    assert theme.name in page.get_text()
    assert page.select_one('input[name="consent"][required]') is not None


def test_a_valid_suggestion_becomes_an_unpublished_draft(client, site):
    mail.outbox.clear()
    response = suggest(client, language="es")

    assert response.status_code == 302
    assert response["Location"] == "/es/suggest/thanks/"
    suggestion = Suggestion.objects.get()
    page = suggestion.page
    assert not page.live
    assert page.locale.language_code == "es"
    assert page.origin == "stakeholder"
    assert page.title == "Mother-tongue reading circles"
    assert page.summary.startswith("Parents read stories")
    assert [c.country.code for c in page.countries.all()] == ["PT"]
    assert [t.slug for t in page.themes.all()] == ["language-support"]
    assert page.website == "https://circles.example.org/"
    assert page.organisation == "Escola Aberta"
    assert suggestion.submitter_email == "marta@example.org"
    assert suggestion.consent_given_at is not None
    assert PageLogEntry.objects.filter(page=page, action="suggestions.receive").exists()

    # Public pages do not show the draft.
    assert client.get(f"/es/practices/{page.slug}/").status_code == 404

    # A confirmation in Spanish for the submitter, a notice for the coordinator.
    confirmation = next(m for m in mail.outbox if m.to == ["marta@example.org"])
    with translation.override("es"):
        assert confirmation.subject == translation.gettext(
            "We have received your suggestion"
        )
    assert "Mother-tongue reading circles" in confirmation.body
    notice = next(m for m in mail.outbox if m.to == ["clara@example.org"])
    assert "/admin/suggestions/" in notice.body

    thanks = html(client.get("/es/suggest/thanks/"))
    with translation.override("es"):
        assert thanks.find("h1").get_text() == translation.gettext(
            "Thank you for your suggestion"
        )


@pytest.mark.parametrize(
    "changes,field",
    [
        ({"consent": None}, "consent"),
        ({"title": ""}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"summary": "y" * 401}, "summary"),
        ({"email": "not an address"}, "email"),
        ({"country": "XX"}, "country"),
        ({"website": "javascript:alert(1)"}, "website"),
        ({"themes": ["999999"]}, "themes"),
    ],
)
def test_bad_answers_are_explained_and_nothing_is_lost(client, site, changes, field):
    response = suggest(client, **changes)

    assert response.status_code == 200
    page = html(response)
    assert page.select_one('[role="alert"]') is not None
    assert page.select_one(f'[name="{field}"]').find_parent(
        class_="form-field--error"
    ), field
    # What the visitor typed is still in the form.
    assert page.select_one('[name="name"]')["value"] == "Marta Silva"
    assert Suggestion.objects.count() == 0
    assert not PracticePage.objects.filter(origin="stakeholder").exists()


def test_the_honeypot_stores_nothing(client, site):
    mail.outbox.clear()
    response = suggest(client, homepage="https://spam.example.com/")

    assert response.status_code == 302
    assert Suggestion.objects.count() == 0
    assert PracticePage.objects.filter(origin="stakeholder").count() == 0
    assert mail.outbox == []


def test_one_address_is_limited_per_hour(client, site):
    for number in range(SUGGESTIONS_PER_HOUR):
        assert suggest(client, title=f"Reading circle {number}").status_code == 302

    refused = suggest(client, title="One too many")

    assert refused.status_code == 429
    page = refused.content.decode()
    assert "try again later" in page
    assert 'value="One too many"' in page
    assert Suggestion.objects.count() == SUGGESTIONS_PER_HOUR
    # Somebody else is not affected.
    assert suggest(client, address="198.51.100.4").status_code == 302


def test_text_is_stored_plain_and_shown_escaped(client, site):
    suggest(
        client,
        title="<script>alert('x')</script> Reading\x1b circles",
        summary="<b>Bold</b> claims\x07 & more",
    )
    suggestion = Suggestion.objects.get()
    assert suggestion.page.title == "<script>alert('x')</script> Reading circles"
    assert suggestion.page.summary == "<b>Bold</b> claims & more"

    client.force_login(site.coordinator)
    inbox = client.get("/admin/suggestions/").content.decode()
    assert "&lt;script&gt;alert(" in inbox
    assert "<script>alert(" not in inbox


def test_the_coordinator_adopts_a_suggestion(client, site):
    suggest(client)
    suggestion = Suggestion.objects.get()
    english = Locale.objects.get(language_code="en")
    kind = Kind.objects.get(slug="project", locale=english)

    client.force_login(site.editor_a)
    assert client.get("/admin/suggestions/").status_code == 302
    client.force_login(site.coordinator)
    inbox = html(client.get("/admin/suggestions/"))
    assert "Mother-tongue reading circles" in inbox.get_text()
    form = html(client.get(f"/admin/suggestions/{suggestion.pk}/adopt/"))
    assert "marta@example.org" in form.get_text()

    response = client.post(
        f"/admin/suggestions/{suggestion.pk}/adopt/",
        {
            "partner": site.partner_b.pk,
            "kind": kind.pk,
            "level": "local",
            "stage": "intervention",
            "funding": "erasmus-plus",
        },
    )

    page = PracticePage.objects.get(pk=suggestion.page_id)
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.partner == site.partner_b
    assert page.owner == site.coordinator
    assert (page.kind, page.level, page.stage) == (kind, "local", "intervention")
    assert not page.live
    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.ADOPTED
    assert suggestion.handled_by == site.coordinator
    log = PageLogEntry.objects.get(page=page, action="suggestions.adopt")
    assert log.user == site.coordinator

    # From here it takes the ordinary path.
    page.get_workflow().start(page, site.coordinator)
    assert PracticePage.objects.get(pk=page.pk).workflow_in_progress


def test_the_coordinator_discards_a_suggestion_after_confirming(client, site):
    suggest(client)
    suggestion = Suggestion.objects.get()
    page_id = suggestion.page_id
    client.force_login(site.coordinator)

    confirm = html(client.get(f"/admin/suggestions/{suggestion.pk}/discard/"))
    assert "cannot be undone" in confirm.get_text()
    assert PracticePage.objects.filter(pk=page_id).exists()

    client.post(f"/admin/suggestions/{suggestion.pk}/discard/")

    suggestion.refresh_from_db()
    assert suggestion.status == Suggestion.Status.DISCARDED
    assert not PracticePage.objects.filter(pk=page_id).exists()
    assert (suggestion.submitter_name, suggestion.submitter_email) == ("", "")
    assert suggestion.title == "Mother-tongue reading circles"
