"""Factories that build entries and their vocabulary in a few lines."""

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import ContentPage, HomePage
from practices.models import (
    EducationLevel,
    EntryCountry,
    EntryLanguage,
    Kind,
    LearnerGroup,
    Partner,
    PracticeIndexPage,
    PracticePage,
    ResourceIndexPage,
    ResourcePage,
    TargetGroup,
    Theme,
)


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.Sequence(lambda n: f"term-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class KindFactory(TermFactory):
    applies_to = "practice"

    class Meta:
        model = Kind


class ThemeFactory(TermFactory):
    class Meta:
        model = Theme


class EducationLevelFactory(TermFactory):
    class Meta:
        model = EducationLevel


class TargetGroupFactory(TermFactory):
    class Meta:
        model = TargetGroup


class LearnerGroupFactory(TermFactory):
    class Meta:
        model = LearnerGroup


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    country = "ES"
    website = "https://partner.example.org/"

    class Meta:
        model = Partner
        django_get_or_create = ("slug",)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Keeping migrant students in school"
    slug = "home"

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = "About the database"
    intro = "Who writes the entries and how they are chosen."

    class Meta:
        model = ContentPage


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Practices"
    slug = "practices"
    show_in_menus = True

    class Meta:
        model = PracticeIndexPage


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resources"
    slug = "resources"
    show_in_menus = True

    class Meta:
        model = ResourceIndexPage


class EntryFactory(wagtail_factories.PageFactory):
    """Builds a published entry. Facets are given as lists of slugs or codes."""

    title = factory.Sequence(lambda n: f"Welcome class number {n}")
    summary = "Newly arrived pupils learn the language before joining classes."
    level = "national"
    stage = "prevention"
    organisation = "Escuela Puente"
    funding = "erasmus-plus"
    year_started = 2019
    origin = "partner-project"
    evidence = "self-evaluation"
    evidence_summary = "Teachers counted fewer absences after one year."
    transfer_cost = "low"
    transfer_time = "A term to prepare."
    transfer_staff = "One coordinating teacher."
    transfer_adapt = "The languages offered."

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def facets(page, create, extracted, **kwargs):
        """Attach countries, languages and taxonomy terms, then publish."""
        countries = kwargs.get("countries", ["ES"])
        page.countries = [EntryCountry(country=code) for code in countries]
        page.material_languages = [
            EntryLanguage(language=code) for code in kwargs.get("languages", ["es"])
        ]
        page.themes = [ThemeFactory(slug=s) for s in kwargs.get("themes", [])]
        page.education_levels = [
            EducationLevelFactory(slug=s) for s in kwargs.get("education_levels", [])
        ]
        page.target_groups = [
            TargetGroupFactory(slug=s) for s in kwargs.get("target_groups", [])
        ]
        page.learner_groups = [
            LearnerGroupFactory(slug=s) for s in kwargs.get("learner_groups", [])
        ]
        if create:
            page.save()
            revision = page.save_revision(user=page.owner)
            if kwargs.get("publish", True):
                revision.publish()


class PracticePageFactory(EntryFactory):
    kind = factory.SubFactory(KindFactory, slug="good-practice", name="Good practice")

    class Meta:
        model = PracticePage


class ResourcePageFactory(EntryFactory):
    kind = factory.SubFactory(
        KindFactory, slug="toolkit", name="Toolkit", applies_to="resource"
    )

    class Meta:
        model = ResourcePage
