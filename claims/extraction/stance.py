"""How a statement relates to what it reports: asserts, denies, disputes,
questions, or hedges (the article itself keeps its distance)."""

from __future__ import annotations

import re

from .lexicon import DENIAL_PHRASES, DENIAL_VERBS, DISPUTE_VERBS, HEDGE_WORDS

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
