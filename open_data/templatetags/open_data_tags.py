from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def current_filters(context, *dropped):
    """The query string of the current page without the given parameters."""
    params = context["request"].GET.copy()
    for name in ("page",) + dropped:
        params.pop(name, None)
    return params.urlencode()
