"""An uploaded exchange file between its check and the partner's confirmation.

Uploads are kept outside the public media folder: a partner's spreadsheet may
hold contact details of entries not yet published.
"""

import logging
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


def upload_storage():
    return FileSystemStorage(location=settings.IMPORT_ROOT)


class ImportUpload(models.Model):
    class Status(models.TextChoices):
        CHECKED = "checked", _("Checked")
        RUNNING = "running", _("Importing")
        IMPORTED = "imported", _("Imported")
        REFUSED = "refused", _("Has problems")
        FAILED = "failed", _("Failed")

    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    partner = models.ForeignKey(
        "practices.Partner",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publish = models.BooleanField(_("publish at once"), default=False)
    file = models.FileField(_("file"), storage=upload_storage, upload_to="uploads/")
    original_name = models.CharField(_("file name"), max_length=255)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.CHECKED
    )
    summary = models.CharField(_("summary"), max_length=255, blank=True)
    # The last report: the check's, then the import's.
    report = models.JSONField(_("report"), default=dict, blank=True)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import upload")
        verbose_name_plural = _("import uploads")

    def __str__(self):
        return self.original_name

    @property
    def progress_path(self):
        return Path(settings.IMPORT_ROOT) / "progress" / f"{self.pk}.json"

    @property
    def unpack_dir(self):
        return Path(settings.IMPORT_ROOT) / "unpacked" / str(self.pk)

    def forget_file(self):
        """Remove the uploaded file once it has been imported."""
        if self.file:
            self.file.delete(save=False)
        logger.info("Removed the file of import upload %s", self.pk)
