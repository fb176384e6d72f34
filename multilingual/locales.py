"""Create a Wagtail locale for every language the site serves."""

import logging

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization

logger = logging.getLogger(__name__)


@transaction.atomic
def sync_locales():
    """Make sure each language in LANGUAGES has a locale synced from English.

    Creating the synchronisation gives every existing English page an alias
    in the new locale, so each entry is reachable in every language at once.
    Returns the codes of the locales created.
    """
    source = Locale.get_default()
    created = []
    for code, _name in settings.LANGUAGES:
        locale, was_created = Locale.objects.get_or_create(language_code=code)
        if was_created:
            created.append(code)
        if locale.pk != source.pk:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )
    if created:
        logger.info("Locales created and synced from %s: %s", source, created)
    return created
