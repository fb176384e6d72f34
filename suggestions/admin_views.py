"""The coordinator's inbox of suggestions: adopt or discard."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from . import intake
from .forms import AdoptForm
from .models import Suggestion

PERMISSION = "suggestions.change_suggestion"


def can_handle_suggestions(user):
    return user.is_active and user.has_perm(PERMISSION)


class InboxView(ReportView):
    page_title = gettext_lazy("Suggestions")
    header_icon = "mail"
    index_url_name = "suggestions_inbox"
    index_results_url_name = "suggestions_inbox_results"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label=gettext_lazy("Suggested practice"),
            get_url=lambda suggestion: (
                reverse("suggestions_adopt", args=[suggestion.pk])
                if suggestion.status == Suggestion.Status.NEW
                else None
            ),
        ),
        Column("locale", label=gettext_lazy("Language")),
        Column("submitter_organisation", label=gettext_lazy("Organisation")),
        Column("get_status_display", label=gettext_lazy("Status")),
        DateColumn("created_at", label=gettext_lazy("Received")),
    ]
    list_export = ["title", "locale", "submitter_organisation", "status", "created_at"]

    def dispatch(self, request, *args, **kwargs):
        if not can_handle_suggestions(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Suggestion.objects.select_related("locale", "page").order_by(
            "status", "-created_at"
        )


def get_new_suggestion(request, pk):
    if not can_handle_suggestions(request.user):
        raise PermissionDenied
    suggestion = get_object_or_404(Suggestion.objects.select_related("page"), pk=pk)
    if suggestion.status != Suggestion.Status.NEW or suggestion.page is None:
        messages.warning(request, _("This suggestion has already been handled."))
        return None
    return suggestion


def adopt(request, pk):
    suggestion = get_new_suggestion(request, pk)
    if suggestion is None:
        return redirect("suggestions_inbox")
    form = AdoptForm(request.POST or None, locale=suggestion.locale)
    if request.method == "POST" and form.is_valid():
        page = intake.adopt(suggestion, request.user, **form.cleaned_data)
        messages.success(
            request,
            _(
                "'%(title)s' now belongs to %(partner)s. Complete it and submit "
                "it for review."
            )
            % {"title": page.title, "partner": page.partner},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "suggestions/admin/adopt.html",
        {"suggestion": suggestion, "form": form, "page_title": _("Adopt suggestion")},
    )


def discard(request, pk):
    suggestion = get_new_suggestion(request, pk)
    if suggestion is None:
        return redirect("suggestions_inbox")
    if request.method == "POST":
        title = suggestion.title
        intake.discard(suggestion, request.user)
        messages.success(
            request,
            _("'%(title)s' was discarded and the submitter's details erased.")
            % {"title": title},
        )
        return redirect("suggestions_inbox")
    return TemplateResponse(
        request,
        "suggestions/admin/discard.html",
        {"suggestion": suggestion, "page_title": _("Discard suggestion")},
    )
