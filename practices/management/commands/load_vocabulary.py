"""Create the starting terms of the taxonomies, in every locale.

English terms are created first; each other locale gets a translation of
each, named from the interface catalogue of its language (the starting terms
are marked for translation there). Existing terms are left as coordinators
made them: only missing ones are added, so running it again changes nothing.
"""

import logging

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale

from practices import vocabulary
from practices.models import EducationLevel, Kind, LearnerGroup, TargetGroup, Theme

logger = logging.getLogger(__name__)

TAXONOMIES = [
    (Kind, vocabulary.PRACTICE_KINDS, {"applies_to": Kind.AppliesTo.PRACTICE}),
    (Kind, vocabulary.RESOURCE_KINDS, {"applies_to": Kind.AppliesTo.RESOURCE}),
    (EducationLevel, vocabulary.EDUCATION_LEVELS, {}),
    (TargetGroup, vocabulary.TARGET_GROUPS, {}),
    (Theme, vocabulary.THEMES, {}),
    (LearnerGroup, vocabulary.LEARNER_GROUPS, {}),
]


@transaction.atomic
def load_vocabulary():
    """Create any missing starting term; return how many were created."""
    source = Locale.get_default()
    others = list(Locale.objects.exclude(pk=source.pk))
    created = 0
    for model, terms, extra in TAXONOMIES:
        for position, (slug, name, description) in enumerate(terms):
            with translation.override(source.language_code):
                term, was_created = model.objects.get_or_create(
                    locale=source,
                    slug=slug,
                    defaults={
                        "name": str(name),
                        "description": str(description),
                        "sort_order": position,
                        **extra,
                    },
                )
            created += was_created
            for locale in others:
                created += translate_term(term, locale, name, description)
    logger.info("Vocabulary loaded: %d new terms", created)
    return created


def translate_term(term, locale, name, description):
    """Add ``term`` in ``locale`` unless it is there; True if it was added."""
    if term.has_translation(locale):
        return False
    copy = term.copy_for_translation(locale)
    with translation.override(locale.language_code):
        copy.name = str(name)
        copy.description = str(description)
    copy.save()
    return True


class Command(BaseCommand):
    help = "Create the starting taxonomy terms (kinds, themes, ...) if missing."

    def handle(self, *args, **options):
        created = load_vocabulary()
        self.stdout.write(f"{created} taxonomy terms created.")
