from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices and resources")

    def ready(self):
        from . import facet_index

        facet_index.connect()
