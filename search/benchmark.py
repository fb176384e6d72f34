"""Generated entries for the search benchmark, in English, Spanish and German.

The sentences are assembled from short phrases written for this benchmark, so
that word frequencies and lengths resemble real entries without copying any.
"""

import random

from wagtail.models import Page, Site

from home.models import HomePage
from multilingual.locales import sync_locales
from practices.management.commands.load_vocabulary import load_vocabulary
from practices.models import PracticeIndexPage

PHRASES = {
    "en": {
        "who": [
            "Newly arrived pupils",
            "Teenagers who lost years of schooling",
            "Unaccompanied minors",
            "Parents of migrant children",
            "Volunteer mentors",
            "Class teachers",
            "School social workers",
            "Older students from the same community",
        ],
        "do": [
            "learn the language of instruction in small groups",
            "meet every week after lessons",
            "plan the return to a regular class together",
            "receive a personal timetable and a tutor",
            "visit the school before the first day",
            "practise reading with stories from home",
            "follow a bridging course in lower secondary school",
            "take part in sport and music with classmates",
        ],
        "why": [
            "so that fewer of them leave school early",
            "which keeps attendance high during the first year",
            "and teachers notice problems sooner",
            "while families learn how the school system works",
            "because the first months decide whether they stay",
        ],
    },
    "es": {
        "who": [
            "Alumnos recién llegados",
            "Adolescentes que perdieron años de escolarización",
            "Menores no acompañados",
            "Familias de alumnos migrantes",
            "Mentores voluntarios",
            "Profesores tutores",
            "Educadores sociales de la escuela",
            "Estudiantes mayores de la misma comunidad",
        ],
        "do": [
            "aprenden la lengua de la escuela en grupos pequeños",
            "se reúnen cada semana después de clase",
            "preparan juntos la vuelta al aula ordinaria",
            "reciben un horario personal y un tutor",
            "visitan la escuela antes del primer día",
            "practican la lectura con cuentos de su país",
            "siguen un curso puente en la secundaria",
            "hacen deporte y música con sus compañeros",
        ],
        "why": [
            "para que menos alumnos abandonen la escuela",
            "lo que mantiene la asistencia durante el primer curso",
            "y los profesores detectan antes las dificultades",
            "mientras las familias conocen el sistema escolar",
            "porque los primeros meses deciden si se quedan",
        ],
    },
    "de": {
        "who": [
            "Neu zugewanderte Schülerinnen und Schüler",
            "Jugendliche mit unterbrochener Schullaufbahn",
            "Unbegleitete Minderjährige",
            "Eltern zugewanderter Kinder",
            "Ehrenamtliche Lernpaten",
            "Klassenlehrkräfte",
            "Schulsozialarbeiterinnen",
            "Ältere Schüler aus derselben Gemeinschaft",
        ],
        "do": [
            "lernen die Unterrichtssprache in kleinen Gruppen",
            "treffen sich jede Woche nach dem Unterricht",
            "planen gemeinsam den Wechsel in die Regelklasse",
            "bekommen einen eigenen Stundenplan und eine Tutorin",
            "besuchen die Schule vor dem ersten Schultag",
            "üben das Lesen mit Geschichten aus ihrer Heimat",
            "besuchen einen Brückenkurs in der Sekundarstufe",
            "machen Sport und Musik mit ihren Mitschülern",
        ],
        "why": [
            "damit weniger von ihnen die Schule abbrechen",
            "was die Anwesenheit im ersten Jahr hoch hält",
            "und Lehrkräfte Probleme früher bemerken",
            "während die Familien das Schulsystem kennenlernen",
            "weil die ersten Monate entscheiden, ob sie bleiben",
        ],
    },
}

QUERIES = {
    "en": ["pupils", "mentor", "language groups", "families school system", "tutor"],
    "es": ["alumnos", "escuelas", "mentores voluntarios", "familias", "lectura"],
    "de": ["Schülern", "Lernpaten", "Regelklasse", "Eltern Schule", "Sprache"],
}

COUNTRIES = ["AT", "BE", "DE", "ES", "FR", "IE", "IT", "NL", "PT", "SE", "GR"]


def sentence(rng, language):
    phrases = PHRASES[language]
    return (
        f"{rng.choice(phrases['who'])} {rng.choice(phrases['do'])}, "
        f"{rng.choice(phrases['why'])}."
    )


def entry_text(rng, language):
    title = (
        rng.choice(PHRASES[language]["who"]) + " " + rng.choice(PHRASES[language]["do"])
    )
    summary = " ".join(sentence(rng, language) for _ in range(2))
    body = " ".join(sentence(rng, language) for _ in range(rng.randint(3, 6)))
    return title[:250], summary[:400], body


def new_rng(seed=2026):
    return random.Random(seed)


def build_benchmark_site():
    """A bare site in a throw-away database: a home page, a practice listing
    in every locale and the starting vocabulary. Returns the English listing."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        Site.objects.filter(root_page=page).delete()
        page.delete()
    home = root.add_child(instance=HomePage(title="Benchmark", slug="home"))
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    index = home.add_child(instance=PracticeIndexPage(title="Practices", slug="p"))
    index.save_revision().publish()
    sync_locales()
    load_vocabulary()
    return index
