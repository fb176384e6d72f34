from django.core.management.base import BaseCommand

from multilingual.locales import sync_locales


class Command(BaseCommand):
    help = (
        "Create a locale for every language in LANGUAGES, each kept in sync "
        "with the English page tree. Safe to run again."
    )

    def handle(self, *args, **options):
        created = sync_locales()
        self.stdout.write(
            f"Locales created: {', '.join(created)}." if created else "Locales ready."
        )
