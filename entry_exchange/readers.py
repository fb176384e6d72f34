"""Reading an exchange file (CSV, XLSX or JSON, alone or in a ZIP) into rows.

The reader only turns a file into named cells; it decides nothing about
entries. What it refuses, it refuses with a message a partner can act on:
the limits are stated, the missing columns are named.
"""

import csv
import io
import json
import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _
from openpyxl import load_workbook

from .columns import COLUMN_NAMES, COMMENT_MARK, REQUIRED_COLUMNS

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ARCHIVE_BYTES = 200 * 1024 * 1024
MAX_ROWS = 5000
FORMATS = ("csv", "xlsx", "json")
SHEET_NAME = "Entries"


class FileProblem(ValueError):
    """The file as a whole cannot be read; nothing in it is imported."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class Sheet:
    """The rows of a file: each a line number and its cells by column name."""

    rows: list
    base_dir: Path
    notices: list = field(default_factory=list)


def file_format(path):
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS or suffix == "zip":
        return suffix
    raise FileProblem(
        _("“%(name)s” is not a CSV, XLSX, JSON or ZIP file.")
        % {"name": Path(path).name}
    )


def read(path, unpack_dir=None):
    """Read the file at ``path``; a ZIP is unpacked into ``unpack_dir``."""
    path = Path(path)
    kind = file_format(path)
    if kind == "zip":
        if unpack_dir is None:
            raise FileProblem(_("A ZIP file needs a folder to be unpacked into."))
        path = unpack(path, Path(unpack_dir))
        kind = file_format(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileProblem(
            _("The file is %(size)s MB; the limit is %(limit)s MB.")
            % {"size": round(size / 1024 / 1024, 1), "limit": MAX_FILE_BYTES // 2**20}
        )
    notices = []
    reader = {"csv": read_csv, "xlsx": read_xlsx, "json": read_json}[kind]
    header, records = reader(path, notices)
    rows = named_rows(header, records, notices)
    logger.info("Read %s rows from a %s exchange file", len(rows), kind)
    return Sheet(rows=rows, base_dir=path.parent, notices=notices)


def unpack(archive_path, target):
    """Unpack a ZIP safely and return the one entries file it holds."""
    try:
        archive = zipfile.ZipFile(archive_path)
    except zipfile.BadZipFile as error:
        raise FileProblem(_("The ZIP file is damaged and cannot be opened.")) from error
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if sum(member.file_size for member in members) > MAX_ARCHIVE_BYTES:
            raise FileProblem(
                _("The ZIP file unpacks to more than %(limit)s MB.")
                % {"limit": MAX_ARCHIVE_BYTES // 2**20}
            )
        for member in members:
            name = PurePosixPath(member.filename)
            if name.is_absolute() or ".." in name.parts:
                raise FileProblem(
                    _("The ZIP file holds a path outside its folder: %(name)s.")
                    % {"name": member.filename[:200]}
                )
        archive.extractall(target)
    sheets = [
        target / member.filename
        for member in members
        if PurePosixPath(member.filename).suffix.lower().lstrip(".") in FORMATS
        and len(PurePosixPath(member.filename).parts) == 1
    ]
    if len(sheets) != 1:
        raise FileProblem(
            _(
                "The ZIP file must hold exactly one CSV, XLSX or JSON file at "
                "its top level, beside a folder of pictures and documents."
            )
        )
    return sheets[0]


def decode(raw, notices):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        notices.append(
            _(
                "The file is not in UTF-8; it was read as Latin-1 (Windows-1252). "
                "Check that accented letters look right below."
            )
        )
        return raw.decode("cp1252", errors="replace")


def read_csv(path, notices):
    text = decode(path.read_bytes(), notices)
    first_line = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first_line.count)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not records:
        raise FileProblem(_("The file is empty."))
    return records[0], enumerate(records[1:], start=2)


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(path, notices):
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a bad file.
        raise FileProblem(_("The spreadsheet cannot be opened.")) from error
    sheet = (
        workbook[SHEET_NAME]
        if SHEET_NAME in workbook.sheetnames
        else workbook.worksheets[0]
    )
    records = sheet.iter_rows(values_only=True)
    header = next(records, None)
    if not header:
        raise FileProblem(_("The file is empty."))
    rows = (
        (number, [cell_text(value) for value in record])
        for number, record in enumerate(records, start=2)
    )
    return [cell_text(value) for value in header], rows


def json_cell(value):
    if isinstance(value, list):
        return "; ".join(cell_text(item) for item in value)
    return cell_text(value)


def read_json(path, notices):
    try:
        document = json.loads(decode(path.read_bytes(), notices))
    except json.JSONDecodeError as error:
        raise FileProblem(
            _("The JSON is not valid (line %(line)d): %(reason)s.")
            % {"line": error.lineno, "reason": error.msg}
        ) from error
    if isinstance(document, dict):
        document = document.get("entries")
    if not isinstance(document, list) or not all(
        isinstance(item, dict) for item in document
    ):
        raise FileProblem(
            _(
                "The JSON must be a list of entries, or an object with an "
                "“entries” list."
            )
        )
    header = list(COLUMN_NAMES)
    for item in document:
        header.extend(key for key in item if key not in header)
    rows = (
        (number, [json_cell(item.get(name)) for name in header])
        for number, item in enumerate(document, start=1)
    )
    return header, rows


def column_name(text):
    return "_".join(str(text).strip().lower().split())


def named_rows(header, records, notices):
    names = [column_name(text) for text in header]
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing:
        raise FileProblem(
            _("Required columns are missing: %(names)s.")
            % {"names": ", ".join(missing)}
        )
    unknown = [name for name in names if name and name not in COLUMN_NAMES]
    if unknown:
        notices.append(
            _("These columns are not part of the format and were ignored: %(names)s.")
            % {"names": ", ".join(unknown[:20])}
        )
    rows = []
    for number, record in records:
        cells = {
            name: str(value).strip()
            for name, value in zip(names, record, strict=False)
            if name in COLUMN_NAMES
        }
        if not any(cells.values()) or cells.get(names[0], "").startswith(COMMENT_MARK):
            continue
        rows.append((number, cells))
        if len(rows) > MAX_ROWS:
            raise FileProblem(
                _(
                    "The file has more than %(limit)d entries; split it into "
                    "smaller files."
                )
                % {"limit": MAX_ROWS}
            )
    if not rows:
        raise FileProblem(_("The file has no entries below its header."))
    return rows
