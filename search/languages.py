"""How each site language is analysed for full-text search.

Kept free of Django imports so that the settings module can build the search
backends from it.
"""

# language code: (PostgreSQL text search configuration, engine analyzer)
ANALYSIS = {
    "en": ("english", "english"),
    "es": ("spanish", "spanish"),
    "it": ("italian", "italian"),
    "el": ("greek", "greek"),
    "de": ("german", "german"),
    "fr": ("french", "french"),
    "ar": ("arabic", "arabic"),
}
# For text with no language of its own (partner names, file titles).
FALLBACK = ("simple", "standard")


def postgres_config(language_code):
    return ANALYSIS.get(language_code, FALLBACK)[0]


def engine_analyzer(language_code):
    return ANALYSIS.get(language_code, FALLBACK)[1]


ENGINE_BACKENDS = {
    "opensearch": "search.backends.opensearch",
    "elasticsearch": "search.backends.elasticsearch",
}


def engine_alias(language_code):
    return f"pages-{language_code}"


def backends_setting(languages, url="", engine="opensearch", prefix="", timeout=5):
    """The WAGTAILSEARCH_BACKENDS setting.

    Without a URL, one database backend serves everything and picks each
    page's language configuration itself. With an engine, "default" indexes
    everything with the standard analyzer (the admin's search across
    languages), and one backend per language indexes only that language's
    pages, with that language's stemming and stop words.
    """
    if not url:
        return {
            "default": {
                "BACKEND": "search.backends.database",
                "ATOMIC_REBUILD": True,
            }
        }
    common = {
        "BACKEND": ENGINE_BACKENDS[engine],
        "URLS": [url],
        "TIMEOUT": timeout,
        "ATOMIC_REBUILD": True,
        "OPTIONS": {"max_retries": 0},
    }
    backends = {"default": {**common, "INDEX_PREFIX": f"{prefix}all_"}}
    for code in languages:
        backends[engine_alias(code)] = {
            **common,
            "INDEX_PREFIX": f"{prefix}{code}_",
            "LOCALE": code,
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {
                        "analyzer": {"default": {"type": engine_analyzer(code)}}
                    }
                }
            },
        }
    return backends
