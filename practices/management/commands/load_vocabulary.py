"""Create the starting terms of the taxonomies in the default locale.

Existing terms are left as coordinators made them: only missing slugs are
added, so running it again changes nothing.
"""

import logging

from django.core.management.base import BaseCommand
from django.db import transaction
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


def load_vocabulary():
    """Create any missing starting term; return how many were created."""
    locale = Locale.get_default()
    created = 0
    with transaction.atomic():
        for model, terms, extra in TAXONOMIES:
            for position, (slug, name, description) in enumerate(terms):
                _term, was_created = model.objects.get_or_create(
                    locale=locale,
                    slug=slug,
                    defaults={
                        "name": str(name),
                        "description": str(description),
                        "sort_order": position,
                        **extra,
                    },
                )
                created += was_created
    logger.info("Vocabulary loaded: %d new terms in locale %s", created, locale)
    return created


class Command(BaseCommand):
    help = "Create the starting taxonomy terms (kinds, themes, ...) if missing."

    def handle(self, *args, **options):
        created = load_vocabulary()
        self.stdout.write(f"{created} taxonomy terms created.")
