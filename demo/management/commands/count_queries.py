"""Print how many SQL queries the main public pages of the demo site take."""

import time

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from practices.models import PracticePage, ResourcePage


class Command(BaseCommand):
    help = "Measure SQL queries and time of the home, listing and detail pages."

    def handle(self, *args, **options):
        english = {"locale__language_code": "en"}
        practice = PracticePage.objects.live().filter(**english).first()
        resource = ResourcePage.objects.live().filter(**english).first()
        if practice is None or resource is None:
            self.stderr.write("Load the demo first: python manage.py load_demo")
            return
        urls = [
            ("home page", "/en/"),
            ("practice listing", "/en/practices/"),
            (
                "practice listing, 2 filters",
                "/en/practices/?theme=language-support&country=ES",
            ),
            ("practice listing, page 2", "/en/practices/?page=2"),
            ("resource listing", "/en/resources/"),
            ("practice detail", practice.url),
            ("resource detail", resource.url),
        ]
        spanish = PracticePage.objects.live().filter(
            locale__language_code="es", alias_of__isnull=True
        )
        if spanish.exists():
            urls += [
                ("home page (es)", "/es/"),
                ("practice listing (es)", "/es/practices/"),
                ("translated practice (es)", spanish.first().url),
            ]
        client = Client(HTTP_HOST="localhost")
        self.stdout.write(f"{'page':<30} {'status':>6} {'queries':>8} {'ms':>7}")
        for label, url in urls:
            client.get(url)  # Warm the per-process caches first.
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                elapsed = (time.perf_counter() - started) * 1000
            self.stdout.write(
                f"{label:<30} {response.status_code:>6} "
                f"{len(captured.captured_queries):>8} {elapsed:>7.1f}"
            )
