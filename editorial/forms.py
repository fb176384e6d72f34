"""The entry edit form: the contributing partner follows the author."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .models import partner_of
from .roles import is_coordinator


class EntryPageForm(WagtailAdminPageForm):
    """Partner editors cannot pick the contributing partner.

    A new entry gets the author's own partner, and an existing one keeps the
    partner it has, so a reviewer from another organisation who edits during
    the review does not take the entry over. Coordinators choose freely.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("partner")
        if field is None or is_coordinator(self.for_user):
            return
        field.disabled = True
        field.help_text = _("Set from the organisation of the author.")
        if self.instance.pk is None:
            own_partner = partner_of(self.for_user)
            self.initial["partner"] = own_partner.pk if own_partner else None
