"""The spreadsheet partners fill in: the columns, what goes in each, and lists
of the accepted values.

Row 1 holds the column names the importer reads, row 2 an explanation of each
(its first cell starts with ``#``, so the importer skips it). Columns that take
one value from a list get a drop-down; multi-valued columns offer the list too
but accept typed text, because a drop-down cannot hold ``a; b``.
"""

import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from wagtail.models import Locale

from .columns import COLUMNS, COMMENT_MARK
from .values import CHOICES, ENTRY_TYPES, TAXONOMIES

ROWS_WITH_LISTS = 5000


def accepted_values(column, locale):
    """The codes a column accepts, for the drop-down and the lists sheet."""
    if column.values in TAXONOMIES:
        model = TAXONOMIES[column.values]
        return list(model.objects.filter(locale=locale).values_list("slug", flat=True))
    if column.values in CHOICES:
        return [code for code, _label in CHOICES[column.values]]
    if column.values == "entry_type":
        return [code for code, _label in ENTRY_TYPES]
    return []


def workbook_bytes():
    locale = Locale.get_default()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Entries"
    lists = workbook.create_sheet("Lists")
    sheet.append([column.name for column in COLUMNS])
    explanations = [str(column.explanation) for column in COLUMNS]
    explanations[0] = f"{COMMENT_MARK} {explanations[0]}"
    sheet.append(explanations)
    style_header(sheet)

    listed = 0
    for position, column in enumerate(COLUMNS, start=1):
        values = accepted_values(column, locale)
        if not values:
            continue
        listed += 1
        list_column = get_column_letter(listed)
        lists[f"{list_column}1"] = column.name
        for row, value in enumerate(values, start=2):
            lists[f"{list_column}{row}"] = value
        letter = get_column_letter(position)
        validation = DataValidation(
            type="list",
            formula1=f"=Lists!${list_column}$2:${list_column}${len(values) + 1}",
            allow_blank=True,
            showErrorMessage=not column.multiple,
            errorTitle=_("Not in the list"),
            error=_("Choose a value from the list."),
        )
        validation.add(f"{letter}3:{letter}{ROWS_WITH_LISTS}")
        sheet.add_data_validation(validation)

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def style_header(sheet):
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for cell in sheet[2]:
        cell.font = Font(italic=True, color="555555")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
    for position in range(1, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(position)].width = 24
    sheet.freeze_panes = "A3"
