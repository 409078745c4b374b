"""Hard cases for quotes in 1.6, second round: a speaker after the quote
that the tagger splits or mistakes for something else."""


def _quoted_statement(statements, words):
    return next(st for st in statements if st.content.startswith(words))


def test_a_hyphenated_speaker_after_a_quote_owns_it(extract):
    text = ("The pier closed for the winter last week.\n\n"
            "“What if the ferry never comes back to Harlow?” the 61-year-old asked on the quay.")
    st = _quoted_statement(extract(text), "What if the ferry")
    assert st.cue == "asked"
    assert "61-year-old" in st.speaker.name


def test_a_quote_closed_by_the_notice_read_is_the_notices_though_read_is_tagged_a_noun(extract):
    text = ("The harbour board answered the pilots on Friday.\n\n"
            "“The pier stays closed until the engineers have finished their survey,” the notice read.")
    st = _quoted_statement(extract(text), "The pier stays closed")
    assert st.cue == "read"
    assert st.speaker.name == "notice"
