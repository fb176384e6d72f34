from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MultilingualConfig(AppConfig):
    name = "multilingual"
    verbose_name = _("Languages")

    def ready(self):
        from wagtail.signals import page_published

        from .synchronised_trees import add_aliases_in_synchronised_locales

        page_published.connect(
            add_aliases_in_synchronised_locales,
            dispatch_uid="multilingual_add_aliases",
        )
