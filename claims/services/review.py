"""Editors' and reviewers' decisions. Each change commits together with its audit row."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from claims.models import Claim, ClaimStatus, Statement, StatusEvent
from factcheck.errors import Invalid, NotAllowed, Stale

SET_STATUS_PERMISSION = "claims.set_claim_status"


def claim_set_status(
    *,
    claim_id: int,
    user,
    status: str,
    rationale: str,
    expected_version: int,
    evidence_ids: Iterable[int] = (),
    links: Iterable[str] = (),
) -> Claim:
    """Set a claim's status as an editor, writing the status event in the same
    transaction. ``expected_version`` is the version the editor saw: a claim changed
    since then is refused, so no one overwrites a decision they have not seen."""
    _check_status_change(user=user, status=status, rationale=rationale)
    evidence_ids = list(evidence_ids)
    with transaction.atomic(durable=True):
        claim = claim_lock(claim_id=claim_id, expected_version=expected_version)
        if claim.status == status:
            raise Invalid(f"the claim is already {status}; choose another status or leave it as it is")
        event = StatusEvent.objects.create(
            claim=claim, kind=StatusEvent.Kind.STATUS, from_status=claim.status, to_status=status, user=user,
            rationale=rationale.strip(), links=list(links), claim_version=claim.version + 1,
        )
        event.evidence.set(_evidence(claim, evidence_ids))
        Claim.objects.filter(pk=claim.pk).update(status=status, version=F("version") + 1, updated_at=timezone.now())
    claim.refresh_from_db()
    return claim


def _check_status_change(*, user, status: str, rationale: str) -> None:
    if not user.has_perm(SET_STATUS_PERMISSION):
        raise NotAllowed("only editors may set a claim's status; ask an editor, or an administrator for the role")
    if status not in ClaimStatus.values:
        raise Invalid(f"{status!r} is not a status; use one of {', '.join(ClaimStatus.values)}")
    if not rationale or not rationale.strip():
        raise Invalid("a status change needs a rationale: say why, and on what evidence")


def claim_lock(*, claim_id: int, expected_version: int) -> Claim:
    """The claim, locked for this transaction, if it is current and still at the version
    the caller read; otherwise a refusal that says what to do."""
    claim = Claim.objects.select_for_update().filter(pk=claim_id).first()
    if claim is None:
        raise Invalid(f"no claim with id {claim_id}")
    if claim.merged_into_id:
        raise Invalid(f"claim {claim.pk} was merged into claim {claim.merged_into_id}; work on that claim instead")
    if claim.version != expected_version:
        raise Stale(
            f"claim {claim.pk} changed since you read it (you saw version {expected_version}, it is now "
            f"version {claim.version}); reload it, review the change, and try again"
        )
    return claim


def _evidence(claim: Claim, evidence_ids: list[int]) -> list[Statement]:
    statements = list(Statement.objects.filter(pk__in=evidence_ids))
    missing = set(evidence_ids) - {s.pk for s in statements}
    if missing:
        raise Invalid(f"no statement with id {', '.join(map(str, sorted(missing)))}; cite stored statements only")
    return statements


def statement_review(*, statement_id: int, user, accept: bool) -> Statement:
    """A reviewer accepts or rejects a proposed statement."""
    if not user.has_perm("claims.change_statement"):
        raise NotAllowed("only reviewers and editors may review statements")
    state = Statement.Review.ACCEPTED if accept else Statement.Review.REJECTED
    with transaction.atomic(durable=True):
        Statement.objects.filter(pk=statement_id).update(review_state=state, reviewed_by=user, reviewed_at=timezone.now())
    return Statement.objects.get(pk=statement_id)
