"""parse_document: one file's bytes to a ParsedDocument, or UnreadableDocument."""

from __future__ import annotations

import logging

from . import metadata
from .boilerplate import find_boilerplate
from .decode import check_size, decode
from .formats import extension, sniff_format
from .jsondoc import parse_cms_json
from .lines import Line, split_lines
from .outlet_clues import detect_outlet
from .outlets import outlet_from_host
from .sidecar import read_sidecar
from .types import Detected, Excluded, ParsedDocument, UnreadableDocument

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10_000_000


def parse_document(
    *, name: str, data: bytes, sidecar: bytes | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> ParsedDocument:
    """Read one article file. Raises UnreadableDocument with an operator-facing
    reason for anything that cannot become an article, and nothing else."""
    try:
        return _parse(name, data, sidecar, max_bytes)
    except UnreadableDocument:
        raise
    except Exception as exc:  # a parser bug must quarantine one file, not kill the worker
        logger.exception("unexpected error parsing %s", name)
        raise UnreadableDocument(
            f"internal error while reading the file ({type(exc).__name__}: {exc}): this is a bug in "
            "factcheck, not in the file; report it with the file attached, then retry after the fix"
        ) from exc


def _parse(name: str, data: bytes, sidecar: bytes | None, max_bytes: int | None) -> ParsedDocument:
    if extension(name) == ".meta.json":
        raise UnreadableDocument(
            "this is a sidecar metadata file: it is read together with the article of the same name "
            "(NAME.meta.json beside NAME), not imported on its own"
        )
    check_size(data, max_bytes)
    text, encoding = decode(data)
    if not text.strip():
        raise UnreadableDocument(
            f"file contains only whitespace ({len(data)} bytes): nothing to import; "
            "replace it with the article text or remove it"
        )
    doc, lines = _read_format(sniff_format(name, text), text, encoding)
    _detect_missing(doc, lines)
    if sidecar is not None:
        _apply_sidecar(doc, sidecar)
    return doc


def _read_format(fmt: str, decoded: str, encoding: str) -> tuple[ParsedDocument, list[Line]]:
    if fmt == "json":
        text, excluded, found, external_id = parse_cms_json(decoded)
        doc = ParsedDocument(text=text, format="json", encoding=encoding, raw=decoded, external_id=external_id)
    elif fmt == "html":
        from .htmltext import extract_page

        text, found = extract_page(decoded)
        excluded = []
        doc = ParsedDocument(text=text, format="html", encoding=encoding, raw=decoded)
    else:
        doc, found, excluded = ParsedDocument(text=decoded, format="text", encoding=encoding), {}, []
    for key, value in found.items():
        setattr(doc, key, value)
    lines = split_lines(doc.text)
    doc.excluded = _merge(excluded, find_boilerplate(doc.text, lines))
    _check_has_article_text(lines, doc.excluded)
    return doc, lines


def _check_has_article_text(lines: list[Line], excluded: list[Excluded]) -> None:
    starts = {e.start for e in excluded}
    if all(line.blank or line.start in starts for line in lines):
        raise UnreadableDocument(
            "file has no article text: every line is navigation, sharing, caption or similar page furniture; "
            "check that the export or scrape captured the article itself"
        )


def _merge(first: list[Excluded], second: list[Excluded]) -> list[Excluded]:
    """Ranges in text order; where two overlap the earlier source (the markup) wins."""
    taken = sorted(first, key=lambda e: e.start)
    result = list(taken)
    for e in second:
        if not any(e.start < t.end and t.start < e.end for t in taken):
            result.append(e)
    return sorted(result, key=lambda e: (e.start, e.end))


def _detect_missing(doc: ParsedDocument, lines: list[Line]) -> None:
    """Fill each field no format-native source gave, from the text itself."""
    kinds = _line_kinds(lines, doc.excluded)
    if doc.title.value is None:
        doc.title = metadata.detect_title(lines, kinds)
    if doc.outlet.value is None:
        doc.outlet = _outlet_from_url(doc) or detect_outlet(lines, kinds)
    if doc.byline.value is None:
        doc.byline = metadata.detect_byline(lines, kinds)
    if doc.published.value is None:
        doc.published = metadata.detect_published(lines, kinds)
    if doc.language.value is None:
        doc.language = metadata.detect_language(doc.text)


def _line_kinds(lines: list[Line], excluded: list[Excluded]) -> dict[int, str]:
    by_start = {e.start: e.kind for e in excluded}
    return {ln.index: by_start[ln.start] for ln in lines if not ln.blank and ln.start in by_start}


def _outlet_from_url(doc: ParsedDocument) -> Detected | None:
    outlet = outlet_from_host(doc.url.value) if doc.url.value else None
    return Detected(outlet, "url-host") if outlet else None


def _apply_sidecar(doc: ParsedDocument, sidecar: bytes) -> None:
    found, external_id = read_sidecar(sidecar)
    for key, value in found.items():
        setattr(doc, key, value)
    if external_id is not None:
        doc.external_id = external_id
