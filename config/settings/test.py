"""Settings for the test suite: fast hashing, mail kept in memory."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Uploads made by tests go to a folder of their own, away from the demo's.
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
IMPORT_ROOT = VAR_DIR / "test-imports"  # noqa: F405
# The tests import in the request, so that they see the result at once.
ENTRY_IMPORT_IN_BACKGROUND = False
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
