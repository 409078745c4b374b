"""With the database down, an inbox scan retries with backoff and the files stay in
the inbox, to be imported when the database is back."""

import os
import re
import subprocess
import sys

from tests.conftest import ROOT

SCAN = """
import django
django.setup()
from celery.exceptions import Retry
from sources.tasks import inbox_scan
try:
    inbox_scan.apply()
except Retry as retry:
    print("RETRY", retry.when, type(retry.exc).__name__)
"""


def test_a_scan_during_a_database_outage_retries_with_backoff_and_loses_no_file(tmp_path):
    (tmp_path / "fares.txt").write_text("Ferry fares rise in May, the company said.\n")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings.base", "SECRET_KEY": "test-only",
           "DATABASE_URL": "postgres://postgres@127.0.0.1:1/unreachable", "FACTCHECK_INBOX": str(tmp_path)}
    env.pop("CELERY_BROKER_URL", None)  # in-process, so the retry is visible here
    result = subprocess.run([sys.executable, "-c", SCAN], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    # Backoff with jitter: the first delay is up to retry_backoff (2 s) seconds.
    assert re.fullmatch(r"RETRY [0-2] OperationalError\n", result.stdout), result.stdout + result.stderr[-2000:]
    assert (tmp_path / "fares.txt").exists()
    assert not any((tmp_path / "processed").iterdir())
