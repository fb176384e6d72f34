"""What visitors search for, so editors can see gaps in the database."""

import logging

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


class SearchTerm(models.Model):
    """One normalised query in one language, with how often it was searched."""

    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    query = models.CharField(_("query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    empty_searches = models.PositiveIntegerField(
        _("searches without results"), default=0
    )
    last_results = models.PositiveIntegerField(_("results last time"), default=0)
    last_searched = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "query"], name="search_term_once_per_locale"
            )
        ]
        indexes = [models.Index(fields=["-searches"])]

    def __str__(self):
        return self.query


def record_search(locale, words, result_count):
    """Count one search; never lets a counting problem break the search page."""
    query = words.lower()[:200]
    empty = 1 if result_count == 0 else 0
    try:
        with transaction.atomic():
            updated = SearchTerm.objects.filter(locale=locale, query=query).update(
                searches=F("searches") + 1,
                empty_searches=F("empty_searches") + empty,
                last_results=result_count,
                last_searched=timezone.now(),
            )
            if not updated:
                SearchTerm.objects.create(
                    locale=locale,
                    query=query,
                    searches=1,
                    empty_searches=empty,
                    last_results=result_count,
                )
    except IntegrityError:
        # Two visitors created the same term at once; one count is lost.
        logger.info("Search term counted concurrently; one search not counted")
