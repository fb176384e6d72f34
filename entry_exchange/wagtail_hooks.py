"""Admin wiring for importing and exporting entries."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class ExchangeMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_exchange(request.user)


@hooks.register("register_admin_urls")
def exchange_urls():
    return [
        path("entries/import/", admin_views.start, name="entry_exchange_start"),
        path(
            "entries/import/<int:upload_id>/",
            admin_views.upload_view,
            name="entry_exchange_upload",
        ),
        path(
            "entries/import/<int:upload_id>/confirm/",
            admin_views.confirm,
            name="entry_exchange_confirm",
        ),
        path(
            "entries/import/template.xlsx",
            admin_views.template,
            name="entry_exchange_template",
        ),
        path(
            "entries/export/<slug:file_format>/",
            admin_views.export,
            name="entry_exchange_export",
        ),
    ]


@hooks.register("register_admin_menu_item")
def exchange_menu_item():
    return ExchangeMenuItem(
        _("Import and export"),
        reverse("entry_exchange_start"),
        name="entry-exchange",
        icon_name="upload",
        order=340,
    )


@hooks.register("register_log_actions")
def exchange_log_actions(actions):
    actions.register_action(
        "entry_exchange.import",
        _("Import entry"),
        _("Created or updated from an imported file"),
    )
