from django import template

from ..states import entry_state

register = template.Library()


@register.simple_tag
def translation_review(translation, page, user):
    """The review state of a translated page and whether ``user`` may submit it."""
    can_edit = page.permissions_for_user(user).can_edit()
    return {
        "state": entry_state(page),
        "can_submit": can_edit
        and not page.workflow_in_progress
        and page.get_workflow() is not None,
    }
