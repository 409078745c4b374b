"""Celery tasks for imports: thin wrappers that take names and ids, call a service,
and own only the retry policy."""

from pathlib import Path

from celery import shared_task
from django.db import InterfaceError, OperationalError

from sources.models import ImportRun
from sources.services.imports import article_import_file, import_run_start
from sources.services.inbox import inbox_import, inbox_path, inbox_pending

# A database outage ends in retries with backoff; the file stays where it is meanwhile.
_RETRY = {
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": 2,
    "retry_backoff_max": 300,
    "max_retries": 12,
}


@shared_task(**_RETRY)
def inbox_scan() -> int:
    """Queue every file waiting in the inbox, one task each."""
    names = inbox_pending(inbox=inbox_path())
    if not names:
        return 0
    run = import_run_start(trigger=ImportRun.Trigger.SCHEDULE)
    for name in names:
        inbox_file_import.delay(name, run.pk)
    return len(names)


@shared_task(**_RETRY)
def inbox_file_import(name: str, run_id: int | None = None) -> str:
    run = ImportRun.objects.filter(pk=run_id).first() if run_id else None
    return inbox_import(name=name, run=run).result


@shared_task(**_RETRY)
def path_import(path: str, run_id: int | None = None) -> str:
    """Import a file named by absolute path (``import_articles --enqueue``)."""
    run = ImportRun.objects.filter(pk=run_id).first() if run_id else None
    return article_import_file(path=Path(path), run=run).result
