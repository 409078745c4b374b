"""Celery tasks for imports: thin wrappers that take names and ids, call a service,
and own only the retry policy."""

from pathlib import Path

from celery import shared_task
from django.db import InterfaceError, OperationalError, transaction

from sources.models import ImportRun
from sources.services.imports import article_import_file
from sources.services.inbox import inbox_item_import
from sources.services.inbox import inbox_scan as inbox_scan_service

# A database outage ends in retries with backoff; the file stays in the inbox meanwhile.
_RETRY = {
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": 2,
    "retry_backoff_max": 300,
    "max_retries": 12,
}


@shared_task(**_RETRY)
def inbox_scan() -> int:
    """Queue every file waiting in the inbox, one task each."""
    item_ids = inbox_scan_service(trigger=ImportRun.Trigger.SCHEDULE)
    for item_id in item_ids:
        transaction.on_commit(lambda item_id=item_id: inbox_file_import.delay(item_id))
    return len(item_ids)


@shared_task(bind=True, **_RETRY)
def inbox_file_import(self, item_id: int) -> str:
    outcome = inbox_item_import(item_id=item_id, claimant=self.request.id or f"local-{item_id}")
    return outcome.result if outcome else "claimed-elsewhere"


@shared_task(**_RETRY)
def path_import(path: str, run_id: int | None = None) -> str:
    """Import a file named by absolute path (``import_articles --enqueue``)."""
    run = ImportRun.objects.filter(pk=run_id).first() if run_id else None
    return article_import_file(path=Path(path), run=run).result
