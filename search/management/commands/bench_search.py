"""Measure search latency on generated entries; prints a table.

    python manage.py bench_search [--sizes 1000,10000] [--runs 40] [--keep]

It works in a throw-away test database on the configured database server
(SQLite or PostgreSQL), never in the site's own data. With SEARCH_URL or
SEARCH_TEST_URL set, the same measurements run on the search engine too.
Generating 10,000 entries takes minutes; ``--keep`` leaves the database (and
the engine's benchmark indexes) in place for the next run with ``--keep``,
which then only adds what is missing.
"""

import os
import statistics
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.http import QueryDict
from django.test.utils import override_settings
from django.utils import timezone, translation
from wagtail.models import Locale

from practices.models import (
    EntryCountry,
    Kind,
    PracticeIndexPage,
    PracticePage,
    Theme,
)
from search.backends.resilience import find_entries
from search.benchmark import (
    COUNTRIES,
    QUERIES,
    build_benchmark_site,
    entry_text,
    new_rng,
)
from search.languages import backends_setting
from search.query import MAX_MATCHES, EntrySearch

LANGUAGES = ["en", "es", "de"]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Measure search latency (p50, p95) on 1,000 and 10,000 generated entries."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default="1000,10000")
        parser.add_argument("--runs", type=int, default=40)
        parser.add_argument(
            "--keep",
            action="store_true",
            help="Keep the generated entries for the next run with --keep.",
        )

    def handle(self, *args, sizes, runs, keep, **options):
        try:
            self.sizes = sorted(int(size) for size in sizes.split(","))
        except ValueError as error:
            raise CommandError("--sizes takes numbers such as 1000,10000") from error
        self.runs = runs
        self.engine_url = settings.SEARCH_URL or os.environ.get("SEARCH_TEST_URL", "")
        self.rng = new_rng()
        database_only = backends_setting([code for code, _ in settings.LANGUAGES])
        database_only["default"]["AUTO_UPDATE"] = False
        old_name = connection.settings_dict["NAME"]
        # A name of its own, so that a kept benchmark database and the test
        # suite's database never replace each other.
        connection.settings_dict["TEST"]["NAME"] = (
            f"{old_name}.bench" if connection.vendor == "sqlite" else "bench_practices"
        )
        self.stderr.write("Creating a throw-away database for the benchmark…")
        connection.creation.create_test_db(
            verbosity=0, autoclobber=True, serialize=False, keepdb=keep
        )
        rows = []
        try:
            with override_settings(WAGTAILSEARCH_BACKENDS=database_only, SEARCH_URL=""):
                self.build_site(reuse=keep)
            for size in self.sizes:
                if self.created > size:
                    self.stderr.write(
                        f"Skipping {size}: the kept database already holds "
                        f"{self.created} entries."
                    )
                    continue
                with override_settings(
                    WAGTAILSEARCH_BACKENDS=database_only, SEARCH_URL=""
                ):
                    added = self.add_entries(size)
                if added or not keep:
                    self.update_indexes(size)
                self.analyze()
                with override_settings(
                    WAGTAILSEARCH_BACKENDS=backends_setting(LANGUAGES), SEARCH_URL=""
                ):
                    rows += self.measure(f"database ({connection.vendor})", size)
                if self.engine_url:
                    with override_settings(**self.engine_settings()):
                        rows += self.measure("engine (OpenSearch)", size)
        finally:
            if not keep:
                connection.creation.destroy_test_db(old_name, verbosity=0)
        self.print_table(rows)

    def engine_settings(self):
        engine = backends_setting(
            LANGUAGES, url=self.engine_url, prefix="bench_", timeout=10
        )
        return {"WAGTAILSEARCH_BACKENDS": engine, "SEARCH_URL": self.engine_url}

    def update_indexes(self, size):
        database_only = backends_setting([code for code, _ in settings.LANGUAGES])
        database_only["default"]["AUTO_UPDATE"] = False
        with override_settings(WAGTAILSEARCH_BACKENDS=database_only, SEARCH_URL=""):
            started = time.perf_counter()
            call_command("update_index", backend_name="default", verbosity=0)
            self.stderr.write(
                f"  database index of {size} entries: "
                f"{time.perf_counter() - started:.1f} s"
            )
        if self.engine_url:
            with override_settings(**self.engine_settings()):
                started = time.perf_counter()
                call_command("update_index", verbosity=0)
                self.stderr.write(
                    f"  engine index of {size} entries: "
                    f"{time.perf_counter() - started:.1f} s"
                )

    def analyze(self):
        """Fresh planner statistics, as autovacuum keeps them on a live site;
        right after a bulk insert PostgreSQL would plan for empty tables."""
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def build_site(self, reuse=False):
        existing = PracticeIndexPage.objects.filter(
            slug="p", locale__language_code="en"
        )
        index = existing.first() if reuse else None
        if index is None:
            index = build_benchmark_site()
        self.indexes = {
            code: index.get_translation(Locale.objects.get(language_code=code))
            for code in LANGUAGES
        }
        self.kinds = {
            code: list(Kind.objects.filter(locale=i.locale, applies_to="practice"))
            for code, i in self.indexes.items()
        }
        self.themes = {
            code: list(Theme.objects.filter(locale=i.locale))
            for code, i in self.indexes.items()
        }
        self.created = PracticePage.objects.count()

    def add_entries(self, size):
        """Add generated entries up to ``size``; returns how many were added."""
        if self.created >= size:
            return 0
        before = self.created
        self.stderr.write(f"Adding entries up to {size}…")
        started = time.perf_counter()
        now = timezone.now()
        while self.created < size:
            code = LANGUAGES[self.created % len(LANGUAGES)]
            title, summary, body = entry_text(self.rng, code)
            page = PracticePage(
                title=title,
                slug=f"entry-{self.created}",
                summary=summary,
                body=[("paragraph", f"<p>{body}</p>")],
                kind=self.rng.choice(self.kinds[code]),
                level=self.rng.choice(["local", "national", "european"]),
                stage=self.rng.choice(["prevention", "intervention", "compensation"]),
                organisation="Benchmark school network",
                funding="erasmus-plus",
                year_started=2015 + self.created % 10,
                origin="partner-project",
                live=True,
                first_published_at=now - timezone.timedelta(minutes=self.created),
            )
            page.countries = [EntryCountry(country=self.rng.choice(COUNTRIES))]
            page.themes = self.rng.sample(self.themes[code], 2)
            self.indexes[code].add_child(instance=page)
            self.created += 1
        self.stderr.write(f"  {size} entries in {time.perf_counter() - started:.0f} s")
        return self.created - before

    def measure(self, backend, size):
        cases = {
            "search (ids only)": lambda code, q: find_entries(
                PracticePage.objects.live().filter(locale=self.locale(code)),
                q,
                MAX_MATCHES,
            ),
            "search page (facets, 1st page)": lambda code, q: self.page(code, f"q={q}"),
            "filtered search page": lambda code, q: self.page(
                code,
                f"q={q}&country={COUNTRIES[0]}&country={COUNTRIES[4]}"
                f"&level=local&stage=prevention",
            ),
            "facet counts, no query": lambda code, q: self.page(
                code, f"country={COUNTRIES[2]}&level=national"
            ),
        }
        rows = []
        for name, case in cases.items():
            timings = []
            for run in range(self.runs + 3):
                code = LANGUAGES[run % len(LANGUAGES)]
                query = QUERIES[code][run % len(QUERIES[code])]
                with translation.override(code):
                    started = time.perf_counter()
                    case(code, query)
                    elapsed = (time.perf_counter() - started) * 1000
                if run >= 3:  # the first runs warm caches
                    timings.append(elapsed)
            rows.append(
                (
                    backend,
                    size,
                    name,
                    statistics.median(timings),
                    percentile(timings, 0.95),
                )
            )
        return rows

    def locale(self, code):
        return self.indexes[code].locale

    def page(self, code, query_string):
        return EntrySearch(self.locale(code), QueryDict(query_string)).run()

    def print_table(self, rows):
        header = (
            f"{'backend':<22} {'entries':>8}  {'measure':<32} "
            f"{'p50 ms':>8} {'p95 ms':>8}"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for backend, size, name, p50, p95 in rows:
            self.stdout.write(
                f"{backend:<22} {size:>8}  {name:<32} {p50:>8.1f} {p95:>8.1f}"
            )
