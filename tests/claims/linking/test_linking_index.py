import pickle

from claims.extraction.types import ExtractedStatement, Speaker
from claims.linking import (
    AUTO,
    AUTO_LINK,
    NEW,
    SUGGEST,
    LinkIndex,
    link_decision,
    linking_text,
    propose_link,
    propose_statement_link,
)
from claims.linking import index as index_module

CLAIMS = {
    1: "Russian drones use Starlink",
    2: "SpaceX sold Starlink terminals to Russia",
    3: "Musk has been in regular contact with Putin",
    4: "Putin asked Musk not to activate Starlink over Taiwan",
}


def make_index() -> LinkIndex:
    index = LinkIndex()
    for claim_id, text in CLAIMS.items():
        index.add(claim_id, text)
    return index


def test_a_paraphrase_finds_its_claim_first():
    assert make_index().best("Putin reportedly urged Musk not to switch on Starlink above Taiwan")[0][0] == 4


def test_a_denial_links_to_the_claim_it_denies():
    proposal = propose_link(make_index(), "SpaceX never sold any Starlink receivers to Russia")
    assert (proposal.claim_id, proposal.decision, proposal.stance) == (2, AUTO, "denies")


def test_a_statement_about_the_same_people_starts_a_new_claim():
    proposal = propose_link(make_index(), "Musk praised Putin's handling of the economy", speaker="Someone")
    assert proposal.decision == NEW and proposal.claim_id is None
    assert proposal.new_claim_text == "Musk praised Putin's handling of the economy"


def test_a_claim_matches_any_statement_already_linked_to_it():
    index = make_index()
    index.add(1, "the army fitted its long-range strike UAVs with satellite modems")
    assert index.best("long-range strike UAVs fitted with satellite modems")[0][0] == 1


def test_a_removed_claim_is_not_returned():
    index = make_index()
    index.remove(4)
    assert 4 not in index and all(cid != 4 for cid, _ in index.best(CLAIMS[4]))


def test_replacing_a_claims_texts_reindexes_it():
    index = make_index()
    index.replace(4, ["Xi wants Starlink kept out of Taiwan"])
    assert index.text(4) == "Xi wants Starlink kept out of Taiwan"
    assert dict(index.best(CLAIMS[4])).get(4, 0.0) < AUTO_LINK


def test_an_index_survives_pickling():
    restored = pickle.loads(pickle.dumps(make_index()))
    assert restored.best(CLAIMS[2])[0] == (2, 1.0)


def test_posting_lists_are_capped_so_a_common_term_costs_the_same_at_any_size(monkeypatch):
    monkeypatch.setattr(index_module, "POSTING_CAP", 8)
    index = LinkIndex()
    for n in range(50):
        index.add(n, f"Starlink claim number {n} about topic{n}")
    assert len(index._postings["starlink"]) == 8
    assert index.best("Starlink topic3", k=3)[0][0] == 3  # the rare term still finds it


def test_scores_map_to_decisions_by_the_thresholds():
    assert [link_decision(s) for s in (0.9, 0.4, 0.1)] == [AUTO, SUGGEST, NEW]


def test_an_extracted_denial_denies_through_its_cue():
    statement = ExtractedStatement(
        speaker=Speaker("A SpaceX spokesperson", "person"), cue="denied", cue_span=None,
        content="that SpaceX sold Starlink terminals to Russia", start=0, end=45, quote="indirect", chain=[])
    proposal = propose_statement_link(make_index(), statement)
    assert (proposal.claim_id, proposal.stance) == (2, "denies")


def test_a_request_is_linked_with_who_asked():
    statement = ExtractedStatement(
        speaker=Speaker("Piet Kuiper", "person"), cue="asked", cue_span=None,
        content="the mayor not to close the bridge", start=0, end=33, quote="indirect", chain=[])
    assert linking_text(statement) == "Piet Kuiper asked the mayor not to close the bridge"


def test_a_report_is_linked_by_its_content_alone():
    statement = ExtractedStatement(
        speaker=Speaker("Piet Kuiper", "person"), cue="said", cue_span=None,
        content="the bridge will close", start=0, end=21, quote="indirect", chain=[])
    assert linking_text(statement) == "the bridge will close"


def test_a_suggestion_also_carries_the_new_claim_a_reviewer_may_start_instead():
    index = LinkIndex()
    index.add(1, "The council closed the bridge to all traffic after the flood")
    proposal = propose_link(index, "the council did not close the old ferry pier")
    assert proposal.decision == SUGGEST, proposal
    assert proposal.stance == "denies"  # toward claim 1, which it does not match well
    assert (proposal.new_claim_text, proposal.new_claim_stance) == (
        "The council did not close the old ferry pier", "asserts")
