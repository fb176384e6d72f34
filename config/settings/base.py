"""Settings shared by every environment.

Anything that differs between machines comes from the environment; see the
configuration table in README.md.
"""

from pathlib import Path

import dj_database_url
from django.conf import global_settings
from django.core.exceptions import ImproperlyConfigured

from search.languages import ENGINE_BACKENDS, backends_setting

from .environment import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")


# Applications -------------------------------------------------------------

INSTALLED_APPS = [
    # Our apps, one per capability.
    "home",
    "practices",
    "search",
    "content_blocks",
    "multilingual",
    "editorial",
    "suggestions",
    "news",
    "outputs",
    "links",
    "syndication",
    "seo",
    "embed",
    "open_data",
    "entry_exchange",
    "demo",
    # Translation of pages and snippets.
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail.
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.forms",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "django_filters",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "embed.middleware.FrameAncestorsMiddleware",
    "open_data.middleware.ReadOnlyCorsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # site/ holds the site-wide templates: base layout, header, footer.
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]


# Database -------------------------------------------------------------------
# SQLite under var/ unless DATABASE_URL names another database; production and
# CI use PostgreSQL.

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# Passwords ------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]


# Languages ------------------------------------------------------------------
# LANGUAGES lists the locales the site serves, English first as the source of
# every translation. Each gets a Wagtail locale whose page tree is kept in sync
# with the English one (python manage.py sync_locales).
DEFAULT_LANGUAGES = ["en", "es", "it", "el", "de", "fr", "ar"]

_LANGUAGE_NAMES = dict(global_settings.LANGUAGES)
LANGUAGE_CODE = "en"
_unknown = set(env_list("LANGUAGES", DEFAULT_LANGUAGES)) - set(_LANGUAGE_NAMES)
if _unknown:
    raise ImproperlyConfigured(f"LANGUAGES has unknown codes: {sorted(_unknown)}")
LANGUAGES = [
    (code, _LANGUAGE_NAMES[code]) for code in env_list("LANGUAGES", DEFAULT_LANGUAGES)
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locales"]
USE_I18N = True
TIME_ZONE = env_str("TIME_ZONE", "Europe/Brussels")
USE_TZ = True


# Machine translation is optional: wagtail-localize offers DeepL in the
# translation editor only when an API key is configured.
DEEPL_API_KEY = env_str("DEEPL_API_KEY")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }


# Static files and uploads ---------------------------------------------------

STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Uploaded import files wait here, outside MEDIA_ROOT, which the web serves.
IMPORT_ROOT = Path(env_str("IMPORT_ROOT", str(VAR_DIR / "imports")))
# Confirmed imports run after the response, in a thread (see entry_exchange.background).
ENTRY_IMPORT_IN_BACKGROUND = env_bool("ENTRY_IMPORT_IN_BACKGROUND", True)
MEDIA_URL = "/media/"

# Wagtail's page editor can post more fields than Django's default allows.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000


# Wagtail ----------------------------------------------------------------------

# The admin shows previews of pages in a frame of its own.
X_FRAME_OPTIONS = "SAMEORIGIN"

WAGTAIL_SITE_NAME = "Online Digital Database of drop-out prevention practices"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The public API: a page of results holds at most this many items.
WAGTAILAPI_LIMIT_MAX = 100
# Review emails go to the people who can act, not to every superuser.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Search: the database by default; an Elasticsearch-family engine when
# SEARCH_URL (OpenSearch unless SEARCH_ENGINE says otherwise) or
# ELASTICSEARCH_URL is set. See search/languages.py.
SEARCH_URL = env_str("SEARCH_URL", "") or env_str("ELASTICSEARCH_URL", "")
SEARCH_ENGINE = env_str(
    "SEARCH_ENGINE",
    "elasticsearch" if env_str("ELASTICSEARCH_URL", "") else "opensearch",
)
if SEARCH_ENGINE not in ENGINE_BACKENDS:
    raise ImproperlyConfigured(
        f"SEARCH_ENGINE must be one of {', '.join(ENGINE_BACKENDS)}, "
        f"not {SEARCH_ENGINE!r}."
    )
SEARCH_TIMEOUT = env_int("SEARCH_TIMEOUT", 3)
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "practices_")
WAGTAILSEARCH_BACKENDS = backends_setting(
    [code for code, _name in LANGUAGES],
    url=SEARCH_URL,
    engine=SEARCH_ENGINE,
    prefix=SEARCH_INDEX_PREFIX,
    timeout=SEARCH_TIMEOUT,
)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False


# Email ----------------------------------------------------------------------

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "no-reply@localhost")


# Logging ----------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
