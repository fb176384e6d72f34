"""Export then import of the whole demo: nothing is lost on the way."""

import io
import json

import pytest
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Revision

from editorial.roles import COORDINATORS
from entry_exchange.importer import EntryImport
from practices.models import EntryPage

pytestmark = pytest.mark.django_db


def coordinator():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(groups__name=COORDINATORS).first()


def export(target, file_format):
    out = io.StringIO()
    call_command("export_entries", str(target), "--format", file_format, stdout=out)
    return target / f"entries.{file_format}"


@pytest.mark.parametrize("file_format", ["xlsx", "csv", "json"])
def test_every_demo_entry_comes_back_unchanged(demo, tmp_path, file_format):
    english = EntryPage.objects.filter(locale=Locale.get_default())
    path = export(tmp_path, file_format)

    report = EntryImport(path, coordinator()).run(dry_run=True)

    assert report.problems == [] and report.row_problems == []
    assert report.counts == {"create": 0, "update": 0, "unchanged": english.count()}


def test_importing_the_export_leaves_the_demo_as_it_was(demo, tmp_path):
    path = export(tmp_path, "json")
    document = json.loads(path.read_text(encoding="utf-8"))
    with_files = [row for row in document["entries"] if "files/" in row["materials"]]
    assert with_files, "the demo's resources carry documents"
    before = (
        EntryPage.objects.count(),
        Revision.objects.count(),
        Image.objects.count(),
        Document.objects.count(),
    )

    report = EntryImport(path, coordinator()).run()

    assert report.applied
    assert before == (
        EntryPage.objects.count(),
        Revision.objects.count(),
        Image.objects.count(),
        Document.objects.count(),
    )


def test_an_edited_export_updates_only_the_edited_entry(demo, tmp_path):
    path = export(tmp_path, "json")
    document = json.loads(path.read_text(encoding="utf-8"))
    first = document["entries"][0]
    first["summary"] = "A shorter summary written for the partners' newsletter."
    path.write_text(json.dumps(document), encoding="utf-8")

    report = EntryImport(path, coordinator()).run()

    assert report.counts["update"] == 1
    assert report.counts["unchanged"] == len(document["entries"]) - 1
    entry = EntryPage.objects.get(
        locale=Locale.get_default(), translation_key=first["external_id"]
    )
    assert entry.get_latest_revision_as_object().summary == first["summary"]
