"""CMS JSON: an object with a body and optional metadata fields, as documented
in docs/import-formats.md."""

from __future__ import annotations

import json

from .dates import parse_date
from .htmltext import fragment_to_text, looks_like_html
from .types import Detected, Excluded, UnreadableDocument


def load_object(raw: str, what: str) -> dict:
    """Parse JSON that must be one object; ``what`` names the file in messages."""
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise UnreadableDocument(
            f"{what} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}: "
            "fix the export (a missing comma or quote is the usual cause) and import it again"
        ) from None
    except RecursionError:
        raise UnreadableDocument(f"{what} is JSON nested too deeply to read: export a flat object") from None
    if not isinstance(value, dict):
        raise UnreadableDocument(
            f"{what} is JSON but not an object (it is {_json_kind(value)}): it must be one object "
            'like {"title": ..., "body": ...}, one article per file; see docs/import-formats.md'
        )
    return value


def _json_kind(value) -> str:
    return {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false"}.get(
        type(value), "null"
    )


def parse_cms_json(raw: str) -> tuple[str, list[Excluded], dict[str, Detected], str | None]:
    """(text, excluded, metadata, external id) from a CMS export."""
    obj = load_object(raw, "file")
    body = obj.get("body")
    if not isinstance(body, str) or not body.strip():
        raise UnreadableDocument(
            f"CMS JSON {_body_problem(body)}: the article text must be in \"body\" (plain text or HTML); "
            f"fields present: {', '.join(sorted(obj)) or 'none'}; see docs/import-formats.md"
        )
    text, excluded = fragment_to_text(body) if looks_like_html(body) else (body, [])
    if not text.strip():
        raise UnreadableDocument('CMS JSON "body" is HTML with no text in it: nothing to import; check the export')
    return text, excluded, metadata_fields(obj, "json", "CMS JSON"), external_id_field(obj, "CMS JSON")


def _body_problem(body) -> str:
    if body is None:
        return 'has no "body"'
    if isinstance(body, str):
        return 'has an empty "body"'
    return f'has a "body" that is {_json_kind(body)}, not a string'


def metadata_fields(obj: dict, method: str, what: str) -> dict[str, Detected]:
    """The metadata fields present in a CMS object or sidecar, checked and normalised."""
    found = {}
    for key in ("title", "url", "outlet", "language"):
        if obj.get(key) is not None:
            found[key] = Detected(_string(obj, key, what), method)
    if obj.get("authors") is not None or obj.get("byline") is not None:
        found["byline"] = Detected(_authors(obj, what), method)
    if obj.get("published") is not None:
        found["published"] = Detected(_published(obj, what), method)
    return {key: value for key, value in found.items() if value.value}


def _string(obj: dict, key: str, what: str) -> str:
    value = obj[key]
    if not isinstance(value, str):
        raise UnreadableDocument(f'{what} field "{key}" must be a string, not {_json_kind(value)}: fix the export')
    return value.strip()


def _authors(obj: dict, what: str) -> str:
    value = obj.get("authors", obj.get("byline"))
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip())
    raise UnreadableDocument(f'{what} field "authors" must be a list of names (or one string): fix the export')


def _published(obj: dict, what: str) -> str:
    value = _string(obj, "published", what)
    iso = parse_date(value)
    if iso is None:
        raise UnreadableDocument(
            f'{what} field "published" is {value!r}, which is not a date: use ISO 8601 like "2026-01-29" '
            'or "2026-01-29T10:00:00Z"'
        )
    return iso


def external_id_field(obj: dict, what: str) -> str | None:
    value = obj.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise UnreadableDocument(f'{what} field "id" must be a string or an integer: fix the export')
    return str(value).strip() or None
