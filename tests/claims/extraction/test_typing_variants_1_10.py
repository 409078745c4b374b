"""The same quotes typed another way: curly marks a word processor set the
wrong way round, straight marks, British single marks, wrapped lines. Found
by rewriting train articles in each style (bench/variants.py)."""

import pytest

from tests.claims.quoting import quoted_statement


@pytest.mark.parametrize("text, words, speaker, content_end", [
    # A closing double mark typed after a space comes out as an opening one.
    ("“If you lose fairly, you can shake a hand and say, ‘Well done,’ “ said Rep. Dana Russo, a county "
     "legislator.", "If you lose", "Dana Russo", "‘Well done,’"),
    ("“So what does that even mean? “ Russo asked on Monday.", "So what", "Russo", "mean?"),
    ("“She told me she would be ‘above the mayor,’ “ said Tom Leary, an activist.", "She told me", "Tom Leary",
     "‘above the mayor,’"),
])
def test_a_closing_mark_typed_as_an_opening_one_after_a_space_still_closes(extract, text, words, speaker,
                                                                          content_end):
    st = quoted_statement(extract(text), words)
    assert st.speaker.name == speaker
    assert st.content.endswith(content_end)
    assert "said" not in st.content and "asked" not in st.content


def test_the_quote_after_a_mistyped_close_is_found_as_well(extract):
    statements = extract("“If you lose fairly, you can say, ‘Well done,’ “ said Rep. Dana Russo, a county "
                         "legislator. “If the game was rigged, it is hard to do that.”")
    assert quoted_statement(statements, "If the game").speaker.name == "Dana Russo"


def test_a_spaced_opening_mark_outside_a_quote_still_opens(extract):
    st = quoted_statement(extract("Russo said, “ The pier stays closed until spring.”"), "The pier")
    assert st.content == "The pier stays closed until spring."


@pytest.mark.parametrize("text, content", [
    ("“He told us, ‘We don’t know what Varga’s plan is,’ ” said Tom Leary.",
     "He told us, ‘We don’t know what Varga’s plan is,’"),
    ("“We don’t know,” said Tom Leary.", "We don’t know"),
    ("“It is the harbour’s,” said Tom Leary.", "It is the harbour’s"),
])
def test_a_nested_quote_ending_a_quote_keeps_its_closing_mark_and_an_apostrophe_is_none(extract, text, content):
    assert quoted_statement(extract(text), content[:6]).content == content
