"""A short proposition for a new claim, from the statement that started it.

ClaimReview's claimReviewed wants under 75 characters. The text is a
starting point an editor may rewrite, so the rules only remove what is
safely not the proposition: quotes, "that", attribution and hedge words,
appositives and trailing clauses, in that order, until it fits.
"""

from __future__ import annotations

import re

from .polarity import affirmative
from .terms import normalise

MAX_LENGTH = 75
MIN_WORDS = 4  # never cut a proposition down below this
BOUNDARY_BONUS = 15  # characters a stronger boundary is worth over a weaker one

_ATTRIBUTION = re.compile(
    r"^(?:(?:the|a)\s+)?(?:newspaper|report|paper|sources?|officials?|journal)\s+"
    r"(?:says?|said|claims?|claimed|reports?|reported)\s+(?:that\s+)?", re.I)
_LEADING = re.compile(r"^(?:that|and|but|so|because)\s+", re.I)
_HEDGE_WORDS = re.compile(
    r"\s*\b(?:allegedly|reportedly|supposedly|apparently|purportedly|even|"
    r"personally|indeed|actually|really|successfully|urgently)\b", re.I)
# ", the world's richest man," and ", who took office in May,": a clause
# between commas that starts like a description, not like "Russia caused".
_APPOSITIVE = re.compile(r",\s(?:the|a|an|his|her|its|their|who|which|whose)\s[^,]{3,60},\s", re.I)
# Time phrases: the claim is the proposition, its date lives on the statement.
_TIME = re.compile(
    r"\s(?:over|in|during|for|on|since|earlier|last|this)\s(?:the\s)?(?:past\s|last\s)?"
    r"(?:few\s|several\s|two\s|three\s)?(?:years?|months?|weeks?|days?|week|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
# "Within hours of X, Y": the proposition is Y.
_LEADING_ADVERBIAL = re.compile(
    r"^(?:within|after|before|when|while|since|as|following|despite|earlier|last|"
    r"on|in|during)\b[^,]{0,70},\s", re.I)
# Where a trailing clause may be cut, strongest boundary first.
_CUTS = (
    re.compile(r"\s*(?:;|:|\s-\s)"),
    re.compile(r",\s"),
    re.compile(r"\s(?:as a|but|which|who|because|while|although|after|before|during|since|"
               r"including|despite|amid|through|in order)\b", re.I),
    re.compile(r"\s(?:in|at|for|on|to|with|about|from|over|by|of|and|or)\s", re.I),
)
# A head may not end on a word that needs a continuation ("going on and").
_DANGLING = frozenset("and or but of to the a an in on at for with by from as that".split())
_FIRST_PERSON = ((re.compile(r"^I'm\b"), "{} is"), (re.compile(r"^I've\b"), "{} has"),
                 (re.compile(r"^I\b"), "{}"), (re.compile(r"\bmy\b", re.I), "{}'s"))


def canonical_text(content: str, speaker: str | None = None, *, affirm: bool = False) -> str:
    """A short proposition from a statement's content.

    affirm: a denial frame ("there is no record of X doing Y") gives its
    affirmative ("X did Y"), for a claim started by the statement denying it.
    """
    text = _clean(content)
    if affirm:
        text = affirmative(text) or text
    if speaker:
        text = _third_person(text, speaker)
    if len(text) >= MAX_LENGTH:
        text = _APPOSITIVE.sub(" ", text, count=1)
    if len(text) >= MAX_LENGTH:
        text = _TIME.sub("", text)
    text = _shorten(text).strip(" ,.;:'-")
    return text[:1].upper() + text[1:]


def _clean(content: str) -> str:
    text = normalise(content).replace('"', "").replace("...", " ")
    text = re.sub(r"\s+", " ", text).strip(" ,.;:'-")
    text = _LEADING.sub("", text)
    text = _ATTRIBUTION.sub("", text)
    text = _HEDGE_WORDS.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:'-")


def _third_person(text: str, speaker: str) -> str:
    for pattern, replacement in _FIRST_PERSON:
        text = pattern.sub(replacement.format(speaker), text)
    return text


def _shorten(text: str) -> str:
    """The longest head that fits, cut at a boundary; stronger boundaries win
    a few characters. No head of MIN_WORDS fits: the text stays whole, since
    a cut mid-proposition can invert it ("X did not ...")."""
    text = _LEADING_ADVERBIAL.sub("", text) if len(text) >= MAX_LENGTH else text
    if len(text) < MAX_LENGTH:
        return text
    heads = [head for head in _heads(text) if len(head[1]) < MAX_LENGTH]
    return max(heads, key=lambda h: len(h[1]) + BOUNDARY_BONUS * h[0], default=(0, text))[1]


def _heads(text: str):
    for strength, boundary in enumerate(reversed(_CUTS)):
        for match in boundary.finditer(text):
            head = text[: match.start()].strip(" ,.;:'-")
            words = head.split()
            if len(words) >= MIN_WORDS and words[-1].lower() not in _DANGLING:
                yield strength, head


def canonical_text_for_claim(statements: list[tuple[str, str | None]]) -> str:
    """Canonical text from a claim's statements, (content, speaker) pairs.

    The first statement often states the claim in passing ("within hours of
    X, the ministry did Y"); once several restate it, the one closest to all
    the others says it most plainly. Offer it to the editor; never overwrite
    an edited text with it.
    """
    from .similarity import similarity  # here: canonical text needs no scoring otherwise

    def centrality(i: int) -> float:
        return sum(similarity(statements[i][0], other) + similarity(other, statements[i][0])
                   for j, (other, _) in enumerate(statements) if j != i)

    best = max(range(len(statements)), key=centrality)
    return canonical_text(*statements[best])
