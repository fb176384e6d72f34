"""Who belongs to which partner, and the review step that needs another one."""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Task, TaskState

logger = logging.getLogger(__name__)


class PartnerMembership(models.Model):
    """Ties an editor account to the partner organisation it works for."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="partner_membership",
    )
    partner = models.ForeignKey(
        "practices.Partner",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )

    panels = [FieldPanel("user"), FieldPanel("partner")]

    class Meta:
        ordering = ["partner__name", "user__username"]
        verbose_name = _("partner membership")
        verbose_name_plural = _("partner memberships")

    def __str__(self):
        return f"{self.user.get_username()} – {self.partner}"


def partner_of(user):
    """The partner an account works for, or None."""
    if not user or not user.is_authenticated:
        return None
    if not hasattr(user, "_partner_of"):
        membership = (
            PartnerMembership.objects.filter(user=user)
            .select_related("partner")
            .first()
        )
        user._partner_of = membership.partner if membership else None
    return user._partner_of


class PartnerReviewTask(Task):
    """A review that only an editor from another partner can complete.

    The entry's own organisation cannot review it, so every entry is read by
    at least two organisations before the coordinator sees it. Superusers can
    act on any task, as they can everywhere else in Wagtail.
    """

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = _("partner review task")
        verbose_name_plural = _("partner review tasks")

    def is_reviewer(self, obj, user):
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        reviewer_partner = partner_of(user)
        if reviewer_partner is None:
            return False
        entry_partner_id = getattr(obj.specific_deferred, "partner_id", None)
        return entry_partner_id != reviewer_partner.pk

    def reviewers(self, obj):
        """The accounts that may act on this task for ``obj``."""
        from django.contrib.auth import get_user_model

        entry_partner_id = getattr(obj.specific_deferred, "partner_id", None)
        users = get_user_model().objects.filter(
            is_active=True, partner_membership__isnull=False
        )
        if entry_partner_id is not None:
            users = users.exclude(partner_membership__partner_id=entry_partner_id)
        return users

    def user_can_access_editor(self, obj, user):
        return self.is_reviewer(obj, user)

    def locked_for_user(self, obj, user):
        # The author waits while another partner reads the entry.
        return not self.is_reviewer(obj, user)

    def user_can_lock(self, obj, user):
        return self.is_reviewer(obj, user)

    def get_actions(self, obj, user):
        if not self.is_reviewer(obj, user):
            return []
        return [
            ("reject", _("Send back with comments"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def on_action(self, task_state, user, action_name, **kwargs):
        # The admin only offers actions from get_actions, but a crafted POST
        # reaches this method directly, so the rule is checked again here.
        if not self.is_reviewer(task_state.workflow_state.content_object, user):
            logger.warning(
                "Refused %s on task state %s: not a reviewer from another partner",
                action_name,
                task_state.pk,
            )
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        reviewer_partner = partner_of(user)
        if reviewer_partner is None:
            return TaskState.objects.none()
        from practices.models import EntryPage

        # WorkflowState keeps object ids as text, so the subquery casts too.
        own_entries = (
            EntryPage.objects.filter(partner=reviewer_partner)
            .annotate(text_pk=Cast("pk", models.CharField()))
            .values("text_pk")
        )
        return states.exclude(workflow_state__object_id__in=own_entries)

    @classmethod
    def get_description(cls):
        return _(
            "An editor from a partner other than the entry's own approves it "
            "or sends it back."
        )
