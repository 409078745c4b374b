"""Cues next to quotes in 1.8: a verb with its particle right before a quote
(`Keel piped up. “...”`) and "reason" as a verb of saying."""

import pytest

from tests.claims.quoting import quoted_statement


@pytest.mark.parametrize("text, words", [
    ("The meeting was nearly over when Marta Keel piped up. “Not a chance, not this year.”", "Not a chance"),
    ("When Marta Keel finally summed up — “We will rebuild this pier, and we will do it soon!” — the hall cheered.",
     "We will rebuild"),
])
def test_a_verb_and_its_particle_right_before_a_quote_give_the_quote_their_subject(extract, text, words):
    assert quoted_statement(extract(text), words).speaker.name == "Marta Keel"


def test_reasoning_is_saying(extract):
    st = quoted_statement(extract("Tomas Rivne reasoned that the ferry would never pay for itself."), "that the ferry")
    assert (st.speaker.name, st.cue) == ("Tomas Rivne", "reasoned")
