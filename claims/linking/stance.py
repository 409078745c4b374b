"""How a statement relates to the claim it was linked to.

Rules, checked strongest first: a flipped polarity denies; a conflicting
frequency or number, or a dispute cue, disputes; a question or doubt cue
questions; a hedge the claim does not carry hedges; otherwise it asserts.
The cue words of the attribution ("denied", "questioned whether") matter as
much as the content, so callers pass them when they have them.
"""

from __future__ import annotations

import re

from . import lexicon
from .terms import normalise

ASSERTS, DENIES, DISPUTES, QUESTIONS, HEDGES = (
    "asserts", "denies", "disputes", "questions", "hedges")

_WORD = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*\b")
_YEAR = re.compile(r"(?:19|20)\d\d")


def stance_toward(statement_text: str, claim_text: str, cue: str = "") -> str:
    """The stance of a statement toward a claim.

    ``cue`` is the attribution around the content ("denied", "wrote on X",
    "reportedly"), when the extractor found one; it may be empty.
    """
    said, claim, cue_words = _words(statement_text), _words(claim_text), set(_words(cue))
    if cue_words & lexicon.DENIAL_CUES:
        return DENIES
    # A corrected figure ("in 2027, not 2025") disputes before it negates.
    if _number_conflict(statement_text, claim_text):
        return DISPUTES
    if _negated(said) != _negated(claim):
        return DENIES
    if _disputes(said, claim, cue_words):
        return DISPUTES
    if statement_text.rstrip().endswith("?") or (set(said) | cue_words) & lexicon.QUESTION_CUES:
        return QUESTIONS
    if _hedged(said, cue_words) and not _hedged(claim, set()):
        return HEDGES
    return ASSERTS


def _hedged(words: list[str], cue_words: set[str]) -> bool:
    if (set(words) | cue_words) & lexicon.HEDGES:
        return True
    joined = f" {' '.join(words)} "
    return any(f" {phrase} " in joined for phrase in lexicon.HEDGE_PHRASES)


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text).lower())


def _negated(words: list[str]) -> bool:
    """Odd number of negations: "never asked him to keep it switched off"
    is positive, as "asked him not to switch it on" is negative."""
    text = " " + " ".join(words) + " "
    for phrase in lexicon.NOT_NEGATIONS:
        text = text.replace(f" {phrase} ", " ")
    count = sum(text.count(f" {phrase} ") for phrase in lexicon.NEGATIVE_PREDICATES)
    count += sum(_is_negation(w) for w in text.split())
    return count % 2 == 1


def _is_negation(word: str) -> bool:
    if word in lexicon.NEGATIVE_CONCORD:
        return False
    return word in lexicon.NEGATIONS or word.endswith("n't")


def _disputes(said: list[str], claim: list[str], cue_words: set[str]) -> bool:
    if (set(said) | cue_words) & lexicon.DISPUTE_CUES:
        return True
    joined = " ".join(said)
    if any(phrase in joined for phrase in lexicon.DISPUTE_PHRASES):
        return True
    return _frequency_conflict(said, claim)


def _frequency_conflict(said: list[str], claim: list[str]) -> bool:
    # "regular contact" against "spoke only once": both fill the frequency
    # slot, with values that cannot both hold. "Only" with no value of its
    # own ("spoke to him only one time") restricts a claimed "often" too.
    said_values = {lexicon.FREQUENCY[w] for w in said if w in lexicon.FREQUENCY}
    claim_values = {lexicon.FREQUENCY[w] for w in claim if w in lexicon.FREQUENCY}
    if said_values and claim_values:
        return not said_values & claim_values
    return "often" in claim_values and bool(set(said) & lexicon.RESTRICTIVES)


def _number_conflict(statement_text: str, claim_text: str) -> bool:
    """The statement gives another figure of a kind (year or not) the claim has."""
    said, claim = _numbers(statement_text), _numbers(claim_text)
    return any(claim[kind] and said[kind] - claim[kind] for kind in claim)


def _numbers(text: str) -> dict[str, set[str]]:
    found = set(_NUMBER.findall(text))
    years = {n for n in found if _YEAR.fullmatch(n)}
    return {"year": years, "figure": found - years}
