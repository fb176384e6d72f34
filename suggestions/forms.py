"""The public suggestion form and the coordinator's adoption form."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Locale

from practices.models import Kind, Partner, Theme
from practices.vocabulary import Funding, Level, Stage

# Control characters have no place in a title or a summary; newlines and
# tabs in the summary are kept.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain_text(value):
    return CONTROL_CHARACTERS.sub("", value or "").strip()


class SuggestionForm(forms.Form):
    title = forms.CharField(
        label=_("Name of the practice"),
        max_length=200,
        help_text=_("At most 200 characters."),
    )
    summary = forms.CharField(
        label=_("What it does and for whom"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Two or three sentences, at most 400 characters."),
    )
    country = forms.ChoiceField(label=_("Country where it runs"))
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    website = forms.URLField(
        label=_("Website"), required=False, max_length=200, assume_scheme="https"
    )
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We send a confirmation here and write if we have questions."),
    )
    organisation = forms.CharField(
        label=_("Your organisation"), max_length=200, required=False
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the project stores my name, email address and "
            "organisation to handle this suggestion."
        ),
        error_messages={
            "required": _("We can only take the suggestion with your consent.")
        },
    )
    # Hidden from people; bots that fill every field fill this one too.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        locale = locale or Locale.get_active()
        self.fields["country"].choices = [("", "—")] + list(countries)
        self.fields["themes"].queryset = Theme.objects.filter(locale=locale).order_by(
            "sort_order", "name"
        )

    def clean_title(self):
        return plain_text(self.cleaned_data["title"])

    def clean_summary(self):
        return plain_text(self.cleaned_data["summary"])

    def clean_name(self):
        return plain_text(self.cleaned_data["name"])

    def clean_organisation(self):
        return plain_text(self.cleaned_data["organisation"])

    def is_bot(self):
        return bool(self.cleaned_data.get("homepage"))


class AdoptForm(forms.Form):
    """What a suggestion needs before it can enter the review workflow."""

    partner = forms.ModelChoiceField(
        label=_("Contributing partner"),
        queryset=Partner.objects.all(),
        help_text=_("The partner that completes the entry and answers for it."),
    )
    kind = forms.ModelChoiceField(label=_("Kind"), queryset=Kind.objects.none())
    level = forms.ChoiceField(label=_("Level"), choices=Level.choices)
    stage = forms.ChoiceField(label=_("Stage of early leaving"), choices=Stage.choices)
    funding = forms.ChoiceField(label=_("Funding programme"), choices=Funding.choices)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].queryset = Kind.objects.filter(
            locale=locale, applies_to="practice"
        ).order_by("sort_order", "name")
