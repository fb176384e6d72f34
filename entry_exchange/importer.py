"""Importing entries from an exchange file, all of them or none.

An import runs in two steps inside one transaction. First every row is
checked and turned into a page, so the report lists every problem of the
file at once, with its row and column. Then, only when no row has a problem
and this is not a dry run, the pages are saved as new revisions and sent to
the review workflow (or, for a coordinator who asks, published). Anything
that fails on the way rolls the whole import back.

A row names its entry by ``external_id``: a row whose entry exists already
updates it with a new revision, and a row that would change nothing is left
alone, so importing the same file twice leaves the database as it was.
"""

import logging
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Locale, WorkflowState

from editorial.models import partner_of
from editorial.notifications import one_message_per_reviewer
from editorial.roles import is_coordinator
from open_data.exports import FORMULA_STARTS
from practices.listing import entry_index_for
from practices.models import (
    EntryCountry,
    EntryLanguage,
    EntryPage,
    PracticePage,
    ResourcePage,
)

from .columns import COLUMNS_BY_NAME, split_values
from .exporter import entry_row
from .files import ImportedFiles, exported_name
from .markdown import MarkdownProblem, markdown_to_body, markdown_to_materials
from .readers import FileProblem, read
from .values import UnknownValue, Vocabularies

logger = logging.getLogger(__name__)

MODELS = {"practice": PracticePage, "resource": ResourcePage}
TEXT_FIELDS = [
    "title",
    "summary",
    "organisation",
    "website",
    "contact_email",
    "evidence_summary",
    "transfer_time",
    "transfer_staff",
    "transfer_adapt",
    "seo_title",
    "search_description",
]
CHOICE_FIELDS = ["level", "stage", "funding", "origin", "evidence", "transfer_cost"]
TERM_FIELDS = ["education_levels", "target_groups", "themes", "learner_groups"]
DEFAULTS = {"evidence": "none", "licence": "cc-by-4.0"}
# Fields an import sets, which are the only ones it validates.
IMPORTED_FIELDS = (
    TEXT_FIELDS
    + CHOICE_FIELDS
    + [
        "slug",
        "body",
        "image",
        "kind",
        "year_started",
        "year_ended",
        "partner",
        "licence",
        "materials",
        "external_id",
    ]
)


class ImportRefused(Exception):
    """The person may not run this import at all."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class RowOutcome:
    number: int
    external_id: str = ""
    title: str = ""
    action: str = ""
    problems: list = field(default_factory=list)
    page: object = None
    existing: object = None

    def problem(self, column, message):
        self.problems.append((column, str(message)))


@dataclass
class ImportReport:
    rows: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    notices: list = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self):
        return not self.problems and not any(row.problems for row in self.rows)

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action and not row.problems)

    @property
    def counts(self):
        return {
            action: self.count(action) for action in ("create", "update", "unchanged")
        }

    @property
    def row_problems(self):
        return [
            (row.number, column, message)
            for row in self.rows
            for column, message in row.problems
        ]

    def as_data(self):
        """What the admin keeps of the report between requests, as JSON."""
        return {
            "applied": self.applied,
            "problems": [str(problem) for problem in self.problems],
            "notices": [str(notice) for notice in self.notices],
            "rows": [
                {
                    "number": row.number,
                    "external_id": row.external_id,
                    "title": row.title,
                    "action": row.action,
                    "problems": row.problems,
                }
                for row in self.rows
            ],
        }

    @classmethod
    def from_data(cls, data):
        rows = [RowOutcome(**row) for row in data.get("rows", [])]
        return cls(
            rows=rows,
            problems=data.get("problems", []),
            notices=data.get("notices", []),
            applied=data.get("applied", False),
        )


def unneutralise(value):
    """Undo the apostrophe exports put before cells that look like formulas."""
    if value.startswith("'") and value[1:2] and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


class EntryImport:
    """One import of one file by one person."""

    def __init__(self, path, user, partner=None, publish=False, unpack_dir=None):
        self.path = path
        self.user = user
        self.partner = partner
        self.publish = publish
        self.unpack_dir = unpack_dir
        self.locale = Locale.get_default()
        self.check_permission()

    @classmethod
    def of_upload(cls, upload):
        """The import of a file uploaded in the admin, as the uploader chose."""
        return cls(
            upload.file.path,
            upload.uploaded_by,
            partner=upload.partner,
            publish=upload.publish,
            unpack_dir=upload.unpack_dir,
        )

    def check_permission(self):
        coordinator = is_coordinator(self.user)
        own_partner = partner_of(self.user)
        if self.publish and not coordinator:
            raise ImportRefused(_("Only coordinators can publish imported entries."))
        if coordinator:
            return
        if own_partner is None:
            raise ImportRefused(
                _("Your account belongs to no partner, so it cannot import entries.")
            )
        if self.partner is not None and self.partner != own_partner:
            raise ImportRefused(
                _("Partner editors can only import entries for their own partner.")
            )
        self.partner = own_partner

    def run(self, dry_run=False, progress=None):
        """Check every row and, unless this is a dry run, save them all.

        ``progress(done, total)`` is told after each entry is saved.
        """
        self.progress = progress
        report = ImportReport()
        self.files = ImportedFiles(None, self.user)
        try:
            with transaction.atomic():
                self.check(report)
                if report.ok and not dry_run:
                    self.apply(report)
                    report.applied = True
                if not report.applied:
                    transaction.set_rollback(True)
        except Exception:
            self.files.discard_written()
            logger.exception("Import of entries failed and was rolled back")
            raise
        if not report.applied:
            self.files.discard_written()
        return report

    # Checking --------------------------------------------------------------

    def check(self, report):
        try:
            sheet = read(self.path, self.unpack_dir)
        except FileProblem as problem:
            report.problems.append(problem.message)
            return
        report.notices.extend(sheet.notices)
        self.files = ImportedFiles(sheet.base_dir, self.user)
        self.vocabularies = Vocabularies(self.locale)
        self.indexes = {
            model: entry_index_for(model, self.locale) for model in MODELS.values()
        }
        # Slugs already used below each listing, read once for the whole file.
        self.taken_slugs = {
            model: dict(model.objects.child_of(index).values_list("slug", "pk"))
            if index
            else {}
            for model, index in self.indexes.items()
        }
        existing = self.existing_entries(sheet.rows)
        seen_ids = {}
        for number, cells in sheet.rows:
            outcome = self.check_row(number, cells, existing)
            report.rows.append(outcome)
            if outcome.external_id in seen_ids:
                outcome.problem(
                    "external_id",
                    _("This identifier is also used in row %(row)d.")
                    % {"row": seen_ids[outcome.external_id]},
                )
            seen_ids.setdefault(outcome.external_id, number)
            self.check_unique_slug(outcome)

    def existing_entries(self, rows):
        """The entries the file names, by identifier, in one query."""
        wanted = {cells.get("external_id", "") for _number, cells in rows}
        by_id = {}
        pages = EntryPage.objects.filter(locale=self.locale).filter(
            external_id__in=wanted
        )
        keys = [value for value in wanted if looks_like_uuid(value)]
        pages = pages | EntryPage.objects.filter(
            locale=self.locale, translation_key__in=keys
        )
        for page in pages.specific():
            by_id[page.exchange_id] = page
            by_id.setdefault(str(page.translation_key), page)
        return by_id

    def check_row(self, number, cells, existing):
        cells = {name: unneutralise(value) for name, value in cells.items()}
        outcome = RowOutcome(
            number=number,
            external_id=cells.get("external_id", "")[:100],
            title=cells.get("title", "")[:255],
        )
        if not outcome.external_id:
            outcome.problem("external_id", _("Every row needs an identifier."))
        model = self.entry_model(outcome, cells)
        if model is None:
            return outcome

        page = existing.get(outcome.external_id)
        if page is not None and type(page) is not model:
            outcome.problem(
                "type",
                _("This identifier belongs to an existing %(type)s.")
                % {"type": page._meta.verbose_name},
            )
            return outcome
        if page is not None and not self.may_update(page):
            outcome.problem(
                "partner",
                _("This entry belongs to another partner; you cannot change it."),
            )
            return outcome

        if page is None:
            entry, before = model(owner=self.user), None
        else:
            entry = page.get_latest_revision_as_object()
            before = entry_row(entry, exported_name)
        self.fill(entry, cells, outcome)
        if outcome.problems:
            return outcome
        self.validate(entry, outcome)
        if outcome.problems:
            return outcome

        outcome.page = entry
        outcome.existing = page
        if page is None:
            outcome.action = "create"
        elif entry_row(entry, exported_name) == before:
            outcome.action = "unchanged"
        else:
            outcome.action = "update"
        return outcome

    def entry_model(self, outcome, cells):
        try:
            entry_type = self.vocabularies.resolve("entry_type", cells.get("type", ""))
        except UnknownValue as error:
            outcome.problem("type", error.message)
            return None
        return MODELS[entry_type]

    def may_update(self, page):
        return is_coordinator(self.user) or page.partner_id == self.partner.pk

    def fill(self, entry, cells, outcome):
        """Set the entry's fields from the row's cells."""
        for name in TEXT_FIELDS:
            if name in cells:
                setattr(entry, name, cells[name])
        for name in CHOICE_FIELDS + ["licence"]:
            value = cells.get(name) or DEFAULTS.get(name, "")
            setattr(entry, name, self.value(outcome, name, value) if value else "")
        entry.external_id = outcome.external_id
        entry.slug = (
            cells.get("slug")
            or slugify(cells.get("title", ""), allow_unicode=True)[:80]
        )
        entry.kind = self.value(outcome, "kind", cells.get("kind", ""))
        entry.partner = self.row_partner(outcome, cells.get("partner", ""))
        entry.year_started = self.year(
            outcome, "year_started", cells.get("year_started")
        )
        entry.year_ended = self.year(outcome, "year_ended", cells.get("year_ended"))
        for name in TERM_FIELDS:
            setattr(entry, name, self.values(outcome, name, cells.get(name, "")))
        entry.countries = [
            EntryCountry(country=code)
            for code in self.values(outcome, "countries", cells.get("countries", ""))
        ]
        entry.material_languages = [
            EntryLanguage(language=code)
            for code in self.values(
                outcome, "material_languages", cells.get("material_languages", "")
            )
        ]
        if not entry.countries:
            outcome.problem("countries", _("Name at least one country."))
        self.fill_files(entry, cells, outcome)

    def fill_files(self, entry, cells, outcome):
        try:
            entry.body = markdown_to_body(cells.get("body", ""), self.files.resolve)
        except MarkdownProblem as problem:
            outcome.problem("body", problem.message)
        if isinstance(entry, ResourcePage):
            try:
                entry.materials = markdown_to_materials(
                    cells.get("materials", ""), self.files.resolve
                )
            except MarkdownProblem as problem:
                outcome.problem("materials", problem.message)
        elif cells.get("materials"):
            outcome.problem("materials", _("Only resources have materials."))
        entry.image = None
        if cells.get("image"):
            try:
                entry.image = self.files.resolve(
                    cells["image"], "image", alt_text=cells.get("image_alt", "")
                )
            except MarkdownProblem as problem:
                outcome.problem("image", problem.message)

    def value(self, outcome, name, text):
        if not text:
            return None
        try:
            return self.vocabularies.resolve(COLUMNS_BY_NAME[name].values, text)
        except UnknownValue as error:
            outcome.problem(name, error.message)
            return None

    def values(self, outcome, name, text):
        found = []
        for item in split_values(text):
            value = self.value(outcome, name, item)
            if value is not None and value not in found:
                found.append(value)
        return found

    def row_partner(self, outcome, text):
        if not text:
            if self.partner is None:
                outcome.problem(
                    "partner", _("Name the contributing partner in this column.")
                )
            return self.partner
        partner = self.value(outcome, "partner", text)
        if (
            partner is not None
            and not is_coordinator(self.user)
            and partner != self.partner
        ):
            outcome.problem(
                "partner",
                _("Partner editors can only import entries for their own partner."),
            )
        return partner

    def year(self, outcome, name, text):
        if not text:
            return None
        if not str(text).isdigit():
            outcome.problem(name, _("Write the year as four digits, for example 2021."))
            return None
        return int(text)

    def validate(self, entry, outcome):
        """The model's own checks, on the fields an import sets."""
        exclude = [
            field.name
            for field in entry._meta.concrete_fields
            if field.name not in IMPORTED_FIELDS
        ]
        try:
            entry.clean_fields(exclude=exclude)
            entry.clean_years()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                for message in messages:
                    outcome.problem(name, message)
        if entry.kind is not None and entry.kind.applies_to != (
            "resource" if isinstance(entry, ResourcePage) else "practice"
        ):
            outcome.problem(
                "kind", _("This kind does not apply to this type of entry.")
            )

    def check_unique_slug(self, outcome):
        """A slug may be taken by a sibling or an earlier row: add a number."""
        entry = outcome.page
        if entry is None:
            return
        taken = self.taken_slugs[type(entry)]
        owner = entry.pk or f"row {outcome.number}"
        base, number = entry.slug, 1
        while taken.get(entry.slug, owner) != owner:
            number += 1
            entry.slug = f"{base[:75]}-{number}"
        taken[entry.slug] = owner

    # Saving ----------------------------------------------------------------

    def apply(self, report):
        changed = [row for row in report.rows if row.action != "unchanged"]
        with one_message_per_reviewer():
            for done, outcome in enumerate(changed, start=1):
                page = self.save(outcome)
                self.send_on(page)
                if self.progress:
                    self.progress(done, len(changed))
        logger.info(
            "Imported entries: %(create)s created, %(update)s updated, "
            "%(unchanged)s unchanged",
            report.counts,
        )

    def save(self, outcome):
        entry = outcome.page
        if outcome.existing is None:
            index = self.indexes[type(entry)]
            if index is None:
                raise FileProblem(_("There is no listing to hold these entries yet."))
            entry.live = False
            index.add_child(instance=entry)
        entry.save_revision(user=self.user, log_action=False)
        log(instance=entry, action="entry_exchange.import", user=self.user)
        return entry

    def send_on(self, page):
        """Publish, or send the new revision through review."""
        revision = page.latest_revision
        if self.publish:
            revision.publish(user=self.user)
            return
        in_progress = (
            WorkflowState.objects.active()
            .filter(
                base_content_type=page.get_base_content_type(), object_id=str(page.pk)
            )
            .first()
        )
        if in_progress is not None:
            in_progress.cancel(user=self.user)
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, self.user)


def looks_like_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True
