"""The optional NAME.meta.json beside an article: metadata a person or CMS
states outright, so it overrides anything detected."""

from __future__ import annotations

from .decode import decode
from .jsondoc import external_id_field, load_object, metadata_fields
from .types import Detected, UnreadableDocument


def read_sidecar(sidecar: bytes) -> tuple[dict[str, Detected], str | None]:
    """(metadata fields with method "sidecar", external id)."""
    what = "sidecar .meta.json"
    try:
        raw, _ = decode(sidecar) if sidecar else ("", "")
    except UnreadableDocument as exc:
        raise UnreadableDocument(f"{what}: {exc.reason}") from None
    if not raw.strip():
        raise UnreadableDocument(
            f"{what} is empty: put the metadata in it as a JSON object, or delete it to use detected metadata"
        )
    obj = load_object(raw, what)
    return metadata_fields(obj, "sidecar", what), external_id_field(obj, what)
