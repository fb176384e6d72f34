"""Wagtail's database backend, with each language's stemming on PostgreSQL.

Wagtail indexes every object with one text search configuration. Here each
page is indexed with the configuration of its locale ("spanish" for a
Spanish page) and a query uses the configuration of the language it is made
in, so "escuelas" finds "escuela". All languages share one table and its GIN
indexes. SQLite's full-text index has no per-language stemmers, so there the
stock backend is used unchanged.
"""

from collections import defaultdict

from django.db import connection
from django.utils.translation import get_language
from modelsearch.backends.database import SearchBackend as stock_backend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from ..languages import postgres_config


def object_config(obj):
    locale = getattr(obj, "locale", None) if hasattr(obj, "locale_id") else None
    return postgres_config(locale.language_code if locale else "")


def query_config():
    return postgres_config((get_language() or "").split("-")[0])


class _WithConfig:
    """The backend as seen by Wagtail's indexer, with another configuration."""

    def __init__(self, backend, config):
        self._backend = backend
        self.config = config

    def __getattr__(self, name):
        return getattr(self._backend, name)


class LocalePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        by_config = defaultdict(list)
        for obj in objs:
            by_config[object_config(obj)].append(obj)
        backend = self.backend
        try:
            for config, group in by_config.items():
                self.backend = _WithConfig(backend, config)
                super().add_items(model, group)
        finally:
            self.backend = backend


class LocalePostgresQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return query_config()


class LocalePostgresSearchBackend(PostgresSearchBackend):
    index_class = LocalePostgresIndex
    query_compiler_class = LocalePostgresQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up
    if connection.vendor == "postgresql":
        return LocalePostgresSearchBackend(params)
    return stock_backend(params)


def database_entry_ids(backend, words, queryset, limit):
    """Ids of the best ``limit`` matches, best first, without loading entries.

    Slicing the results would build a page instance per match, which costs
    more than the query at a thousand matches. The database backends'
    results hand out the ranked queryset they run (``get_queryset``), from
    which the ids alone can be read.
    """
    results = backend.search(words, queryset)[:limit]
    return list(results.get_queryset().values_list("pk", flat=True))
