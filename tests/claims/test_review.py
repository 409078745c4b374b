import pytest

from claims.models import ClaimStatus, StatusEvent
from claims.services.review import claim_set_status
from factcheck.errors import Invalid, NotAllowed, Stale
from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db


def _change(claim, user, **overrides):
    args = dict(claim_id=claim.pk, user=user, status=ClaimStatus.DENIED, expected_version=claim.version,
                rationale="The commissioner's office published the inspection log.")
    return claim_set_status(**{**args, **overrides})


def test_an_editor_sets_a_status_and_the_event_records_who_why_and_on_what_evidence(editor):
    statement = StatementFactory()
    claim = _change(statement.claim, editor, evidence_ids=[statement.pk], links=["https://example.org/log"])
    event = StatusEvent.objects.get(claim=claim)
    assert (claim.status, claim.version) == ("denied", 2)
    assert (event.from_status, event.to_status, event.user, event.claim_version) == ("unverified", "denied", editor, 2)
    assert list(event.evidence.all()) == [statement] and event.links == ["https://example.org/log"]


def test_a_reviewer_may_not_set_a_status(reviewer):
    claim = StatementFactory().claim
    with pytest.raises(NotAllowed, match="only editors"):
        _change(claim, reviewer)
    claim.refresh_from_db()
    assert claim.status == "unverified" and not StatusEvent.objects.exists()


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"status": "probably"}, "not a status"),
        ({"rationale": "  "}, "needs a rationale"),
        ({"expected_version": 7}, "changed since you read it"),
        ({"status": "unverified"}, "already unverified"),
        ({"evidence_ids": [999999]}, "no statement with id 999999"),
    ],
)
def test_a_bad_status_change_is_refused_with_a_clear_message_and_nothing_changes(editor, overrides, message):
    claim = StatementFactory().claim
    with pytest.raises((Invalid, Stale), match=message):
        _change(claim, editor, **overrides)
    claim.refresh_from_db()
    assert (claim.status, claim.version) == ("unverified", 1)
    assert not StatusEvent.objects.exists()


def test_a_second_editor_working_from_the_same_version_cannot_overwrite_the_first(editor):
    claim = StatementFactory().claim
    seen = claim.version
    _change(claim, editor, expected_version=seen)
    with pytest.raises(Stale):
        _change(claim, editor, expected_version=seen, status=ClaimStatus.CONFIRMED)
    claim.refresh_from_db()
    assert claim.status == "denied"
