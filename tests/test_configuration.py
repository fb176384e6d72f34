"""Configuration comes from the environment, and production insists on secrets."""

import subprocess
import sys


def run_settings(env, module):
    code = f"import {module}"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "VAR_DIR": str(tmp_path)}

    result = run_settings(env, "config.settings.production")

    assert result.returncode != 0
    assert "Set SECRET_KEY in the environment." in result.stderr


def test_database_url_chooses_the_database(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "SECRET_KEY": "x",
        "DATABASE_URL": "postgres://someone@db.example.org:5433/practices",
    }
    code = (
        "from config.settings import production as s; "
        "d = s.DATABASES['default']; print(d['ENGINE'], d['HOST'], d['PORT'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True
    )

    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "db.example.org",
        "5433",
    ]


def test_an_unknown_language_code_is_named_at_start_up(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "SECRET_KEY": "x", "LANGUAGES": "en,xx"}

    result = run_settings(env, "config.settings.production")

    assert result.returncode != 0
    assert "LANGUAGES has unknown codes: ['xx']" in result.stderr
