"""Linking statements to the claims they make, through the database link index.

A statement joins the claim it restates (score at or above AUTO_LINK), or starts a
claim of its own; between SUGGEST_LINK and AUTO_LINK it also records the claim it may
restate, for a reviewer to confirm (then it moves there) or reject. Until then a
suggestion changes no claim: counts and suggested statuses see only real links.
Its stance is recorded toward its claim. A link a reviewer confirmed is never moved
by relinking.
"""

from __future__ import annotations

import re

from django.db import transaction
from django.utils import timezone

from claims.linking import (AUTO, METHOD, NEW, SUGGEST, attributed_words, linking_text, propose_statement_link,
                            stance_toward)
from claims.linkstore import DatabaseLinkIndex
from claims.models import Claim, LinkStatus, Statement
from factcheck.errors import Invalid, NotAllowed
from sources.models import Actor, ActorAlias
from sources.services.actors import alias_normalize

_STATUS = {AUTO: LinkStatus.AUTO, SUGGEST: LinkStatus.SUGGESTED, NEW: LinkStatus.NEW}
_NAME = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*")


def statement_link(*, statement: Statement, index: DatabaseLinkIndex | None = None) -> Claim:
    """Give the statement its claim. Call inside the transaction that stores it."""
    if statement.link_status == LinkStatus.CONFIRMED and statement.claim_id:
        return statement.claim
    index = index or DatabaseLinkIndex()
    proposal = propose_statement_link(index, statement)
    if proposal.decision == AUTO:
        claim, stance = Claim.objects.get(pk=proposal.claim_id), proposal.stance
    else:
        claim, stance = claim_start(text=proposal.new_claim_text, index=index), proposal.new_claim_stance
    suggested = proposal.claim_id if proposal.decision == SUGGEST else None
    _link(statement, claim, status=_STATUS[proposal.decision], score=proposal.score, stance=stance,
          suggested_claim_id=suggested)
    index.add(claim.pk, linking_text(statement))
    return claim


def claim_start(*, text: str, index: DatabaseLinkIndex) -> Claim:
    claim = Claim.objects.create(text=text[:500])
    claim.subjects.set(claim_subjects(text))
    index.add(claim.pk, text)
    return claim


def claim_subjects(text: str) -> list[Actor]:
    """The known actors the claim text names, by their names and aliases."""
    found = [re.sub(r"^(The|A|An)\s+", "", m.group()) for m in _NAME.finditer(text)]
    names = {alias_normalize(name) for name in found}
    names |= {alias_normalize(word) for name in found for word in name.split() if len(word) > 2}
    aliases = ActorAlias.objects.filter(normalized__in=names).exclude(actor__kind="unnamed").select_related("actor")
    return list({alias.actor for alias in aliases})


def _link(statement: Statement, claim: Claim, *, status: str, score: float, stance: str | None,
          suggested_claim_id: int | None = None) -> None:
    fields = dict(claim=claim, link_status=status, link_score=score, link_method=METHOD,
                  stance=stance or statement.stance, suggested_claim_id=suggested_claim_id)
    Statement.objects.filter(pk=statement.pk).update(**fields)
    for name, value in fields.items():
        setattr(statement, name, value)
    Claim.objects.filter(pk=claim.pk).update(updated_at=timezone.now())


def statement_link_confirm(*, statement_id: int, user, claim_id: int | None = None) -> Statement:
    """A reviewer confirms the statement's claim, or moves it to another claim."""
    _check_reviewer(user)
    with transaction.atomic(durable=True):
        statement = Statement.objects.select_for_update().select_related("speaker").get(pk=statement_id)
        target = claim_id or statement.suggested_claim_id or statement.claim_id
        claim = Claim.objects.filter(pk=target).first()
        if claim is None or claim.merged_into_id:
            raise Invalid(f"claim {target} was merged or does not exist; link the statement to a current claim")
        left = statement.claim_id
        stance = (stance_toward(attributed_words(statement), claim.text, statement.cue) if claim.pk != left
                  else statement.stance)
        _link(statement, claim, status=LinkStatus.CONFIRMED, score=statement.link_score or 1.0, stance=stance)
        DatabaseLinkIndex().add(claim.pk, linking_text(statement))
        claim_drop_if_empty(claim_id=left)
    return statement


def statement_link_reject(*, statement_id: int, user) -> Statement:
    """A reviewer rejects a suggested link: the statement keeps the claim it started."""
    _check_reviewer(user)
    with transaction.atomic(durable=True):
        statement = Statement.objects.select_for_update().get(pk=statement_id)
        Statement.objects.filter(pk=statement_id).update(suggested_claim=None, link_status=LinkStatus.CONFIRMED)
    statement.refresh_from_db()
    return statement


def claim_drop_if_empty(*, claim_id: int | None) -> None:
    """Remove a claim a move left without statements, unless editors worked on it."""
    claim = Claim.objects.filter(pk=claim_id).first()
    if claim is None or claim.statements.exists() or claim.events.exists() or claim.annotations.exists():
        return
    DatabaseLinkIndex().remove(claim.pk)
    Statement.objects.filter(suggested_claim=claim).update(suggested_claim=None)
    claim.delete()


def _check_reviewer(user) -> None:
    if not user.has_perm("claims.change_statement"):
        raise NotAllowed("only reviewers and editors may confirm or move a statement's claim")


def claims_relink() -> dict[str, int]:
    """Link every statement again (after a new method or threshold), oldest article
    first. Statements a reviewer confirmed stay where they are, and so do the claims
    editors worked on; claims left empty and untouched by editors are removed."""
    with transaction.atomic(durable=True):
        keep = Statement.objects.filter(link_status=LinkStatus.CONFIRMED)
        movable = list(
            Statement.objects.exclude(link_status=LinkStatus.CONFIRMED)
            .select_related("speaker", "article").order_by("article__imported_at", "article_id", "start", "pk")
        )
        Statement.objects.filter(pk__in=[s.pk for s in movable]).update(claim=None, suggested_claim=None)
        index = DatabaseLinkIndex()
        index.clear()
        # Existing claims stay findable by their wording, so relinking keeps their ids.
        for claim in Claim.objects.filter(merged_into__isnull=True).order_by("pk"):
            index.add(claim.pk, claim.text)
        for statement in keep.select_related("speaker"):
            index.add(statement.claim_id, linking_text(statement))
        for statement in movable:
            statement.link_status = ""
            statement_link(statement=statement, index=index)
        emptied = Claim.objects.filter(merged_into__isnull=True, statements__isnull=True, events__isnull=True,
                                       annotations__isnull=True)
        removed = list(emptied.values_list("pk", flat=True))
        for claim_id in removed:
            index.remove(claim_id)
        Claim.objects.filter(pk__in=removed).delete()
    return {"relinked": len(movable), "kept": keep.count(), "claims_removed": len(removed)}
