"""The managed taxonomies that describe entries.

Coordinators edit these as snippets. They are translatable, so a theme has one
row per locale sharing a ``translation_key``; the slug stays the same across
locales because it is what shareable listing URLs carry.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Term(TranslatableMixin, index.Indexed, models.Model):
    """A named value of a taxonomy, with a stable slug for URLs."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        help_text=_("Used in listing addresses. Do not change it once public."),
    )
    description = models.CharField(_("description"), max_length=250, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


def _slug_unique_per_locale(model_name):
    return models.UniqueConstraint(
        fields=["slug", "locale"], name=f"{model_name}_slug_unique_per_locale"
    )


class Kind(Term):
    """What an entry is: a good practice, a policy, a toolkit, a video..."""

    class AppliesTo(models.TextChoices):
        PRACTICE = "practice", _("Practice")
        RESOURCE = "resource", _("Resource")

    applies_to = models.CharField(
        _("applies to"), max_length=10, choices=AppliesTo.choices
    )

    panels = Term.panels + [FieldPanel("applies_to")]

    class Meta(Term.Meta):
        verbose_name = _("kind")
        verbose_name_plural = _("kinds")
        constraints = [_slug_unique_per_locale("kind")]


class EducationLevel(Term):
    class Meta(Term.Meta):
        verbose_name = _("education level")
        verbose_name_plural = _("education levels")
        constraints = [_slug_unique_per_locale("educationlevel")]


class TargetGroup(Term):
    """Who the entry is meant for: teachers, families, policy makers..."""

    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [_slug_unique_per_locale("targetgroup")]


class Theme(Term):
    class Meta(Term.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [_slug_unique_per_locale("theme")]


class LearnerGroup(Term):
    """The migrant learners an entry serves: newly arrived, refugees..."""

    class Meta(Term.Meta):
        verbose_name = _("learner group")
        verbose_name_plural = _("learner groups")
        constraints = [_slug_unique_per_locale("learnergroup")]
