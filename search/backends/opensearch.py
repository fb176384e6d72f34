from modelsearch.backends.opensearch2 import OpenSearch2Index
from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from .engine import LocaleBackendMixin, LocaleIndexMixin


class LocaleOpenSearchIndex(LocaleIndexMixin, OpenSearch2Index):
    pass


class LocaleOpenSearchBackend(LocaleBackendMixin, OpenSearch2SearchBackend):
    index_class = LocaleOpenSearchIndex


SearchBackend = LocaleOpenSearchBackend
