"""Admin pages to import a file of entries and to export them.

The path is upload, check, confirm: the upload is checked at once and the
partner sees the whole report; only their confirmation writes anything, and
it runs the same checks again on the same file, so what they confirmed is
what is imported.
"""

import logging

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from editorial.models import partner_of
from editorial.roles import is_coordinator
from practices.models import Partner

from . import background
from .columns import COLUMNS
from .exporter import FORMATS, zip_bytes
from .importer import EntryImport, ImportRefused
from .models import ImportUpload
from .readers import (
    MAX_ARCHIVE_BYTES,
    MAX_FILE_BYTES,
    MAX_ROWS,
    FileProblem,
    file_format,
)
from .report import summary
from .template_workbook import workbook_bytes

logger = logging.getLogger(__name__)

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def can_exchange(user):
    return user.is_active and (is_coordinator(user) or partner_of(user) is not None)


def require_exchange(user):
    if not can_exchange(user):
        raise PermissionDenied


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File of entries"),
        help_text=gettext_lazy(
            "CSV, XLSX or JSON; or a ZIP holding one of them and a folder of "
            "the pictures and documents it names."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,.json,.zip"}),
    )
    partner = forms.ModelChoiceField(
        label=gettext_lazy("Contributing partner"),
        queryset=Partner.objects.all(),
        required=False,
        help_text=gettext_lazy("For rows that leave the partner column empty."),
    )
    publish = forms.BooleanField(
        label=gettext_lazy("Publish at once, without the review workflow"),
        required=False,
    )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if not is_coordinator(user):
            del self.fields["partner"]
            del self.fields["publish"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            kind = file_format(upload.name)
        except FileProblem as problem:
            raise forms.ValidationError(problem.message) from problem
        limit = MAX_ARCHIVE_BYTES if kind == "zip" else MAX_FILE_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s MB.") % {"limit": limit // 2**20}
            )
        return upload


def page_context(request, **context):
    context.setdefault("columns", COLUMNS)
    context.setdefault("formats", FORMATS)
    context["limits"] = {
        "rows": MAX_ROWS,
        "file_mb": MAX_FILE_BYTES // 2**20,
        "zip_mb": MAX_ARCHIVE_BYTES // 2**20,
    }
    context["is_coordinator"] = is_coordinator(request.user)
    return context


def check_upload(upload):
    """The dry run of a fresh upload; its report is kept for the next pages."""
    report = EntryImport.of_upload(upload).run(dry_run=True)
    upload.status = (
        ImportUpload.Status.CHECKED if report.ok else ImportUpload.Status.REFUSED
    )
    upload.report = report.as_data()
    upload.summary = summary(report)[:255]
    upload.save(update_fields=["status", "report", "summary"])
    logger.info("Import upload %s checked: %s", upload.pk, upload.summary)


def start(request):
    """The upload form, the format and the downloads."""
    require_exchange(request.user)
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        upload = ImportUpload.objects.create(
            uploaded_by=request.user,
            partner=form.cleaned_data.get("partner"),
            publish=form.cleaned_data.get("publish", False),
            file=form.cleaned_data["file"],
            original_name=form.cleaned_data["file"].name[:255],
        )
        try:
            check_upload(upload)
        except ImportRefused as refusal:
            upload.forget_file()
            upload.delete()
            form.add_error(None, refusal.message)
        else:
            return redirect("entry_exchange_upload", upload.pk)
    return render(
        request, "entry_exchange/start.html", page_context(request, form=form)
    )


def own_upload(request, upload_id):
    require_exchange(request.user)
    upload = get_object_or_404(ImportUpload, pk=upload_id)
    if upload.uploaded_by != request.user:
        raise PermissionDenied
    return upload


def upload_view(request, upload_id):
    """The report of an upload, or the progress of its import."""
    upload = own_upload(request, upload_id)
    progress = None
    if upload.status == ImportUpload.Status.RUNNING:
        if background.has_stopped(upload):
            upload.status = ImportUpload.Status.FAILED
            upload.save(update_fields=["status"])
        else:
            progress = background.read_progress(upload) or (0, 0, 0)
    return render(
        request,
        "entry_exchange/report.html",
        page_context(
            request,
            upload=upload,
            report=background.stored_report(upload),
            progress=progress,
        ),
    )


@require_POST
def confirm(request, upload_id):
    """Import a checked upload for real, then follow its progress."""
    upload = own_upload(request, upload_id)
    if upload.status == ImportUpload.Status.CHECKED:
        background.start(upload)
    return redirect("entry_exchange_upload", upload.pk)


def template(request):
    """The empty spreadsheet, with explanations and lists of values."""
    require_exchange(request.user)
    response = HttpResponse(workbook_bytes(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = content_disposition_header(
        True, "entries-template.xlsx"
    )
    return response


def export(request, file_format):
    """Every entry the person may see, as a ZIP ready to be imported again."""
    require_exchange(request.user)
    if file_format not in FORMATS:
        raise PermissionDenied
    partner = None if is_coordinator(request.user) else partner_of(request.user)
    content, count = zip_bytes(file_format, partner)
    logger.info("Exported %s entries as a %s ZIP from the admin", count, file_format)
    stamp = timezone.localdate().isoformat()
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = content_disposition_header(
        True, f"entries-{stamp}-{file_format}.zip"
    )
    return response
