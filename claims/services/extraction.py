"""Turning an imported article into stored statements with their chains."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction

from claims.extraction import EXTRACTOR_VERSION, get_extractor
from claims.extraction.types import ExtractedStatement
from claims.models import AttributionHop, Statement
from claims.linkstore import DatabaseLinkIndex
from claims.services.carryover import article_carry_over
from claims.services.claims import claim_refresh_text
from claims.services.linking import statement_link
from sources.models import Actor, Article
from sources.services.actors import actor_resolve

logger = logging.getLogger(__name__)


def article_extract(*, article_id: int) -> list[Statement]:
    """Extract and store the statements of an article, once: a second call (a redelivered
    task, a second worker) finds them stored and changes nothing."""
    article = Article.objects.select_related("outlet").get(pk=article_id)
    if article.statements.exists():
        return list(article.statements.all())
    found = extract_text(article)  # slow: outside the transaction
    with transaction.atomic(durable=True):
        # Lock the article row: a second worker extracting it waits here, then finds
        # the statements stored and leaves.
        Article.objects.select_for_update().filter(pk=article_id).values_list("pk").first()
        if article.statements.exists():
            return list(article.statements.all())
        statements = _statements_store(article, [ex for ex in found if _checks_out(article, ex)])
        index = DatabaseLinkIndex()
        joined = {statement_link(statement=s, index=index).pk for s in statements}
        for claim_id in joined:
            claim_refresh_text(claim_id=claim_id)
        # A new version keeps what reviewers decided on the old one, in this same transaction.
        article_carry_over(article=article)
    return list(article.statements.all())


def extract_text(article: Article) -> list[ExtractedStatement]:
    extractor = get_extractor(settings.FACTCHECK_SPACY_MODEL)
    return extractor.extract(
        article.text,
        excluded=article.excluded_spans(),
        outlet=article.outlet.name if article.outlet else None,
        published=article.published,
    )


def _checks_out(article: Article, ex: ExtractedStatement) -> bool:
    # Principle 1: every citation can be checked against the text. One that cannot
    # is an extractor bug; storing it would publish a false quote.
    if article.text[ex.start:ex.end] == ex.content and ex.end > ex.start:
        return True
    logger.error("article %s: dropped statement whose span does not match its content: %r", article.pk, ex.content)
    return False


def _statements_store(article: Article, found: list[ExtractedStatement]) -> list[Statement]:
    """Store each statement once per (span, speaker): "A and B said X" is two statements
    over one span, but two extractions of the same words that resolve to the same actor
    (an alias, a second cue) are one."""
    stored, seen = [], set()
    for ex in found:
        speaker = actor_resolve(name=ex.speaker.name, kind=ex.speaker.kind, description=ex.speaker.description or "")
        if (ex.start, ex.end, speaker.pk) in seen:
            logger.info("article %s: %s said %r twice; kept the first", article.pk, speaker.name, ex.content[:60])
            continue
        seen.add((ex.start, ex.end, speaker.pk))
        stored.append(_statement_store(article, ex, speaker))
    return stored


def _statement_store(article: Article, ex: ExtractedStatement, speaker: Actor) -> Statement:
    mention = ex.speaker.mention or (None, None)
    cue_span = ex.cue_span or (None, None)
    statement = Statement.objects.create(
        article=article,
        speaker=speaker,
        speaker_description=(ex.speaker.description or "")[:300],
        speaker_start=mention[0],
        speaker_end=mention[1],
        cue=ex.cue[:200],
        cue_start=cue_span[0],
        cue_end=cue_span[1],
        content=ex.content,
        start=ex.start,
        end=ex.end,
        fragments=[list(f) for f in ex.fragments],
        quote=ex.quote,
        platform=(ex.platform or "")[:100],
        said_on=ex.said_on,
        said_on_precision=ex.said_on_precision or "",
        said_when=(ex.said_when or "")[:100],
        said_when_start=ex.said_when_span[0] if ex.said_when_span else None,
        said_when_end=ex.said_when_span[1] if ex.said_when_span else None,
        stance=ex.stance,
        stance_cues=[c.as_dict() for c in ex.stance_cues],
        hedges=list(ex.hedges),
        confidence=min(max(ex.confidence, 0.0), 1.0),
        extractor=EXTRACTOR_VERSION,
    )
    AttributionHop.objects.bulk_create(
        AttributionHop(
            statement=statement,
            position=n,
            actor=actor_resolve(name=hop.name, kind=hop.kind),
            name=hop.name[:200],
            kind=hop.kind,
            relation=hop.relation[:50],
        )
        for n, hop in enumerate(ex.chain)
    )
    return statement
