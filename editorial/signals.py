"""Keep roles and the workflow in step with migrations and new indexes."""

from django.db.models.signals import post_migrate, post_save


def roles_after_migrate(sender, **kwargs):
    # post_migrate reaches each app in turn, so permissions of the apps after
    # this one may not exist yet; creating them first is idempotent.
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    from .roles import ensure_roles

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    ensure_roles()


def index_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from .roles import attach_entry_index

        attach_entry_index(instance)


def connect(app_config):
    from practices.models import PracticeIndexPage, ResourceIndexPage

    from . import notifications

    post_migrate.connect(
        roles_after_migrate, sender=app_config, dispatch_uid="editorial_roles"
    )
    for model in (PracticeIndexPage, ResourceIndexPage):
        post_save.connect(
            index_created,
            sender=model,
            dispatch_uid=f"editorial_attach_{model._meta.model_name}",
        )
    notifications.connect()
