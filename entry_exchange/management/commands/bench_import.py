"""Measure a bulk import of generated entries; prints a table.

    python manage.py bench_import [--rows 2000]

It works in a throw-away test database on the configured database server
(SQLite or PostgreSQL), never in the site's own data: it writes a CSV of
generated practices, checks it, imports it, imports it again (every row
unchanged) and exports it, timing each step and the memory it peaked at.
"""

import csv
import resource
import tempfile
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import connection
from django.test.utils import override_settings

from editorial.models import PartnerMembership
from editorial.roles import ensure_roles
from practices.models import Kind, Partner, Theme
from search.benchmark import COUNTRIES, build_benchmark_site, entry_text, new_rng

from ...columns import COLUMN_NAMES
from ...exporter import write_folder
from ...importer import EntryImport

# Index updates are measured by bench-search; here they would only add noise.
NO_INDEXING = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "AUTO_UPDATE": False,
    }
}


def peak_memory_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Command(BaseCommand):
    help = "Time checking, importing, re-importing and exporting generated entries."

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=2000)

    def handle(self, *args, rows, **options):
        old_name = connection.settings_dict["NAME"]
        self.stderr.write("Creating a throw-away database for the benchmark…")
        connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False
        )
        results = []
        try:
            with (
                override_settings(WAGTAILSEARCH_BACKENDS=NO_INDEXING),
                tempfile.TemporaryDirectory() as folder,
            ):
                user = self.build_site()
                path = self.write_file(Path(folder) / "entries.csv", rows)
                steps = [
                    ("check (dry run)", lambda: EntryImport(path, user).run(True)),
                    ("import", lambda: EntryImport(path, user).run()),
                    ("import again, unchanged", lambda: EntryImport(path, user).run()),
                    ("export (CSV)", lambda: write_folder(Path(folder) / "out", "csv")),
                ]
                for name, step in steps:
                    self.stderr.write(f"  {name}…")
                    started = time.perf_counter()
                    outcome = step()
                    elapsed = time.perf_counter() - started
                    counts = getattr(outcome, "counts", None)
                    results.append((name, rows, elapsed, peak_memory_mb(), counts))
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
        self.print_table(results)

    def build_site(self):
        build_benchmark_site()
        editors, _coordinators, _workflow = ensure_roles()
        partner = Partner.objects.create(
            name="Benchmark partner", slug="bench", country="ES"
        )
        user = get_user_model().objects.create_user("bench-editor")
        user.groups.add(editors)
        PartnerMembership.objects.create(user=user, partner=partner)
        return user

    def write_file(self, path, rows):
        rng = new_rng()
        kinds = list(
            Kind.objects.filter(
                applies_to="practice", locale__language_code="en"
            ).values_list("slug", flat=True)
        )
        themes = list(
            Theme.objects.filter(locale__language_code="en").values_list(
                "slug", flat=True
            )
        )
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, COLUMN_NAMES)
            writer.writeheader()
            for number in range(rows):
                title, summary, body = entry_text(rng, "en")
                writer.writerow(
                    {
                        "external_id": f"BENCH-{number:05d}",
                        "type": "practice",
                        "title": f"{title} ({number})",
                        "summary": summary,
                        "body": f"## What happens\n\n{body}\n\n- Weekly\n- In groups",
                        "kind": rng.choice(kinds),
                        "level": rng.choice(["local", "national", "european"]),
                        "stage": rng.choice(["prevention", "intervention"]),
                        "countries": "; ".join(rng.sample(COUNTRIES, 2)),
                        "themes": "; ".join(rng.sample(themes, 2)),
                        "organisation": "Benchmark school network",
                        "funding": "erasmus-plus",
                        "year_started": str(2015 + number % 10),
                        "origin": "partner-project",
                    }
                )
        return path

    def print_table(self, results):
        self.stdout.write("")
        self.stdout.write(f"Bulk import on {connection.vendor}")
        header = f"{'step':<26} {'rows':>6} {'seconds':>9} {'rows/s':>8} {'peak MB':>8}"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for name, rows, elapsed, memory, _counts in results:
            rate = rows / elapsed
            self.stdout.write(
                f"{name:<26} {rows:>6} {elapsed:>9.1f} {rate:>8.0f} {memory:>8.0f}"
            )
