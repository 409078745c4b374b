"""Who published an article, from clues in its text: the site's copyright
footer, a request for comment in the outlet's name, a wire dateline, the
navigation bar, the outlet's short name for itself. Tried from the most to the
least reliable; the first clue found wins and names its method."""

from __future__ import annotations

import re

from .boilerplate import is_navigation_bar
from .lines import Line
from .outlets import canonical_outlet, known_outlet
from .types import Detected

NONE = Detected(None, "none")

# "Some Outlet", "the Daily Beast": one to six capitalised words.
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|for|and|&)){0,5}"
_REQUEST = r"(?:request|requests|inquiry|query|queries)"
_COMMENT_PATTERNS = (
    # "did not respond to The Daily Beast's request for comment"
    re.compile(rf"\b(?:respond(?:ed)?|reply|replied) to (?P<name>{_NAME})[’']s?\s+{_REQUEST} for comment"),
    # "Nordvik Post has contacted the ministry for comment"
    re.compile(rf"(?:^|[.;:]\s+|,\s+|\b(?i:when|and)\s+)(?P<name>{_NAME}) (?:has |had |have )?"
               rf"(?:contacted|approached|reached out to|asked) [^.]{{1,100}}?\bfor (?:a )?comment"),
    # "a request for comment from the Lakeside Courier"
    re.compile(rf"\b{_REQUEST} for comment from (?P<name>{_NAME})"),
    # "Contacted by the Lakeside Courier, the ministry said ..."
    re.compile(rf"\b[Cc]ontacted by (?P<name>{_NAME}),"),
)
_SENTENCE_STARTERS = frozenset("when but and after before while as however also".split())
_COPYRIGHT = re.compile(
    r"^(?:copyright\b|©|\(c\)\s)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\s*)?"
    r"(?P<name>.+?)\s*(?:(?:19|20)\d{2})?[.,]?\s*(?:all rights reserved\.?)?$",
    re.I,
)
_DATELINE = re.compile(r"^[A-Z][A-Za-z0-9 .,'’/-]{1,60}\((?P<name>[A-Z][A-Za-z .&-]{1,30})\)\s*[-—–]")
# Outlets name themselves by their short form ("the FT reported"); the full
# name in a sentence is more often someone else's report being cited.
_SELF_MENTION = re.compile(r"\bthe (?P<a>FT|WSJ|NYT) (?:has |had )?(?:reported|revealed|learned|understands|found)\b"
                           r"|\btold the (?P<b>FT|WSJ|NYT)\b")
# Navigation bars link sister brands that only one publisher links to.
_NAV_FINGERPRINTS = {"africanews": "Euronews", "ft.com": "Financial Times"}


def detect_outlet(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for finder in (_from_copyright, _from_comment_request, _from_dateline, _from_navigation, _from_self_mention):
        found = finder(lines, kinds)
        if found.value:
            return found
    return NONE


def _from_copyright(lines: list[Line], kinds: dict[int, str]) -> Detected:
    # Only the site's own footer: photo credits ("Copyright AP Photo") are kind
    # "credit", and a footer carries a year or "all rights reserved".
    for line in lines:
        if kinds.get(line.index) != "copyright" or not re.search(r"\d{4}|rights reserved", line.text, re.I):
            continue
        match = _COPYRIGHT.match(line.text)
        if match and match.group("name"):
            return Detected(canonical_outlet(match.group("name")), "copyright-line")
    return NONE


def _from_comment_request(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for line in _body(lines, kinds):
        # A substring test first: the patterns are slow to try at every position.
        if "comment" not in line.text.lower():
            continue
        for pattern in _COMMENT_PATTERNS:
            for match in pattern.finditer(line.text):
                if name := _clean_name(match.group("name")):
                    return Detected(canonical_outlet(name), "comment-request")
    return NONE


def _clean_name(name: str) -> str | None:
    words = name.split()
    # A sentence-initial word is capitalised without being part of a name.
    while words and words[0].lower() in _SENTENCE_STARTERS:
        words.pop(0)
    name = " ".join(words)
    return name if name and name.lower() not in {"the", "he", "she", "they", "we", "it"} else None


def _from_dateline(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for line in _body(lines, kinds)[:5]:
        if match := _DATELINE.match(line.text):
            return Detected(canonical_outlet(match.group("name")), "dateline")
    return NONE


def _from_navigation(lines: list[Line], kinds: dict[int, str]) -> Detected:
    # Menu bars only: a linked headline ("Next article") may name any outlet.
    for line in lines:
        if kinds.get(line.index) != "navigation" or not is_navigation_bar(line):
            continue
        for word in line.text.lower().split():
            if outlet := _NAV_FINGERPRINTS.get(word) or known_outlet(word):
                return Detected(outlet, "navigation")
    return NONE


def _from_self_mention(lines: list[Line], kinds: dict[int, str]) -> Detected:
    for line in _body(lines, kinds):
        if "FT" in line.text or "WSJ" in line.text or "NYT" in line.text:
            if match := _SELF_MENTION.search(line.text):
                return Detected(canonical_outlet(match.group("a") or match.group("b")), "outlet-mention")
    return NONE


def _body(lines: list[Line], kinds: dict[int, str]) -> list[Line]:
    return [ln for ln in lines if not ln.blank and ln.index not in kinds]
