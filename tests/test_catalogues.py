"""Every interface catalogue is complete, and every catalogue compiles."""

import subprocess
from pathlib import Path

import polib
import pytest

LOCALES = Path(__file__).resolve().parent.parent / "locales"
CATALOGUES = sorted(LOCALES.glob("*/LC_MESSAGES/django.po"))


def test_there_are_catalogues():
    assert CATALOGUES, f"No catalogue under {LOCALES}"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_is_complete_and_valid(path):
    catalogue = polib.pofile(str(path))

    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"{path.parts[-3]}: untranslated {untranslated[:5]}"
    assert fuzzy == [], f"{path.parts[-3]}: fuzzy {fuzzy[:5]}"
    check = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
