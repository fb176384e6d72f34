from modelsearch.backends.elasticsearch8 import Elasticsearch8Index
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from .engine import LocaleBackendMixin, LocaleIndexMixin


class LocaleElasticsearchIndex(LocaleIndexMixin, Elasticsearch8Index):
    pass


class LocaleElasticsearchBackend(LocaleBackendMixin, Elasticsearch8SearchBackend):
    index_class = LocaleElasticsearchIndex


SearchBackend = LocaleElasticsearchBackend
