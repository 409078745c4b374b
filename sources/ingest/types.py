"""What the ingest package makes of a file: plain data, no ORM."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class UnreadableDocument(Exception):
    """The file cannot become an article. ``reason`` is shown to an operator: say what
    was wrong and what to do about it."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Detected:
    """A metadata value and how it was found ("sidecar", "json", "html-meta",
    "copyright-line", "first-line", ...), so editors can judge and correct it."""

    value: str | None
    method: str


@dataclass(frozen=True)
class Excluded:
    """A boilerplate range of the text: kept, but skipped by extraction."""

    start: int
    end: int
    kind: str  # navigation, caption, credit, share, copyright, newsletter, read-more, ...


@dataclass
class ParsedDocument:
    text: str  # decoded, newlines normalised to \n, otherwise exactly as received
    format: str  # "text", "html" or "json"
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp1252"
    raw: str = ""  # the HTML or JSON as received (decoded), empty for plain text
    title: Detected = Detected(None, "none")
    outlet: Detected = Detected(None, "none")
    byline: Detected = Detected(None, "none")
    published: Detected = Detected(None, "none")  # ISO date string when found
    language: Detected = Detected(None, "none")
    url: Detected = Detected(None, "none")
    external_id: str | None = None  # sidecar "id", else None; identity falls back to url, then file name
    excluded: list[Excluded] = field(default_factory=list)

    @property
    def published_date(self) -> date | None:
        return date.fromisoformat(self.published.value) if self.published.value else None

    def metadata(self) -> dict[str, dict]:
        """Every detected field with its method, as stored on the article."""
        names = ("title", "outlet", "byline", "published", "language", "url")
        return {n: {"value": getattr(self, n).value, "method": getattr(self, n).method} for n in names}
