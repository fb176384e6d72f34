"""Writing entries in the exchange format, so that they can be imported back.

Each entry is written as its latest revision, in the source language, with
its pictures and documents beside it under ``files/``: importing the export
again finds every entry unchanged. Cells that a spreadsheet would run as a
formula are written as text.
"""

import csv
import io
import json
import logging
import zipfile
from pathlib import Path

from openpyxl import Workbook
from wagtail.models import Locale

from open_data.exports import neutralise
from practices.models import EntryPage

from .columns import COLUMN_NAMES, join_values
from .files import exported_name
from .markdown import body_to_markdown, materials_to_markdown

logger = logging.getLogger(__name__)

FORMATS = ("csv", "xlsx", "json")


class FileCollector:
    """Names the files an export refers to, and remembers them to copy."""

    def __init__(self):
        self.files = {}

    def __call__(self, obj):
        name = exported_name(obj)
        self.files[name] = obj
        return name


def text(value):
    return "" if value is None else str(value)


def entry_row(page, file_name):
    """The cells of one entry, by column name."""
    is_resource = hasattr(page, "materials")
    return {
        "external_id": page.exchange_id,
        "type": "resource" if is_resource else "practice",
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "body": body_to_markdown(page.body, file_name),
        "image": file_name(page.image) if page.image else "",
        "image_alt": page.image.description if page.image else "",
        "kind": page.kind.slug if page.kind_id else "",
        "level": page.level,
        "stage": page.stage,
        "countries": join_values(item.country.code for item in page.countries.all()),
        "education_levels": slugs(page.education_levels),
        "target_groups": slugs(page.target_groups),
        "themes": slugs(page.themes),
        "learner_groups": slugs(page.learner_groups),
        "material_languages": join_values(
            item.language for item in page.material_languages.all()
        ),
        "organisation": page.organisation,
        "funding": page.funding,
        "year_started": text(page.year_started),
        "year_ended": text(page.year_ended),
        "website": page.website,
        "contact_email": page.contact_email,
        "partner": page.partner.slug if page.partner_id else "",
        "origin": page.origin,
        "evidence": page.evidence,
        "evidence_summary": page.evidence_summary,
        "transfer_cost": page.transfer_cost,
        "transfer_time": page.transfer_time,
        "transfer_staff": page.transfer_staff,
        "transfer_adapt": page.transfer_adapt,
        "licence": page.licence,
        "materials": (
            materials_to_markdown(page.materials, file_name) if is_resource else ""
        ),
        "seo_title": page.seo_title,
        "search_description": page.search_description,
    }


def slugs(relation):
    return join_values(sorted(term.slug for term in relation.all()))


def entries_to_export(partner=None, locale=None):
    """Every entry of the source language (or of one partner), oldest first."""
    locale = locale or Locale.get_default()
    pages = EntryPage.objects.filter(locale=locale).order_by("path")
    if partner is not None:
        pages = pages.filter(partner=partner)
    for page in pages.specific().iterator(chunk_size=100):
        yield page.get_latest_revision_as_object()


def rows(pages, file_name):
    for page in pages:
        yield entry_row(page, file_name)


def csv_bytes(records):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMN_NAMES)
    for record in records:
        writer.writerow([neutralise(record[name]) for name in COLUMN_NAMES])
    # A byte order mark makes spreadsheet programs read the file as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(records):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Entries")
    sheet.append(COLUMN_NAMES)
    for record in records:
        sheet.append([neutralise(record[name]) for name in COLUMN_NAMES])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def json_bytes(records):
    document = {"format": "entries/1", "entries": list(records)}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


WRITERS = {"csv": csv_bytes, "xlsx": xlsx_bytes, "json": json_bytes}


def export(file_format, partner=None):
    """The entries file and the library files it names, as (bytes, files)."""
    collector = FileCollector()
    records = list(rows(entries_to_export(partner), collector))
    content = WRITERS[file_format](records)
    logger.info("Exported %s entries as %s", len(records), file_format)
    return content, collector.files, len(records)


def write_folder(target, file_format, partner=None):
    """Write ``entries.<format>`` and its ``files/`` into the folder ``target``."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    content, files, count = export(file_format, partner)
    entries_path = target / f"entries.{file_format}"
    entries_path.write_bytes(content)
    for name, obj in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with obj.file.open("rb") as source:
            path.write_bytes(source.read())
    return entries_path, count, len(files)


def zip_bytes(file_format, partner=None):
    """One ZIP holding the entries file and its files, ready to import again."""
    content, files, count = export(file_format, partner)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"entries.{file_format}", content)
        for name, obj in files.items():
            with obj.file.open("rb") as source:
                archive.writestr(name, source.read())
    return buffer.getvalue(), count
