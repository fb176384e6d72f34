"""Practice and resource pages, their taxonomies and the partners behind them."""

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
