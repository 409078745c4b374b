"""Quotation-mark pairing in 1.8: the typography of scraped news that broke
pairing before (a doubled '' set apart by spaces, three marks closing a nested
quote, inch signs, direction marks, hard-wrapped lines, plurals' apostrophes in
single quotes, a paragraph that lost its opening mark, marks of mixed styles)."""

import pytest

from claims.extraction.quotes import find_quotes
from tests.claims.quoting import one_speaker_one_cue, quoted_statement


def _inner_texts(text):
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


def test_a_doubled_close_set_apart_by_spaces_after_a_nested_quote_still_closes(extract):
    text = ("''Nobody expected a fight over 'Bridges of Old Harlow,'  '' Ms. Keel noted. "
            "''It was only a book.''")
    assert _inner_texts(text)[1] == "It was only a book."
    st = quoted_statement(extract(text), "Nobody expected a fight")
    assert st.cue == "noted"
    assert "Ms. Keel noted" not in st.content


def test_a_doubled_close_after_a_space_and_a_comma_closes_before_the_cue():
    text = "''The pier stays closed until spring, '' Ms. Keel said."
    assert _inner_texts(text) == ["The pier stays closed until spring,"]


def test_a_doubled_open_after_a_space_is_not_taken_for_a_close():
    text = "''The pier is closed,'' Mr. Rivne added, ''and the ferry is late.''"
    assert _inner_texts(text) == ["The pier is closed,", "and the ferry is late."]


def test_of_three_closing_marks_the_first_closes_the_nested_quote(extract):
    text = "''We call it 'the Harlow way.''' Ms. Keel said on Friday."
    assert _inner_texts(text) == ["We call it 'the Harlow way.'"]
    assert quoted_statement(extract(text), "We call it").content == "We call it 'the Harlow way.'"


def test_three_marks_without_a_nested_quote_leave_the_pair_alone():
    text = "''The pier is closed,''' Ms. Keel said."
    assert _inner_texts(text) == ["The pier is closed,"]


def test_an_inch_sign_in_a_height_does_not_close_the_quote(extract):
    text = "“He is 6’2” and still the fastest player on the team,” coach Dana Ruiz said after the game."
    st = quoted_statement(extract(text), "He is 6’2")
    assert st.content.endswith("fastest player on the team")
    assert st.speaker.name == "Dana Ruiz"


def test_a_closing_curly_mark_after_a_direction_mark_opens_a_quote(extract):
    text = ("Readers answered the post within minutes.\n\n"
            "\u202a”Sorry Tom, you should have said no, because we all know the pier is unsafe!!” "
            "posted Lena Koss.")
    st = quoted_statement(extract(text), "Sorry Tom")
    assert st.speaker.name == "Lena Koss"
    assert st.content.endswith("the pier is unsafe!!")


def test_a_quote_hard_wrapped_before_a_lowercase_word_pairs_across_the_line_break(extract):
    text = "“The pier is closed until spring, and we have\nno money for repairs,” Marta Keel said."
    assert _inner_texts(text) == ["The pier is closed until spring, and we have\nno money for repairs,"]
    st = quoted_statement(extract(text), "The pier is closed")
    assert st.speaker.name == "Marta Keel"
    assert st.content.endswith("no money for repairs")


def test_a_line_starting_with_a_capital_is_a_line_of_its_own():
    text = "“The pier is closed until spring.\nNobody has the money,” Marta Keel said."
    assert _inner_texts(text)[0] == "The pier is closed until spring."


def test_a_straight_mark_before_a_space_never_opens_an_unclosed_quote():
    text = ("The notice went up on Monday.\n\n"
            "and will not reopen before June,\" according to the notice. Repairs begin next week.")
    assert _inner_texts(text) == []


def test_a_plurals_apostrophe_inside_single_quotes_does_not_close_the_quote(extract):
    text = "‘The council’s plan won’t work,’ Marta Keel said. ‘It’s the residents’ money.’"
    assert _inner_texts(text) == ["The council’s plan won’t work,", "It’s the residents’ money."]
    assert quoted_statement(extract(text), "It’s the residents").speaker.name == "Marta Keel"


def test_single_quoted_plurals_with_words_after_them_stay_quotes_of_their_own():
    text = "‘Homes’ were built and ‘shops’ opened, she said."
    assert _inner_texts(text) == ["Homes", "shops"]


def test_a_paragraph_that_lost_its_opening_mark_goes_on_with_the_quote_left_open(extract):
    text = ("Marta Keel said: “The pier is closed until spring.\n\n"
            "We have no money for repairs, and the council knows it.” She then left the hall.")
    assert _inner_texts(text)[1] == "We have no money for repairs, and the council knows it."
    assert quoted_statement(extract(text), "We have no money").speaker.name == "Marta Keel"


def test_a_pull_quotes_speaker_on_the_line_under_it_is_no_quote():
    text = ("Several economists were less sure.\n\n"
            "\"We will see the budget debate come back within a year.\nLena Koss, Harbour Institute.\"")
    assert _inner_texts(text) == ["We will see the budget debate come back within a year."]


def test_a_straight_mark_set_apart_after_the_introducing_comma_opens_the_quote(extract):
    text = "Asked about the ferry, Marta Keel said, \" The pier is closed until spring, and we have no money. \""
    assert _inner_texts(text) == ["The pier is closed until spring, and we have no money."]
    assert quoted_statement(extract(text), "The pier is closed").quote == "direct"


@pytest.mark.parametrize("text", [
    "\"The pier is closed until spring,'' Marta Keel said.",
    "''The pier is closed until spring,\" Marta Keel said.",
])
def test_a_quote_closed_by_a_mark_of_the_other_style_ends_before_its_cue(extract, text):
    assert _inner_texts(text) == ["The pier is closed until spring"]
    assert quoted_statement(extract(text), "The pier is closed").speaker.name == "Marta Keel"


@pytest.mark.parametrize("text, inner", [
    ("He set up a website called “Harlow If The Mayor Wins“ that pitches the island as a new home.",
     "Harlow If The Mayor Wins"),
    ("“They can see who is winning,” he said. “They see that clearly. “\n\nThis story has been updated.",
     "They see that clearly."),
])
def test_an_opening_curly_mark_with_no_word_after_it_closes_the_quote(text, inner):
    assert inner in _inner_texts(text)


def test_a_curly_quote_inside_a_sentence_nests_in_a_straight_quoted_paragraph():
    text = ("Ward said in a statement:\n\n"
            "\"The pier is not about “our harbour” anymore. It is about the money and the board.\n\n"
            "\"The council should drop it,\" she said.")
    assert _inner_texts(text)[0] == "The pier is not about “our harbour” anymore. It is about the money and the board."


def test_a_curly_quote_with_its_own_cue_in_a_straight_quoted_paragraph_stays_a_quote_of_its_own():
    text = "\"“The pier is closed until spring,” Marta Keel said before leaving the hall.\""
    assert "The pier is closed until spring," in _inner_texts(text)


def test_a_short_quote_closed_by_a_spaced_mark_still_continues_the_quote_before(extract):
    text = "“They can see who is winning,” Marta Keel said. “They see that. “\n\nThe vote is on Monday."
    first, second = one_speaker_one_cue(extract(text), "They can see", "They see that")
    assert (first.speaker.name, second.content) == ("Marta Keel", "They see that.")


def test_straight_marks_doubled_as_a_csv_file_escapes_them_pair_as_single_marks(extract):
    text = "Asked about the ferry, Marta Keel said, \"\"It will not run until spring,\"\" and left. \"\"Nobody has the money.\"\""
    assert _inner_texts(text) == ["It will not run until spring,", "Nobody has the money."]
    assert quoted_statement(extract(text), "It will not run").speaker.name == "Marta Keel"
