"""Email the people who can act when a partner review starts.

Wagtail already emails the coordinators when their approval task starts, and
the author when the entry is approved or sent back (with the reviewer's
comment). What it cannot know is who may review for another partner, so that
one message is sent from here, through Wagtail's own notifier machinery and
templates: the text is translated into each recipient's admin language and
respects their notification preferences.
"""

import contextvars
import logging
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import override
from wagtail.admin.mail import EmailNotificationMixin, Notifier, send_mail
from wagtail.models import TaskState
from wagtail.signals import task_submitted
from wagtail.users.models import UserProfile

from .models import PartnerReviewTask

logger = logging.getLogger(__name__)

# While set, partner review submissions are gathered here instead of mailed.
_gathered = contextvars.ContextVar("gathered_partner_reviews", default=None)


class PartnerReviewSubmissionNotifier(EmailNotificationMixin, Notifier):
    notification = "submitted"

    def __init__(self):
        super().__init__((TaskState,))

    def can_handle(self, instance, **kwargs):
        if not (
            super().can_handle(instance, **kwargs)
            and isinstance(instance.task.specific, PartnerReviewTask)
        ):
            return False
        gathered = _gathered.get()
        if gathered is not None:
            gathered.append((instance, kwargs.get("user")))
            return False
        return True

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


@contextmanager
def one_message_per_reviewer():
    """Tell each reviewer once about everything submitted inside the block.

    A bulk import submits hundreds of entries at a time; one message each
    would bury the reviewers. The message goes out when the transaction
    commits, so a rolled-back import announces nothing.
    """
    gathered = []
    token = _gathered.set(gathered)
    try:
        yield
    finally:
        _gathered.reset(token)
    if gathered:
        transaction.on_commit(lambda: send_review_summaries(gathered))


def send_review_summaries(gathered):
    """One message per reviewer, listing the entries waiting for them."""
    waiting = {}
    reviewers_by_partner = {}
    for task_state, submitter in gathered:
        page = task_state.workflow_state.content_object.specific_deferred
        key = page.partner_id
        if key not in reviewers_by_partner:
            task = task_state.task.specific
            reviewers_by_partner[key] = list(task.reviewers(page))
        for reviewer in reviewers_by_partner[key]:
            if reviewer != submitter:
                waiting.setdefault(reviewer, []).append(page)
    for reviewer, pages in waiting.items():
        send_review_summary(reviewer, pages)
    logger.info(
        "Told %s reviewers about %s entries submitted together",
        len(waiting),
        len(gathered),
    )


def send_review_summary(reviewer, pages):
    profile = UserProfile.get_for_user(reviewer)
    if not (reviewer.email and profile.submitted_notifications):
        return
    context = {
        "user": reviewer,
        "pages": pages,
        "count": len(pages),
        "dashboard_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        + reverse("wagtailadmin_home"),
    }
    with override(profile.get_preferred_language()):
        subject = render_to_string(
            "editorial/email/review_summary_subject.txt", context
        ).strip()
        text = render_to_string("editorial/email/review_summary.txt", context)
    send_mail(subject, text.strip(), [reviewer.email])


def connect():
    task_submitted.connect(
        partner_review_notifier,
        sender=TaskState,
        dispatch_uid="editorial_partner_review_submitted",
    )
