"""Running a confirmed import after the response, and telling how far it got.

Saving two thousand entries takes minutes, longer than a browser or a proxy
waits for one response. So the confirmation starts the import in a thread of
the web process and sends the partner to a page that shows its progress.

The import runs in one transaction, which other requests cannot look into,
so progress is written to a small file beside the upload instead of the
database. A thread dies with its process: if the server restarts mid-import,
the transaction is rolled back (nothing is half-imported) and the progress
file stops changing; the page then says the import stopped. A task queue
(Django's tasks framework, from Django 6) would let it survive restarts and
run on another machine.
"""

import json
import logging
import os
import threading
import time

from django.conf import settings
from django.db import close_old_connections, connection

from .importer import EntryImport, ImportReport
from .models import ImportUpload
from .report import summary

logger = logging.getLogger(__name__)

# A running import that has not moved for this long has stopped.
STALE_AFTER_SECONDS = 600


def write_progress(upload, done, total):
    path = upload.progress_path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_text(json.dumps({"done": done, "total": total, "at": time.time()}))
    os.replace(partial, path)


def read_progress(upload):
    """(done, total, seconds since the last step), or None before the first."""
    try:
        data = json.loads(upload.progress_path.read_text())
    except (OSError, ValueError):
        return None
    return data["done"], data["total"], time.time() - data["at"]


def has_stopped(upload):
    progress = read_progress(upload)
    return progress is not None and progress[2] > STALE_AFTER_SECONDS


def import_upload(upload_id):
    """Import a checked upload and store its report; never raises."""
    upload = ImportUpload.objects.get(pk=upload_id)
    write_progress(upload, 0, 0)
    try:
        report = EntryImport.of_upload(upload).run(
            progress=lambda done, total: write_progress(upload, done, total)
        )
    except Exception:
        logger.exception("Import upload %s failed; nothing was saved", upload.pk)
        upload.status = ImportUpload.Status.FAILED
        upload.save(update_fields=["status"])
        return
    finally:
        upload.progress_path.unlink(missing_ok=True)
    finish(upload, report)


def finish(upload, report):
    if report.applied:
        upload.status = ImportUpload.Status.IMPORTED
        upload.forget_file()
    else:
        upload.status = ImportUpload.Status.REFUSED
    upload.report = report.as_data()
    upload.summary = summary(report)[:255]
    upload.save(update_fields=["status", "report", "summary"])
    logger.info("Import upload %s finished: %s", upload.pk, upload.summary)


def start(upload):
    """Run the import now (tests) or in a thread of its own (the site)."""
    upload.status = ImportUpload.Status.RUNNING
    upload.save(update_fields=["status"])
    if not settings.ENTRY_IMPORT_IN_BACKGROUND:
        import_upload(upload.pk)
        return
    thread = threading.Thread(
        target=in_own_connection,
        args=(upload.pk,),
        name=f"entry-import-{upload.pk}",
        daemon=True,
    )
    thread.start()


def in_own_connection(upload_id):
    close_old_connections()
    try:
        import_upload(upload_id)
    finally:
        connection.close()


def stored_report(upload):
    return ImportReport.from_data(upload.report)
