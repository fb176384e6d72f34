from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EntryExchangeConfig(AppConfig):
    name = "entry_exchange"
    verbose_name = _("Import and export of entries")
