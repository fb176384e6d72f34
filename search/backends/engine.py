"""Per-language indexes on an Elasticsearch-family engine.

Each language has its own backend (see ``search.languages.backends_setting``)
whose indexes use that language's analyzer; it accepts only pages of its
locale. The "default" backend has no locale and takes everything.
"""

from functools import lru_cache

from wagtail.models import Locale


@lru_cache(maxsize=64)
def locale_code(locale_id):
    return Locale.objects.get(pk=locale_id).language_code


class LocaleIndexMixin:
    def add_item(self, item):
        if self.backend.accepts(item):
            super().add_item(item)

    def add_items(self, model, items):
        items = [item for item in items if self.backend.accepts(item)]
        if items:
            super().add_items(model, items)


class LocaleBackendMixin:
    def __init__(self, params):
        params = dict(params)
        self.locale_code = params.pop("LOCALE", None)
        super().__init__(params)

    def accepts(self, obj):
        if self.locale_code is None:
            return True
        locale_id = getattr(obj, "locale_id", None)
        return locale_id is not None and locale_code(locale_id) == self.locale_code
