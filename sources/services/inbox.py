"""The inbox folder: files land there, are imported one by one, and leave it only
after their import has committed, so a lost task loses nothing (the next scan finds
the file again)."""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings

from sources.models import ImportRun
from sources.services.imports import QUARANTINED, ImportOutcome, quarantine_record, article_import_file, is_sidecar, sidecar_for

PROCESSED, QUARANTINE = "processed", "quarantine"


def inbox_path() -> Path:
    inbox = Path(settings.FACTCHECK_INBOX)
    for sub in ("", PROCESSED, QUARANTINE):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    return inbox


def inbox_pending(*, inbox: Path) -> list[str]:
    """Names of the article files waiting in the inbox, oldest first."""
    entries = [e for e in os.scandir(inbox) if not e.name.startswith(".") and not is_sidecar(Path(e.name))]
    files = [e for e in entries if e.is_file(follow_symlinks=True) or e.is_symlink()]
    return [e.name for e in sorted(files, key=lambda e: (e.stat(follow_symlinks=False).st_mtime, e.name))]


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
    _move(path, target)
    if sidecar:
        _move(sidecar, target)
    if outcome.result == QUARANTINED:
        (target / f"{path.name}.reason.txt").write_text(outcome.reason + "\n", encoding="utf-8")


def _move(path: Path, folder: Path) -> None:
    # A file of the same name processed earlier is kept: the newcomer gets a suffix.
    destination = folder / path.name
    n = 1
    while destination.exists() or destination.is_symlink():
        destination = folder / f"{path.stem}.{n}{path.suffix}"
        n += 1
    os.replace(path, destination)
