"""Turn one article file's bytes into a ParsedDocument: plain Python, no ORM.

    from sources.ingest import parse_document, UnreadableDocument, ParsedDocument
    doc = parse_document(name="000_x.txt", data=b"...", sidecar=None, max_bytes=10_000_000)
"""

from .decode import check_file_size
from .parse import DEFAULT_MAX_BYTES, parse_document
from .types import Detected, Excluded, ParsedDocument, UnreadableDocument

__all__ = ["DEFAULT_MAX_BYTES", "check_file_size", "Detected", "Excluded", "ParsedDocument", "UnreadableDocument", "parse_document"]
