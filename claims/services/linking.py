"""Linking statements to the claims they make."""

from __future__ import annotations

from claims.models import Claim, Statement

LINK_METHOD = "one-claim-per-statement 0.1"
CLAIM_TEXT_LIMIT = 75


def statement_link(*, statement: Statement) -> Claim:
    """Give the statement a claim. For now each statement starts its own claim."""
    if statement.link_confirmed and statement.claim_id:
        return statement.claim
    claim = Claim.objects.create(text=claim_text_from(statement.content))
    claim.subjects.add(statement.speaker)
    Statement.objects.filter(pk=statement.pk).update(claim=claim, link_score=1.0, link_method=LINK_METHOD)
    statement.claim, statement.link_score, statement.link_method = claim, 1.0, LINK_METHOD
    return claim


def claim_text_from(content: str) -> str:
    """A claim's first wording: the statement's content, unquoted, cut at a word."""
    text = " ".join(content.split()).strip("\"'“”‘’ ,.")
    if len(text) <= CLAIM_TEXT_LIMIT:
        return text
    return text[: CLAIM_TEXT_LIMIT - 1].rsplit(" ", 1)[0] + "…"
