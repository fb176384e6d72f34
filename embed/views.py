"""The widget other sites put in an iframe, and the page that builds its code."""

from django import forms
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from home.models import SiteIdentity
from practices.facets import (
    UnknownFilter,
    apply_facets,
    build_facets,
    strict_selection,
)
from practices.listing import entry_index_for, with_card_data
from practices.models import PracticePage, ResourcePage

from .middleware import embeddable

SOURCES = {"practices": PracticePage, "resources": ResourcePage}
DEFAULT_LIMIT = 5
MAX_LIMIT = 20
# The facets a widget may be narrowed by; enough to fit a partner's audience
# while keeping the builder form short.
WIDGET_FACETS = ("theme", "country", "education_level", "learner_group", "kind")


def parse_limit(raw):
    if raw in (None, ""):
        return DEFAULT_LIMIT
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise UnknownFilter(
            _("The limit must be a whole number from 1 to %(max)d.")
            % {"max": MAX_LIMIT}
        )
    return int(raw)


@embeddable
def widget(request, source):
    model = SOURCES.get(source)
    if model is None:
        raise Http404(_("There is no such widget."))
    index = entry_index_for(model, Locale.get_active())
    if index is None:
        raise Http404(_("This listing does not exist in this language."))
    facets = build_facets(model)
    try:
        limit = parse_limit(request.GET.get("limit"))
        selected = strict_selection(facets, request.GET, index, also_allowed=("limit",))
    except UnknownFilter as error:
        return HttpResponseBadRequest(
            str(error), content_type="text/plain; charset=utf-8"
        )
    entries = apply_facets(
        facets, model.objects.live().public().child_of(index), selected
    )
    entries = with_card_data(entries.order_by("-first_published_at", "-pk"))[:limit]
    query = {param: values for param, values in selected.items() if values}
    more_url = index.get_full_url(request)
    if query:
        more_url += "?" + urlencode(query, doseq=True)
    return render(
        request,
        "embed/widget.html",
        {
            "entries": entries,
            "index": index,
            "more_url": more_url,
            "site": SiteIdentity.for_request(request),
        },
    )


class WidgetForm(forms.Form):
    source = forms.ChoiceField(
        label=gettext_lazy("Show"),
        choices=[
            ("practices", gettext_lazy("Practices")),
            ("resources", gettext_lazy("Resources")),
        ],
    )
    limit = forms.IntegerField(
        label=gettext_lazy("How many entries"),
        min_value=1,
        max_value=MAX_LIMIT,
        initial=DEFAULT_LIMIT,
    )

    def __init__(self, *args, index=None, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in build_facets(PracticePage):
            if facet.param in WIDGET_FACETS:
                known = facet.known_values(index)
                self.fields[facet.param] = forms.ChoiceField(
                    label=facet.label,
                    required=False,
                    choices=[("", _("Any"))] + [(k, str(v)) for k, v in known.items()],
                )


def builder(request):
    """Choose filters, see the widget, copy the code to paste."""
    locale = Locale.get_active()
    index = entry_index_for(PracticePage, locale)
    if index is None:
        raise Http404(_("This listing does not exist in this language."))
    form = WidgetForm(request.GET or None, index=index)
    snippet = preview_url = ""
    if form.is_valid():
        data = form.cleaned_data
        params = {"limit": data["limit"]}
        source = data["source"]
        for name in WIDGET_FACETS:
            # Kinds differ between practices and resources; drop a kind that
            # does not belong to the chosen source rather than fail.
            if data.get(name) and not (name == "kind" and source != "practices"):
                params[name] = data[name]
        path = reverse("embed-widget", args=[source]) + "?" + urlencode(params)
        preview_url = path
        absolute = request.build_absolute_uri(path)
        title = _("Practices and resources on keeping migrant students in school")
        snippet = (
            f'<iframe src="{escape(absolute)}" title="{escape(title)}" width="100%" '
            f'height="480" '
            f'loading="lazy" style="border:1px solid #ccc"></iframe>'
        )
    return render(
        request,
        "embed/builder.html",
        {"form": form, "snippet": snippet, "preview_url": preview_url},
    )
