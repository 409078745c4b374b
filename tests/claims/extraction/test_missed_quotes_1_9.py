"""Quotes with a speaker of their own that 1.8 missed or gave to another cue."""

import pytest

from tests.claims.quoting import quoted_statement


@pytest.mark.parametrize("text, words, speaker", [
    ('The debate between Varga and Brandt grew so heated over who supported which Harbour bill that Velmora '
     'Mayor Ines Varga said, "I feel like I need a pilot-to-English dictionary."', "I feel like", "Ines Varga"),
    ('The fight between the two pilots grew so heated over who supported which Council motion that North '
     'Velmora Rep. Odo Brandt said, "I feel like I need a referee."', "I feel like", "Odo Brandt"),
])
def test_a_speaker_the_parse_hung_on_a_noun_as_a_relative_clause_says_the_quote_himself(extract, text, words,
                                                                                       speaker):
    statements = extract(text)
    assert quoted_statement(statements, words).speaker.name == speaker
    assert not any(words in st.content for st in statements if st.cue == "supported")


def test_a_video_that_said_a_quote_still_reports_it(extract):
    st = quoted_statement(extract("The board released a video that said, “The pier will stay closed until the "
                                  "spring.”"), "The pier")
    assert st.cue == "said"
