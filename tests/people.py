"""The people of the editorial path, and the admin form data they send."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.models import PartnerMembership
from editorial.roles import COORDINATORS, PARTNER_EDITORS
from tests.factories import PartnerFactory

PASSWORD = "four-eyes-across-partners"


@dataclass
class People:
    partner_a: object
    partner_b: object
    partner_c: object
    editor_a: object
    editor_a2: object
    editor_b: object
    coordinator: object
    superuser: object


def account(username, group=None, partner=None, superuser=False):
    User = get_user_model()
    if superuser:
        user = User.objects.create_superuser(
            username, f"{username}@example.org", PASSWORD
        )
    else:
        user = User.objects.create_user(
            username, f"{username}@example.org", PASSWORD, first_name=username
        )
    if group:
        user.groups.add(Group.objects.get(name=group))
    if partner:
        PartnerMembership.objects.create(user=user, partner=partner)
    return user


def build_people():
    partner_a = PartnerFactory(name="Aula Abierta", slug="aula", country="ES")
    partner_b = PartnerFactory(name="Ponte Educativo", slug="ponte", country="IT")
    partner_c = PartnerFactory(name="Inclusive Schools", slug="isn", country="BE")
    return People(
        partner_a=partner_a,
        partner_b=partner_b,
        partner_c=partner_c,
        editor_a=account("elena", PARTNER_EDITORS, partner_a),
        editor_a2=account("ana", PARTNER_EDITORS, partner_a),
        editor_b=account("luca", PARTNER_EDITORS, partner_b),
        coordinator=account("clara", COORDINATORS, partner_c),
        superuser=account("root", superuser=True),
    )


def entry_form(page=None, **fields):
    """POST data for the practice editor, from an entry or from scratch."""
    data = {
        "title": "Homework club for newcomers",
        "slug": "homework-club-newcomers",
        "summary": "Volunteers help newly arrived pupils with homework twice a week.",
        "body-count": "0",
        "level": "local",
        "stage": "prevention",
        "organisation": "Aula Abierta",
        "funding": "own-resources",
        "year_started": "2022",
        "origin": "partner-project",
        "licence": "cc-by-4.0",
        "evidence": "none",
        "countries-TOTAL_FORMS": "1",
        "countries-INITIAL_FORMS": "0",
        "countries-MIN_NUM_FORMS": "0",
        "countries-MAX_NUM_FORMS": "1000",
        "countries-0-country": "ES",
        "countries-0-ORDER": "1",
        "countries-0-id": "",
        "countries-0-DELETE": "",
        "material_languages-TOTAL_FORMS": "0",
        "material_languages-INITIAL_FORMS": "0",
        "material_languages-MIN_NUM_FORMS": "0",
        "material_languages-MAX_NUM_FORMS": "1000",
    }
    if page is not None:
        data.update(
            title=page.title,
            slug=page.slug,
            summary=page.summary,
            level=page.level,
            stage=page.stage,
            organisation=page.organisation,
            funding=page.funding,
            year_started=str(page.year_started),
            origin=page.origin,
            licence=page.licence,
            evidence=page.evidence,
            kind=str(page.kind_id),
        )
        countries = list(page.countries.all())
        data["countries-TOTAL_FORMS"] = str(len(countries))
        data["countries-INITIAL_FORMS"] = str(len(countries))
        for number, country in enumerate(countries):
            data[f"countries-{number}-country"] = country.country.code
            data[f"countries-{number}-ORDER"] = str(number + 1)
            data[f"countries-{number}-id"] = str(country.pk)
            data[f"countries-{number}-DELETE"] = ""
        for name in ("themes", "education_levels", "target_groups", "learner_groups"):
            data[name] = [str(term.pk) for term in getattr(page, name).all()]
        if page.partner_id:
            data["partner"] = str(page.partner_id)
    data.update(fields)
    return data
