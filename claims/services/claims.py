"""Editors' work on claims themselves: wording, merges and splits. Each change
writes its history event in the same transaction."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims.linking import attributed_words, canonical_text_for_claim, linking_text
from claims.linkstore import DatabaseLinkIndex
from claims.models import Annotation, Claim, LinkStatus, Statement, StatusEvent
from claims.services.review import SET_STATUS_PERMISSION, claim_lock
from factcheck.errors import Invalid, NotAllowed


def claim_edit(*, claim_id: int, user, text: str, expected_version: int) -> Claim:
    """An editor rewords a claim; linking then keeps the editor's words."""
    _check_editor(user)
    text = " ".join(text.split())
    if not text:
        raise Invalid("a claim needs a text: state the proposition in a short sentence")
    with transaction.atomic(durable=True):
        claim = claim_lock(claim_id=claim_id, expected_version=expected_version)
        Claim.objects.filter(pk=claim.pk).update(text=text[:500], text_by_editor=True, version=F("version") + 1,
                                                 updated_at=timezone.now())
        _reindex(claim.pk)
    claim.refresh_from_db()
    return claim


def claim_merge(*, claim_id: int, into_id: int, user, rationale: str, expected_version: int) -> Claim:
    """Merge one claim into another: its statements, events and annotations move; the
    old claim stays as a pointer (its id redirects) and both histories record it."""
    _check_editor(user)
    if claim_id == into_id:
        raise Invalid("a claim cannot be merged into itself; choose the claim it duplicates")
    _check_rationale(rationale)
    with transaction.atomic(durable=True):
        source = claim_lock(claim_id=claim_id, expected_version=expected_version)
        target = Claim.objects.select_for_update().get(pk=into_id)
        if target.merged_into_id:
            raise Invalid(f"claim {into_id} was itself merged into claim {target.merged_into_id}; merge into that")
        moved = Statement.objects.filter(claim=source).update(claim=target)
        Statement.objects.filter(suggested_claim=source).update(suggested_claim=target)
        StatusEvent.objects.filter(claim=source).update(claim=target)
        Annotation.objects.filter(claim=source).update(claim=target)
        target.subjects.add(*source.subjects.all())
        _event(target, user, StatusEvent.Kind.MERGE, rationale, {"merged": source.pk, "statements": moved})
        Claim.objects.filter(pk=source.pk).update(merged_into=target, version=F("version") + 1, updated_at=timezone.now())
        Claim.objects.filter(merged_into=source).update(merged_into=target)  # old pointers follow
        DatabaseLinkIndex().remove(source.pk)
        _reindex(target.pk)
    target.refresh_from_db()
    return target


def claim_split(*, claim_id: int, statement_ids: list[int], user, rationale: str, expected_version: int,
                text: str = "") -> Claim:
    """Move some statements out of a claim into a new claim of their own."""
    _check_editor(user)
    _check_rationale(rationale)
    with transaction.atomic(durable=True):
        source = claim_lock(claim_id=claim_id, expected_version=expected_version)
        statements = list(Statement.objects.filter(claim=source, pk__in=statement_ids).select_related("speaker"))
        if len(statements) != len(set(statement_ids)) or not statements:
            raise Invalid(f"give ids of statements of claim {claim_id} to split out; some are not in it")
        if len(statements) == source.statements.count():
            raise Invalid("splitting out every statement leaves the claim empty; edit the claim instead")
        pairs = [(attributed_words(s), s.speaker.name) for s in statements]
        new = Claim.objects.create(text=(text or canonical_text_for_claim(pairs))[:500], text_by_editor=bool(text))
        new.subjects.set(source.subjects.all())
        Statement.objects.filter(pk__in=[s.pk for s in statements]).update(claim=new, link_status=LinkStatus.CONFIRMED)
        _event(new, user, StatusEvent.Kind.SPLIT, rationale, {"split_from": source.pk, "statements": statement_ids})
        _event(source, user, StatusEvent.Kind.SPLIT, rationale, {"split_into": new.pk, "statements": statement_ids})
        _reindex(source.pk)
        _reindex(new.pk)
    new.refresh_from_db()
    return new


def claim_refresh_text(*, claim_id: int) -> None:
    """Reword a machine-made claim from all its statements (the wording closest to
    all of them), once more statements have joined it."""
    claim = Claim.objects.get(pk=claim_id)
    if claim.text_by_editor:
        return
    pairs = [(attributed_words(s), s.speaker.name) for s in claim.statements.select_related("speaker")]
    if len(pairs) > 1:
        text = canonical_text_for_claim(pairs)[:500]
        if text and text != claim.text:
            Claim.objects.filter(pk=claim_id).update(text=text)
            _reindex(claim_id)


def _reindex(claim_id: int) -> None:
    claim = Claim.objects.get(pk=claim_id)
    statements = claim.statements.exclude(link_status=LinkStatus.SUGGESTED).select_related("speaker")
    DatabaseLinkIndex().replace(claim_id, [claim.text, *(linking_text(s) for s in statements)])


def _event(claim: Claim, user, kind: str, rationale: str, details: dict) -> StatusEvent:
    Claim.objects.filter(pk=claim.pk).update(version=F("version") + 1, updated_at=timezone.now())
    return StatusEvent.objects.create(
        claim=claim, kind=kind, from_status=claim.status, to_status=claim.status, user=user,
        rationale=rationale.strip(), details=details, claim_version=claim.version + 1,
    )


def _check_editor(user) -> None:
    if not user.has_perm(SET_STATUS_PERMISSION):
        raise NotAllowed("only editors may reword, merge or split claims")


def _check_rationale(rationale: str) -> None:
    if not rationale or not rationale.strip():
        raise Invalid("say why: a merge or split needs a rationale for the claim's history")
