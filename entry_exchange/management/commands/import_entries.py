"""Import a file of entries.

python manage.py import_entries FILE [--partner P] [--user U]
                                     [--dry-run] [--publish]
"""

import tempfile

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from editorial.models import PartnerMembership
from editorial.roles import COORDINATORS
from practices.models import Partner

from ...importer import EntryImport, ImportRefused
from ...report import text_lines


class Command(BaseCommand):
    help = (
        "Check an exchange file (CSV, XLSX, JSON, or a ZIP with its files) and "
        "import its entries as drafts sent for review, all or none."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--partner", help="Slug or name of the contributing partner."
        )
        parser.add_argument(
            "--user",
            help="Username that imports (default: the partner's first editor, "
            "or the first coordinator).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and report; save nothing."
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish at once instead of sending for review (coordinators only).",
        )

    def handle(self, *args, **options):
        partner = self.partner(options["partner"])
        user = self.user(options["user"], partner)
        with tempfile.TemporaryDirectory(prefix="import-") as unpack_dir:
            try:
                entry_import = EntryImport(
                    options["file"],
                    user,
                    partner=partner,
                    publish=options["publish"],
                    unpack_dir=unpack_dir,
                )
            except ImportRefused as refusal:
                raise CommandError(refusal.message) from refusal
            report = entry_import.run(dry_run=options["dry_run"])
        for line in text_lines(report):
            self.stdout.write(line)
        if not report.ok:
            raise CommandError("Nothing was imported: fix the problems above.")
        if report.applied:
            self.stdout.write(self.style.SUCCESS("Imported."))
        else:
            self.stdout.write("Dry run: nothing was saved.")

    def partner(self, name):
        if not name:
            return None
        partner = Partner.objects.filter(Q(slug=name) | Q(name__iexact=name)).first()
        if partner is None:
            raise CommandError(f"There is no partner “{name}”.")
        return partner

    def user(self, username, partner):
        User = get_user_model()
        if username:
            user = User.objects.filter(username=username, is_active=True).first()
            if user is None:
                raise CommandError(f"There is no active user “{username}”.")
            return user
        membership = (
            PartnerMembership.objects.filter(partner=partner, user__is_active=True)
            .order_by("user__username")
            .first()
            if partner
            else None
        )
        if membership is not None:
            return membership.user
        user = (
            User.objects.filter(groups__name=COORDINATORS, is_active=True)
            .order_by("username")
            .first()
        )
        if user is None:
            raise CommandError("Name the importing account with --user.")
        return user
