"""The demo loader builds a complete, varied and repeatable site."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision

from practices import vocabulary
from practices.models import EntryCountry, Partner, PracticePage, ResourcePage
from tests.conftest import html

pytestmark = pytest.mark.django_db


def used(model, field):
    return set(model.objects.values_list(field, flat=True))


def test_demo_covers_every_facet_value_and_a_dozen_countries(demo):
    practices = PracticePage.objects.live().filter(locale__language_code="en")
    resources = ResourcePage.objects.live().filter(locale__language_code="en")
    assert practices.count() >= 40
    assert resources.count() >= 25
    assert EntryCountry.objects.values("country").distinct().count() >= 12

    both = [PracticePage, ResourcePage]
    for facet, choices in [
        ("level", vocabulary.Level.choices),
        ("stage", vocabulary.Stage.choices),
        ("evidence", vocabulary.Evidence.choices),
        ("funding", vocabulary.Funding.choices),
        ("origin", vocabulary.Origin.choices),
    ]:
        values = set().union(*(used(model, facet) for model in both))
        assert values == {value for value, _label in choices}, facet

    for relation, terms in [
        ("themes__slug", vocabulary.THEMES),
        ("education_levels__slug", vocabulary.EDUCATION_LEVELS),
        ("target_groups__slug", vocabulary.TARGET_GROUPS),
        ("learner_groups__slug", vocabulary.LEARNER_GROUPS),
    ]:
        values = set().union(*(used(model, relation) for model in both))
        assert values == {slug for slug, *_rest in terms}, relation

    assert used(PracticePage, "kind__slug") == {
        s for s, *_ in vocabulary.PRACTICE_KINDS
    }
    assert used(ResourcePage, "kind__slug") == {
        s for s, *_ in vocabulary.RESOURCE_KINDS
    }
    assert used(PracticePage, "partner__slug") == set(
        Partner.objects.values_list("slug", flat=True)
    )


def test_running_the_demo_again_changes_nothing(demo):
    before = (Page.objects.count(), Revision.objects.count())

    call_command("load_demo", stdout=io.StringIO())

    assert (Page.objects.count(), Revision.objects.count()) == before


def test_demo_site_is_browsable_and_accounts_can_sign_in(demo, client):
    home = html(client.get("/en/"))
    assert "Sample content." in home.select_one(".sample-notice").get_text()
    listing = html(client.get("/en/practices/"))
    assert "entries found" in listing.find(id="results-heading").get_text()
    first = listing.select_one(".entry-card__title a")["href"]
    assert html(client.get(first)).find("h1")
    assert html(client.get("/en/partners/")).select(".partner-card")

    User = get_user_model()
    for username in ["coordinator", "editor.es", "editor.it"]:
        assert User.objects.get(username=username).groups.exists()
    assert client.login(username="editor.es", password="migrant-schools-demo")


def test_query_count_report_covers_the_main_pages(demo):
    report = io.StringIO()

    call_command("count_queries", stdout=report)

    rows = {line[:30].strip(): line.split() for line in report.getvalue().splitlines()}
    for page in ["home page", "practice listing", "practice detail", "resource detail"]:
        assert rows[page][-3] == "200", rows[page]
        assert 0 < int(rows[page][-2]) < 60


def test_demo_translations_are_published_and_the_rest_falls_back(demo, client):
    for code in ["es", "ar"]:
        translated = PracticePage.objects.live().filter(
            locale__language_code=code, alias_of__isnull=True
        )
        assert translated.count() >= 10, code
        assert (
            ResourcePage.objects.live()
            .filter(locale__language_code=code, alias_of__isnull=True)
            .count()
            >= 5
        ), code

    english = PracticePage.objects.get(
        slug="buddy-reading-circles-valencia-primary", locale__language_code="en"
    )
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    page = html(client.get(spanish.url))
    assert page.find("h1").get_text() != english.title
    assert page.select(".translation-notice") == []
    facts = page.select_one(".entry__facts").get_text()
    assert "Apoyo lingüístico" in facts and "España" in facts

    untranslated = PracticePage.objects.filter(
        locale__language_code="es", alias_of__isnull=False
    ).first()
    notice = html(client.get(untranslated.url)).select_one(".translation-notice")
    assert notice is not None


def test_demo_accounts_can_walk_the_review_path(demo, client):
    User = get_user_model()
    elena = User.objects.get(username="editor.es")
    luca = User.objects.get(username="editor.it")
    clara = User.objects.get(username="coordinator")
    entry = PracticePage.objects.filter(owner=elena, locale__language_code="en").first()
    assert entry is not None
    assert entry.partner == elena.partner_membership.partner
    assert entry.partner != luca.partner_membership.partner
    assert entry.get_workflow().name == "Review and approval"

    # Elena edits her entries but cannot publish; Luca cannot touch them
    # until she submits one; Clara can publish.
    assert entry.permissions_for_user(elena).can_edit()
    assert not entry.permissions_for_user(elena).can_publish()
    assert not entry.permissions_for_user(luca).can_edit()
    assert entry.permissions_for_user(clara).can_publish()

    entry.save_revision(user=elena)
    entry.get_workflow().start(entry, elena)
    entry = PracticePage.objects.get(pk=entry.pk)
    task = entry.current_workflow_task.specific
    assert [name for name, *_ in task.get_actions(entry, elena)] == []
    assert "approve" in [name for name, *_ in task.get_actions(entry, luca)]

    client.force_login(luca)
    dashboard = html(client.get("/admin/"))
    assert entry.title in dashboard.get_text()
