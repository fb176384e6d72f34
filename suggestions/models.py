"""Practices suggested by people outside the partnership.

The suggested text becomes an unpublished practice page, so the coordinator
completes it with the tools used for every other entry. The submitter's
contact details stay here, apart from the page: they are personal data, and
a page's revisions and translations would copy them everywhere.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# A stored suggestion per address and hour is plenty for a person, and stops
# a script from filling the inbox.
SUGGESTIONS_PER_HOUR = 5


def client_fingerprint(address):
    """A keyed hash of the client address: enough to count, useless to read."""
    key = f"{settings.SECRET_KEY}:suggestions:{address}".encode()
    return hashlib.sha256(key).hexdigest()


class SuggestionQuerySet(models.QuerySet):
    def recent_from(self, fingerprint, now=None):
        since = (now or timezone.now()) - timezone.timedelta(hours=1)
        return self.filter(client_fingerprint=fingerprint, created_at__gte=since)


class Suggestion(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        ADOPTED = "adopted", _("Adopted")
        DISCARDED = "discarded", _("Discarded")

    page = models.OneToOneField(
        "practices.PracticePage",
        verbose_name=_("draft entry"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="suggestion",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=200)
    submitter_name = models.CharField(_("name"), max_length=120, blank=True)
    submitter_email = models.EmailField(_("email"), blank=True)
    submitter_organisation = models.CharField(
        _("organisation"), max_length=200, blank=True
    )
    consent_given_at = models.DateTimeField(_("consent given"))
    client_fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")

    def __str__(self):
        return self.title

    def forget_submitter(self):
        """Erase the contact details once nobody needs them any more."""
        self.submitter_name = ""
        self.submitter_email = ""
        self.submitter_organisation = ""
