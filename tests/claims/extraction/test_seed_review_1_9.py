"""Seed-review cases fixed in 1.9, in invented harbour-town text."""

import pytest


def _chain(st):
    return [(h.name, h.relation) for h in st.chain]


@pytest.mark.parametrize("text,report,hops", [
    ("The Coast Herald says the mayor asked the harbour board not to close the pier.",
     "says", [("Coast Herald", "said"), ("the mayor", "asked")]),
    ("According to a new report from The Coast Herald, the mayor allegedly asked the harbour board "
     "not to close the pier.",
     "According to", [("Coast Herald", "according to"), ("unnamed source", "allegedly"), ("the mayor", "asked")]),
])
def test_a_reported_request_is_its_makers_act_under_the_report_that_carries_it(extract, text, report, hops):
    statements = extract(text, outlet="Harbour Post")
    assert next(st for st in statements if st.cue == report).content.startswith("the mayor")
    request = next(st for st in statements if st.cue == "asked")
    assert request.speaker.name == "the mayor"
    assert request.content == text[text.index("the harbour board"):text.index(".")]
    assert _chain(request) == [("Harbour Post", "published")] + hops


def test_a_speaker_reporting_their_own_request_is_one_statement(extract):
    text = "Ines Varga said that she has asked the harbour board not to close the pier."
    [st] = extract(text)
    assert st.cue == "said" and st.content == "that she has asked the harbour board not to close the pier"


@pytest.mark.parametrize("between", [" ", "\n\nThe reason? ", " Why? "])
def test_a_hedged_sentence_after_a_report_goes_on_with_that_report(extract, between):
    text = ("According to the Coast Herald, the mayor allegedly took money from the builders." + between
            + "The builders supposedly wanted the pier closed for good.")
    statements = extract(text, outlet="Harbour Post")
    sequel = next(st for st in statements if st.content.startswith("The builders"))
    assert sequel.speaker.name == "unnamed source"  # the chain's last hop (1.10)
    assert _chain(sequel) == [("Harbour Post", "published"), ("Coast Herald", "according to"),
                              ("unnamed source", "supposedly")]


@pytest.mark.parametrize("between", ["\n\n", " Brandt said the pier is safe. "])
def test_a_hedged_sentence_after_a_new_paragraph_or_speaker_is_no_sequel(extract, between):
    text = ("According to the Coast Herald, the mayor allegedly took money from the builders." + between
            + "The builders supposedly wanted the pier closed for good.")
    statements = extract(text, outlet="Harbour Post")
    hedged = next(st for st in statements if st.content.startswith("The builders"))
    assert _chain(hedged) == [("Harbour Post", "published"), ("unnamed source", "supposedly")]
