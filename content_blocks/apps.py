from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentBlocksConfig(AppConfig):
    name = "content_blocks"
    verbose_name = _("Content blocks")
