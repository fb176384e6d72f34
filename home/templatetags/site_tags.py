"""Template tags for the site-wide frame: menus and listing links."""

from django import template
from django.utils.http import urlencode
from wagtail.models import Page, Site

from home.models import ContentPage

register = template.Library()


@register.simple_tag(takes_context=True)
def site_menus(context):
    """The home page of the visitor's locale and the pages linked from the frame.

    The result is kept on the request, so header and footer share two queries.
    """
    request = context.get("request")
    cached = getattr(request, "_site_menus", None)
    if cached is not None:
        return cached

    home = _home_for(request)
    menus = {"home": home, "main": [], "footer": []}
    if home is not None:
        children = home.get_children().live().public().specific()
        menus["main"] = [page for page in children if page.show_in_menus]
        menus["footer"] = [
            page
            for page in children
            if isinstance(page, ContentPage) and not page.show_in_menus
        ]
        _mark_current(menus["main"], context.get("page"))
    if request is not None:
        request._site_menus = menus
    return menus


def _mark_current(items, page):
    """Tell each menu item whether the visitor is on it or below it."""
    for item in items:
        item.nav_state = ""
        if isinstance(page, Page) and page.path.startswith(item.path):
            item.nav_state = "page" if page.pk == item.pk else "true"


def _home_for(request):
    """The site's root page in the visitor's language, or in English."""
    site = Site.find_for_request(request) if request else None
    return site.root_page.localized.specific if site else None


@register.simple_tag
def filtered_url(index_url, param, value):
    """The address of a listing filtered by one facet value."""
    return f"{index_url}?{urlencode({param: value})}"


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current address with another page number, keeping every filter."""
    query = context["request"].GET.copy()
    query["page"] = number
    return f"?{query.urlencode()}"
