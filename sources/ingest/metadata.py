"""Metadata read from the article text itself, for when no sidecar, CMS field
or HTML meta tag gives it. Each finder returns Detected(value, method) so an
editor can see how a value was guessed and how much to trust it."""

from __future__ import annotations

import re

from .dates import parse_date
from .language import guess_language
from .lines import Line, looks_like_headline
from .outlets import canonical_outlet, known_outlet
from .types import Detected

NONE = Detected(None, "none")
_TITLE_MAX_CHARS = 250
_HEADER_LINES = 15  # bylines and dates sit above the body, not in it

# "Some Outlet Ltd", "The Daily Beast": one to six capitalised words.
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|for|and|&)){0,5}"
_COMMENT_PATTERNS = (
    re.compile(rf"\b(?:respond(?:ed)?|reply|replied) to (?P<name>{_NAME})[’']s?\s+(?:request|requests|inquiry|query) for comment"),
    re.compile(rf"(?:^|[.;:]\s+|,\s+|\b(?i:when|and)\s+)(?P<name>{_NAME}) (?:has |had |have )?(?:contacted|approached|reached out to|asked) [^.]{{1,100}}?\bfor (?:a )?comment"),
    re.compile(rf"\b(?:request|requests|inquiry) for comment from (?P<name>{_NAME})"),
)
_COPYRIGHT = re.compile(
    r"^(?:copyright\b|©|\(c\)\s)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\s*)?"
    r"(?P<name>.+?)\s*(?:(?:19|20)\d{2})?[.,]?\s*(?:all rights reserved\.?)?$",
    re.I,
)
_DATELINE = re.compile(r"^[A-Z][A-Za-z0-9 .,'’/-]{1,60}\((?P<name>[A-Z][A-Za-z .&-]{1,30})\)\s*[-—–]")
# Outlets name themselves by their short form ("the FT reported"); the long
# form in a sentence is usually someone else's reporting being cited.
_SELF_MENTION = re.compile(r"\b(?:the (?P<a>FT|WSJ|NYT)\b (?:has |had )?(?:reported|revealed|learned|understands|found)|"
                           r"\btold the (?P<b>FT|WSJ|NYT)\b)")
# Navigation bars link sister brands that only one publisher links to.
_NAV_FINGERPRINTS = {"africanews": "Euronews", "ft.com": "Financial Times"}
_SENTENCE_END = re.compile(r"([.!?][”’\"]?)\s+(?=[“\"‘]?[A-Z])")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]\.)+$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Jr|Sr|Col|Lt|Gov)\.$")
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
    if looks_like_headline(first, max_words=30) or first.text.endswith(("?", "!")) and first.words <= 30:
        return Detected(_unquote(first.text), "first-line")
    return Detected(_first_sentence(first.text), "first-sentence")


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


def detect_outlet(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for finder in (_outlet_from_copyright, _outlet_from_comment_request, _outlet_from_dateline,
                   _outlet_from_navigation, _outlet_from_self_mention):
        found = finder(lines, kinds)
        if found.value:
            return found
    return NONE


def _outlet_from_copyright(lines: list[Line], kinds: dict[int, str]) -> Detected:
    # Only the site's own footer: photo credits ("Copyright AP Photo") are kind
    # "credit", and the footer carries a year or "all rights reserved".
    for line in lines:
        if kinds.get(line.index) != "copyright" or not re.search(r"\d{4}|rights reserved", line.text, re.I):
            continue
        match = _COPYRIGHT.match(line.text)
        if match and match.group("name"):
            return Detected(canonical_outlet(match.group("name")), "copyright-line")
    return NONE


def _outlet_from_comment_request(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for line in _body(lines, kinds):
        # Cheap substring test first: these patterns are slow to try at every position.
        lowered = line.text.lower()
        if "comment" not in lowered:
            continue
        for pattern in _COMMENT_PATTERNS:
            for match in pattern.finditer(line.text):
                name = _clean_name(match.group("name"))
                if name:
                    return Detected(canonical_outlet(name), "comment-request")
    return NONE


def _clean_name(name: str) -> str | None:
    words = name.split()
    # A sentence-initial word is capitalised without being a name ("When", "But").
    while words and words[0].lower() in {"when", "but", "and", "after", "before", "while", "as", "however", "also"}:
        words.pop(0)
    name = " ".join(words)
    return name if name and name.lower() not in {"the", "he", "she", "they", "we", "it"} else None


def _outlet_from_dateline(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for line in _body(lines, kinds)[:5]:
        match = _DATELINE.match(line.text)
        if match:
            return Detected(canonical_outlet(match.group("name")), "dateline")
    return NONE


def _outlet_from_navigation(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for line in lines:
        if kinds.get(line.index) != "navigation":
            continue
        for word in line.text.lower().split():
            if word in _NAV_FINGERPRINTS:
                return Detected(_NAV_FINGERPRINTS[word], "navigation")
            if known := known_outlet(word):
                return Detected(known, "navigation")
    return NONE


def _outlet_from_self_mention(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for line in _body(lines, kinds):
        match = ("FT" in line.text or "WSJ" in line.text or "NYT" in line.text) and _SELF_MENTION.search(line.text)
        if match:
            return Detected(canonical_outlet(match.group("a") or match.group("b")), "outlet-mention")
    return NONE


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


def _body(lines: list[Line], kinds: dict[int, str]) -> list[Line]:
    return [ln for ln in lines if not ln.blank and ln.index not in kinds]
