"""Keep every locale's page tree in step with English, whoever adds the page.

wagtail-localize synchronises trees in two places: when a locale is told to
sync from another (all existing pages get an alias), and through the admin's
``after_create_page`` hook. Pages created in code, by ``load_demo`` or a bulk
import, never pass through that hook, so they would be missing from the other
locales until someone re-saved the locale settings.

We close the gap on publication: when a page is published in a locale that
others sync from, each of those locales gets an alias of it unless it
already has the page (as an alias or a real translation). This module can go
if wagtail-localize ever synchronises on a model signal instead of an admin
hook.
"""

import logging

from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization

logger = logging.getLogger(__name__)


def add_aliases_in_synchronised_locales(sender, instance, **kwargs):
    page = instance
    synchronisations = LocaleSynchronization.objects.filter(
        sync_from_id=page.locale_id
    ).select_related("locale")
    for synchronisation in synchronisations:
        target = synchronisation.locale
        already_there = Page.objects.filter(
            translation_key=page.translation_key, locale=target
        ).exists()
        if not already_there:
            page.copy_for_translation(target, copy_parents=True, alias=True)
            logger.info(
                "Page %s published; added its alias in locale %s",
                page.pk,
                target.language_code,
            )
