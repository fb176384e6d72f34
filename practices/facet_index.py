"""Keeping the facet index (``EntryFacetValue``) in step with the entries.

An entry rewrites its rows whenever it is saved with any field a facet reads,
inside the saving transaction, so an edit or import that rolls back leaves no
rows behind. Only live entries have rows: drafts are never counted. A taxonomy
term or partner whose slug changes renames its rows, and one deleted takes its
rows along. ``rebuild_facet_index`` (the command) rewrites every row, for
databases filled before the index existed or changed behind Django's back.
"""

import logging
from functools import cache

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from .facets import entry_facets
from .models import EntryFacetValue, EntryPage

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
VALUE_LENGTH = EntryFacetValue._meta.get_field("value").max_length


@cache
def watched_fields():
    """Entry fields whose change may change a facet value, and ``live``."""
    fields = {"live"}
    for facet in entry_facets():
        fields |= facet.source_fields
    return frozenset(fields)


def entry_saved(entry, update_fields=None):
    """Bring one entry's rows up to date after ``entry.save()``."""
    if update_fields is not None and not watched_fields() & set(update_fields):
        return
    refresh_entries([entry.pk])


def refresh_entries(entry_ids, entry_model=EntryPage, value_model=EntryFacetValue):
    """Rewrite the rows of the given entries from what the database holds.
    Rows of entries that no longer exist go with them (the foreign key
    cascades); rows of entries that are not live are removed.

    The models can be passed in so that a migration can use its own
    historical models.
    """
    entry_ids = list(entry_ids)
    live = entry_model.objects.filter(pk__in=entry_ids, live=True)
    locales = dict(live.values_list("pk", "locale_id"))
    stored = value_model.objects.filter(entry_id__in=entry_ids)
    if not locales:  # drafts only, as while an import is checked or saved
        stored.delete()
        return
    wanted = {
        (pk, locales[pk], facet.param, str(value)[:VALUE_LENGTH])
        for facet in entry_facets()
        for pk, value in facet.values_by_entry(live)
    }
    columns = ("entry_id", "locale_id", "facet", "value")
    with transaction.atomic():
        if set(stored.values_list(*columns)) == wanted:
            return
        stored.delete()
        value_model.objects.bulk_create(
            [
                value_model(**dict(zip(columns, row, strict=True)))
                for row in sorted(wanted)
            ],
            batch_size=1000,
        )


def rebuild(entry_model=EntryPage, value_model=EntryFacetValue, progress=None):
    """Rewrite the rows of every entry; returns (entries, rows in the index)."""
    ids = list(entry_model.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH_SIZE):
        batch = ids[start : start + BATCH_SIZE]
        refresh_entries(batch, entry_model, value_model)
        if progress:
            progress(start + len(batch), len(ids))
    logger.info("Facet index rebuilt for %d entries", len(ids))
    return len(ids), value_model.objects.count()


@cache
def facet_params_by_model():
    """Which facet each taxonomy or partner model provides the values of."""
    return {facet.model: facet.param for facet in entry_facets() if facet.model}


def _rows_of(instance, slug):
    rows = EntryFacetValue.objects.filter(
        facet=facet_params_by_model()[type(instance)], value=slug
    )
    # Translations of a term share its slug; each locale's entries use their own.
    if getattr(instance, "locale_id", None):
        rows = rows.filter(locale_id=instance.locale_id)
    return rows


def remember_slug(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        return
    before = sender.objects.filter(pk=instance.pk).values_list("slug", flat=True)
    instance._slug_before_save = before.first()


def rename_values(sender, instance, created, raw=False, **kwargs):
    before = getattr(instance, "_slug_before_save", None)
    if raw or created or not before or before == instance.slug:
        return
    renamed = _rows_of(instance, before).update(value=instance.slug)
    logger.info(
        "Facet values renamed after %s %s changed slug: %d",
        sender._meta.model_name,
        instance.pk,
        renamed,
    )


def drop_values(sender, instance, **kwargs):
    _rows_of(instance, instance.slug).delete()


def connect():
    for model in facet_params_by_model():
        uid = f"facet_index_{model._meta.label_lower}"
        pre_save.connect(remember_slug, sender=model, dispatch_uid=f"{uid}_pre")
        post_save.connect(rename_values, sender=model, dispatch_uid=f"{uid}_post")
        post_delete.connect(drop_values, sender=model, dispatch_uid=f"{uid}_del")
