"""Save a synchronised translation as a draft without changing what is live.

wagtail-localize 1.14 writes the translated fields to the page row before it
saves a revision, even when asked for a draft (``save_target(publish=False)``
and "Translate this page" both do). For a page that is already live, as every
alias in this site is, visitors would see the new text before anyone
reviewed it. Here the translated content goes into a revision only; the row,
which is what visitors see, changes when the revision is published at the end
of the workflow.

This relies on two internals of wagtail-localize (``ingest_segments`` and
``TranslationSource._get_segments_for_translation``). The translation tests in
tests/test_workflow.py fail if an upgrade moves them; wagtail-localize issue
#463 asks for the same behaviour upstream, after which this module can go.
"""

import logging

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, PageLogEntry
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.segments.ingest import ingest_segments

logger = logging.getLogger(__name__)


@transaction.atomic
def save_translation_draft(translation, user):
    """A new revision of the translated page; returns the page."""
    source = translation.source
    locale = translation.target_locale
    try:
        page = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        # No page in that language yet: the new page is not live, so
        # wagtail-localize's own draft saving shows nothing to visitors.
        translation.save_target(user=user, publish=False)
        return source.get_translated_instance(locale).specific

    page = page.specific
    original = source.as_instance()
    copy_synchronised_fields(original, page)
    segments = source._get_segments_for_translation(locale, fallback=True)
    ingest_segments(original, page, source.locale, locale, segments)
    page.slug = find_available_slug(
        page.get_parent(), slugify(page.slug), ignore_page_id=page.pk
    )

    if page.alias_of_id:
        # Stop mirroring the source; the row keeps the source's text, which
        # is what visitors already see, until the translation is approved.
        Page.objects.filter(pk=page.pk).update(alias_of=None)
        page.alias_of_id = None
        PageLogEntry.objects.log_action(
            instance=page,
            action="wagtail.convert_alias",
            user=user,
            data={"page": {"id": page.pk, "title": page.get_admin_display_title()}},
        )

    page.save_revision(user=user)
    logger.info(
        "Draft of translation %s saved as a revision of page %s",
        translation.pk,
        page.pk,
    )
    return page
