from claims.linking import canonical_text, canonical_text_for_claim
from claims.linking.canonical import MAX_LENGTH


def test_canonical_text_drops_attribution_and_hedges():
    text = canonical_text("the newspaper says the mayor even asked the council not to close the bridge")
    assert text == "The mayor asked the council not to close the bridge"


def test_canonical_text_drops_quotes_and_a_leading_that():
    assert canonical_text("that \u201cthe bridge is safe,\u201d") == "The bridge is safe"


def test_canonical_text_fits_claimreview_where_it_can():
    long = ("the mayor of Lindholm, who took office in a narrow vote last spring, has been in regular "
            "contact over the past few years with the owners of the construction firm building the bridge")
    text = canonical_text(long)
    assert len(text) < MAX_LENGTH
    assert text.startswith("The mayor of Lindholm has been in regular contact")


def test_first_person_becomes_the_speaker():
    assert canonical_text("I asked the council to wait", speaker="Anna Berg") == "Anna Berg asked the council to wait"


def test_a_claims_text_comes_from_its_plainest_statement():
    statements = [
        ("within a day of the flood reaching the old town the council closed the bridge to all traffic", "Mayor"),
        ("the council closed the bridge after the flood", "Reporter"),
        ("officials say the council closed the bridge because of the flood", None),
    ]
    assert canonical_text_for_claim(statements) == "The council closed the bridge after the flood"
