"""How a statement relates to what it reports: asserts, denies, disputes,
questions, or hedges (the article itself keeps its distance); and the words
that say so, recorded as stance cues (denials, disputes, confirmations, hedges)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .attribution import Attribution
from .lexicon import DENIAL_PHRASES, DENIAL_VERBS, DISPUTE_VERBS, HEDGE_WORDS
from .types import Span, StanceCue

_QUESTION_VERBS = {"question", "wonder", "doubt"}
_HEDGE_RE = re.compile(r"\b(" + "|".join(HEDGE_WORDS) + r")\b", re.IGNORECASE)
_DENIAL_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in DENIAL_PHRASES) + r")\b", re.IGNORECASE)
# "only spoke once": a restriction offered against a larger claim.
_ONLY_ONCE_RE = re.compile(r"\bonly\b[^.;]{0,40}\bonce\b", re.IGNORECASE)


def stance_of(lemmas: list[str], content: str, hedged_by_article: bool) -> str:
    """lemmas: the cue lemmas of the chain, outermost first."""
    cue = lemmas[-1] if lemmas else ""
    if set(lemmas) & DENIAL_VERBS or _DENIAL_RE.search(content):
        return "denies"
    if set(lemmas) & DISPUTE_VERBS or _ONLY_ONCE_RE.search(content):
        return "disputes"
    if cue in _QUESTION_VERBS:
        return "questions"
    if hedged_by_article:
        return "hedges"
    return "asserts"


def hedges_in(*texts: str) -> list[str]:
    found: list[str] = []
    for text in texts:
        for m in _HEDGE_RE.finditer(text):
            word = m.group(1).lower()
            if word not in found:
                found.append(word)
    return found


# A confirmation is an assertion (the schema has no "confirms" stance), but it
# is the evidence editors look for first, so its words are recorded.
CONFIRMATION_VERBS = {"confirm", "corroborate", "verify", "acknowledge"}
_CONFIRMATION_RE = re.compile(
    r"\b(?:confirm(?:s|ed|ing)?|corroborat(?:e|es|ed|ing)|verif(?:y|ies|ied|ying)|acknowledg(?:e|es|ed|ing))"
    r"(?: that)?\b"
    r"|\b(?:is|was|are|were|it's|that's) (?:indeed |absolutely |entirely |completely |all )?true\b"
    r"|\bdid (?:indeed |in fact )?(?:happen|take place|occur)\b",
    re.IGNORECASE,
)
# Words just before a confirmation that undo it: "did not confirm", "declined to
# verify", "could neither confirm", "asked whether it was true".
_UNDONE_RE = re.compile(
    r"\b(?:not|n't|never|no|neither|nor|cannot|unable to|declined to|refused to|yet to|without|whether|if)"
    r"\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_CUE_KINDS = {**dict.fromkeys(DENIAL_VERBS, "denial"), **dict.fromkeys(DISPUTE_VERBS, "dispute"),
              **dict.fromkeys(CONFIRMATION_VERBS, "confirmation")}
_CONTENT_RES = (("denial", _DENIAL_RE), ("dispute", _ONLY_ONCE_RE), ("confirmation", _CONFIRMATION_RE))


def stance_cues(text: str, path: list[Attribution], content: Span, hedged: Iterable[Span]) -> list[StanceCue]:
    """The words that set the stance: denial, dispute and confirmation verbs of
    the chain's cues, the same kinds of phrase in the content, and hedge words
    in the ``hedged`` ranges (the cue, the content, the article's hedges)."""
    found = [StanceCue(_CUE_KINDS[p.lemma], text[p.cue[0]:p.cue[1]], p.cue) for p in path
             if p.lemma in _CUE_KINDS and not _undone(text, p.lemma, p.cue[0])]
    for kind, regex in _CONTENT_RES:
        found += [StanceCue(kind, m.group(0), m.span()) for m in regex.finditer(text, *content)
                  if kind != "confirmation" or not _undone(text, "confirm", m.start())]
    for start, end in hedged:
        found += [StanceCue("hedge", m.group(0), m.span()) for m in _HEDGE_RE.finditer(text, start, end)]
    unique = {(c.span, c.kind): c for c in found}
    return sorted(unique.values(), key=lambda c: c.span)


def _undone(text: str, lemma: str, start: int) -> bool:
    # Only confirmations are checked: stance_of reads "did not deny" as a
    # denial, and the cues must say why the stance is what it is.
    return lemma in CONFIRMATION_VERBS and bool(_UNDONE_RE.search(text[max(0, start - 30):start]))
