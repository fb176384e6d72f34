"""Listings and searches as CSV and JSON files, with the visitor's filters.

Rows are written as they are read, a batch of entries at a time, and a
download holds at most ``EXPORT_LIMIT`` entries, so one request cannot hold
the whole database in memory.
"""

import csv
import json
import logging

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header

from practices.listing import with_card_data
from practices.models import PracticePage, ResourcePage

logger = logging.getLogger(__name__)

EXPORT_LIMIT = 5000
BATCH_SIZE = 200
LIST_SEPARATOR = ";"
TEXT_BLOCKS = {"paragraph", "heading"}

COLUMNS = [
    "id",
    "type",
    "language",
    "title",
    "summary",
    "body_text",
    "url",
    "permalink",
    "kind",
    "level",
    "stage",
    "countries",
    "education_levels",
    "target_groups",
    "themes",
    "learner_groups",
    "material_languages",
    "organisation",
    "funding",
    "year_started",
    "year_ended",
    "website",
    "evidence",
    "evidence_summary",
    "partner",
    "origin",
    "licence",
    "licence_url",
    "first_published_at",
    "last_published_at",
]

# Spreadsheet programs run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A cell a spreadsheet shows as text, never evaluates."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def body_text(entry):
    parts = []
    for block in entry.body:
        if block.block_type == "paragraph":
            parts.append(strip_tags(block.value.source))
        elif block.block_type == "heading":
            parts.append(block.value["text"])
    return "\n\n".join(part.strip() for part in parts if part.strip())


def slugs(terms):
    return LIST_SEPARATOR.join(term.slug for term in terms)


def entry_record(entry, request):
    """One entry as the flat record both formats carry, lists as lists."""
    return {
        "id": entry.pk,
        "type": "practice" if isinstance(entry, PracticePage) else "resource",
        "language": entry.locale.language_code,
        "title": entry.title,
        "summary": entry.summary,
        "body_text": body_text(entry),
        "url": entry.get_full_url(request),
        "permalink": entry.permalink(request),
        "kind": entry.kind.slug,
        "level": entry.level,
        "stage": entry.stage,
        "countries": [item.country.code for item in entry.countries.all()],
        "education_levels": [t.slug for t in entry.education_levels.all()],
        "target_groups": [t.slug for t in entry.target_groups.all()],
        "themes": [t.slug for t in entry.themes.all()],
        "learner_groups": [t.slug for t in entry.learner_groups.all()],
        "material_languages": [i.language for i in entry.material_languages.all()],
        "organisation": entry.organisation,
        "funding": entry.funding,
        "year_started": entry.year_started,
        "year_ended": entry.year_ended,
        "website": entry.website,
        "evidence": entry.evidence,
        "evidence_summary": entry.evidence_summary,
        "partner": entry.partner.slug if entry.partner else "",
        "origin": entry.origin,
        "licence": entry.licence,
        "licence_url": entry.licence_url,
        "first_published_at": entry.first_published_at.isoformat()
        if entry.first_published_at
        else "",
        "last_published_at": entry.last_published_at.isoformat()
        if entry.last_published_at
        else "",
    }


def fetch(ids):
    """The entries with these ids, in this order, with what a record needs."""
    found = {}
    for model in (PracticePage, ResourcePage):
        queryset = with_card_data(model.objects.live().public().filter(pk__in=ids))
        queryset = queryset.select_related("locale", "partner").prefetch_related(
            "countries",
            "education_levels",
            "target_groups",
            "themes",
            "learner_groups",
            "material_languages",
        )
        found.update((entry.pk, entry) for entry in queryset)
    return [found[pk] for pk in ids if pk in found]


def records(ids, request):
    ids = list(ids)[:EXPORT_LIMIT]
    for start in range(0, len(ids), BATCH_SIZE):
        for entry in fetch(ids[start : start + BATCH_SIZE]):
            yield entry_record(entry, request)


class Echo:
    """A file-like object whose write returns what it is given."""

    def write(self, value):
        return value


def csv_rows(ids, request):
    writer = csv.writer(Echo())
    # A byte order mark makes spreadsheet programs read the file as UTF-8.
    yield "\ufeff" + writer.writerow(COLUMNS)
    for record in records(ids, request):
        row = []
        for column in COLUMNS:
            value = record[column]
            if isinstance(value, list):
                value = LIST_SEPARATOR.join(value)
            row.append(neutralise("" if value is None else value))
        yield writer.writerow(row)


def json_chunks(ids, request, source_url):
    ids = list(ids)
    head = {
        "source": source_url,
        "generated_at": timezone.now().isoformat(),
        "count": min(len(ids), EXPORT_LIMIT),
        "truncated": len(ids) > EXPORT_LIMIT,
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "entries": ['
    for position, record in enumerate(records(ids, request)):
        yield ("," if position else "") + json.dumps(record, ensure_ascii=False)
    yield "]}"


def export_response(ids, request, file_format, filename):
    ids = list(ids)
    if file_format == "csv":
        content = csv_rows(ids, request)
        content_type = "text/csv; charset=utf-8"
    else:
        content = json_chunks(ids, request, request.build_absolute_uri())
        content_type = "application/json; charset=utf-8"
    response = StreamingHttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{filename}.{file_format}"
    )
    response["X-Total-Count"] = str(min(len(ids), EXPORT_LIMIT))
    logger.info(
        "Export of %d entries as %s (%s)",
        min(len(ids), EXPORT_LIMIT),
        file_format,
        filename,
    )
    return response
