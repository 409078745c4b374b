"""Hard cases for quotes in 1.6, second round: a speaker after the quote
that the tagger splits or mistakes for something else."""

from tests.claims.quoting import quoted_statement


def test_a_hyphenated_speaker_after_a_quote_owns_it(extract):
    text = ("The pier closed for the winter last week.\n\n"
            "“What if the ferry never comes back to Harlow?” the 61-year-old asked on the quay.")
    st = quoted_statement(extract(text), "What if the ferry")
    assert st.cue == "asked"
    assert "61-year-old" in st.speaker.name


def test_a_quote_closed_by_the_notice_read_is_the_notices_though_read_is_tagged_a_noun(extract):
    text = ("The harbour board answered the pilots on Friday.\n\n"
            "“The pier stays closed until the engineers have finished their survey,” the notice read.")
    st = quoted_statement(extract(text), "The pier stays closed")
    assert st.cue == "read"
    assert st.speaker.name == "notice"


def test_a_quote_going_on_from_its_unquoted_subject_keeps_the_subject(extract):
    text = ("The harbour board met on Monday.\n\n"
            "The new ferry timetable “leaves the early pilots with nothing to do until noon,” Varga said.")
    st = quoted_statement(extract(text), "The new ferry timetable")
    assert st.content.startswith("The new ferry timetable “leaves the early pilots")
    assert st.cue == "said"
    assert st.speaker.name == "Varga"


def test_a_quote_opening_a_new_sentence_after_a_lead_in_stays_the_quote_alone(extract):
    text = ("Varga spoke to the pilots on the quay. "
            "“The timetable leaves us with nothing to do until noon,” she said.")
    st = quoted_statement(extract(text), "The timetable leaves")
    assert "quay" not in st.content


def test_the_speakers_own_framing_before_a_quote_is_not_part_of_it(extract):
    text = ("Ines Varga has spoken at three harbour dinners this year, urging the pilots to “keep the boats "
            "running,” and telling the board, “The quay is not for sale.”")
    for st in extract(text):
        if "The quay is not for sale" in st.content:
            assert "harbour dinners" not in st.content


def test_a_quote_after_a_comma_that_goes_on_from_an_opening_phrase_keeps_the_phrase(extract):
    text = ("The pilots met in the harbour hall.\n\n"
            "Since the old pier closed in March, “there has been no work at all for the night crews,” Brandt said.")
    st = quoted_statement(extract(text), "Since the old pier closed")
    assert st.cue == "said"
    assert "night crews" in st.content
