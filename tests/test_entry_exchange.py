"""Bulk import and export of entries, as partners and the coordinator use them:
the command, the admin pages, the spreadsheet template, and every bad file."""

import csv
import io
import json
import threading
import zipfile

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from openpyxl import Workbook, load_workbook
from PIL import Image as PillowImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Revision, WorkflowState

from entry_exchange import background, readers
from entry_exchange.columns import COLUMN_NAMES
from entry_exchange.importer import EntryImport
from entry_exchange.models import ImportUpload
from multilingual.locales import sync_locales
from practices.management.commands.load_vocabulary import load_vocabulary
from practices.models import EntryPage, PracticePage, ResourcePage
from tests.conftest import html, texts
from tests.people import build_people

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(practice_index, resource_index):
    sync_locales()
    load_vocabulary()
    return build_people()


def practice(**cells):
    row = {
        "external_id": "AA-001",
        "type": "practice",
        "title": "Homework club for newly arrived pupils",
        "summary": "Volunteers help newcomers with homework twice a week.",
        "body": "## How it works\n\nStudents from the **upper years** meet "
        "newcomers after lessons.\n\n- Tuesdays\n- Thursdays",
        "kind": "good-practice",
        "level": "local",
        "stage": "prevention",
        "countries": "ES; Italia",
        "themes": "Apoyo lingüístico; mentoring-tutoring",
        "learner_groups": "newly-arrived",
        "education_levels": "lower-secondary",
        "target_groups": "teachers",
        "material_languages": "es; English",
        "organisation": "Aula Abierta",
        "funding": "own-resources",
        "year_started": "2021",
        "origin": "partner-project",
    }
    row.update(cells)
    return row


def resource(**cells):
    row = practice(
        external_id="AA-R01",
        type="resource",
        title="Welcome booklet for families",
        summary="A booklet that explains the school year to newly arrived families.",
        kind="toolkit",
        materials="- [School calendar](https://example.org/calendar): dates to know",
    )
    row.update(cells)
    return row


def write_csv(path, rows, encoding="utf-8", columns=None, delimiter=","):
    columns = columns or list(dict.fromkeys(name for row in rows for name in row))
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, columns, delimiter=delimiter, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def run_command(*args):
    out = io.StringIO()
    try:
        call_command("import_entries", *[str(arg) for arg in args], stdout=out)
    except CommandError as error:
        raise AssertionError(out.getvalue()) from error
    return out.getvalue()


def failing_command(*args):
    out = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_entries", *[str(arg) for arg in args], stdout=out)
    return out.getvalue(), str(error.value)


def database_state():
    return {
        "entries": EntryPage.objects.count(),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "workflows": WorkflowState.objects.count(),
    }


# Importing as a partner ------------------------------------------------------


def test_partner_editor_import_lands_as_drafts_in_partner_review(
    people, tmp_path, django_capture_on_commit_callbacks
):
    file = write_csv(tmp_path / "entries.csv", [practice(), resource()])

    with django_capture_on_commit_callbacks(execute=True):
        output = run_command(file, "--user", "elena")

    assert "Row 2: create “Homework club for newly arrived pupils” (AA-001)" in output
    entry = PracticePage.objects.get(external_id="AA-001")
    assert not entry.live
    assert entry.partner == people.partner_a
    assert entry.owner == people.editor_a
    assert sorted(t.slug for t in entry.themes.all()) == [
        "language-support",
        "mentoring-tutoring",
    ]
    assert [c.country.code for c in entry.countries.all()] == ["ES", "IT"]
    assert [lang.language for lang in entry.material_languages.all()] == ["es", "en"]
    state = WorkflowState.objects.get(object_id=str(entry.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Partner review"
    assert state.requested_by == people.editor_a
    assert ResourcePage.objects.get(external_id="AA-R01").materials[0].block_type == (
        "link"
    )
    # One message per reviewer from another partner for the whole file, not
    # one per entry; nobody of the entry's own partner is asked.
    recipients = sorted(address for m in mail.outbox for address in m.to)
    assert recipients == sorted([people.editor_b.email, people.coordinator.email])
    message = mail.outbox[0]
    assert message.subject == "2 entries are waiting for your partner review"
    assert "- Homework club for newly arrived pupils" in message.body
    assert "- Welcome booklet for families" in message.body
    assert "http://127.0.0.1:8000/admin/" in message.body


def test_markdown_body_becomes_heading_and_paragraph_blocks(people, tmp_path):
    file = write_csv(tmp_path / "entries.csv", [practice()])

    run_command(file, "--user", "elena")

    body = PracticePage.objects.get(external_id="AA-001").body
    assert [block.block_type for block in body] == ["heading", "paragraph"]
    assert body[0].value["text"] == "How it works"
    assert "<b>upper years</b>" in body[1].value.source
    assert "<li>Tuesdays</li>" in body[1].value.source


def test_dry_run_reports_what_would_happen_and_saves_nothing(people, tmp_path):
    file = write_csv(tmp_path / "entries.csv", [practice(), resource()])
    before = database_state()

    output = run_command(file, "--user", "elena", "--dry-run")

    assert "2 to create, 0 to update, 0 unchanged, 0 problems" in output
    assert "Dry run: nothing was saved." in output
    assert database_state() == before


def test_importing_the_same_file_twice_leaves_the_database_as_it_was(people, tmp_path):
    file = write_csv(tmp_path / "entries.csv", [practice(), resource()])
    run_command(file, "--user", "elena")
    after_first = database_state()

    output = run_command(file, "--user", "elena")

    assert database_state() == after_first
    assert "0 to create, 0 to update, 2 unchanged" in output


def test_reimport_with_a_change_adds_a_revision_to_the_same_entry(people, tmp_path):
    run_command(write_csv(tmp_path / "a.csv", [practice()]), "--user", "elena")
    entry = PracticePage.objects.get(external_id="AA-001")
    revisions = entry.revisions.count()

    changed = practice(summary="Volunteers now help newcomers three times a week.")
    output = run_command(write_csv(tmp_path / "b.csv", [changed]), "--user", "elena")

    assert "Row 2: update" in output
    assert PracticePage.objects.filter(external_id="AA-001").count() == 1
    entry.refresh_from_db()
    assert entry.revisions.count() == revisions + 1
    latest = entry.get_latest_revision_as_object()
    assert latest.summary == "Volunteers now help newcomers three times a week."
    active = WorkflowState.objects.active().filter(object_id=str(entry.pk))
    assert active.count() == 1
    assert active.get().current_task_state.revision == entry.latest_revision


def test_only_coordinators_publish_imported_entries(people, tmp_path):
    file = write_csv(tmp_path / "entries.csv", [practice()])

    output, error = failing_command(file, "--user", "elena", "--publish")
    assert error == "Only coordinators can publish imported entries."
    assert not PracticePage.objects.filter(external_id="AA-001").exists()

    run_command(file, "--user", "clara", "--partner", "aula", "--publish")
    entry = PracticePage.objects.get(external_id="AA-001", locale__language_code="en")
    assert entry.live
    in_every_language = PracticePage.objects.live().filter(external_id="AA-001")
    assert in_every_language.count() == Locale.objects.count() > 1
    assert entry.partner == people.partner_a
    assert not WorkflowState.objects.filter(object_id=str(entry.pk)).exists()


def test_partner_editor_cannot_import_for_another_partner(people, tmp_path):
    file = write_csv(tmp_path / "entries.csv", [practice(partner="ponte")])

    output, _error = failing_command(file, "--user", "elena")

    assert "Row 2, partner: Partner editors can only import entries for their own" in (
        output
    )
    assert not EntryPage.objects.filter(external_id="AA-001").exists()


def test_partner_editor_cannot_update_another_partners_entry(people, tmp_path):
    run_command(write_csv(tmp_path / "a.csv", [practice()]), "--user", "elena")

    changed = practice(summary="Taken over by another organisation.")
    output, _error = failing_command(
        write_csv(tmp_path / "b.csv", [changed]), "--user", "luca"
    )

    assert "belongs to another partner; you cannot change it" in output
    latest = PracticePage.objects.get(external_id="AA-001")
    assert latest.get_latest_revision_as_object().summary.startswith("Volunteers")


# Bad files -------------------------------------------------------------------


def test_utf8_with_byte_order_mark_reads_the_first_column(people, tmp_path):
    file = write_csv(tmp_path / "bom.csv", [practice()], encoding="utf-8-sig")

    run_command(file, "--user", "elena")

    assert PracticePage.objects.filter(external_id="AA-001").exists()


def test_latin1_file_is_read_with_a_notice(people, tmp_path):
    row = practice(title="Acogida en la escuela: año de transición")
    file = write_csv(tmp_path / "latin1.csv", [row], encoding="latin-1", delimiter=";")

    output = run_command(file, "--user", "elena")

    assert "read as Latin-1" in output
    entry = PracticePage.objects.get(external_id="AA-001")
    assert entry.title == "Acogida en la escuela: año de transición"


def test_missing_required_columns_are_named_and_nothing_is_imported(people, tmp_path):
    row = practice()
    columns = [name for name in row if name not in ("summary", "origin")]
    file = write_csv(tmp_path / "entries.csv", [row], columns=columns)

    output, _error = failing_command(file, "--user", "elena")

    assert "Required columns are missing: summary, origin." in output
    assert not EntryPage.objects.exists()


def test_unknown_values_are_reported_with_the_closest_known_one(people, tmp_path):
    rows = [practice(themes="Langauge support"), practice(external_id="AA-2", level="")]
    file = write_csv(tmp_path / "entries.csv", rows)

    output, _error = failing_command(file, "--user", "elena")

    assert (
        "Row 2, themes: Unknown theme “Langauge support”. Did you mean "
        "“language-support”?" in output
    )
    assert "Row 3, level: This field cannot be blank." in output
    assert not EntryPage.objects.exists()


def test_duplicate_identifiers_in_one_file_are_refused(people, tmp_path):
    rows = [practice(), practice(title="Another club with the same id")]
    file = write_csv(tmp_path / "entries.csv", rows)

    output, _error = failing_command(file, "--user", "elena")

    assert "Row 3, external_id: This identifier is also used in row 2." in output
    assert not EntryPage.objects.exists()


def test_too_large_files_are_refused_with_the_limit(people, tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    row = practice(body="A line about homework support.\n\n" * 70_000)
    file = write_csv(tmp_path / "entries.csv", [row])

    output, _error = failing_command(file, "--user", "elena")

    assert "The file is 2.1 MB; the limit is 2 MB." in output
    assert not EntryPage.objects.exists()


def test_too_many_rows_are_refused(people, tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_ROWS", 3)
    rows = [practice(external_id=f"AA-{n}") for n in range(4)]

    output, _error = failing_command(
        write_csv(tmp_path / "entries.csv", rows), "--user", "elena"
    )

    assert "The file has more than 3 entries; split it into smaller files." in output


def test_markup_in_cells_is_stored_as_text(people, tmp_path):
    row = practice(
        title="Club <script>alert(1)</script>",
        body="Parents <b onclick=x>meet</b> teachers.",
    )
    run_command(write_csv(tmp_path / "entries.csv", [row]), "--user", "elena")

    entry = PracticePage.objects.get(external_id="AA-001")
    assert entry.title == "Club <script>alert(1)</script>"
    assert "&lt;b onclick=x&gt;" in entry.body[0].value.source


def test_a_failure_half_way_leaves_nothing_behind(people, tmp_path, monkeypatch):
    picture = tmp_path / "files" / "club.png"
    picture.parent.mkdir()
    PillowImage.new("RGB", (40, 30), "#2a7").save(picture)
    rows = [
        practice(image="files/club.png", image_alt="Pupils around a table"),
        practice(external_id="AA-002", title="Second club"),
    ]
    file = write_csv(tmp_path / "entries.csv", rows)
    before = database_state()
    saved = []
    original_send_on = EntryImport.send_on

    def fail_on_second(self, page):
        saved.append(page.pk)
        if len(saved) == 2:
            raise RuntimeError("the mail server went away")
        return original_send_on(self, page)

    monkeypatch.setattr(EntryImport, "send_on", fail_on_second)

    with pytest.raises(RuntimeError):
        run_command(file, "--user", "elena")

    assert len(saved) == 2
    assert database_state() == before
    assert not default_storage.exists("original_images/club.png")


# Files -----------------------------------------------------------------------


def exchange_zip(tmp_path, rows, files):
    archive_path = tmp_path / "entries.zip"
    sheet = write_csv(tmp_path / "entries.csv", rows)
    with zipfile.ZipFile(archive_path, "w") as archive:
        archive.write(sheet, "entries.csv")
        for name, content in files.items():
            archive.writestr(name, content)
    return archive_path


def png_bytes(colour):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (60, 40), colour).save(buffer, "PNG")
    return buffer.getvalue()


def test_zip_brings_pictures_and_documents_into_the_library(people, tmp_path):
    rows = [
        resource(
            image="files/booklet.png",
            image_alt="The cover of the booklet",
            body="![Two parents reading](files/parents.png)\n\nRead it together.",
            materials="- [The booklet](files/booklet.pdf): twelve pages",
        )
    ]
    archive = exchange_zip(
        tmp_path,
        rows,
        {
            "files/booklet.png": png_bytes("#36c"),
            "files/parents.png": png_bytes("#c63"),
            "files/booklet.pdf": b"%PDF-1.4\n% a small booklet\n",
        },
    )

    run_command(archive, "--user", "elena")
    entry = ResourcePage.objects.get(external_id="AA-R01")

    assert entry.image.description == "The cover of the booklet"
    assert entry.body[0].block_type == "image"
    assert entry.body[0].value["image"].contextual_alt_text == "Two parents reading"
    document = entry.materials[0].value["document"]
    assert document.file.read().startswith(b"%PDF-1.4")
    assert Image.objects.count() == 2
    assert Document.objects.count() == 1


def test_paths_outside_the_folder_are_refused(people, tmp_path):
    outside = tmp_path.parent / "secret.png"
    outside.write_bytes(png_bytes("#000"))
    row = practice(image="../secret.png", image_alt="Nothing")
    (tmp_path / "data").mkdir()
    file = write_csv(tmp_path / "data" / "entries.csv", [row])

    output, _error = failing_command(file, "--user", "elena")

    assert "“../secret.png” was not found beside the imported file." in output
    assert Image.objects.count() == 0


def test_a_file_that_is_not_a_picture_is_refused(people, tmp_path):
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "fake.png").write_bytes(b"not a picture at all")
    row = practice(image="files/fake.png", image_alt="Nothing")

    output, _error = failing_command(
        write_csv(tmp_path / "entries.csv", [row]), "--user", "elena"
    )

    assert "“fake.png” is not a picture that can be read." in output


# Other formats ---------------------------------------------------------------


def test_xlsx_and_json_carry_the_same_columns(people, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(list(practice()))
    sheet.append(["# explanations are skipped"] + [""] * (len(practice()) - 1))
    row = practice()
    row["year_started"] = 2021
    sheet.append(list(row.values()))
    workbook.save(tmp_path / "entries.xlsx")
    document = {
        "entries": [dict(resource(), themes=["family-engagement", "Apoyo lingüístico"])]
    }
    (tmp_path / "entries.json").write_text(json.dumps(document), encoding="utf-8")

    run_command(tmp_path / "entries.xlsx", "--user", "elena")
    run_command(tmp_path / "entries.json", "--user", "elena")

    assert PracticePage.objects.get(external_id="AA-001").year_started == 2021
    themes = ResourcePage.objects.get(external_id="AA-R01").themes.all()
    assert sorted(t.slug for t in themes) == ["family-engagement", "language-support"]


def test_export_neutralises_formulas_and_import_restores_them(people, tmp_path):
    row = practice(
        title='=HYPERLINK("https://example.org")',
        organisation="@Aula Abierta",
        summary="+ Volunteers help newcomers with homework.",
    )
    run_command(write_csv(tmp_path / "in.csv", [row]), "--user", "elena")
    call_command(
        "export_entries", tmp_path / "out", "--format", "csv", stdout=io.StringIO()
    )

    exported = (tmp_path / "out" / "entries.csv").read_text(encoding="utf-8-sig")
    record = next(csv.DictReader(io.StringIO(exported)))
    assert record["title"] == '\'=HYPERLINK("https://example.org")'
    assert record["organisation"] == "'@Aula Abierta"
    assert record["summary"].startswith("'+ ")

    output = run_command(tmp_path / "out" / "entries.csv", "--user", "elena")
    assert "1 unchanged" in output
    entry = PracticePage.objects.get(external_id="AA-001")
    assert entry.title == '=HYPERLINK("https://example.org")'


# The admin -------------------------------------------------------------------


def upload(client, path, **fields):
    with open(path, "rb") as handle:
        return client.post(
            "/admin/entries/import/", {"file": handle, **fields}, follow=True
        )


def test_partner_editor_uploads_checks_and_confirms_in_the_admin(
    people, tmp_path, client
):
    client.force_login(people.editor_a)
    file = write_csv(tmp_path / "entries.csv", [practice(), resource()])

    checked = html(upload(client, file))

    assert "The file has no problems. Nothing is saved until you confirm." in (
        checked.get_text(" ")
    )
    assert texts(checked.select("tbody tr td:last-child")) == ["create", "create"]
    assert not EntryPage.objects.exists()
    confirm = checked.select_one("form[action*=confirm]")

    result = html(client.post(confirm["action"], follow=True))

    assert "Imported: 2 created, 0 updated, 0 unchanged." in result.get_text(" ")
    assert EntryPage.objects.filter(partner=people.partner_a, live=False).count() == 2
    assert WorkflowState.objects.active().count() == 2


def test_admin_report_lists_each_problem_with_its_row_and_column(
    people, tmp_path, client
):
    client.force_login(people.editor_a)
    rows = [practice(), practice(external_id="AA-2", countries="Atlantis")]

    page = html(upload(client, write_csv(tmp_path / "entries.csv", rows)))

    assert "Nothing was imported." in page.get_text(" ")
    problem_row = page.select("tbody tr")[1]
    assert texts(problem_row.select("td"))[:2] == ["3", "AA-2"]
    assert (
        "countries : Unknown country “Atlantis”." in texts(problem_row.select("li"))[0]
    )
    assert not page.select("form[action*=confirm]")


def test_admin_refuses_a_file_of_another_type(people, tmp_path, client):
    client.force_login(people.editor_a)
    notes = tmp_path / "notes.txt"
    notes.write_text("Some notes about homework clubs.")

    page = html(upload(client, notes))

    assert "“notes.txt” is not a CSV, XLSX, JSON or ZIP file." in page.get_text(" ")


def test_nobody_confirms_someone_elses_upload(people, tmp_path, client):
    client.force_login(people.editor_a)
    checked = html(upload(client, write_csv(tmp_path / "e.csv", [practice()])))
    action = checked.select_one("form[action*=confirm]")["action"]

    client.force_login(people.editor_b)
    response = client.post(action, follow=True)
    assert "you do not have permission" in html(response).get_text(" ")
    assert not EntryPage.objects.exists()


def test_import_pages_need_a_partner_or_coordinator_account(people, client):
    assert client.get("/admin/entries/import/").status_code == 302
    client.force_login(people.superuser)
    assert client.get("/admin/entries/import/").status_code == 200
    outsider = build_outsider()
    client.force_login(outsider)
    assert client.get("/admin/entries/import/").status_code in (302, 403)


def build_outsider():
    from django.contrib.auth.models import Permission

    from tests.people import account

    user = account("visitor")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_coordinator_downloads_the_template_with_lists(people, client):
    client.force_login(people.coordinator)

    response = client.get("/admin/entries/import/template.xlsx")

    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook["Entries"]
    assert [cell.value for cell in sheet[1]] == COLUMN_NAMES
    assert sheet["A2"].value.startswith("# ")
    lists = workbook["Lists"]
    kinds = next(
        [cell.value for cell in column]
        for column in lists.iter_cols()
        if column[0].value == "kind"
    )
    assert "good-practice" in kinds and "toolkit" in kinds
    formulas = {v.formula1 for v in sheet.data_validations.dataValidation}
    assert any(formula.startswith("=Lists!") for formula in formulas)


def test_the_filled_in_template_imports(people, client, tmp_path):
    client.force_login(people.editor_a)
    workbook = load_workbook(
        io.BytesIO(client.get("/admin/entries/import/template.xlsx").content)
    )
    sheet = workbook["Entries"]
    row = practice()
    sheet.append([row.get(name, "") for name in COLUMN_NAMES])
    workbook.save(tmp_path / "filled.xlsx")

    run_command(tmp_path / "filled.xlsx", "--user", "elena")

    assert PracticePage.objects.filter(external_id="AA-001").exists()


def test_partner_editor_exports_only_their_partners_entries(people, tmp_path, client):
    rows = [practice(), practice(external_id="PE-1", title="Parent café")]
    run_command(write_csv(tmp_path / "a.csv", rows[:1]), "--user", "elena")
    run_command(write_csv(tmp_path / "b.csv", rows[1:]), "--user", "luca")
    client.force_login(people.editor_b)

    response = client.get("/admin/entries/export/json/")

    archive = zipfile.ZipFile(io.BytesIO(response.content))
    document = json.loads(archive.read("entries.json"))
    assert [entry["external_id"] for entry in document["entries"]] == ["PE-1"]


def checked_upload(client, people, tmp_path):
    client.force_login(people.editor_a)
    rows = [practice(), resource()]
    page = html(upload(client, write_csv(tmp_path / "entries.csv", rows)))
    return ImportUpload.objects.get(), page


def test_a_running_import_shows_its_progress(people, tmp_path, client):
    upload_row, _page = checked_upload(client, people, tmp_path)
    upload_row.status = ImportUpload.Status.RUNNING
    upload_row.save()
    background.write_progress(upload_row, 1, 2)

    page = html(client.get(f"/admin/entries/import/{upload_row.pk}/"))

    bar = page.select_one("progress")
    assert (bar["value"], bar["max"]) == ("1", "2")
    assert "Importing: 1 of 2 entries saved." in page.get_text(" ")
    assert page.select_one('meta[http-equiv="refresh"]')
    assert not page.select("form[action*=confirm]")


def test_an_import_that_stopped_says_so(people, tmp_path, client, monkeypatch):
    upload_row, _page = checked_upload(client, people, tmp_path)
    upload_row.status = ImportUpload.Status.RUNNING
    upload_row.save()
    background.write_progress(upload_row, 1, 2)
    monkeypatch.setattr(background, "STALE_AFTER_SECONDS", -1)

    page = html(client.get(f"/admin/entries/import/{upload_row.pk}/"))

    assert "The import stopped before the end, so nothing was saved." in (
        page.get_text(" ")
    )
    upload_row.refresh_from_db()
    assert upload_row.status == ImportUpload.Status.FAILED


def test_a_confirmed_import_runs_after_the_response(
    people, tmp_path, client, settings, transactional_db
):
    settings.ENTRY_IMPORT_IN_BACKGROUND = True
    upload_row, checked = checked_upload(client, people, tmp_path)

    response = client.post(checked.select_one("form[action*=confirm]")["action"])

    assert response.status_code == 302
    for thread in threading.enumerate():
        if thread.name == f"entry-import-{upload_row.pk}":
            thread.join(timeout=120)
    page = html(client.get(response["Location"]))
    assert "Imported: 2 created, 0 updated, 0 unchanged." in page.get_text(" ")
    assert EntryPage.objects.filter(external_id__in=["AA-001", "AA-R01"]).count() == 2
    assert not upload_row.progress_path.exists()


def test_an_exported_zip_imports_back_unchanged(people, tmp_path):
    row = resource(materials="- [The booklet](files/booklet.pdf): twelve pages")
    archive = exchange_zip(
        tmp_path, [row], {"files/booklet.pdf": b"%PDF-1.4\n% a small booklet\n"}
    )
    run_command(archive, "--user", "elena")
    exported = tmp_path / "exported.zip"
    call_command(
        "export_entries",
        str(exported),
        "--zip",
        "--format",
        "xlsx",
        stdout=io.StringIO(),
    )

    names = zipfile.ZipFile(exported).namelist()
    output = run_command(exported, "--user", "elena")

    assert "entries.xlsx" in names
    assert any(name.startswith("files/documents/") for name in names)
    assert "0 to create, 0 to update, 1 unchanged" in output
    assert Document.objects.count() == 1


def test_rows_with_the_same_title_get_their_own_addresses(people, tmp_path):
    rows = [
        practice(),
        practice(external_id="AA-002"),
        practice(external_id="AA-003", slug="homework-club-for-newly-arrived-pupils"),
    ]

    run_command(write_csv(tmp_path / "entries.csv", rows), "--user", "elena")

    slugs = dict(
        PracticePage.objects.filter(locale__language_code="en").values_list(
            "external_id", "slug"
        )
    )
    assert slugs == {
        "AA-001": "homework-club-for-newly-arrived-pupils",
        "AA-002": "homework-club-for-newly-arrived-pupils-2",
        "AA-003": "homework-club-for-newly-arrived-pupils-3",
    }


def test_coordinator_imports_for_a_partner_and_publishes_in_the_admin(
    people, tmp_path, client
):
    client.force_login(people.coordinator)
    file = write_csv(tmp_path / "entries.csv", [practice(), resource()])

    checked = html(upload(client, file, partner=str(people.partner_b.pk), publish="on"))
    assert "Import and publish" in checked.select_one("form[action*=confirm]").text
    result = html(
        client.post(checked.select_one("form[action*=confirm]")["action"], follow=True)
    )

    assert "Imported: 2 created, 0 updated, 0 unchanged." in result.get_text(" ")
    english = EntryPage.objects.filter(locale__language_code="en")
    assert {(e.partner, e.live) for e in english} == {(people.partner_b, True)}
    assert not WorkflowState.objects.exists()


def test_partner_editors_see_no_partner_or_publish_choice(people, client):
    client.force_login(people.editor_a)

    page = html(client.get("/admin/entries/import/"))

    assert page.select_one("input[type=file][name=file]")
    assert not page.select("[name=partner], [name=publish]")
