"""Carrying reviewers' work over to a new version of an article.

Accepted statements and anchored annotations are found again in the new text by
their quote and context (exact, then fuzzy). What cannot be found is flagged as
orphaned for review, never dropped."""

from __future__ import annotations

from dataclasses import dataclass

from claims.anchoring import anchor_context, anchor_find
from claims.models import Annotation, AttributionHop, Statement
from claims.services.linking import claim_drop_if_empty
from sources.models import Article


@dataclass
class CarryOver:
    statements_moved: int = 0
    statements_orphaned: int = 0
    annotations_moved: int = 0
    annotations_orphaned: int = 0


def article_carry_over(*, article: Article) -> CarryOver:
    """Run inside the transaction that stores the new version's statements."""
    report = CarryOver()
    previous = article.previous
    if previous is None:
        return report
    for old in previous.statements.filter(review_state=Statement.Review.ACCEPTED).select_related("claim"):
        moved = _statement_carry(old, article)
        report.statements_moved += moved
        report.statements_orphaned += not moved
    for annotation in Annotation.objects.filter(article=previous, orphaned=False):
        moved = _annotation_carry(annotation, previous, article)
        report.annotations_moved += moved
        report.annotations_orphaned += not moved
    return report


def _statement_carry(old: Statement, article: Article) -> bool:
    prefix, suffix = anchor_context(old.article.text, old.start, old.end)
    span = anchor_find(article.text, old.content, prefix, suffix, hint=old.start)
    if span is None:
        Statement.objects.filter(pk=old.pk).update(orphaned=True)
        return False
    new = _counterpart(old, article, span) or _statement_copy(old, article, span)
    left = new.claim_id
    Statement.objects.filter(pk=new.pk).update(
        review_state=old.review_state, reviewed_by=old.reviewed_by, reviewed_at=old.reviewed_at, claim=old.claim,
        link_score=old.link_score, link_method=old.link_method, link_status=old.link_status, carried_from=old,
    )
    Annotation.objects.filter(statement=old).update(statement=new, article=article)
    if left != old.claim_id:
        claim_drop_if_empty(claim_id=left)  # the claim the re-extraction had started for it
    return True


def _counterpart(old: Statement, article: Article, span: tuple[int, int]) -> Statement | None:
    """The new version's statement of the same words by the same speaker. "A and B
    said X" is two statements over one span, each carried to its own; failing the
    same speaker (re-extraction named it differently), a statement at the span that
    no other statement of the old span (a co-speaker) will claim."""
    at_span = Statement.objects.filter(article=article, start=span[0], end=span[1]).order_by("id")
    same = at_span.filter(speaker_id=old.speaker_id).first()
    if same is not None:
        return same
    co_speakers = old.article.statements.filter(start=old.start, end=old.end).exclude(pk=old.pk).values("speaker_id")
    return at_span.filter(carried_from__isnull=True).exclude(speaker_id__in=co_speakers).first()


def _statement_copy(old: Statement, article: Article, span: tuple[int, int]) -> Statement:
    # The new extraction missed it (or cut it differently): the reviewer's accepted
    # version stands, re-anchored. Speaker and cue offsets moved by an unknown amount.
    new = Statement.objects.create(
        article=article, speaker=old.speaker, speaker_description=old.speaker_description, cue=old.cue,
        content=article.text[span[0]:span[1]], start=span[0], end=span[1],
        fragments=[[s + span[0] - old.start, e + span[0] - old.start] for s, e in old.fragments],
        quote=old.quote, platform=old.platform,
        said_on=old.said_on, said_on_precision=old.said_on_precision, said_when=old.said_when,
        **_said_when_moved(old, article.text, span[0] - old.start), stance=old.stance,
        stance_cues=_cues_moved(old.stance_cues, article.text, span[0] - old.start),
        hedges=old.hedges, confidence=old.confidence, extractor=old.extractor,
    )
    AttributionHop.objects.bulk_create(
        AttributionHop(statement=new, position=h.position, actor=h.actor, name=h.name, kind=h.kind, relation=h.relation)
        for h in old.hops.all()
    )
    return new


def _said_when_moved(old: Statement, text: str, shift: int) -> dict:
    """The dating words' span moved with the content, as a stance cue's is."""
    if old.said_when_start is None:
        return {}
    span = _span_moved([old.said_when_start, old.said_when_end], old.said_when, text, shift)
    return {"said_when_start": span[0], "said_when_end": span[1]} if span else {}


def _cues_moved(cues: list[dict], text: str, shift: int) -> list[dict]:
    """Stance cues moved with the content, each span as _span_moved moves it."""
    moved = []
    for cue in cues:
        span = cue.get("span")
        moved.append({**cue, "span": None if span is None else _span_moved(span, cue.get("text"), text, shift)})
    return moved


def _span_moved(span: list[int], words: str | None, text: str, shift: int) -> list[int] | None:
    """``span`` shifted with the content, or None where the shifted span no
    longer holds ``words``: words outside the content (the cue verb before it)
    may have moved by another amount, and are then kept without a span."""
    start, end = span[0] + shift, span[1] + shift
    return [start, end] if start >= 0 and text[start:end] == words else None


def _annotation_carry(annotation: Annotation, previous: Article, article: Article) -> bool:
    if annotation.start is None:  # about the whole article: nothing to re-anchor
        Annotation.objects.filter(pk=annotation.pk).update(article=article)
        return True
    span = anchor_find(article.text, annotation.exact, annotation.prefix, annotation.suffix, hint=annotation.start)
    if span is None:
        Annotation.objects.filter(pk=annotation.pk).update(orphaned=True)
        return False
    prefix, suffix = anchor_context(article.text, *span)
    Annotation.objects.filter(pk=annotation.pk).update(
        article=article, start=span[0], end=span[1], exact=article.text[span[0]:span[1]], prefix=prefix, suffix=suffix
    )
    return True
