"""Statements linked to claims in the database, sources counted, editors' merges,
splits and relinking."""

import pytest

from claims.models import Claim, ClaimStatus, LinkStatus, Statement, StatusEvent
from claims.selectors import claim_evidence, statement_source
from claims.services.claims import claim_edit, claim_merge, claim_split
from claims.services.linking import claims_relink, statement_link, statement_link_confirm, statement_link_reject
from claims.services.review import claim_set_status
from factcheck.errors import Invalid, NotAllowed, Stale
from sources.services.actors import actor_resolve
from tests.factories import said

pytestmark = pytest.mark.django_db

CLOSURE = "the Meridian harbour bridge will close for four weeks in March for cable repairs"
CLOSURE_AGAIN = "the harbour bridge in Meridian will be closed for four weeks in March while its cables are repaired"
MAYBE = "traffic over the harbour bridge will be diverted in March"  # near enough to suggest, not to link
UNRELATED = "the Meridian ferry company will raise its fares by a tenth in May"


def _linked(statement):
    statement_link(statement=statement)
    statement.refresh_from_db()
    return statement


def test_two_statements_of_the_same_proposition_in_other_words_share_one_claim():
    first = _linked(said(CLOSURE, outlet="Meridian Daily"))
    second = _linked(said(CLOSURE_AGAIN, speaker="Tomas Reyes", outlet="Valley Courier"))
    third = _linked(said(UNRELATED, speaker="Tomas Reyes", outlet="Valley Courier"))
    assert second.claim_id == first.claim_id and second.link_status == LinkStatus.AUTO
    assert second.link_score >= 0.5 and second.link_method.startswith("lexical+entity")
    assert third.claim_id != first.claim_id and third.link_status == LinkStatus.NEW


def test_a_denial_starts_the_affirmative_claim_and_denies_it():
    actor_resolve(name="Harbour Council", kind="organization")
    statement = _linked(said("there is no record of the Harbour Council selling the quay to developers",
                             speaker="Harbour Council", kind="organization", cue="said"))
    claim = statement.claim
    assert statement.stance == "denies"
    assert "no record" not in claim.text.lower() and "sold" in claim.text.lower()
    assert len(claim.text) <= 75
    assert [a.name for a in claim.subjects.all()] == ["Harbour Council"]


def test_five_articles_citing_one_report_are_one_independent_source():
    via = [("Valley Courier", "outlet", "reported")]
    statements = [_linked(said(CLOSURE, speaker="officials", kind="unnamed", outlet=f"Outlet {n}", via=via))
                  for n in range(5)]
    own = _linked(said(CLOSURE_AGAIN, speaker="Dana Okafor", outlet="Harbour Post"))
    evidence = claim_evidence(own.claim)
    assert {s.claim_id for s in statements} == {own.claim_id}
    assert evidence.asserting == 2 and evidence.contrary == 0
    assert sorted(s.label for s in evidence.sources) == ["Dana Okafor", "Valley Courier"]
    assert evidence.first_statement_id == statements[0].pk


def test_unnamed_officials_in_two_outlets_own_reporting_are_two_sources():
    first = _linked(said(CLOSURE, speaker="officials", kind="unnamed", outlet="Meridian Daily"))
    _linked(said(CLOSURE_AGAIN, speaker="officials", kind="unnamed", outlet="Harbour Post"))
    labels = sorted(s.label for s in claim_evidence(first.claim).sources)
    assert labels == ["officials (Harbour Post)", "officials (Meridian Daily)"]


def test_a_named_reports_unnamed_source_counts_as_that_report():
    # "According to the Valley Courier, the bridge will reportedly close ...": the
    # hedge's unnamed source speaks, and an article citing the Courier with no hedge
    # is an echo of the same report.
    report = _linked(said(CLOSURE, speaker="Valley Courier", kind="outlet", outlet="Meridian Daily"))
    hedged = _linked(said(CLOSURE_AGAIN, speaker="unnamed source", kind="unnamed", outlet="Harbour Post",
                          via=[("Valley Courier", "outlet", "according to")], stance="hedges", cue="reportedly"))
    assert hedged.claim_id == report.claim_id
    assert statement_source(hedged) == statement_source(report) == (("actor", report.speaker_id), "Valley Courier")
    [source] = claim_evidence(report.claim).sources
    assert source.stances == {"asserts", "hedges"}


@pytest.mark.parametrize("stance", ["hedges", "asserts"])
def test_a_named_reports_unnamed_source_alone_is_no_firm_support(stance):
    # Counted as the Courier's report, the unnamed officials it cites still weigh
    # less than a named denial, as they would as the outlet's own unnamed source.
    claim = _linked(said("the Harbour Council sold the quay to developers", speaker="officials", kind="unnamed",
                         via=[("Valley Courier", "outlet", "according to")], stance=stance)).claim
    _linked(said("the Harbour Council did not sell the quay to developers", speaker="Tomas Reyes", cue="denied",
                 stance="denies"))
    evidence = claim_evidence(claim)
    assert [s.label for s in evidence.sources] == ["Valley Courier", "Tomas Reyes"]
    assert evidence.suggested_status == ClaimStatus.DENIED
    assert evidence.suggestion_reason == "denied by Tomas Reyes; asserted only by hedged or unnamed reports"


def test_a_denial_by_the_party_the_claim_is_about_suggests_denied_but_changes_nothing():
    council = actor_resolve(name="Harbour Council", kind="organization")
    claim = _linked(said("the Harbour Council sold the quay to developers", speaker="Valley Courier",
                         kind="outlet")).claim
    claim.subjects.add(council)
    denial = said("the Harbour Council did not sell the quay to developers", speaker="Harbour Council",
                  kind="organization", stance="denies", cue="denied")
    assert _linked(denial).claim_id == claim.pk
    evidence = claim_evidence(claim)
    assert evidence.suggested_status == ClaimStatus.DENIED and "Harbour Council" in evidence.suggestion_reason
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNVERIFIED


def test_conflicting_independent_stances_suggest_disputed():
    claim = _linked(said(CLOSURE)).claim
    _linked(said(f"it is not true that {CLOSURE}", speaker="Tomas Reyes", cue="denied", stance="denies"))
    assert claim_evidence(claim).suggested_status == ClaimStatus.DISPUTED


def test_merging_moves_statements_and_history_and_records_the_merge(editor):
    keep = _linked(said(CLOSURE)).claim
    dup = _linked(said(UNRELATED, speaker="Tomas Reyes")).claim
    claim_set_status(claim_id=dup.pk, user=editor, status="confirmed", rationale="Fare table published.",
                     expected_version=dup.version)
    merged = claim_merge(claim_id=dup.pk, into_id=keep.pk, user=editor, rationale="Same story.", expected_version=2)
    dup.refresh_from_db()
    assert dup.merged_into_id == keep.pk
    assert merged.statements.count() == 2
    assert list(merged.events.values_list("kind", flat=True)) == ["status", "merge"]


@pytest.mark.parametrize("change, error, message", [
    (dict(into_self=True), Invalid, "into itself"),
    (dict(rationale=" "), Invalid, "rationale"),
    (dict(expected_version=9), Stale, "changed since you read it"),
])
def test_a_bad_merge_is_refused_and_nothing_changes(editor, change, error, message):
    keep = _linked(said(CLOSURE)).claim
    dup = _linked(said(UNRELATED, speaker="Tomas Reyes")).claim
    args = dict(claim_id=dup.pk, into_id=dup.pk if change.get("into_self") else keep.pk, user=editor,
                rationale=change.get("rationale", "Same story."), expected_version=change.get("expected_version", 1))
    with pytest.raises(error, match=message):
        claim_merge(**args)
    dup.refresh_from_db()
    assert dup.merged_into_id is None and dup.statements.count() == 1 and not StatusEvent.objects.exists()


def test_a_reviewer_may_not_merge(reviewer):
    a, b = _linked(said(CLOSURE)).claim, _linked(said(UNRELATED, speaker="Tomas Reyes")).claim
    with pytest.raises(NotAllowed):
        claim_merge(claim_id=a.pk, into_id=b.pk, user=reviewer, rationale="x", expected_version=1)


def test_splitting_moves_the_chosen_statements_into_a_new_claim(editor):
    first = _linked(said(CLOSURE))
    second = _linked(said(CLOSURE_AGAIN, speaker="Tomas Reyes"))
    claim = first.claim
    new = claim_split(claim_id=claim.pk, statement_ids=[second.pk], user=editor, rationale="Different dates.",
                      expected_version=claim.version, text="The bridge closes while its cables are repaired")
    second.refresh_from_db()
    assert second.claim_id == new.pk and second.link_status == LinkStatus.CONFIRMED
    assert new.text == "The bridge closes while its cables are repaired"
    assert claim.events.get().details == {"split_into": new.pk, "statements": [second.pk]}


def test_relinking_never_moves_a_statement_a_reviewer_confirmed(reviewer, editor):
    first = _linked(said(CLOSURE))
    second = _linked(said(CLOSURE_AGAIN, speaker="Tomas Reyes"))
    other = _linked(said(UNRELATED, speaker="Carl Brenner"))
    statement_link_confirm(statement_id=second.pk, user=reviewer, claim_id=other.claim_id)
    report = claims_relink()
    second.refresh_from_db()
    first.refresh_from_db()
    assert second.claim_id == other.claim_id and report["kept"] == 1
    assert first.claim_id is not None and Statement.objects.filter(claim__isnull=True).count() == 0


def test_a_suggestion_joins_its_claim_only_when_a_reviewer_confirms_it(reviewer):
    first = _linked(said(CLOSURE))
    maybe = said(MAYBE, speaker="Tomas Reyes")
    maybe = _linked(maybe)
    if maybe.link_status != LinkStatus.SUGGESTED:
        pytest.fail(f"expected a suggestion, got {maybe.link_status} at {maybe.link_score}")
    assert maybe.claim_id != first.claim_id and maybe.suggested_claim_id == first.claim_id
    own_claim = maybe.claim_id
    statement_link_confirm(statement_id=maybe.pk, user=reviewer)
    maybe.refresh_from_db()
    assert maybe.claim_id == first.claim_id and maybe.link_status == LinkStatus.CONFIRMED
    assert not Claim.objects.filter(pk=own_claim).exists(), "the claim it had started is empty: removed"


def test_rejecting_a_suggestion_keeps_the_statement_in_its_own_claim(reviewer):
    _linked(said(CLOSURE))
    maybe = _linked(said(MAYBE, speaker="Tomas Reyes"))
    statement_link_reject(statement_id=maybe.pk, user=reviewer)
    maybe.refresh_from_db()
    assert maybe.suggested_claim_id is None and maybe.link_status == LinkStatus.CONFIRMED


def test_an_editor_rewords_a_claim_and_relinking_keeps_the_words(editor):
    claim = _linked(said(CLOSURE)).claim
    claim = claim_edit(claim_id=claim.pk, user=editor, text="Harbour bridge closes for March repairs",
                       expected_version=claim.version)
    claims_relink()
    claim.refresh_from_db()
    assert claim.text == "Harbour bridge closes for March repairs" and claim.text_by_editor and claim.version == 2


def test_an_unnamed_allegation_against_a_named_denial_suggests_denied():
    claim = _linked(said("the Harbour Council sold the quay to developers", speaker="critics", kind="unnamed",
                         cue="claimed")).claim
    _linked(said("the Harbour Council did not sell the quay to developers", speaker="Tomas Reyes", cue="denied",
                 stance="denies"))
    evidence = claim_evidence(claim)
    assert evidence.suggested_status == ClaimStatus.DENIED
    assert evidence.suggestion_reason == "denied by Tomas Reyes; asserted only by hedged or unnamed reports"


def test_a_named_assertion_against_a_denial_suggests_disputed():
    claim = _linked(said("the Harbour Council sold the quay to developers", speaker="Valley Courier",
                         kind="outlet")).claim
    _linked(said("the Harbour Council did not sell the quay to developers", speaker="Tomas Reyes", cue="denied",
                 stance="denies"))
    assert claim_evidence(claim).suggested_status == ClaimStatus.DISPUTED


def test_a_request_somebody_reports_counts_as_that_reports_evidence():
    # "The Valley Courier says Ines Varga asked the harbour board not to close the
    # pier": the request is Varga's act, but what it asks for is no claim of hers;
    # the Courier's report is the one source, however the two statements link.
    report = said("Ines Varga asked the harbour board not to close the pier", speaker="Valley Courier",
                  kind="outlet", cue="says")
    request = said("the harbour board not to close the pier", speaker="Ines Varga", cue="asked",
                   via=[("Valley Courier", "outlet", "says")])
    assert statement_source(request) == statement_source(report) == (("actor", report.speaker_id), "Valley Courier")
    told = said("the pier will stay open", speaker="Ines Varga", via=[("Valley Courier", "outlet", "reported")])
    assert statement_source(told) == (("actor", told.speaker_id), "Ines Varga")  # her own words: her source
