"""The exchange format of entries: one row per practice or resource.

CSV, XLSX and JSON files carry the same columns, in the order below. This
module is the single description of that format: the importer reads by it,
the exporter writes by it, and the spreadsheet template explains it.

A cell holding several values separates them with ``;``. Taxonomy terms are
given by code (their slug) or by name in any of the site's languages,
countries by ISO 3166 code or name, material languages by code or name.
Rows whose first cell starts with ``#`` are comments and are skipped; the
template's explanation row is one of them.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

LIST_SEPARATOR = ";"
COMMENT_MARK = "#"


@dataclass(frozen=True)
class Column:
    name: str
    explanation: str
    required: bool = False
    multiple: bool = False
    # Where the allowed values come from: a taxonomy model name, a choice
    # list of practices.vocabulary, "country" or "language"; None for text.
    values: str | None = None
    # Only practices or only resources have it; None for both.
    applies_to: str | None = None
    examples: tuple = field(default=())


COLUMNS = [
    Column(
        "external_id",
        _(
            "Your own identifier of the entry, unique in the file. Importing a "
            "row again with the same identifier updates the entry."
        ),
        required=True,
    ),
    Column(
        "type",
        _("“practice” or “resource”."),
        required=True,
        values="entry_type",
    ),
    Column("title", _("The entry's title, at most 255 characters."), required=True),
    Column(
        "slug",
        _("The last part of its web address. Leave empty to make one from the title."),
    ),
    Column(
        "summary",
        _("Two or three sentences shown in listings, at most 400 characters."),
        required=True,
    ),
    Column(
        "body",
        _(
            "The full description, in simple Markdown: blank lines between "
            "paragraphs, ## for headings, - for lists, **bold**, *italic* and "
            "[links](https://…)."
        ),
    ),
    Column(
        "image",
        _("Path of a picture shown in listings, relative to the imported file."),
    ),
    Column("image_alt", _("What the picture shows, for people who cannot see it.")),
    Column("kind", _("One kind."), required=True, values="Kind"),
    Column("level", _("One level."), required=True, values="Level"),
    Column("stage", _("One stage of early leaving."), required=True, values="Stage"),
    Column(
        "countries",
        _("One or more countries, as ISO codes (ES) or names."),
        required=True,
        multiple=True,
        values="country",
    ),
    Column(
        "education_levels",
        _("Education levels."),
        multiple=True,
        values="EducationLevel",
    ),
    Column("target_groups", _("Target groups."), multiple=True, values="TargetGroup"),
    Column("themes", _("Themes."), multiple=True, values="Theme"),
    Column(
        "learner_groups", _("Learner groups."), multiple=True, values="LearnerGroup"
    ),
    Column(
        "material_languages",
        _("Languages of the material, as codes (es) or names."),
        multiple=True,
        values="language",
    ),
    Column(
        "organisation",
        _("The organisation that runs it, at most 200 characters."),
        required=True,
    ),
    Column("funding", _("One funding programme."), required=True, values="Funding"),
    Column("year_started", _("First year, for example 2019."), required=True),
    Column("year_ended", _("Last year; leave empty while it is still running.")),
    Column("website", _("A web address starting with https://.")),
    Column("contact_email", _("An organisation's email address.")),
    Column(
        "partner",
        _(
            "The contributing partner, by code or name. Partner editors can "
            "only import for their own partner."
        ),
        values="Partner",
    ),
    Column("origin", _("Where the entry came from."), required=True, values="Origin"),
    Column("evidence", _("The evidence that it works."), values="Evidence"),
    Column("evidence_summary", _("Summary of results, at most 1,500 characters.")),
    Column("transfer_cost", _("Cost of transferring it."), values="TransferCost"),
    Column("transfer_time", _("Time needed to transfer it.")),
    Column("transfer_staff", _("Staff and preconditions.")),
    Column("transfer_adapt", _("What to adapt.")),
    Column(
        "licence", _("Licence of the text; empty means CC BY 4.0."), values="Licence"
    ),
    Column(
        "materials",
        _(
            "Resources only: one line per item, “- [Title](files/guide.pdf): "
            "description” for a file or “- [Title](https://…)” for a link."
        ),
        applies_to="resource",
    ),
    Column("seo_title", _("Title for search engines, if different.")),
    Column("search_description", _("Description for search engines.")),
]

COLUMNS_BY_NAME = {column.name: column for column in COLUMNS}
COLUMN_NAMES = [column.name for column in COLUMNS]
REQUIRED_COLUMNS = [column.name for column in COLUMNS if column.required]


def split_values(cell):
    """The values of a multi-valued cell, without blanks or repeats."""
    values = []
    for value in str(cell or "").split(LIST_SEPARATOR):
        value = value.strip()
        if value and value not in values:
            values.append(value)
    return values


def join_values(values):
    return f"{LIST_SEPARATOR} ".join(values)
