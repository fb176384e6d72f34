"""Run the same search tests on the database backend and on the real engine.

The engine cases need a running OpenSearch (``make services``) named by
SEARCH_TEST_URL; `.ci/run` starts one. Without it they are skipped, with the
reason, and the database cases still run.

The engine's indexes are created once per test run with this site's mappings
and language analyzers; each test then starts from empty indexes, and the
pages it creates are indexed as they are saved, as on a live site.
"""

import os

import pytest
from django.conf import settings
from wagtail.search.backends import get_search_backend

from practices.models import PracticePage, ResourcePage
from search.languages import backends_setting

ENGINE_URL = os.environ.get("SEARCH_TEST_URL", "")
INDEX_PREFIX = f"test{os.getpid()}_"


def engine_settings(url=ENGINE_URL, timeout=10):
    return backends_setting(
        [code for code, _name in settings.LANGUAGES],
        url=url,
        engine="opensearch",
        prefix=INDEX_PREFIX,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def engine_indexes():
    """Created on first use, dropped when the test run ends."""
    state = {"created": False}
    yield state
    if state["created"]:
        from opensearchpy import OpenSearch

        client = OpenSearch(ENGINE_URL)
        for name in client.indices.get(index=f"{INDEX_PREFIX}*"):
            client.indices.delete(index=name)


def page_indexes():
    for alias in settings.WAGTAILSEARCH_BACKENDS:
        backend = get_search_backend(alias)
        yield backend, backend.get_index_for_model(PracticePage)


@pytest.fixture(params=["database", "engine"])
def search_backend(request, settings):
    """Which backend answers the search page, set up for this test."""
    if request.param == "database":
        return "database"
    if not ENGINE_URL:
        pytest.skip("no search engine: run `make services` and set SEARCH_TEST_URL")
    settings.SEARCH_URL = ENGINE_URL
    settings.WAGTAILSEARCH_BACKENDS = engine_settings()
    state = request.getfixturevalue("engine_indexes")
    for backend, index in page_indexes():
        if not state["created"]:
            index.reset()
            for model in (PracticePage, ResourcePage):
                index.add_model(model)
        else:
            empty(backend.es, index.name)
    state["created"] = True
    return "engine"


def empty(client, name):
    # The integration-test distribution has no delete-by-query (that lives in
    # the reindex module), so the documents are listed and deleted in bulk.
    from opensearchpy.helpers import bulk

    client.indices.refresh(index=name)
    hits = client.search(
        index=name, body={"query": {"match_all": {}}, "size": 10_000, "_source": False}
    )["hits"]["hits"]
    actions = [
        {"_op_type": "delete", "_index": name, "_id": hit["_id"]} for hit in hits
    ]
    if actions:
        bulk(client, actions, refresh=True)


def reindex():
    """Make what the test indexed visible to searches (the engine refreshes
    about once a second on its own)."""
    if settings.SEARCH_URL:
        for _backend, index in page_indexes():
            index.refresh()
