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


# British papers quote with single marks and nest double ones inside.
@pytest.mark.parametrize("text, words, speaker, inner", [
    ("‘I was at the pier the other day and a pilot stopped me,’ said Varga. ‘She said, “Thank you for opening "
     "the pier.” So that is the impact.’", "She said", "Varga", "“Thank you for opening the pier.”"),
    ("‘To put it clumsily, he was almost an antidote to a “politically correct” culture,’ Keel said.",
     "To put it", "Keel", "“politically correct”"),
])
def test_a_single_quoted_quote_keeps_the_double_quotes_nested_in_it(extract, text, words, speaker, inner):
    statements = extract(text)
    st = quoted_statement(statements, words)
    assert st.speaker.name == speaker and inner in st.content
    assert not any(s.content.startswith(inner.strip("“”")[:8]) for s in statements)


def test_apostrophes_around_a_double_quote_make_no_single_quote_of_it():
    from claims.extraction.quotes import find_quotes

    text = "Brandt’s plan, which Varga called “a disgrace,” was dropped by the pilots’ union."
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["“a disgrace,”"]


@pytest.mark.parametrize("text, words, speaker, content", [
    ("‘It’s unusual,‘ said Larry Noble, a lawyer. ‘It’s a hard thing to do.’", "It’s unusual", "Larry Noble",
     "It’s unusual"),
    ("‘The risk pool is out of balance,’ the group wrote. ‘A course correction is needed now.‘",
     "A course", "the group", "A course correction is needed now."),
    ("‘Well, what does that mean? ‘ Clinton asked.", "Well", "Clinton", "Well, what does that mean?"),
])
def test_a_single_closing_mark_typed_as_an_opening_one_still_closes(extract, text, words, speaker, content):
    st = quoted_statement(extract(text), words)
    assert (st.speaker.name, st.content) == (speaker, content)


WRAPPED = """\
The harbour board met on Tuesday night to decide the future of the old pier,
which has been closed to the public since the storm in March.

"The pier is a disgrace and everyone on this board knows it," said Ines
Varga, who chairs the board. "We have asked the city for money three times
and we have been told no three times."

Odo Brandt, the harbour master, said the repairs would cost far more than
the board had been told, and that the work could not start before spring.

"I will not put my name to a plan that nobody can pay for," Brandt told
reporters after the meeting. He added that the ferry would keep running.
"""


def test_a_hard_wrapped_text_is_read_as_the_same_prose_unwrapped(extract):
    statements = extract(WRAPPED)
    flat = extract(WRAPPED.replace("\n\n", "\0").replace("\n", " ").replace("\0", "\n\n"))
    assert [(s.start, s.end, s.speaker.name, s.cue) for s in statements] == \
        [(s.start, s.end, s.speaker.name, s.cue) for s in flat]
    said = quoted_statement(statements, "We have asked")
    assert said.speaker.name == "Ines Varga" and "\n" in said.content  # the text as received
    assert quoted_statement(statements, "I will not").speaker.name == "Odo Brandt"


def test_short_lines_are_not_joined():
    from claims.extraction.wrapping import unwrapped

    poem = "Harbour notice\nPier closed\nFerry runs at nine\nAsk at the office\n" * 3
    listed = "The board decided:\n- close the pier\n- keep the ferry\n- ask the city\n" * 3
    assert unwrapped(poem) == poem and unwrapped(listed) == listed
    assert unwrapped(WRAPPED) != WRAPPED and len(unwrapped(WRAPPED)) == len(WRAPPED)
    assert unwrapped(WRAPPED).count("\n\n") == WRAPPED.count("\n\n")


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_read_as_newlines(extract, line_end):
    text = ("The board met on Tuesday.\n\n“The pier is a disgrace,” said Ines Varga. “We asked three times.”\n\n"
            "“Not again,” Brandt said, according to the Velmora Gazette.\n")
    unix = [(s.speaker.name, s.cue, s.content) for s in extract(text)]
    other = [(s.speaker.name, s.cue, s.content) for s in extract(text.replace("\n", line_end))]
    assert other == unix and len(unix) >= 3


def test_a_wrap_before_a_dash_goes_on_but_a_list_after_a_colon_does_not():
    from claims.extraction.wrapping import unwrapped

    prose = ("Ines Varga, who chairs the harbour board, wrote to the pilots on Monday,\n"
             "telling them, “I am proud of this harbour and of every one of you here\n"
             "— but you do not have to share my pride to share my anger at the city.”\n")
    text = prose * 2 + "The board decided three things at the meeting on Monday night, as follows:\n" \
        "- close the old pier to the public until the spring storms are over\n"
    out = unwrapped(text)
    assert "here — but" in out
    assert "follows:\n- close" in out


def test_a_text_whose_line_breaks_were_lost_is_not_one_speakers_colon_line(extract):
    body = " ".join(f"The board met on day {i} and talked about the pier for a long time." for i in range(50))
    text = f"The Harbour Column: Notes From The Pier. {body} Varga said the pier would reopen. {body}"
    statements = extract(text)
    assert not any(st.cue == ":" or len(st.content) > 1000 for st in statements)
    assert any(st.speaker.name == "Varga" and st.content == "the pier would reopen" for st in statements)


def test_no_break_spaces_read_as_spaces(extract):
    text = ("The harbour board\u00a0met on Monday\u00a0night.\u00a0“The pier\u00a0is a disgrace,” said "
            "Ines\u00a0Varga, who chairs\u00a0the board. Odo\u00a0Brandt, the harbour\u00a0master, said "
            "the\u00a0repairs would cost more.")
    plain = [(s.speaker.name, s.cue, s.start, s.end) for s in extract(text.replace("\u00a0", " "))]
    assert [(s.speaker.name, s.cue, s.start, s.end) for s in extract(text)] == plain and len(plain) == 2
