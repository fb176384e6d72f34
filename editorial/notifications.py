"""Email the people who can act when a partner review starts.

Wagtail already emails the coordinators when their approval task starts, and
the author when the entry is approved or sent back (with the reviewer's
comment). What it cannot know is who may review for another partner, so that
one message is sent from here, through Wagtail's own notifier machinery and
templates: the text is translated into each recipient's admin language and
respects their notification preferences.
"""

from wagtail.admin.mail import EmailNotificationMixin, Notifier
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from .models import PartnerReviewTask


class PartnerReviewSubmissionNotifier(EmailNotificationMixin, Notifier):
    notification = "submitted"

    def __init__(self):
        super().__init__((TaskState,))

    def can_handle(self, instance, **kwargs):
        return super().can_handle(instance, **kwargs) and isinstance(
            instance.task.specific, PartnerReviewTask
        )

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["task"] = task_state.task.specific
        context["object"] = task_state.workflow_state.content_object
        context["model_name"] = context["object"]._meta.verbose_name
        context["page"] = context["object"].specific
        return context

    def get_recipient_users(self, task_state, **kwargs):
        task = task_state.task.specific
        recipients = set(task.reviewers(task_state.workflow_state.content_object))
        triggering_user = kwargs.get("user")
        recipients.discard(triggering_user)
        return recipients


partner_review_notifier = PartnerReviewSubmissionNotifier()


def connect():
    task_submitted.connect(
        partner_review_notifier,
        sender=TaskState,
        dispatch_uid="editorial_partner_review_submitted",
    )
