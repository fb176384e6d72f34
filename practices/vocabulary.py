"""The shared vocabulary that describes entries.

Two sorts of terms live here:

* the fixed choices stored on each entry (level, stage of early leaving,
  evidence, funding, origin, transfer cost), which only change with the code;
* the starting terms of the taxonomies that coordinators manage as snippets
  (kinds, education levels, target groups, themes, learner groups).
  ``load_vocabulary`` creates them once; after that the snippets are the
  source of truth, and coordinators may rename, reorder or add terms.

Slugs are stable identifiers: they appear in shareable listing URLs, so a
term's slug must not change once the site is public.
"""

from django.conf import global_settings
from django.utils.translation import gettext_lazy as _

# Fixed choices -----------------------------------------------------------


class Level:
    LOCAL = "local"
    NATIONAL = "national"
    EUROPEAN = "european"
    INTERNATIONAL = "international"

    choices = [
        (LOCAL, _("Local or regional")),
        (NATIONAL, _("National")),
        (EUROPEAN, _("European")),
        (INTERNATIONAL, _("International")),
    ]


class Stage:
    """The stage of early school leaving an entry addresses (EU framework)."""

    PREVENTION = "prevention"
    INTERVENTION = "intervention"
    COMPENSATION = "compensation"

    choices = [
        (PREVENTION, _("Prevention")),
        (INTERVENTION, _("Intervention")),
        (COMPENSATION, _("Compensation")),
    ]


class Evidence:
    NONE = "none"
    SELF_EVALUATION = "self-evaluation"
    EXTERNAL_EVALUATION = "external-evaluation"
    RESEARCH_STUDY = "research-study"

    choices = [
        (NONE, _("No evaluation yet")),
        (SELF_EVALUATION, _("Self-evaluation")),
        (EXTERNAL_EVALUATION, _("External evaluation")),
        (RESEARCH_STUDY, _("Research study")),
    ]


class Funding:
    choices = [
        ("erasmus-plus", _("Erasmus+")),
        ("amif", _("Asylum, Migration and Integration Fund (AMIF)")),
        ("esf-plus", _("European Social Fund Plus (ESF+)")),
        ("horizon", _("Horizon Europe or earlier research programmes")),
        ("national-public", _("National public funding")),
        ("regional-public", _("Regional or local public funding")),
        ("private-foundation", _("Private foundation")),
        ("own-resources", _("Own resources of the organisation")),
    ]


class Origin:
    """Where an entry came from, following the project's activities."""

    PARTNER_PROJECT = "partner-project"
    EXPERT_BOARD = "expert-board"
    FOCUS_GROUP = "focus-group"
    STAKEHOLDER = "stakeholder"
    DESK_RESEARCH = "desk-research"

    choices = [
        (PARTNER_PROJECT, _("A partner's earlier project")),
        (EXPERT_BOARD, _("Expert board")),
        (FOCUS_GROUP, _("Focus group")),
        (STAKEHOLDER, _("Stakeholder contribution")),
        (DESK_RESEARCH, _("Desk research")),
    ]


class TransferCost:
    choices = [
        ("none", _("No extra cost")),
        ("low", _("Low: under 2,000 euros a year")),
        ("medium", _("Medium: 2,000 to 20,000 euros a year")),
        ("high", _("High: over 20,000 euros a year")),
    ]


class Licence:
    """The terms under which an entry's text may be reused.

    Each choice keeps the licence's own name, which is not translated, and the
    address of its legal text, which exports and metadata carry along.
    """

    CC_BY = "cc-by-4.0"
    CC_BY_SA = "cc-by-sa-4.0"
    CC_BY_NC = "cc-by-nc-4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0"
    CC0 = "cc0-1.0"
    RESERVED = "all-rights-reserved"

    choices = [
        (CC_BY, "CC BY 4.0"),
        (CC_BY_SA, "CC BY-SA 4.0"),
        (CC_BY_NC, "CC BY-NC 4.0"),
        (CC_BY_NC_SA, "CC BY-NC-SA 4.0"),
        (CC0, "CC0 1.0"),
        (RESERVED, _("All rights reserved")),
    ]
    urls = {
        CC_BY: "https://creativecommons.org/licenses/by/4.0/",
        CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
        CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
        CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
    }


# Languages that material may exist in: a subset of Django's own list, so
# their names come translated by Django's catalogues.
MATERIAL_LANGUAGES = [
    "ar",
    "bg",
    "ckb",
    "cs",
    "de",
    "el",
    "en",
    "es",
    "fa",
    "fr",
    "hu",
    "it",
    "nl",
    "pl",
    "pt",
    "ro",
    "ru",
    "sq",
    "sv",
    "sw",
    "tr",
    "uk",
    "ur",
]


def material_language_choices():
    """Material languages with names translated by Django's own catalogues."""
    names = dict(global_settings.LANGUAGES)
    return [(code, _(names[code])) for code in MATERIAL_LANGUAGES]


# Starting terms of the managed taxonomies --------------------------------
# Each is (slug, name, description). Names are marked for translation so the
# interface catalogue carries them for translators; the snippets themselves
# are translated through wagtail-localize.

PRACTICE_KINDS = [
    (
        "good-practice",
        _("Good practice"),
        _("Something a school or organisation does that has shown results."),
    ),
    ("project", _("Project"), _("A funded project with a start and an end.")),
    ("policy", _("Policy"), _("A rule, strategy or programme set by an authority.")),
    (
        "methodology",
        _("Methodology"),
        _("A structured way of working that others can follow."),
    ),
    (
        "pedagogical-approach",
        _("Pedagogical approach"),
        _("A way of teaching and organising learning in class."),
    ),
]

RESOURCE_KINDS = [
    ("guide-handbook", _("Guide or handbook"), _("Written guidance to read.")),
    ("toolkit", _("Toolkit"), _("A set of tools to pick from and use.")),
    ("lesson-material", _("Lesson material"), _("Material to use with learners.")),
    ("training-course", _("Training course"), _("A course for staff.")),
    ("video", _("Video"), _("Recorded film or animation.")),
    ("report-study", _("Report or study"), _("Research findings or an evaluation.")),
    ("website-app", _("Website or app"), _("An online service or mobile app.")),
    (
        "assessment-tool",
        _("Assessment or self-reflection tool"),
        _("A questionnaire or grid to assess a school or a learner."),
    ),
]

EDUCATION_LEVELS = [
    ("early-childhood", _("Early childhood"), _("Before compulsory school.")),
    ("primary", _("Primary"), _("Primary school, about ages 6 to 12.")),
    ("lower-secondary", _("Lower secondary"), _("About ages 12 to 15.")),
    ("upper-secondary", _("Upper secondary"), _("General upper secondary school.")),
    ("vocational", _("Vocational"), _("Vocational education and training.")),
    (
        "second-chance-adult",
        _("Second-chance or adult"),
        _("Second-chance schools and adult education."),
    ),
]

TARGET_GROUPS = [
    ("teachers", _("Teachers"), _("Class and subject teachers.")),
    (
        "educators-trainers",
        _("Educators and trainers"),
        _("Youth workers, trainers and non-formal educators."),
    ),
    ("school-leaders", _("School leaders"), _("Heads and management teams.")),
    (
        "migrant-students",
        _("Migrant students"),
        _("Learners with a migrant background."),
    ),
    ("families", _("Families"), _("Parents, carers and relatives.")),
    ("policy-makers", _("Policy makers"), _("Authorities at any level.")),
    (
        "community-organisations",
        _("Community organisations"),
        _("NGOs, associations and migrant organisations."),
    ),
]

THEMES = [
    (
        "language-support",
        _("Language support"),
        _("Learning the language of schooling and valuing home languages."),
    ),
    (
        "mentoring-tutoring",
        _("Mentoring and tutoring"),
        _("One-to-one or small-group support by peers or adults."),
    ),
    (
        "early-warning",
        _("Early warning and monitoring"),
        _("Spotting the signs of disengagement in time."),
    ),
    (
        "family-engagement",
        _("Family engagement"),
        _("Working with parents and carers as partners."),
    ),
    (
        "intercultural-inclusive",
        _("Intercultural and inclusive education"),
        _("A school culture where every learner belongs."),
    ),
    (
        "psychosocial-support",
        _("Psychosocial support"),
        _("Well-being, trauma-aware practice and counselling."),
    ),
    (
        "teacher-training",
        _("Teacher training"),
        _("Initial and continuing professional development."),
    ),
    (
        "guidance-transitions",
        _("Guidance and transitions"),
        _("Choosing a path and moving between school levels or into work."),
    ),
    (
        "reception-newcomers",
        _("Reception of newly arrived students"),
        _("Welcoming, assessing and placing newcomers."),
    ),
    (
        "extracurricular",
        _("Arts, sport and out-of-school activities"),
        _("Activities beyond lessons that build belonging."),
    ),
]

LEARNER_GROUPS = [
    ("newly-arrived", _("Newly arrived"), _("In the country for less than two years.")),
    (
        "second-generation",
        _("Second generation"),
        _("Born in the country to parents who migrated."),
    ),
    (
        "refugee-asylum",
        _("Refugee or asylum-seeking"),
        _("Recognised refugees and applicants for protection."),
    ),
    (
        "unaccompanied-minors",
        _("Unaccompanied minors"),
        _("Children who arrived without a parent or carer."),
    ),
    (
        "interrupted-schooling",
        _("Interrupted schooling"),
        _("Learners who lost years of school before or during migration."),
    ),
    (
        "roma-traveller",
        _("Roma and Traveller students"),
        _("Learners from Roma and Traveller communities."),
    ),
]
