"""Tags for what other sites read from a page: metadata, share links, feeds."""

import json
from urllib.parse import quote

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import to_locale
from wagtail.models import Page

from home.models import SiteIdentity

from ..structured_data import page_data

register = template.Library()

# Characters that could end a <script> element or open a comment inside one.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def canonical(page, request):
    """The address search engines should index for ``page``.

    A page kept as an alias of the English page shows the English text, so
    the English page is the canonical one.
    """
    if page.alias_of_id:
        source = Page.objects.filter(pk=page.alias_of_id).first()
        if source is not None:
            return source.get_full_url(request)
    return page.get_full_url(request)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    page = context.get("page")
    request = context["request"]
    if isinstance(page, Page):
        return canonical(page, request)
    return request.build_absolute_uri(request.path)


def description_of(page):
    text = (
        getattr(page, "search_description", "")
        or getattr(page, "summary", "")
        or getattr(page, "intro", "")
    )
    return str(text)[:300]


@register.inclusion_tag("seo/metadata.html", takes_context=True)
def page_metadata(context):
    """Open Graph, Twitter card and JSON-LD for the page being shown."""
    request = context["request"]
    page = context.get("page")
    site = SiteIdentity.for_request(request)
    if not isinstance(page, Page):
        return {"site_name": site.site_name, "url": request.build_absolute_uri()}
    image = getattr(page, "image", None)
    image_url = image_alt = ""
    if image:
        rendition = image.get_rendition("fill-1200x630")
        image_url = request.build_absolute_uri(rendition.url)
        image_alt = image.default_alt_text
    structured = page_data(page, request, site.site_name)
    return {
        "site_name": site.site_name,
        "title": page.seo_title or page.title,
        "description": description_of(page),
        "url": canonical(page, request),
        "type": "article" if structured and page.depth > 3 else "website",
        "locale": to_locale(page.locale.language_code),
        "image_url": image_url,
        "image_alt": image_alt,
        "json_ld": [
            mark_safe(
                json.dumps(item, ensure_ascii=False, cls=DjangoJSONEncoder).translate(
                    SCRIPT_ESCAPES
                )
            )  # noqa: S308 - escaped for <script>
            for item in structured
        ],
    }


SHARE_TARGETS = [
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url={url}"),
    ("Facebook", "https://www.facebook.com/sharer/sharer.php?u={url}"),
    ("X", "https://x.com/intent/post?url={url}&text={text}"),
    ("WhatsApp", "https://wa.me/?text={text}%20{url}"),
    ("Bluesky", "https://bsky.app/intent/compose?text={text}%20{url}"),
]


@register.inclusion_tag("seo/share_links.html", takes_context=True)
def share_links(context, page):
    """Plain links to share ``page``: no script or tracker from the networks."""
    request = context["request"]
    url = page.get_full_url(request)
    quoted_url = quote(url, safe="")
    quoted_title = quote(page.title, safe="")
    links = [
        {
            "name": _("Email"),
            "url": f"mailto:?subject={quoted_title}&body={quoted_url}",
        }
    ]
    links += [
        {"name": name, "url": pattern.format(url=quoted_url, text=quoted_title)}
        for name, pattern in SHARE_TARGETS
    ]
    return {"links": links, "url": url, "title": page.title}


@register.inclusion_tag("seo/feed_links.html")
def feed_links(kind, query=""):
    """<link> elements that let feed readers discover a feed."""
    return {"kind": kind, "query": query}
