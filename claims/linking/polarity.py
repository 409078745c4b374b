"""The affirmative proposition inside a denial frame.

"There is no record of SpaceX selling terminals to Russia" denies the claim
"SpaceX sold terminals to Russia"; when such a statement starts a claim, the
claim is the affirmative and the statement's stance is "denies". Only frames
that exist to deny are undone: "Russia will not end the war" is a negative
proposition in its own right and stays as it is.
"""

from __future__ import annotations

import re

_FRAMES = (
    re.compile(r"^there\s+(?:is|was|has\s+been|are|were)\s+no\s+(?:record|evidence|proof|"
               r"indication|sign|trace)s?\s+(?:of|that)\s+(?P<rest>.+)$", re.I),
    re.compile(r"^(?:it\s+is|it's|it\s+was)\s+(?:false|untrue|not\s+true)\s+that\s+(?P<rest>.+)$", re.I),
    re.compile(r"^(?:claims|reports|allegations)\s+that\s+(?P<rest>.+?)\s+(?:are|were)\s+"
               r"(?:false|untrue|baseless|fabricated)$", re.I),
)
# A trailing "neither directly nor indirectly" only restates the denial.
_CONCORD = re.compile(r",?\s+(?:neither|either)\s+\w+\s+n?or\s+\w+\s*$", re.I)
_GERUND = re.compile(r"^(?P<subject>(?:\S+\s+){1,4}?)(?P<verb>[a-z]+ing)\b(?P<rest>.*)$")

PAST = {
    "sell": "sold", "buy": "bought", "speak": "spoke", "meet": "met", "give": "gave",
    "send": "sent", "make": "made", "take": "took", "tell": "told", "say": "said",
    "pay": "paid", "find": "found", "know": "knew", "hold": "held", "run": "ran",
    "bring": "brought", "think": "thought", "get": "got", "go": "went", "see": "saw",
    "come": "came", "keep": "kept", "put": "put", "cut": "cut", "hit": "hit", "set": "set",
    "build": "built", "fly": "flew", "lead": "led", "win": "won", "lose": "lost",
}


def affirmative(text: str) -> str | None:
    """The affirmative proposition a denial frame denies, or None if there is none."""
    for frame in _FRAMES:
        match = frame.match(text.strip().rstrip("."))
        if match:
            rest = _CONCORD.sub("", match.group("rest"))
            return _finite(rest)
    return None


def _finite(clause: str) -> str:
    # "SpaceX selling terminals" -> "SpaceX sold terminals": after "record of"
    # the proposition comes as a gerund; a claim reads as a sentence.
    match = _GERUND.match(clause)
    if not match:
        return clause
    return f"{match.group('subject')}{past_tense(match.group('verb')[:-3])}{match.group('rest')}"


def past_tense(stem: str) -> str:
    """Past of a verb from its gerund stem ("sell", "us", "mak", "shipp", "supply")."""
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else None):
        if base in PAST:
            return PAST[base]
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":
        return stem[:-1] + "ied"
    return stem + "d" if stem.endswith("e") else stem + "ed"
