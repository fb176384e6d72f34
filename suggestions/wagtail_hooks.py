from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class InboxMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_handle_suggestions(request.user)


@hooks.register("register_admin_urls")
def suggestion_urls():
    return [
        path("suggestions/", admin_views.InboxView.as_view(), name="suggestions_inbox"),
        path(
            "suggestions/results/",
            admin_views.InboxView.as_view(results_only=True),
            name="suggestions_inbox_results",
        ),
        path(
            "suggestions/<int:pk>/adopt/",
            admin_views.adopt,
            name="suggestions_adopt",
        ),
        path(
            "suggestions/<int:pk>/discard/",
            admin_views.discard,
            name="suggestions_discard",
        ),
    ]


@hooks.register("register_admin_menu_item")
def inbox_menu_item():
    return InboxMenuItem(
        _("Suggestions"),
        reverse("suggestions_inbox"),
        name="suggestions",
        icon_name="mail",
        order=330,
    )


@hooks.register("register_log_actions")
def suggestion_log_actions(actions):
    actions.register_action(
        "suggestions.receive",
        _("Receive suggestion"),
        _("Received as a stakeholder suggestion"),
    )
    actions.register_action(
        "suggestions.adopt",
        _("Adopt suggestion"),
        _("Adopted from a stakeholder suggestion"),
    )
    actions.register_action(
        "suggestions.discard",
        _("Discard suggestion"),
        _("Discarded a stakeholder suggestion"),
    )
