"""A real Celery worker, on the broker in CELERY_BROKER_URL, runs the import and the
extraction it triggers, exactly as in production."""

import os
import time

import pytest
from celery.contrib.testing.worker import start_worker

from factcheck.celery import app
from sources.models import Article
from sources.tasks import path_import
from tests.conftest import require_service

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def _broker_answers(url: str) -> bool:
    try:
        with app.connection_for_write(url) as connection:
            connection.ensure_connection(max_retries=1, timeout=2)
        return True
    except Exception:  # any failure to connect means: no broker here
        return False


@pytest.fixture
def worker():
    url = os.environ.get("CELERY_BROKER_URL", "")
    require_service(bool(url), "no broker: set CELERY_BROKER_URL=redis://127.0.0.1:6379/15 to run a real worker")
    require_service(_broker_answers(url), f"the broker at {url} does not answer")
    app.conf.task_always_eager = False
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
            yield
    finally:
        app.conf.task_always_eager = True


def _wait_for(predicate, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_a_worker_imports_an_enqueued_file_and_extracts_its_statements(worker, samples):
    path_import.delay(str(samples / "01_harbour_bridge.txt"), None)
    assert _wait_for(lambda: Article.objects.filter(source_file="01_harbour_bridge.txt").exists())
    article = Article.objects.get(source_file="01_harbour_bridge.txt")
    assert _wait_for(lambda: article.statements.filter(speaker__name="Dana Okafor").exists())
