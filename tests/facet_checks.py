"""Entries with varied facets, and the counts the relations say they have.

The listings and the search count options from the facet index, or from the
engine; these helpers give what choosing each option would really list, to
check those counts against.
"""

import random
import re

from practices.facets import apply_facets
from tests.factories import PracticePageFactory

COUNTRIES = ["ES", "IT", "GR", "DE"]
THEMES = ["mentoring-tutoring", "family-engagement", "early-warning"]
COUNT = re.compile(r"\((\d+)\)$")


def varied_entries(parent, count, seed):
    rng = random.Random(seed)
    for number in range(count):
        PracticePageFactory(
            parent=parent,
            title=f"Generated entry {number}",
            level=rng.choice(["local", "national", "european"]),
            stage=rng.choice(["prevention", "intervention"]),
            facets__countries=rng.sample(COUNTRIES, rng.randint(1, 2)),
            facets__themes=rng.sample(THEMES, rng.randint(0, 2)),
            facets__languages=rng.sample(["es", "it", "ar"], rng.randint(1, 2)),
        )


def expected_counts(facets, entries, selected, facet, scope):
    """{value: entries listed when the value is the facet's only choice},
    for the options a visitor is shown: counted ones and chosen ones."""
    counts = {
        value: apply_facets(facets, entries, {**selected, facet.param: [value]}).count()
        for value in facet.known_values(scope)
    }
    return {
        value: n for value, n in counts.items() if n or value in selected[facet.param]
    }


def shown_counts(page, param):
    """{value: count} as the facet's checkboxes are labelled on a page."""
    shown = {}
    for checkbox in page.find_all("input", attrs={"name": param, "type": "checkbox"}):
        label = page.find("label", attrs={"for": checkbox["id"]})
        found = COUNT.search(" ".join(label.get_text(" ").split()))
        shown[checkbox["value"]] = int(found.group(1))
    return shown
