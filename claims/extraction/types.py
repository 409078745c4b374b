"""The extractor's output: plain data, no ORM.

Offsets are Python string indices into the article text as received, so that
``text[start:end] == content`` holds for every statement.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

Span = tuple[int, int]

ACTOR_KINDS = ("person", "organization", "outlet", "group", "unnamed")
QUOTE_KINDS = ("direct", "indirect", "mixed")
STANCES = ("asserts", "denies", "disputes", "questions", "hedges")
STANCE_CUE_KINDS = ("denial", "dispute", "confirmation", "hedge")
PRECISIONS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str  # one of ACTOR_KINDS
    description: str | None = None  # title or role: "Ukraine's defence minister"
    mention: Span | None = None  # where the text names it (the pronoun, if resolved through one)


@dataclass(frozen=True)
class Hop:
    """One link of an attribution chain, outermost (publishing outlet) first."""

    name: str
    kind: str  # one of ACTOR_KINDS
    relation: str  # published, reported, according to, quoted, said, wrote, ...
    mention: Span | None = None
    cue_span: Span | None = None  # the words that make this hop ("reported", "according to")
    content_span: Span | None = None  # what this hop attributes, as one range of the text


@dataclass(frozen=True)
class StanceCue:
    """Words that set a statement's stance: "denied", "no record of", "confirmed", "reportedly"."""

    kind: str  # one of STANCE_CUE_KINDS
    text: str
    span: Span | None = None

    def as_dict(self) -> dict:
        return {"kind": self.kind, "text": self.text, "span": _span_list(self.span)}


@dataclass
class ExtractedStatement:
    speaker: Speaker
    cue: str
    cue_span: Span | None
    content: str
    start: int
    end: int
    quote: str  # one of QUOTE_KINDS
    chain: list[Hop]
    stance: str = "asserts"  # one of STANCES
    platform: str | None = None  # X, Facebook, "a Cabinet meeting"
    said_on: date | None = None  # when the text dates the utterance (a period's first day)
    said_on_precision: str | None = None  # one of PRECISIONS when said_on is set
    said_when: str | None = None  # the words that date it, "on Sunday", resolved or not
    said_when_span: Span | None = None
    hedges: list[str] = field(default_factory=list)  # "reportedly", "allegedly"
    stance_cues: list[StanceCue] = field(default_factory=list)
    confidence: float = 0.5
    # The quoted or reported words as text ranges: two or more when the cue
    # splits a quote ("A," he said, "B"); start/end span all of them.
    fragments: list[Span] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The extractor's part of DESIGN.md's statement record (no article, id or claim)."""
        data = asdict(self)
        data["speaker"]["mention"] = _span_list(self.speaker.mention)
        data["cue_span"] = _span_list(self.cue_span)
        data["chain"] = [{"name": h.name, "kind": h.kind, "relation": h.relation} for h in self.chain]
        data["said_on"] = self.said_on.isoformat() if self.said_on else None
        data["said_when_span"] = _span_list(self.said_when_span)
        data["stance_cues"] = [c.as_dict() for c in self.stance_cues]
        return data


def _span_list(span: Span | None) -> list[int] | None:
    return list(span) if span is not None else None
