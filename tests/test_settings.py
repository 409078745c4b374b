import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _start(**env) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE"}}
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "env, names",
    [
        ({"DEBUG": "true", "DATABASE_URL": "mysql://nobody@nowhere/db"}, "DATABASE_URL"),
        ({"DEBUG": "maybe"}, "DEBUG"),
        ({"DEBUG": "true", "FACTCHECK_MAX_FILE_BYTES": "ten"}, "FACTCHECK_MAX_FILE_BYTES"),
        ({}, "SECRET_KEY is not set"),
    ],
)
def test_a_bad_setting_stops_the_start_with_a_message_naming_the_variable(env, names):
    result = _start(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and names in result.stderr


def test_with_nothing_configured_the_project_starts_on_embedded_defaults(tmp_path):
    result = _start(DEBUG="true", FACTCHECK_VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_the_models_and_migrations_agree(db):
    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
