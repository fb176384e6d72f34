"""An engine's best matches and their facet counts, in one request.

The gap: for any slice longer than 100 results, modelsearch's Elasticsearch
and OpenSearch results page through the scroll API 100 hits at a time and
load every page of hits as model instances from the database, and they have
no way to ask for more than one facet at a time. The entry search needs the
ids of up to ``MAX_MATCHES`` matches that pass the visitor's filters, best
first, and the count of every facet's options among the matches with the
other facets' choices applied.

How we close it: we let modelsearch build the query body as usual (words,
language, live, locale) and send it once. The chosen facets go in a post
filter over the entries' ``facet_values`` filter field, so that they narrow
the hits, of which only the primary keys come back, but not the
aggregations: one filter aggregation per chosen facet gives disjunctive
counts, as ``practices.facets.count_facets`` computes them in the database.
This leans on two private members of modelsearch's results,
``_get_es_body`` and ``_backend_do_search``.

When it can go: when modelsearch can return ids without instances and
several facets at once, ``find_entries`` can use its results directly.
"""

from wagtail.search import index

from practices.models import EntryFacetValue

# Distinct values over all facets stay in the hundreds (the countries are the
# most numerous); a value past this many would go uncounted.
MAX_FACET_VALUES = 2000
FACET_FIELD = index.FilterField("facet_values")


def engine_matches(backend, words, queryset, limit, facets, selected):
    """(ids, counts): the ids of the best ``limit`` matches that pass the
    ``selected`` values of ``facets``, as the engine has them, and {facet
    param: {value: entries}} among all the matches. With MATCH_ALL and no
    limit, every entry of ``queryset`` is counted and no id returned.

    The database search counts among its best ``MAX_MATCHES`` matches only;
    the two agree unless a query matches more entries than that.

    An entry deleted or unpublished a moment ago may still be among the ids,
    so the caller keeps only those its own queryset still holds.
    """
    results = backend.search(words, queryset)
    field = backend.mapping_class(queryset.model).get_field_column_name(FACET_FIELD)
    chosen = [facet for facet in facets if selected[facet.param]]

    def having(facet):
        values = [
            EntryFacetValue.term(facet.param, value) for value in selected[facet.param]
        ]
        return {"terms": {field: values}}

    def tally(conditions, params):
        pattern = "|".join(params)
        return {
            "filter": {"bool": {"filter": conditions}},
            "aggs": {
                "values": {
                    "terms": {
                        "field": field,
                        "size": MAX_FACET_VALUES,
                        "include": f"({pattern}):.*",
                    }
                }
            },
        }

    counted = {}
    unchosen = [facet.param for facet in facets if facet not in chosen]
    if unchosen:
        counted["unchosen"] = tally([having(f) for f in chosen], unchosen)
    for facet in chosen:
        others = [having(other) for other in chosen if other is not facet]
        counted[f"chosen_{facet.param}"] = tally(others, [facet.param])

    body = {**results._get_es_body(), "track_total_hits": False}
    if counted:
        body["aggs"] = counted
    if chosen and limit:
        body["post_filter"] = {"bool": {"filter": [having(f) for f in chosen]}}
    response = results._backend_do_search(
        body,
        index=backend.get_index_for_model(queryset.model).name,
        # Stored fields are read document by document; the primary key's doc
        # values are read in one pass (10 ms against 2 ms for 1,000 hits).
        _source=False,
        stored_fields="_none_",
        docvalue_fields=["pk"],
        filter_path="hits.hits.fields.pk,aggregations",
        from_=0,
        size=limit,
    )
    hits = response.get("hits", {}).get("hits", [])
    ids = [int(hit["fields"]["pk"][0]) for hit in hits]
    counts = {facet.param: {} for facet in facets}
    for aggregation in response.get("aggregations", {}).values():
        for bucket in aggregation.get("values", {}).get("buckets", []):
            param, _colon, value = bucket["key"].partition(":")
            counts[param][value] = bucket["doc_count"]
    return ids, counts
