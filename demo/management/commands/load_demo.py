"""Load the demo site: page tree, partners, entries, pictures and accounts."""

from django.core.management.base import BaseCommand

from demo.loader import DEMO_PASSWORD, DemoLoader


class Command(BaseCommand):
    help = (
        "Build the demo site (home page, listings, information pages, 40+ "
        "practices, 25 resources, partners) and demo accounts. Running it "
        "again adds only what is missing."
    )

    def handle(self, *args, **options):
        loader = DemoLoader(stdout=self.stdout)
        accounts = loader.load()
        created = loader.created
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {created['pages']} pages, "
                f"{created['images']} images, {created['documents']} documents, "
                f"{created['partners']} partners and {created['translations']} "
                "translated entries created."
            )
        )
        self.stdout.write("Sign in at /admin/ with one of these demo accounts:")
        for username, group, partner in accounts:
            self.stdout.write(
                f"  {username:<12} password {DEMO_PASSWORD}  ({group}, {partner})"
            )
