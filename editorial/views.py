"""Admin views: the moderation report and the review path for translations."""

import logging
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import (
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn, UserColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from practices.models import PracticePage, ResourcePage

from .models import partner_of
from .roles import is_coordinator
from .translation_drafts import save_translation_draft

logger = logging.getLogger(__name__)


def can_follow_moderation(user):
    return user.is_active and (is_coordinator(user) or partner_of(user) is not None)


@dataclass
class ModerationRow:
    """One entry in moderation, flattened for the table and the download."""

    pk: int
    title: str
    language: str
    partner: str
    task: str
    status: str
    requested_by: object
    submitted_at: object
    age_days: int


class ModerationReportView(ReportView):
    page_title = gettext_lazy("Entries in moderation")
    header_icon = "tasks"
    index_url_name = "editorial_moderation_report"
    index_results_url_name = "editorial_moderation_report_results"
    paginate_by = 50
    columns = [
        TitleColumn(
            "title",
            label=gettext_lazy("Entry"),
            url_name="wagtailadmin_pages:edit",
        ),
        Column("language", label=gettext_lazy("Language")),
        Column("partner", label=gettext_lazy("Partner")),
        Column("task", label=gettext_lazy("Current step")),
        Column("status", label=gettext_lazy("State")),
        UserColumn("requested_by", label=gettext_lazy("Submitted by")),
        DateColumn("submitted_at", label=gettext_lazy("Submitted")),
        Column("age_days", label=gettext_lazy("Days in moderation")),
    ]
    list_export = [
        "title",
        "language",
        "partner",
        "task",
        "status",
        "requested_by",
        "submitted_at",
        "age_days",
    ]
    export_headings = {
        "title": gettext_lazy("Entry"),
        "language": gettext_lazy("Language"),
        "partner": gettext_lazy("Partner"),
        "task": gettext_lazy("Current step"),
        "status": gettext_lazy("State"),
        "requested_by": gettext_lazy("Submitted by"),
        "submitted_at": gettext_lazy("Submitted"),
        "age_days": gettext_lazy("Days in moderation"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not can_follow_moderation(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "entries-in-moderation-{}".format(timezone.now().strftime("%Y-%m-%d"))

    def get_queryset(self):
        entry_types = ContentType.objects.get_for_models(
            PracticePage, ResourcePage
        ).values()
        return (
            WorkflowState.objects.active()
            .filter(content_type__in=entry_types)
            .select_related("requested_by", "current_task_state__task")
            .order_by("created_at")
        )

    def get_table(self, object_list):
        return super().get_table(self.decorate_paginated_queryset(object_list))

    def decorate_paginated_queryset(self, object_list):
        states = list(object_list)
        pages = {
            page.pk: page
            for page in Page.objects.filter(
                pk__in=[int(state.object_id) for state in states]
            )
            .select_related("locale")
            .specific()
        }
        now = timezone.now()
        rows = []
        for state in states:
            page = pages.get(int(state.object_id))
            if page is None:
                continue
            task_state = state.current_task_state
            rows.append(
                ModerationRow(
                    pk=page.pk,
                    title=page.get_admin_display_title(),
                    language=page.locale.get_display_name(),
                    partner=str(page.partner or ""),
                    task=task_state.task.name if task_state else "",
                    status=state.get_status_display(),
                    requested_by=state.requested_by,
                    submitted_at=state.created_at,
                    age_days=(now - state.created_at).days,
                )
            )
        return rows


@require_POST
def submit_translation_for_review(request, translation_id):
    """Turn the strings of a synchronised translation into a draft and submit it.

    wagtail-localize's editor saves strings, not revisions, and its only way
    to a revision is "Publish", which partner editors may not use. This view
    gives them the path everyone else takes: a draft, then the workflow.
    """
    translation = get_object_or_404(Translation, pk=translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    if page.workflow_in_progress:
        messages.warning(request, _("This translation is already in review."))
        return redirect(edit_url)
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("No review workflow covers this page."))
        return redirect(edit_url)

    try:
        with transaction.atomic():
            save_translation_draft(translation, request.user)
            page = Page.objects.get(pk=page.pk).specific
            workflow.start(page, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(problems)s")
            % {"problems": "; ".join(error.messages)},
        )
        return redirect(edit_url)

    logger.info(
        "Translation %s of page %s submitted for review", translation.pk, page.pk
    )
    messages.success(
        request,
        _("'%(title)s' in %(language)s was submitted for review.")
        % {"title": page.title, "language": page.locale.get_display_name()},
    )
    return redirect(edit_url)


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Update translations" without a way around review.

    The original form offers "Publish immediately" to anyone who may submit
    translations, which would let a partner editor publish every language
    of an entry at once. Here the option is only offered to someone who may
    publish each of the translated pages anyway.
    """

    def can_publish_every_translation(self):
        for translation in self.object.translations.filter(enabled=True):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:  # not created yet: nothing to publish
                continue
            if (
                isinstance(target, Page)
                and not target.permissions_for_user(self.request.user).can_publish()
            ):
                return False
        return True

    def get_form(self):
        form = super().get_form()
        if not self.can_publish_every_translation():
            form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)


class ReviewedSubmitPageTranslationView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", as a draft for non-publishers.

    The original saves the new translation live when the source is live, so
    strings already in translation memory would reach visitors unreviewed.
    Someone who may not publish gets a draft revision instead; coordinators
    keep wagtail-localize's behaviour.
    """

    def form_valid(self, form):
        if is_coordinator(self.request.user):
            return super().form_valid(form)
        locales = form.cleaned_data["locales"]
        with transaction.atomic():
            source, _created = TranslationSource.update_or_create_from_instance(
                self.object
            )
            pages = []
            for locale in locales:
                translation, _created = Translation.objects.update_or_create(
                    source=source, target_locale=locale, defaults={"enabled": True}
                )
                pages.append(save_translation_draft(translation, self.request.user))
        messages.success(
            self.request,
            _(
                "The translation is ready to edit. Submit it for review when "
                "every string is translated."
            ),
        )
        if len(pages) == 1:
            return redirect("wagtailadmin_pages:edit", pages[0].pk)
        return redirect("wagtailadmin_explore", self.object.get_parent().pk)
