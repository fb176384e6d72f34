"""The page editor opens for every entry type, and an entry can be created."""

import pytest
from django.contrib.auth import get_user_model

from practices.models import PracticePage
from tests.factories import (
    EducationLevelFactory,
    KindFactory,
    LearnerGroupFactory,
    PracticePageFactory,
    TargetGroupFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(user)
    return client


def test_editor_forms_open_for_entries_and_indexes(
    admin_client, practice_index, resource_index
):
    entry = PracticePageFactory(parent=practice_index)

    for url in [
        f"/admin/pages/{entry.pk}/edit/",
        f"/admin/pages/{practice_index.pk}/edit/",
        f"/admin/pages/add/practices/practicepage/{practice_index.pk}/",
        f"/admin/pages/add/practices/resourcepage/{resource_index.pk}/",
        "/admin/snippets/practices/theme/",
        "/admin/snippets/practices/partner/",
    ]:
        assert admin_client.get(url).status_code == 200, url


def test_an_entry_created_in_the_admin_keeps_its_facets(admin_client, practice_index):
    kind = KindFactory(slug="project", name="Project")
    theme = ThemeFactory(slug="mentoring-tutoring", name="Mentoring and tutoring")
    form = {
        "title": "Peer mentors in Ghent",
        "slug": "peer-mentors-ghent",
        "summary": "Older students mentor newcomers.",
        "body-count": "0",
        "kind": kind.pk,
        "level": "local",
        "stage": "intervention",
        "countries-TOTAL_FORMS": "1",
        "countries-INITIAL_FORMS": "0",
        "countries-MIN_NUM_FORMS": "0",
        "countries-MAX_NUM_FORMS": "1000",
        "countries-0-country": "BE",
        "countries-0-ORDER": "1",
        "countries-0-id": "",
        "countries-0-DELETE": "",
        "themes": [theme.pk],
        "education_levels": [EducationLevelFactory(slug="primary").pk],
        "target_groups": [TargetGroupFactory(slug="teachers").pk],
        "learner_groups": [LearnerGroupFactory(slug="newly-arrived").pk],
        "material_languages-TOTAL_FORMS": "0",
        "material_languages-INITIAL_FORMS": "0",
        "material_languages-MIN_NUM_FORMS": "0",
        "material_languages-MAX_NUM_FORMS": "1000",
        "organisation": "Ghent Youth Work",
        "funding": "esf-plus",
        "year_started": "2021",
        "origin": "focus-group",
        "licence": "cc-by-sa-4.0",
        "evidence": "none",
        "action-publish": "publish",
    }

    response = admin_client.post(
        f"/admin/pages/add/practices/practicepage/{practice_index.pk}/", form
    )

    errors = response.context["form"].errors if response.status_code == 200 else ""
    assert response.status_code == 302, errors
    entry = PracticePage.objects.get(slug="peer-mentors-ghent")
    assert entry.live
    assert [c.country.code for c in entry.countries.all()] == ["BE"]
    assert list(entry.themes.all()) == [theme]
    assert entry.licence == "cc-by-sa-4.0"
