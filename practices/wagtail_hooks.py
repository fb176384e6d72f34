"""Admin menus for the taxonomies and partners that coordinators manage."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import EducationLevel, Kind, LearnerGroup, Partner, TargetGroup, Theme


class TermViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class KindViewSet(TermViewSet):
    model = Kind
    icon = "tag"
    list_display = ["name", "slug", "applies_to", "sort_order"]
    list_filter = ["applies_to"]


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "tag"


class EducationLevelViewSet(TermViewSet):
    model = EducationLevel
    icon = "tag"


class TargetGroupViewSet(TermViewSet):
    model = TargetGroup
    icon = "tag"


class LearnerGroupViewSet(TermViewSet):
    model = LearnerGroup
    icon = "tag"


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomies")
    menu_icon = "tag"
    menu_order = 300
    items = [
        KindViewSet,
        ThemeViewSet,
        EducationLevelViewSet,
        TargetGroupViewSet,
        LearnerGroupViewSet,
    ]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "country", "website"]
    search_fields = ["name"]


register_snippet(TaxonomyGroup)
register_snippet(PartnerViewSet)
