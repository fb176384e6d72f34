"""Turning a valid suggestion into a draft practice, and back out again."""

import logging

from django.db import transaction
from django.utils import timezone
from wagtail.actions.delete_page import DeletePageAction
from wagtail.log_actions import log
from wagtail.models import Locale

from practices.models import EntryCountry, Kind, PracticeIndexPage, PracticePage
from practices.vocabulary import Evidence, Funding, Level, Origin, Stage

from .models import Suggestion, client_fingerprint

logger = logging.getLogger(__name__)


class NoPracticeIndex(Exception):
    """There is no practice listing in this language to hold the draft."""


def practice_index_for(locale):
    index = PracticeIndexPage.objects.filter(locale=locale).first()
    if index is None:
        raise NoPracticeIndex(locale.language_code)
    return index


@transaction.atomic
def receive(form, client_address, locale=None):
    """Store a suggestion and its unpublished draft practice, or nothing."""
    locale = locale or Locale.get_active()
    index = practice_index_for(locale)
    data = form.cleaned_data
    now = timezone.now()

    # Until the coordinator adopts it, the draft needs values for the fields
    # every practice must have; the adoption form asks for the real ones.
    page = PracticePage(
        title=data["title"],
        summary=data["summary"],
        website=data["website"],
        organisation=data["organisation"] or data["name"],
        kind=Kind.objects.filter(locale=locale, applies_to="practice")
        .order_by("sort_order")
        .first(),
        level=Level.NATIONAL,
        stage=Stage.PREVENTION,
        funding=Funding.choices[-1][0],
        year_started=now.year,
        origin=Origin.STAKEHOLDER,
        evidence=Evidence.NONE,
        live=False,
    )
    page.countries = [EntryCountry(country=data["country"])]
    page.themes = list(data["themes"])
    index.add_child(instance=page)
    page.save_revision(log_action=False)

    suggestion = Suggestion.objects.create(
        page=page,
        locale=locale,
        title=data["title"],
        submitter_name=data["name"],
        submitter_email=data["email"],
        submitter_organisation=data["organisation"],
        consent_given_at=now,
        client_fingerprint=client_fingerprint(client_address),
    )
    log(instance=page, action="suggestions.receive")
    logger.info("Suggestion %s received as draft page %s", suggestion.pk, page.pk)
    return suggestion


@transaction.atomic
def adopt(suggestion, user, partner, kind, level, stage, funding):
    page = suggestion.page.specific
    page.partner = partner
    page.kind = kind
    page.level = level
    page.stage = stage
    page.funding = funding
    page.owner = user
    page.save()
    page.save_revision(user=user, log_action=False)
    suggestion.status = Suggestion.Status.ADOPTED
    suggestion.handled_by = user
    suggestion.handled_at = timezone.now()
    suggestion.save()
    log(instance=page, action="suggestions.adopt", user=user)
    logger.info("Suggestion %s adopted for partner %s", suggestion.pk, partner.pk)
    return page


@transaction.atomic
def discard(suggestion, user):
    """Delete the draft and the submitter's contact details."""
    page = suggestion.page
    # Unlink first: deleting a page deletes its tree rows directly, without
    # passing through this relation's on_delete.
    suggestion.page = None
    suggestion.save(update_fields=["page"])
    if page is not None and not page.live:
        # The coordinator's permission was checked by the view.
        DeletePageAction(page, user=user).execute(skip_permission_checks=True)
    suggestion.status = Suggestion.Status.DISCARDED
    suggestion.handled_by = user
    suggestion.handled_at = timezone.now()
    suggestion.forget_submitter()
    suggestion.save()
    log(instance=suggestion, action="suggestions.discard", user=user)
    logger.info("Suggestion %s discarded", suggestion.pk)
