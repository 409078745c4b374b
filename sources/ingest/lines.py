"""The text as lines with their offsets: the unit boilerplate rules and
metadata heuristics work on."""

from __future__ import annotations

from typing import NamedTuple


class Line(NamedTuple):
    # A NamedTuple rather than a dataclass: thousands are made per second and
    # tuple construction is several times cheaper.
    index: int
    start: int  # offset of the first non-space character in the text
    end: int  # offset just past the last non-space character
    text: str  # the line without surrounding whitespace; "" for a blank line
    words: int  # number of whitespace-separated words
    blank: bool


def split_lines(text: str) -> list[Line]:
    lines, offset = [], 0
    for index, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        start = offset + (raw.find(stripped[0]) if stripped else 0)
        lines.append(Line(index, start, start + len(stripped), stripped, len(stripped.split()), not stripped))
        offset += len(raw) + 1
    return lines


def looks_like_headline(line: Line, max_words: int = 25) -> bool:
    """Short and without the full stop that ends body sentences."""
    return 0 < line.words <= max_words and not line.text.endswith((".", ":", ";", ","))
