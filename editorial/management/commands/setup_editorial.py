from django.core.management.base import BaseCommand

from editorial.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create or complete the Partner editors and Coordinators groups, their "
        "permissions and the 'Review and approval' workflow. Safe to run again."
    )

    def handle(self, *args, **options):
        editors, coordinators, workflow = ensure_roles()
        indexes = workflow.workflow_pages.count()
        self.stdout.write(
            f"Groups '{editors.name}' and '{coordinators.name}' are ready; "
            f"workflow '{workflow.name}' covers {indexes} entry indexes."
        )
