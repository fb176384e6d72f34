"""Pictures and documents that an exchange file refers to by relative path.

Importing stores each file once: a file whose content is already in the
library (same hash) is reused, so importing the same folder twice adds
nothing. Paths may not leave the folder of the imported file.

The database rows of new files take part in the import's transaction, but
the files written to storage do not; ``discard_written`` removes them when
the transaction is rolled back (a dry run, or a failed import).
"""

import logging
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.utils.translation import gettext as _
from PIL import Image as PillowImage
from PIL import UnidentifiedImageError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from .markdown import MarkdownProblem

logger = logging.getLogger(__name__)

FILES_FOLDER = "files"


def extension(name):
    return PurePosixPath(name).suffix.lower().lstrip(".")


class ImportedFiles:
    """Turns relative paths into library images and documents."""

    def __init__(self, base_dir, user=None):
        self.base_dir = Path(base_dir).resolve() if base_dir else None
        self.user = user
        self.found = {}
        self.hashed = set()
        self.written = []
        self.collection = Collection.get_first_root_node()

    def resolve(self, path, kind, alt_text=""):
        key = (kind, str(path).strip())
        if key not in self.found:
            source = self.locate(key[1], kind)
            if kind == "image":
                self.found[key] = self.image(source)
            else:
                self.found[key] = self.document(source)
        found = self.found[key]
        if kind == "image" and alt_text and found.description != alt_text:
            found.description = alt_text[:255]
            found.save(update_fields=["description"])
        return found

    def hash_library(self, model):
        """Give every library file its hash, so that a file is found again.

        Wagtail's upload forms store the hash, but files saved from code (the
        demo, older imports) may lack it; computing it once makes them count.
        """
        if model in self.hashed:
            return
        for obj in model.objects.filter(file_hash=""):
            try:
                obj._set_file_hash()
            except OSError:
                logger.warning("Library file %s of %s is missing", obj.pk, model)
                continue
            obj.save(update_fields=["file_hash"])
        self.hashed.add(model)

    def locate(self, path, kind):
        if self.base_dir is None:
            raise MarkdownProblem(
                _("“%(path)s”: files can only be imported from a folder or ZIP file.")
                % {"path": path[:120]}
            )
        allowed = (
            settings.WAGTAILIMAGES_EXTENSIONS
            if kind == "image"
            else settings.WAGTAILDOCS_EXTENSIONS
        )
        if extension(path) not in allowed:
            raise MarkdownProblem(
                _("“%(path)s”: only %(allowed)s files are accepted here.")
                % {"path": path[:120], "allowed": ", ".join(allowed)}
            )
        source = (self.base_dir / path).resolve()
        if not source.is_relative_to(self.base_dir) or not source.is_file():
            raise MarkdownProblem(
                _("“%(path)s” was not found beside the imported file.")
                % {"path": path[:120]}
            )
        limit = (
            settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
            if kind == "image"
            else settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
        )
        if source.stat().st_size > limit:
            raise MarkdownProblem(
                _("“%(path)s” is larger than %(limit)s MB.")
                % {"path": path[:120], "limit": limit // 2**20}
            )
        return source

    def image(self, source):
        try:
            with PillowImage.open(source) as picture:
                picture.verify()
        except (UnidentifiedImageError, OSError) as error:
            raise MarkdownProblem(
                _("“%(name)s” is not a picture that can be read.")
                % {"name": source.name}
            ) from error
        return self.store(get_image_model(), source)

    def document(self, source):
        return self.store(get_document_model(), source)

    def store(self, model, source):
        """The library's copy of ``source``: the one it has, or a new one."""
        self.hash_library(model)
        with source.open("rb") as handle:
            file_hash = hash_filelike(handle)
        found = model.objects.filter(file_hash=file_hash).order_by("pk").first()
        if found is not None:
            return found
        with source.open("rb") as handle:
            obj = model(
                title=source.stem.replace("-", " ").replace("_", " ")[:255],
                collection=self.collection,
                uploaded_by_user=self.user,
                file=File(handle, name=source.name),
            )
            # Size and hash, as Wagtail's own upload forms record them.
            obj.file_size = obj.file.size
            obj.file_hash = file_hash
            obj.save()
        self.written.append(obj.file.name)
        return obj

    def discard_written(self):
        for name in self.written:
            default_storage.delete(name)
        if self.written:
            logger.info(
                "Removed %s files of an import that did not go through",
                len(self.written),
            )
        self.written = []


def exported_name(obj):
    """Where an exported picture or document sits beside the entries file."""
    kind = (
        "images"
        if extension(obj.file.name) in settings.WAGTAILIMAGES_EXTENSIONS
        else "documents"
    )
    return f"{FILES_FOLDER}/{kind}/{obj.pk}-{PurePosixPath(obj.file.name).name}"
