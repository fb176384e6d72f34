"""The two editorial roles, their permissions and the review workflow.

Everything here is idempotent: ``ensure_roles`` runs after every ``migrate``
and from ``setup_editorial``, and ``attach_entry_index`` runs whenever a
practice or resource index is created in any locale, so a new language gets
the same rules as the others without anyone remembering to set them.
"""

import logging

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import PartnerReviewTask

logger = logging.getLogger(__name__)

PARTNER_EDITORS = "Partner editors"
COORDINATORS = "Coordinators"

WORKFLOW_NAME = "Review and approval"
PARTNER_REVIEW = "Partner review"
COORDINATOR_APPROVAL = "Coordinator approval"

# Shown in the admin; the records above keep their English names so that the
# code can find them whatever language the admin is in.
ROLE_LABELS = {
    PARTNER_EDITORS: _("Partner editors"),
    COORDINATORS: _("Coordinators"),
}

# Page permissions. Partner editors get "add" on the entry indexes, which in
# Wagtail means: create pages there and edit the ones you own, but neither
# publish, unpublish nor delete anything that is live.
EDITOR_PAGE_PERMISSIONS = ["add"]
COORDINATOR_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]

COMMON_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
COORDINATOR_PERMISSIONS = [
    (app_label, f"{action}_{model}")
    for app_label, model in [
        ("practices", "kind"),
        ("practices", "theme"),
        ("practices", "educationlevel"),
        ("practices", "targetgroup"),
        ("practices", "learnergroup"),
        ("practices", "partner"),
        ("editorial", "partnermembership"),
    ]
    for action in ("add", "change", "delete")
] + [
    ("home", "change_siteidentity"),
    # Suggestions arrive from the public form; coordinators handle them.
    ("suggestions", "change_suggestion"),
    ("suggestions", "delete_suggestion"),
    # Editor's picks for key search queries.
    ("wagtailsearchpromotions", "add_searchpromotion"),
    ("wagtailsearchpromotions", "change_searchpromotion"),
    ("wagtailsearchpromotions", "delete_searchpromotion"),
]

EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]
COORDINATOR_COLLECTION_PERMISSIONS = EDITOR_COLLECTION_PERMISSIONS + [
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
]


def permissions(pairs):
    found = []
    for app_label, codename in pairs:
        try:
            found.append(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            )
        except Permission.DoesNotExist:
            # Only possible half-way through a migration run; the next
            # post_migrate call completes the set.
            logger.warning("Permission %s.%s is not there yet", app_label, codename)
    return found


def page_permission(kind):
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=f"{kind}_page"
    )


def grant_page_permissions(group, page, kinds):
    for kind in kinds:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=page_permission(kind)
        )


@transaction.atomic
def ensure_roles():
    """Create or complete the groups, their permissions and the workflow."""
    editors, _created = Group.objects.get_or_create(name=PARTNER_EDITORS)
    coordinators, _created = Group.objects.get_or_create(name=COORDINATORS)

    editors.permissions.add(*permissions(COMMON_PERMISSIONS))
    coordinators.permissions.add(
        *permissions(COMMON_PERMISSIONS + COORDINATOR_PERMISSIONS)
    )

    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for group, pairs in [
            (editors, EDITOR_COLLECTION_PERMISSIONS),
            (coordinators, COORDINATOR_COLLECTION_PERMISSIONS),
        ]:
            for permission in permissions(pairs):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )

    # Coordinators look after the whole tree in every language.
    root = Page.get_first_root_node()
    if root is not None:
        grant_page_permissions(coordinators, root, COORDINATOR_PAGE_PERMISSIONS)

    workflow = ensure_workflow(coordinators)

    from practices.models import PracticeIndexPage, ResourceIndexPage

    for model in (PracticeIndexPage, ResourceIndexPage):
        for index in model.objects.all():
            attach_entry_index(index, editors=editors, workflow=workflow)
    return editors, coordinators, workflow


def ensure_workflow(coordinators=None):
    coordinators = coordinators or Group.objects.get(name=COORDINATORS)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    review = PartnerReviewTask.objects.filter(name=PARTNER_REVIEW).first()
    if review is None:
        review = PartnerReviewTask.objects.create(name=PARTNER_REVIEW)
    approval = GroupApprovalTask.objects.filter(name=COORDINATOR_APPROVAL).first()
    if approval is None:
        approval = GroupApprovalTask.objects.create(name=COORDINATOR_APPROVAL)
    approval.groups.add(coordinators)
    for order, task in enumerate([review, approval]):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    return workflow


def attach_entry_index(index, editors=None, workflow=None):
    """Let partner editors add entries under ``index`` and send them for review."""
    editors = editors or Group.objects.filter(name=PARTNER_EDITORS).first()
    workflow = workflow or Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if editors is None or workflow is None:
        return
    grant_page_permissions(editors, index, EDITOR_PAGE_PERMISSIONS)
    WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})
    logger.debug("Entry index %s attached to the review workflow", index.pk)


def is_coordinator(user):
    if not user or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_is_coordinator"):
        user._is_coordinator = user.groups.filter(name=COORDINATORS).exists()
    return user._is_coordinator
