from claims.linking import LinkIndex, propose_link
from claims.linking.polarity import affirmative, past_tense


def test_no_record_of_a_sale_is_the_denial_of_the_sale():
    said = "there is no record of the firm selling radios to Iran, neither directly nor indirectly"
    assert affirmative(said) == "the firm sold radios to Iran"


def test_false_that_and_claims_are_false_frames_give_their_proposition():
    assert affirmative("It is false that the bridge is closed") == "the bridge is closed"
    assert affirmative("Claims that the club fired its manager are baseless") == "the club fired its manager"


def test_a_negative_proposition_is_not_a_denial_frame():
    assert affirmative("Russia will not end the war") is None


def test_past_tense_from_a_gerund_stem():
    assert [past_tense(s) for s in ("sell", "us", "mak", "shipp", "supply", "deliver")] == [
        "sold", "used", "made", "shipped", "supplied", "delivered"]


def test_a_denial_that_starts_a_claim_starts_the_affirmative_claim_and_denies_it():
    proposal = propose_link(LinkIndex(), "that there is no record of the firm selling radios to Iran",
                            speaker="A spokesperson")
    assert proposal.new_claim_text == "The firm sold radios to Iran"
    assert proposal.stance == "denies"
