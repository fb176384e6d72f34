"""Template tags that tell visitors which languages a page exists in."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation

register = template.Library()


def language_name(code):
    """A language's name in that language, as a visitor would look for it."""
    return get_language_info(code)["name_local"]


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page in each language it exists in, for the switcher and hreflang.

    For a Wagtail page these are its live translations and aliases; for any
    other view (search, for instance) the same address under each prefix.
    """
    request = context["request"]
    page = context.get("page")
    order = [code for code, _name in settings.LANGUAGES]
    current = get_language()

    if isinstance(page, Page):
        pages = page.get_translations(inclusive=True).live().select_related("locale")
        versions = [(p.locale.language_code, p.get_url(request)) for p in pages]
    else:
        path = request.get_full_path()
        versions = [(code, translate_url(path, code)) for code in order]

    return [
        {
            "code": code,
            "name": language_name(code),
            "url": url,
            "absolute_url": request.build_absolute_uri(url),
            "current": code == current,
            "default": code == settings.LANGUAGE_CODE,
        }
        for code, url in sorted(versions, key=lambda item: order.index(item[0]))
        if code in order and url
    ]


@register.simple_tag(takes_context=True)
def translation_state(context, page):
    """Whether ``page`` is shown untranslated, and where a translation exists.

    A page that wagtail-localize keeps as an alias of the English page has no
    translation yet: visitors see the English text with a notice, and links
    to the languages it has been translated into.
    """
    state = {"untranslated": False, "machine": False, "source_language": ""}
    if page.alias_of_id:
        source = Page.objects.select_related("locale").get(pk=page.alias_of_id)
        translated = (
            page.get_translations(inclusive=True)
            .live()
            .filter(alias_of__isnull=True)
            .select_related("locale")
        )
        state.update(
            untranslated=True,
            source_language=source.locale.language_code,
            source_language_name=get_language_info(source.locale.language_code)[
                "name_translated"
            ],
            translated_versions=[
                {
                    "code": other.locale.language_code,
                    "name": language_name(other.locale.language_code),
                    "url": other.get_url(context["request"]),
                }
                for other in translated
            ],
        )
    elif page.locale_id != Locale.get_default().pk:
        state["machine"] = StringTranslation.objects.filter(
            context__object_id=page.translation_key,
            locale_id=page.locale_id,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        ).exists()
    return state


@register.simple_tag(takes_context=True)
def term_label(context, term):
    """A taxonomy term's name in the visitor's language.

    Entries keep their terms when they are translated, so a Spanish page may
    point at the English row of a theme; the name shown comes from the row of
    the visitor's locale with the same translation key. One query per
    taxonomy and request.
    """
    request = context.get("request")
    cache = request.__dict__.setdefault("_term_labels", {}) if request else {}
    key = (type(term), get_language())
    if key not in cache:
        cache[key] = dict(
            type(term)
            .objects.filter(locale__language_code=key[1])
            .values_list("translation_key", "name")
        )
    return cache[key].get(term.translation_key, term.name)
