"""Importing article files: every file ends up stored completely, recognised as
unchanged, or quarantined with a reason a person can act on. Never half-written."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string

from sources.ingest import ParsedDocument, UnreadableDocument, check_file_size, parse_document
from sources.models import Article, ImportRun, QuarantinedFile
from sources.services.actors import outlet_resolve

logger = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.json"
IMPORTED, UPDATED, UNCHANGED, QUARANTINED, MISSING = "imported", "updated", "unchanged", "quarantined", "missing"


@dataclass(frozen=True)
class ImportOutcome:
    result: str  # imported, updated, unchanged, quarantined or missing
    source_file: str
    article_id: int | None = None
    reason: str = ""


def import_run_start(*, trigger: str) -> ImportRun:
    return ImportRun.objects.create(trigger=trigger)


def import_run_finish(*, run: ImportRun) -> ImportRun:
    ImportRun.objects.filter(pk=run.pk).update(finished_at=timezone.now())
    run.refresh_from_db()
    return run


def article_import_file(*, path: Path, run: ImportRun | None = None, identity: str | None = None) -> ImportOutcome:
    """Import one file from disk, with its sidecar NAME.meta.json when one lies beside it."""
    try:
        size = path.stat().st_size
        check_file_size(size, settings.FACTCHECK_MAX_FILE_BYTES)  # refused before it is read into memory
        data = path.read_bytes()
        sidecar_file = sidecar_for(path)
        sidecar = sidecar_file.read_bytes() if sidecar_file else None
    except FileNotFoundError:
        return _missing(path.name, run, "the file disappeared before it could be read; nothing was imported")
    except IsADirectoryError:
        return _missing(path.name, run, "a directory where a file was expected; nothing was imported")
    except UnreadableDocument as exc:
        return quarantine_record(name=path.name, data=b"", run=run, stored_path=str(path), reason=exc.reason,
                                 size=size)
    except PermissionError:
        reason = "the file cannot be read (permission denied); make it readable and import it again"
        return quarantine_record(name=path.name, data=b"", run=run, stored_path=str(path), reason=reason)
    return article_import(name=path.name, data=data, sidecar=sidecar, identity=identity, run=run, stored_path=str(path))


def sidecar_for(path: Path) -> Path | None:
    """The metadata sidecar of an article file: NAME.meta.json, or FILE.meta.json."""
    for candidate in (path.with_suffix(SIDECAR_SUFFIX), path.with_name(path.name + SIDECAR_SUFFIX)):
        if candidate != path and candidate.is_file():
            return candidate
    return None


def is_article_name(name: str) -> bool:
    """Whether a file of this name in a folder is an article to import: not hidden, not a sidecar."""
    return not name.startswith(".") and not name.endswith(SIDECAR_SUFFIX)


def article_import(
    *,
    name: str,
    data: bytes,
    sidecar: bytes | None = None,
    identity: str | None = None,
    run: ImportRun | None = None,
    stored_path: str = "",
) -> ImportOutcome:
    """Import one document's bytes. Re-importing the same text changes nothing; new text
    under a known identity (URL, sidecar id, else file name) becomes a new version."""
    source_hash = _source_hash(data, sidecar)
    known = _known_source(source_hash)
    if known is not None:
        return _unchanged(known, name, run)
    try:
        doc = parse_document(name=name, data=data, sidecar=sidecar, max_bytes=settings.FACTCHECK_MAX_FILE_BYTES)
    except UnreadableDocument as exc:
        return quarantine_record(name=name, data=data, run=run, stored_path=stored_path, reason=exc.reason)
    digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    identity = identity or doc.external_id or doc.url.value or name
    try:
        return _store(doc=doc, name=name, identity=identity, digest=digest, source_hash=source_hash, run=run)
    except IntegrityError:
        # Another worker stored the same text (or a version of the same identity)
        # between our check and our insert; its row stands, ours rolled back whole.
        existing = Article.objects.filter(content_hash=digest).values_list("pk", flat=True).first()
        if existing is None:
            raise
        return _unchanged(existing, name, run)


def _known_source(source_hash: str) -> int | None:
    """The article already imported from exactly these bytes. The common case on a
    rescan, so it is answered before parsing, with a plain indexed query: building it
    through the ORM costs several times the query itself (bench/import.py)."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM {Article._meta.db_table} WHERE source_hash = %s LIMIT 1", [source_hash])
        row = cursor.fetchone()
    return row[0] if row else None


def _source_hash(data: bytes, sidecar: bytes | None) -> str:
    digest = hashlib.sha256(data)
    if sidecar is not None:
        digest.update(b"\0sidecar\0" + sidecar)
    return digest.hexdigest()


def _store(
    *, doc: ParsedDocument, name: str, identity: str, digest: str, source_hash: str, run: ImportRun | None
) -> ImportOutcome:
    with transaction.atomic(durable=True):
        existing = Article.objects.filter(content_hash=digest).values_list("pk", flat=True).first()
        if existing is not None:
            return _unchanged(existing, name, run)
        previous = Article.objects.select_for_update().filter(identity=identity, is_current=True).first()
        if previous is not None:
            Article.objects.filter(pk=previous.pk).update(is_current=False)
        article = _article_create(doc=doc, name=name, identity=identity, digest=digest, source_hash=source_hash,
                                  run=run, previous=previous)
        result = UPDATED if previous else IMPORTED
        _count(run, result)
        transaction.on_commit(partial(_announce, article.pk), robust=True)
    return ImportOutcome(result, name, article.pk)


def _article_create(*, doc, name, identity, digest, source_hash, run, previous) -> Article:
    outlet = outlet_resolve(name=doc.outlet.value) if doc.outlet.value else None
    return Article.objects.create(
        identity=identity[:500],
        source_file=name[:500],
        outlet=outlet,
        title=(doc.title.value or "")[:500],
        byline=(doc.byline.value or "")[:300],
        published=doc.published_date,
        language=(doc.language.value or "")[:16],
        url=(doc.url.value or "")[:1000],
        format=doc.format,
        encoding=doc.encoding,
        text=doc.text,
        raw=doc.raw,
        excluded=[[r.start, r.end, r.kind] for r in doc.excluded],
        metadata=doc.metadata(),
        content_hash=digest,
        source_hash=source_hash,
        version=previous.version + 1 if previous else 1,
        previous=previous,
        import_run=run,
    )


def _announce(article_id: int) -> None:
    """Hand a committed article to whatever processes it next (extraction), by the
    task path in settings: sources must not import claims."""
    if settings.FACTCHECK_ON_ARTICLE_IMPORTED:
        import_string(settings.FACTCHECK_ON_ARTICLE_IMPORTED).delay(article_id)


def quarantine_record(
    *, name: str, data: bytes, run: ImportRun | None, stored_path: str, reason: str, size: int | None = None
) -> ImportOutcome:
    """Record why a file could not become an article. ``size`` is given when the file
    was refused unread (too large), so ``data`` is empty and carries no hash."""
    with transaction.atomic(durable=True):
        QuarantinedFile.objects.create(
            import_run=run,
            source_file=name[:500],
            stored_path=stored_path[:1000],
            reason=reason,
            size=len(data) if size is None else size,
            sha256=hashlib.sha256(data).hexdigest() if data else "",
        )
        _count(run, QUARANTINED)
    logger.warning("quarantined %s: %s", name, reason)
    return ImportOutcome(QUARANTINED, name, reason=reason)


def _missing(name: str, run: ImportRun | None, reason: str) -> ImportOutcome:
    if run is not None:
        with transaction.atomic():
            locked = ImportRun.objects.select_for_update().get(pk=run.pk)
            locked.errors = [*locked.errors, {"file": name, "error": reason}]
            locked.files_seen += 1
            locked.save(update_fields=["errors", "files_seen"])
    logger.warning("skipped %s: %s", name, reason)
    return ImportOutcome(MISSING, name, reason=reason)


def _unchanged(article_id: int, name: str, run: ImportRun | None) -> ImportOutcome:
    _count(run, UNCHANGED)
    return ImportOutcome(UNCHANGED, name, article_id)


def _count(run: ImportRun | None, result: str) -> None:
    if run is not None:
        ImportRun.objects.filter(pk=run.pk).update(**{result: F(result) + 1, "files_seen": F("files_seen") + 1})


CORRECTABLE = ("title", "byline", "published", "language", "url", "outlet")


def article_correct_metadata(*, article_id: int, user, **values) -> Article:
    """An editor corrects detected metadata; each corrected field then says so
    (method "editor", with who), so no one mistakes it for a detection."""
    unknown = set(values) - set(CORRECTABLE)
    if unknown:
        raise ValueError(f"not metadata an editor can correct: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        metadata = dict(article.metadata)
        for field, value in values.items():
            if field == "outlet":
                article.outlet = outlet_resolve(name=value) if value else None
            else:
                setattr(article, field, value if value is not None else "")
            shown = value.isoformat() if hasattr(value, "isoformat") else value
            metadata[field] = {"value": shown or None, "method": "editor", "by": user.get_username()}
        article.metadata = metadata
        article.save(update_fields=[*(f for f in values if f != "outlet"), *(["outlet"] if "outlet" in values else []),
                                    "metadata"])
    return article
