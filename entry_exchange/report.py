"""The validation report of an import, as lines of plain text.

The command prints it and the admin view shows the same facts in a table, so
a partner sees one wording wherever they import.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

ACTIONS = {
    "create": gettext_lazy("create"),
    "update": gettext_lazy("update"),
    "unchanged": gettext_lazy("unchanged"),
}


def action_label(action):
    return str(ACTIONS.get(action, action))


def summary(report):
    counts = report.counts
    problems = len(report.problems) + len(report.row_problems)
    parts = [
        ngettext("%(n)d to create", "%(n)d to create", counts["create"])
        % {"n": counts["create"]},
        ngettext("%(n)d to update", "%(n)d to update", counts["update"])
        % {"n": counts["update"]},
        ngettext("%(n)d unchanged", "%(n)d unchanged", counts["unchanged"])
        % {"n": counts["unchanged"]},
        ngettext("%(n)d problem", "%(n)d problems", problems) % {"n": problems},
    ]
    return ", ".join(parts)


def text_lines(report):
    lines = [str(notice) for notice in report.notices]
    lines += [_("File: %(problem)s") % {"problem": p} for p in report.problems]
    for row in report.rows:
        if row.problems:
            for column, message in row.problems:
                lines.append(
                    _("Row %(row)d, %(column)s: %(problem)s")
                    % {"row": row.number, "column": column, "problem": message}
                )
        else:
            lines.append(
                _("Row %(row)d: %(action)s “%(title)s” (%(id)s)")
                % {
                    "row": row.number,
                    "action": action_label(row.action),
                    "title": row.title,
                    "id": row.external_id,
                }
            )
    lines.append(summary(report))
    return lines
