"""python manage.py export_entries FOLDER [--format xlsx] [--partner P] [--zip]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from practices.models import Partner

from ...exporter import FORMATS, write_folder, zip_bytes


class Command(BaseCommand):
    help = (
        "Write every entry of the source language in the exchange format, with "
        "its pictures and documents under files/, ready to import again."
    )

    def add_arguments(self, parser):
        parser.add_argument("target", help="A folder, or a .zip file with --zip.")
        parser.add_argument("--format", choices=FORMATS, default="xlsx")
        parser.add_argument("--partner", help="Only this partner's entries.")
        parser.add_argument(
            "--zip", action="store_true", help="Write one ZIP file instead."
        )

    def handle(self, *args, **options):
        partner = None
        if options["partner"]:
            name = options["partner"]
            partner = Partner.objects.filter(
                Q(slug=name) | Q(name__iexact=name)
            ).first()
            if partner is None:
                raise CommandError(f"There is no partner “{name}”.")
        target = Path(options["target"])
        if options["zip"]:
            content, count = zip_bytes(options["format"], partner)
            target.write_bytes(content)
            self.stdout.write(f"Wrote {count} entries to {target}.")
            return
        path, count, files = write_folder(target, options["format"], partner)
        self.stdout.write(f"Wrote {count} entries to {path}, and {files} files.")
