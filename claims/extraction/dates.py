"""When the text dates an utterance ("said on Sunday"), resolved against the
article's publication date."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from .attribution import Attribution

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def said_on(doc: Doc, a: Attribution, published: date | None) -> date | None:
    if published is None or a.cue_head is None:
        return None
    for tok in doc[a.cue_head].subtree if a.kind == "verb" else ():
        if tok.head.i != a.cue_head and tok.head.head.i != a.cue_head:
            continue
        day = _resolve(tok.lower_, published)
        if day is not None:
            return day
    return None


def _resolve(word: str, published: date) -> date | None:
    if word in _WEEKDAYS:
        back = (published.weekday() - _WEEKDAYS.index(word)) % 7
        return published - timedelta(days=back)
    if word == "yesterday":
        return published - timedelta(days=1)
    if word == "today":
        return published
    return None
