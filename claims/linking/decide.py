"""From a statement to a link proposal: which claim, how sure, what stance.

The thresholds were chosen on the labelled pairs and the seed check in
docs/benchmarks/linking-method.md; change them there first.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .canonical import canonical_text
from .index import LinkIndex
from .referents import resolve_leading_pronoun
from .stance import stance_toward

if TYPE_CHECKING:  # importing claims.extraction loads spaCy; linking must stay light
    from claims.extraction.types import ExtractedStatement

LINKER_VERSION = "1.2"  # 1.1: leading pronouns read, time words ignored; 1.2: attributed words only
METHOD = f"lexical+entity {LINKER_VERSION}"  # recorded on every link

AUTO_LINK = 0.5  # at or above: linked without review
SUGGEST_LINK = 0.35  # at or above (and below AUTO_LINK): a reviewer confirms

AUTO, SUGGEST, NEW = "auto", "suggest", "new"

DIRECTIVE_CUES = frozenset(
    "asked urged told ordered requested pressed begged pressured instructed implored".split())


def link_decision(score: float) -> str:
    if score >= AUTO_LINK:
        return AUTO
    if score >= SUGGEST_LINK:
        return SUGGEST
    return NEW


@dataclass(frozen=True)
class LinkProposal:
    claim_id: Hashable | None  # None: start a new claim with new_claim_text
    score: float
    stance: str  # toward claim_id's claim, or toward the new claim
    decision: str  # AUTO, SUGGEST or NEW
    method: str
    new_claim_text: str | None = None  # for NEW, and for SUGGEST if the reviewer rejects
    new_claim_stance: str | None = None  # the statement's stance toward new_claim_text


def propose_link(index: LinkIndex, content: str, *, cue: str = "",
                 speaker: str | None = None) -> LinkProposal:
    """Where a statement should go: the best claim and its decision, or a new claim."""
    found = index.best(content, k=1)
    claim_id, score = found[0] if found else (None, 0.0)
    decision = link_decision(score)
    new_text = new_stance = None
    if decision != AUTO:
        # "denied that X" and "there is no record of X" start claim X, denying it.
        new_text = canonical_text(content, speaker, affirm=True)
        new_stance = stance_toward(content, new_text, cue)
    if decision == NEW:
        return LinkProposal(None, score, new_stance, NEW, METHOD, new_text, new_stance)
    stance = stance_toward(content, index.text(claim_id), cue)
    return LinkProposal(claim_id, score, stance, decision, METHOD, new_text, new_stance)


def propose_statement_link(index: LinkIndex, statement: ExtractedStatement, text: str | None = None) -> LinkProposal:
    """propose_link for the extractor's output: its cue and hedge words count
    toward the stance ("denied", "reportedly" sit outside the content).

    text: the article's text (see linking_text)."""
    cue = " ".join([statement.cue, *statement.hedges])
    return propose_link(index, linking_text(statement, text), cue=cue, speaker=statement.speaker.name)


def linking_text(statement: ExtractedStatement, text: str | None = None) -> str:
    """The text to link and to index for a statement: its content, with the
    speaker and cue when the cue is a request. In "Putin asked [Musk not to
    activate Starlink]" the claim is the asking, not the content alone.

    A leading "he"/"she" is read as a name (referents.py); the sentences before
    the content come from ``text``, the article's text, or for a stored
    statement from its article, and are only read when the content starts
    with such a pronoun.
    """
    content = resolve_leading_pronoun(
        attributed_words(statement), speaker=statement.speaker.name,
        speaker_kind=getattr(statement.speaker, "kind", None), quote=getattr(statement, "quote", None),
        before=lambda: _text_before(statement, text))
    last_cue_word = statement.cue.lower().split()[-1:] or [""]
    if last_cue_word[0] in DIRECTIVE_CUES and not statement.content.lower().startswith("that "):
        return f"{statement.speaker.name} {statement.cue} {content}"
    return content


def attributed_words(statement) -> str:
    """The words the statement attributes, without what the text sets between
    them: of "Russian forces have found ways around the ban and were first
    reported to be using Starlink", the report's words are "Russian forces" and
    "to be using Starlink"; the ban is the writer's. ``statement``: an
    extracted or a stored statement (its ``fragments``, text ranges inside
    start/end; a statement without them is its content)."""
    fragments = [tuple(f) for f in getattr(statement, "fragments", None) or []]
    if not fragments or any(not statement.start <= s < e <= statement.end for s, e in fragments):
        return statement.content
    pieces = (statement.content[s - statement.start:e - statement.start].strip() for s, e in fragments)
    return " ".join(p for p in pieces if p)


def _text_before(statement: ExtractedStatement, text: str | None) -> str:
    if text is None:
        # A stored statement (claims.models.Statement) knows its article.
        article = getattr(statement, "article", None)
        text = getattr(article, "text", None) or ""
    return text[:statement.start]
