"""Publish the demo's translated pages through wagtail-localize.

The translations go the way a partner's would: a translation of the English
page is started, its strings are filled in a PO file, the file is imported
and the translated page is published. Strings a PO file leaves empty fall
back to English, as they do in the translation editor.
"""

import logging
from html import escape

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from .content import (
    dissemination_ar,
    dissemination_es,
    dissemination_it,
    translations_ar,
    translations_es,
    translations_it,
)
from .content.dissemination import EVENTS, INDEX_PAGES, NEWS, OUTPUTS
from .content.site_pages import CONTENT_PAGES, HOME, LISTINGS
from .content.site_translations import SITE_TRANSLATIONS

logger = logging.getLogger(__name__)

TRANSLATIONS = {
    "es": translations_es.TRANSLATIONS,
    "it": translations_it.TRANSLATIONS,
    "ar": translations_ar.TRANSLATIONS,
}

# News items, events and outputs, by slug.
DISSEMINATION_TRANSLATIONS = {
    "es": dissemination_es.TRANSLATIONS,
    "it": dissemination_it.TRANSLATIONS,
    "ar": dissemination_ar.TRANSLATIONS,
}

# The English texts that SITE_TRANSLATIONS translates, by the same keys.
SITE_TEXTS = {
    "home": HOME,
    **LISTINGS,
    **INDEX_PAGES,
    **{page["slug"]: page for page in CONTENT_PAGES},
}
DISSEMINATION_TEXTS = {item["slug"]: item for item in NEWS + EVENTS + OUTPUTS}


def served_locales(texts_by_language):
    """Pairs of (locale, texts) for the languages this site serves."""
    locales = Locale.objects.in_bulk(
        list(texts_by_language), field_name="language_code"
    )
    for code, texts in texts_by_language.items():
        if code in locales:
            yield locales[code], texts


def publish_translations(entries_by_slug):
    """Translate each listed entry into each language; return how many."""
    published = 0
    for locale, texts_by_slug in served_locales(TRANSLATIONS):
        for slug, texts in texts_by_slug.items():
            page, english = entries_by_slug[slug]
            published += publish_translation(page, locale, string_pairs(english, texts))
    return published


def publish_site_translations(pages_by_key):
    """Translate the home page, the listings and information pages.

    ``pages_by_key`` maps the keys of SITE_TRANSLATIONS ("home", "practices",
    "news", "about"...) to English pages; a key without a page is skipped.
    """
    published = 0
    for locale, texts_by_key in served_locales(SITE_TRANSLATIONS):
        for key, texts in texts_by_key.items():
            if pages_by_key.get(key) is None:
                continue
            pairs = text_pairs(SITE_TEXTS[key], texts)
            published += publish_translation(pages_by_key[key], locale, pairs)
    return published


def publish_dissemination_translations(pages_by_slug):
    """Translate news items, events and outputs; return how many."""
    published = 0
    for locale, texts_by_slug in served_locales(DISSEMINATION_TRANSLATIONS):
        for slug, texts in texts_by_slug.items():
            pairs = text_pairs(DISSEMINATION_TEXTS[slug], texts)
            published += publish_translation(pages_by_slug[slug], locale, pairs)
    return published


def text_pairs(english, translated):
    """Map each English string to its translation, walking both in step.

    ``translated`` has the shape of ``english`` (a dict only needs the keys
    that are translated); strings are paired paragraph by paragraph, and a
    None in ``translated`` keeps the English value. URLs, times and codes are
    repeated unchanged; pairing them is harmless, as they are not offered for
    translation.
    """
    pairs = {}

    def walk(source, target):
        if source is None or target is None:
            return
        if isinstance(source, str):
            for pair in zip(paragraphs(source), paragraphs(target), strict=True):
                pairs.update(escaped_pair(*pair))
        elif isinstance(source, dict):
            for key, value in target.items():
                walk(source[key], value)
        else:
            for pair in zip(source, target, strict=True):
                walk(*pair)

    walk(english, translated)
    return pairs


def escaped_pair(source, target):
    """A string pair, also as it appears when it comes from rich text."""
    return {source: target, escape(source, quote=False): escape(target, quote=False)}


def publish_translation(page, locale, pairs):
    """Translate ``page`` into ``locale`` from English-to-target string pairs."""
    existing = Page.objects.filter(translation_key=page.translation_key, locale=locale)
    if existing.filter(alias_of__isnull=True).exists():
        return 0

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid in pairs:
            entry.msgstr = pairs[entry.msgid]
    translation.import_po(po, tool_name="Demo content")
    translation.save_target(publish=True)
    logger.info("Demo entry %s published in %s", page.pk, locale.language_code)
    return 1


def string_pairs(english, texts):
    """Map each English string of an entry to its translation.

    Rich text reaches wagtail-localize as HTML, so each pair is also given
    with HTML escaping, which is how such strings appear in its PO files.
    """
    pairs = {}

    def pair(source, target):
        if source and target:
            pairs.update(escaped_pair(source, target))

    pair(english["title"], texts["title"])
    pair(english["summary"], texts["summary"])
    pair(english["evidence_summary"], texts["evidence_summary"])
    for key in ("time", "staff", "adapt"):
        pair(english["transfer"][key], texts["transfer"][key])
    if english.get("image") and texts.get("image"):
        for source, target in zip(english["image"], texts["image"], strict=True):
            pair(source, target)
    for (kind, source), (_kind, target) in zip(
        english["body"], texts["body"], strict=True
    ):
        for source_text, target_text in block_strings(kind, source, target):
            pair(source_text, target_text)
    for source, target in zip(
        english.get("materials", []), texts.get("materials", []), strict=True
    ):
        pair(source[1], target[1])
    return pairs


def block_strings(kind, source, target):
    """The (English, translated) strings inside one demo body block."""
    if kind == "paragraph":
        return zip(paragraphs(source), paragraphs(target), strict=False)
    if kind == "heading":
        return [(source, target)]
    if kind == "quote":
        return zip(source, target, strict=True)
    if kind == "links":
        return [(s[0], t[0]) for s, t in zip(source, target, strict=True)]
    # key_facts, steps and outcomes are lists of pairs of strings.
    return [
        strings
        for s, t in zip(source, target, strict=True)
        for strings in zip(s, t, strict=True)
    ]


def paragraphs(text):
    return [part.strip() for part in text.split("\n\n") if part.strip()]
