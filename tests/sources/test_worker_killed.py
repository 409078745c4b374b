"""A worker killed with SIGKILL in the middle of an import leaves no partial rows, and
the file is imported by the next scan once the dead worker's lease has run out."""

import os
import signal
import subprocess
import sys
import time

import psycopg
import pytest
from django.conf import settings as django_settings
from django.db import connection

from factcheck.celery import app
from sources.models import Article, ImportRun, InboxItem
from sources.services.inbox import inbox_scan
from sources.tasks import inbox_file_import
from tests.conftest import ROOT, on_postgres, require_service

pytestmark = [pytest.mark.slow, pytest.mark.celery_worker, pytest.mark.postgres,
              pytest.mark.django_db(transaction=True)]

TEXT = "Ferry strike called off\n\nThe ferry union called off Friday's strike, its leader said on Thursday.\n"


def _database_url() -> str:
    db = django_settings.DATABASES["default"]
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _worker(inbox, lease: int) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": _database_url(), "FACTCHECK_INBOX": str(inbox),
           "FACTCHECK_IMPORT_LEASE_SECONDS": str(lease), "DJANGO_SETTINGS_MODULE": "factcheck.settings.base",
           "SECRET_KEY": "test-only-not-secret"}
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "factcheck", "worker", "--pool", "solo", "--loglevel", "WARNING",
         "--without-gossip", "--without-mingle", "--without-heartbeat"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _wait(predicate, seconds=60, what="condition"):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    pytest.fail(f"timed out after {seconds} s waiting for {what}")


def _stop(worker: subprocess.Popen, sig=signal.SIGTERM) -> str:
    """Stop a worker and return what it wrote to stderr, to explain a failure."""
    if worker.poll() is None:
        worker.send_signal(sig)
    try:
        _, err = worker.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        worker.kill()
        _, err = worker.communicate()
    return err.decode(errors="replace")


def _blocked_on_lock(watch: psycopg.Connection) -> bool:
    # Its own autocommit connection: inside a transaction pg_stat_activity is a snapshot.
    row = watch.execute(
        "select count(*) from pg_stat_activity where datname = current_database() "
        "and wait_event_type = 'Lock' and pid <> pg_backend_pid()"
    ).fetchone()
    return row[0] > 0


@pytest.fixture
def broker():
    url = os.environ.get("CELERY_BROKER_URL", "")
    require_service(bool(url), "no broker: set CELERY_BROKER_URL=redis://127.0.0.1:6379/15")
    require_service(on_postgres(), "needs PostgreSQL: a worker process must share the test database")
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = True


def test_a_worker_killed_mid_import_leaves_nothing_half_written_and_the_file_is_imported_later(
    broker, inbox, settings
):
    settings.FACTCHECK_IMPORT_LEASE_SECONDS = 1
    (inbox / "strike.txt").write_text(TEXT)
    [item_id] = inbox_scan()
    run_id = InboxItem.objects.get(pk=item_id).import_run_id
    connection.close()  # the lock below must come from a connection of its own

    url = _database_url().replace("postgres://", "postgresql://")
    lock, watch = psycopg.connect(url, autocommit=False), psycopg.connect(url, autocommit=True)
    # Hold the import run's row: the worker's import blocks on it after inserting the
    # article, inside its transaction: the worst moment to die.
    lock.execute("select id from sources_importrun where id = %s for update", [run_id])
    worker = _worker(inbox, lease=1)
    try:
        inbox_file_import.delay(item_id)
        _wait(lambda: _blocked_on_lock(watch) or worker.poll() is not None,
              what="the worker to block inside its import transaction")
        assert worker.poll() is None, _stop(worker)
        _stop(worker, signal.SIGKILL)
    finally:
        lock.rollback()
        lock.close()
        watch.close()
        if worker.poll() is None:
            print(_stop(worker, signal.SIGKILL))

    assert Article.objects.count() == 0, "the killed worker's transaction must roll back whole"
    assert (inbox / "strike.txt").exists(), "the file stays in the inbox until its import commits"
    assert InboxItem.objects.get(pk=item_id).state == "importing"

    time.sleep(1.5)  # the dead worker's lease runs out
    second = _worker(inbox, lease=1)
    try:
        for requeued in inbox_scan():
            inbox_file_import.delay(requeued)
        _wait(lambda: InboxItem.objects.filter(pk=item_id, state="done").exists(), what="the re-import")
    finally:
        log = _stop(second)
    assert InboxItem.objects.get(pk=item_id).state == "done", log
    assert Article.objects.get().text == TEXT
    assert (inbox / "processed" / "strike.txt").exists()
    assert ImportRun.objects.get(pk=run_id).imported == 1
