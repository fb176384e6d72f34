"""The public "Suggest a practice" form."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from .forms import SuggestionForm
from .intake import NoPracticeIndex, receive
from .models import SUGGESTIONS_PER_HOUR, Suggestion, client_fingerprint

logger = logging.getLogger(__name__)


def client_address(request):
    # Behind a reverse proxy, the proxy must set REMOTE_ADDR to the
    # visitor's address (for example with uWSGI's or gunicorn's forwarded
    # address support); X-Forwarded-For is not trusted here because any
    # client can send it.
    return request.META.get("REMOTE_ADDR", "")


@never_cache
def suggest_practice(request):
    locale = Locale.get_active()
    status = 200
    if request.method == "POST":
        form = SuggestionForm(request.POST, locale=locale)
        address = client_address(request)
        if form.is_valid():
            if form.is_bot():
                # Looks like success so the bot learns nothing; nothing stored.
                logger.info("Suggestion dropped: honeypot field filled")
                return redirect("suggest-practice-thanks")
            recent = Suggestion.objects.recent_from(client_fingerprint(address))
            if recent.count() >= SUGGESTIONS_PER_HOUR:
                logger.warning("Suggestion refused: hourly limit reached")
                form.add_error(
                    None,
                    _(
                        "We have received several suggestions from your "
                        "connection in the last hour. Please try again later; "
                        "what you wrote is still here."
                    ),
                )
                status = 429
            else:
                try:
                    suggestion = receive(form, address, locale=locale)
                except NoPracticeIndex:
                    logger.error(
                        "Suggestion refused: no practice listing in %s",
                        locale.language_code,
                    )
                    form.add_error(
                        None,
                        _(
                            "Suggestions cannot be received in this language "
                            "at the moment. Please try again later."
                        ),
                    )
                    status = 503
                else:
                    send_confirmation(request, suggestion)
                    notify_coordinators(request, suggestion)
                    return redirect("suggest-practice-thanks")
    else:
        form = SuggestionForm(locale=locale)
    return render(request, "suggestions/suggest.html", {"form": form}, status=status)


def thanks(request):
    return render(request, "suggestions/thanks.html")


def send_safely(subject, body, recipients):
    """Send one message; a mail failure must not lose the stored suggestion."""
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    except OSError:
        logger.exception("Could not send the message '%s'", subject)


def send_confirmation(request, suggestion):
    context = {
        "suggestion": suggestion,
        "site_url": request.build_absolute_uri("/"),
    }
    send_safely(
        _("We have received your suggestion"),
        render_to_string("suggestions/email/confirmation.txt", context),
        [suggestion.submitter_email],
    )


def notify_coordinators(request, suggestion):
    from django.contrib.auth import get_user_model

    from editorial.roles import COORDINATORS

    recipients = list(
        get_user_model()
        .objects.filter(groups__name=COORDINATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if not recipients:
        return
    inbox = request.build_absolute_uri(reverse("suggestions_inbox"))
    send_safely(
        _("New suggestion: %(title)s") % {"title": suggestion.title},
        render_to_string(
            "suggestions/email/new_suggestion.txt",
            {"suggestion": suggestion, "inbox_url": inbox},
        ),
        recipients,
    )
