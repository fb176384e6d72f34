"""Ids of an engine's best matches in one request, without loading pages.

The gap: for any slice longer than 100 results, modelsearch's Elasticsearch
and OpenSearch results page through the scroll API 100 hits at a time and
load every page of hits as model instances from the database. The entry
search only needs the ids of up to ``MAX_MATCHES`` matches, best first, to
rank, filter and count facets itself; at 10,000 entries the scroll pages and
the instances took most of a search's time.

How we close it: we let modelsearch build the query body as usual and send
it once, asking for ``size`` hits and their ``pk`` field only. The ids are
then checked against the queryset, so a filter the engine does not index
still applies. This leans on two private members of modelsearch's results,
``_get_es_body`` and ``_backend_do_search``.

When it can go: when modelsearch can return ids without instances (or stops
scrolling for a bounded slice), ``find_entry_ids`` can slice the results
again and this module can be deleted.
"""


def engine_entry_ids(backend, words, queryset, limit):
    results = backend.search(words, queryset)
    response = results._backend_do_search(
        results._get_es_body(),
        index=backend.get_index_for_model(queryset.model).name,
        _source=False,
        stored_fields="pk",
        from_=0,
        size=limit,
    )
    ranked = [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]
    allowed = set(queryset.filter(pk__in=ranked).values_list("pk", flat=True))
    return [pk for pk in ranked if pk in allowed]
