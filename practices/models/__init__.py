"""Practice and resource pages, their taxonomies and the partners behind them."""

from .facets import EntryFacetValue
from .pages import (
    EntryCountry,
    EntryLanguage,
    EntryPage,
    PracticeIndexPage,
    PracticePage,
    ResourceIndexPage,
    ResourcePage,
)
from .partners import Partner
from .taxonomy import EducationLevel, Kind, LearnerGroup, TargetGroup, Theme

__all__ = [
    "EducationLevel",
    "EntryCountry",
    "EntryFacetValue",
    "EntryLanguage",
    "EntryPage",
    "Kind",
    "LearnerGroup",
    "Partner",
    "PracticeIndexPage",
    "PracticePage",
    "ResourceIndexPage",
    "ResourcePage",
    "TargetGroup",
    "Theme",
]
