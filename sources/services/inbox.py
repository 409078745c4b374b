"""The inbox folder: files land there, are imported one by one, and leave it only
after their import has committed, so a lost task loses nothing: the next scan finds
the file again."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from sources.models import ImportRun, InboxItem, QuarantinedFile
from sources.services.imports import (
    QUARANTINED,
    ImportOutcome,
    article_import_file,
    import_run_start,
    is_article_name,
    quarantine_record,
    sidecar_for,
)

PROCESSED, QUARANTINE = "processed", "quarantine"


def inbox_path() -> Path:
    inbox = Path(settings.FACTCHECK_INBOX)
    for sub in ("", PROCESSED, QUARANTINE):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    return inbox


def inbox_pending(*, inbox: Path) -> list[str]:
    """Names of the article files waiting in the inbox, oldest first."""
    entries = [e for e in os.scandir(inbox) if is_article_name(e.name)]
    files = [e for e in entries if e.is_symlink() or e.is_file()]
    return [e.name for e in sorted(files, key=lambda e: (e.stat(follow_symlinks=False).st_mtime, e.name))]


def inbox_scan(*, trigger: str = ImportRun.Trigger.SCHEDULE) -> list[int]:
    """Record every waiting file as an inbox item and return the ids to queue: new
    files, and files whose earlier task was lost or whose worker died (lease over)."""
    names = inbox_pending(inbox=inbox_path())
    if not names:
        return []
    run = import_run_start(trigger=trigger)
    new = [item.pk for name in names if (item := _item_open(name, run))]
    return new + _stale_items(exclude=new)


def _item_open(name: str, run: ImportRun) -> InboxItem | None:
    try:
        with transaction.atomic():
            return InboxItem.objects.create(name=name, import_run=run)
    except IntegrityError:
        return None  # already open: queued earlier, or being imported now


def _stale_items(*, exclude: list[int]) -> list[int]:
    expired = timezone.now() - timedelta(seconds=settings.FACTCHECK_IMPORT_LEASE_SECONDS)
    stale = InboxItem.objects.exclude(state=InboxItem.State.DONE).exclude(pk__in=exclude).filter(
        Q(claimed_at__lt=expired) | Q(claimed_at__isnull=True, seen_at__lt=expired)
    )
    return list(stale.values_list("pk", flat=True))


def inbox_item_claim(*, item_id: int, claimant: str) -> bool:
    """Take the item for this task with one conditional UPDATE: true for exactly one
    claimant at a time. A redelivered task (same id) may take back its own claim."""
    expired = timezone.now() - timedelta(seconds=settings.FACTCHECK_IMPORT_LEASE_SECONDS)
    claimable = Q(state=InboxItem.State.PENDING) | Q(claimed_by=claimant) | Q(claimed_at__lt=expired)
    claimed = (
        InboxItem.objects.filter(pk=item_id)
        .exclude(state=InboxItem.State.DONE)
        .filter(claimable)
        .update(state=InboxItem.State.IMPORTING, claimed_at=timezone.now(), claimed_by=claimant[:200],
                attempts=F("attempts") + 1)
    )
    return claimed == 1


def inbox_item_import(*, item_id: int, claimant: str) -> ImportOutcome | None:
    """Import a claimed inbox item's file and move it out; None when another worker holds it."""
    if not inbox_item_claim(item_id=item_id, claimant=claimant):
        return None
    item = InboxItem.objects.select_related("import_run").get(pk=item_id)
    outcome = inbox_import(name=item.name, run=item.import_run)
    InboxItem.objects.filter(pk=item_id).update(state=InboxItem.State.DONE, finished_at=timezone.now(),
                                                result=outcome.result)
    _finish_run_when_done(item.import_run_id)
    return outcome


def _finish_run_when_done(run_id: int | None) -> None:
    if run_id and not InboxItem.objects.filter(import_run_id=run_id).exclude(state=InboxItem.State.DONE).exists():
        ImportRun.objects.filter(pk=run_id, finished_at__isnull=True).update(finished_at=timezone.now())


def inbox_import(*, name: str, run: ImportRun | None = None) -> ImportOutcome:
    """Import one inbox file by name, then move it (and its sidecar) out of the inbox."""
    inbox = inbox_path()
    path = inbox / name
    if path.is_symlink() and not _inside(path.resolve(), inbox.resolve()):
        outcome = quarantine_record(name=name, data=b"", run=run, stored_path=str(path), reason=(
            f"the file is a symbolic link to {os.readlink(path)}, outside the inbox; factcheck only imports "
            "files that lie in the inbox: copy the file itself into the inbox"
        ))
    else:
        outcome = article_import_file(path=path, run=run, identity=name)
    _move_out(path, inbox, outcome)
    return outcome


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _move_out(path: Path, inbox: Path, outcome: ImportOutcome) -> None:
    if not path.exists() and not path.is_symlink():
        return
    target = inbox / (QUARANTINE if outcome.result == QUARANTINED else PROCESSED)
    sidecar = sidecar_for(path)
    moved = _move(path, target)
    if sidecar:
        _move(sidecar, target)
    if outcome.result == QUARANTINED:
        (target / f"{moved.name}.reason.txt").write_text(outcome.reason + "\n", encoding="utf-8")
        QuarantinedFile.objects.filter(stored_path=str(path), resolved_at__isnull=True).update(stored_path=str(moved))


def _move(path: Path, folder: Path) -> Path:
    # A file of the same name processed earlier is kept: the newcomer gets a suffix.
    destination, n = folder / path.name, 1
    while destination.exists() or destination.is_symlink():
        destination = folder / f"{path.stem}.{n}{path.suffix}"
        n += 1
    os.replace(path, destination)
    return destination


def quarantine_retry(*, quarantined_id: int) -> str:
    """Give a quarantined file another chance, after someone fixed it or the rules:
    a file in the inbox's quarantine folder goes back into the inbox for the next scan;
    any other is imported again from where it lies. Returns what happened, in words."""
    record = QuarantinedFile.objects.get(pk=quarantined_id)
    path = Path(record.stored_path) if record.stored_path else None
    if path is None or not (path.exists() or path.is_symlink()):
        return f"{record.source_file}: the file is no longer at {record.stored_path or 'a known place'}; drop it into the inbox again"
    inbox = inbox_path()
    if path.parent == inbox / QUARANTINE:
        back = _move(path, inbox)
        (inbox / QUARANTINE / f"{path.name}.reason.txt").unlink(missing_ok=True)
        result = f"{record.source_file}: back in the inbox as {back.name}; the next scan imports it"
    else:
        result = f"{record.source_file}: {article_import_file(path=path).result}"
    QuarantinedFile.objects.filter(pk=record.pk).update(resolved_at=timezone.now(), retries=F("retries") + 1)
    return result
