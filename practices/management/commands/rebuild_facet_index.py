"""Rewrite the facet index from the entries, printing progress.

Entries keep their own rows as they are saved; this is for a database filled
before the index existed, restored from a backup of only some tables, or
changed by SQL outside Django.
"""

from django.core.management.base import BaseCommand

from practices.facet_index import rebuild


class Command(BaseCommand):
    help = "Rewrite the facet values that listings and search count."

    def handle(self, *args, verbosity=1, **options):
        def progress(done, total):
            if verbosity > 1:
                self.stderr.write(f"  {done} of {total} entries")

        entries, rows = rebuild(progress=progress)
        self.stdout.write(f"Facet index rebuilt: {entries} entries, {rows} values.")
