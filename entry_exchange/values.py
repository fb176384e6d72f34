"""Recognising the values partners type into taxonomy and choice columns.

A partner may write a theme as its code (``language-support``) or as its name
in any of the site's languages ("Apoyo lingüístico"); both name the same
term. Every import reads each vocabulary once, up front, so that checking two
thousand rows costs a handful of queries.
"""

import difflib
import unicodedata

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django_countries import countries
from wagtail.models import Locale

from practices.models import (
    EducationLevel,
    Kind,
    LearnerGroup,
    Partner,
    TargetGroup,
    Theme,
)
from practices.vocabulary import (
    Evidence,
    Funding,
    Level,
    Licence,
    Origin,
    Stage,
    TransferCost,
    material_language_choices,
)

TAXONOMIES = {
    "Kind": Kind,
    "EducationLevel": EducationLevel,
    "TargetGroup": TargetGroup,
    "Theme": Theme,
    "LearnerGroup": LearnerGroup,
}
CHOICES = {
    "Level": Level.choices,
    "Stage": Stage.choices,
    "Funding": Funding.choices,
    "Origin": Origin.choices,
    "Evidence": Evidence.choices,
    "TransferCost": TransferCost.choices,
    "Licence": Licence.choices,
}
ENTRY_TYPES = [("practice", "practice"), ("resource", "resource")]


class UnknownValue(ValueError):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def normalise(text):
    """Compare what people type without case, accents or extra spaces."""
    text = unicodedata.normalize("NFKD", str(text)).casefold()
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(text.split())


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


class Vocabulary:
    """The values one column accepts, each under its code and every name."""

    def __init__(self, label):
        self.label = label
        self.by_text = {}
        self.display = {}

    def add(self, value, code, *names):
        self.display.setdefault(value, code)
        for text in (code, *names):
            if text:
                self.by_text.setdefault(normalise(text), value)

    def resolve(self, text):
        value = self.by_text.get(normalise(text))
        if value is not None:
            return value
        raise UnknownValue(self.unknown_message(text))

    def unknown_message(self, text):
        message = _("Unknown %(what)s “%(value)s”.") % {
            "what": self.label,
            "value": str(text)[:80],
        }
        closest = difflib.get_close_matches(normalise(text), self.by_text, n=1)
        if closest:
            code = self.display[self.by_text[closest[0]]]
            message += " " + _("Did you mean “%(code)s”?") % {"code": code}
        return message


class Vocabularies:
    """Every vocabulary an import needs, read once for the source locale."""

    def __init__(self, locale=None):
        self.locale = locale or Locale.get_default()
        self.columns = {}
        for name, model in TAXONOMIES.items():
            self.columns[name] = self.taxonomy(model)
        for name, choices in CHOICES.items():
            self.columns[name] = self.choices(name, choices)
        self.columns["entry_type"] = self.choices("entry_type", ENTRY_TYPES)
        self.columns["Partner"] = self.partners()
        self.columns["country"] = self.countries()
        self.columns["language"] = self.languages()

    def resolve(self, values, text):
        return self.columns[values].resolve(text)

    def taxonomy(self, model):
        """Terms of the source locale, recognised by any locale's name."""
        vocabulary = Vocabulary(str(model._meta.verbose_name))
        terms = list(model.objects.all())
        source = {
            term.translation_key: term
            for term in terms
            if term.locale_id == self.locale.pk
        }
        for term in terms:
            target = source.get(term.translation_key)
            if target is not None:
                vocabulary.add(target, target.slug, term.slug, term.name)
        return vocabulary

    def choices(self, name, choices):
        labels = {
            "entry_type": _("entry type"),
            "Level": _("level"),
            "Stage": _("stage"),
            "Funding": _("funding programme"),
            "Origin": _("origin"),
            "Evidence": _("evidence"),
            "TransferCost": _("cost"),
            "Licence": _("licence"),
        }
        vocabulary = Vocabulary(str(labels[name]))
        for language in site_languages():
            with translation.override(language):
                for code, label in choices:
                    vocabulary.add(code, code, str(label))
        return vocabulary

    def partners(self):
        vocabulary = Vocabulary(_("partner"))
        for partner in Partner.objects.all():
            vocabulary.add(partner, partner.slug, partner.name)
        return vocabulary

    def countries(self):
        vocabulary = Vocabulary(_("country"))
        for language in site_languages():
            with translation.override(language):
                for code, name in countries:
                    vocabulary.add(code, code, str(name))
        for code in dict(countries):
            vocabulary.add(code, code, countries.alpha3(code))
        return vocabulary

    def languages(self):
        vocabulary = Vocabulary(_("language"))
        for language in site_languages():
            with translation.override(language):
                for code, name in material_language_choices():
                    vocabulary.add(code, code, str(name))
        return vocabulary
