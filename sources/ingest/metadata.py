"""Metadata read from the article text itself, for when no sidecar, CMS field
or HTML meta tag gives it. Each finder returns Detected(value, method) so an
editor can see how a value was guessed and how much to trust it."""

from __future__ import annotations

import re

from .dates import parse_date
from .language import guess_language
from .lines import Line, looks_like_headline
from .types import Detected

NONE = Detected(None, "none")
_TITLE_MAX_CHARS = 250
_HEADER_LINES = 15  # bylines and dates sit above the body, not in it

_SENTENCE_END = re.compile(r"([.!?][”’\"]?)\s+(?=[“\"‘]?[A-Z])")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Jr|Sr|Col|Lt|Gov|v|vs|No)\.$")
_BYLINE = re.compile(r"^[Bb]y\s+(?P<name>.+?)\s*$")
_WRAPPING_QUOTES = re.compile(r"^[\"“‘'«„](?P<inner>.+)[\"”’'»“]$")


def detect_title(lines: list[Line], kinds: dict[int, str]) -> Detected:
    """The first kept line if it reads as a headline; a scraped article with no
    headline gets its opening sentence, marked as such for editors."""
    kept = [ln for ln in lines[:40] if not ln.blank and ln.index not in kinds]
    if not kept:
        return NONE
    first = kept[0]
    # A section label ("World", "Ukraine war") can sit above the headline.
    if first.words <= 3 and len(kept) > 1 and looks_like_headline(kept[1]) and kept[1].words > first.words:
        first = kept[1]
    if looks_like_headline(first, max_words=30):
        return Detected(_unquote(first.text), "first-line")
    if _is_short_standalone_line(first, lines):
        return Detected(_unquote(_drop_final_stop(first.text)), "first-line")
    return Detected(_first_sentence(first.text), "first-sentence")


def _is_short_standalone_line(line: Line, lines: list[Line]) -> bool:
    """A line of at most 15 words alone in its paragraph is a headline even
    with a full stop (some exports add one); an opening paragraph is longer.
    "Headline;" directly above a subheading is the same."""
    alone = line.index + 1 >= len(lines) or lines[line.index + 1].blank
    return (alone or line.text.endswith(";")) and line.words <= 15


def _drop_final_stop(title: str) -> str:
    if title.endswith((".", ";")) and not title.endswith("..") and not _ABBREVIATION.search(title):
        return title[:-1]
    return title


def _unquote(title: str) -> str:
    match = _WRAPPING_QUOTES.match(title)
    return match.group("inner").strip() if match else title


def _first_sentence(paragraph: str) -> str:
    sentence = paragraph
    for match in _SENTENCE_END.finditer(paragraph):
        # "U.S. President", "Mr. Smith": a short dotted word is an abbreviation.
        if not _ABBREVIATION.search(paragraph[: match.start() + 1]):
            sentence = paragraph[: match.start() + len(match.group(1))]
            break
    if len(sentence) > _TITLE_MAX_CHARS:
        sentence = sentence[:_TITLE_MAX_CHARS].rsplit(" ", 1)[0] + "…"
    return sentence


def detect_byline(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for line in lines[:_HEADER_LINES]:
        if kinds.get(line.index) == "byline":
            return Detected(_BYLINE.match(line.text).group("name").rstrip(","), "byline-line")
    return NONE


def detect_published(lines: list[Line], kinds: dict[int, str]) -> Detected:
    """A "Published ..." line or a line holding only a date, near the top.
    Dates inside captions and body sentences are about events, not the article."""
    for line in lines[:_HEADER_LINES]:
        if kinds.get(line.index) == "dateline" and (iso := parse_date(line.text)):
            return Detected(iso, "dateline")
    return NONE


def detect_language(text: str) -> Detected:
    code = guess_language(text)
    return Detected(code, "stopwords") if code else NONE

