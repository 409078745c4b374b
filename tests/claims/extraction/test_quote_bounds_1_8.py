"""Where the content of a direct quote ends (1.8): a quote closed by a comma
ends what was said; a that-clause set off after the cue of a quote, and a
quote joined to it by "and", go on with it; an aside may be set off by the
comma inside a closing mark; and "according to" after a quote and its cue
reports the whole sentence."""

from claims.extraction.extractor import find_attributions
from claims.extraction.quotes import find_quotes
from tests.claims.quoting import quoted_statement


def _said(text, st) -> list[str]:
    return [text[a:b] for a, b in st.fragments]


def _by_cue(statements, cue):
    return next(st for st in statements if st.cue == cue)


def test_a_quote_closed_by_a_comma_after_its_cue_ends_the_content(extract):
    text = "Brandt had previously said \"We will see,\" when asked whether he would run for the council."
    st = quoted_statement(extract(text), "We will see")
    assert st.content == "We will see"


def test_a_participle_after_a_comma_closed_quote_is_the_writers(extract):
    text = "The harbour master also vowed \"We are going to rebuild the pier and we are going to do it fast,\" " \
           "referring to the storm damage of last winter."
    st = quoted_statement(extract(text), "We are going to rebuild")
    assert "storm damage" not in st.content


def test_a_comma_closed_quote_followed_by_more_quoted_words_goes_on(extract):
    text = "Brandt told the crowd \"I am a sailor like you, friends,\" and, \"Is there anyone here who has not rowed?\""
    st = quoted_statement(extract(text), "I am a sailor")
    assert "Is there anyone here" in st.content


def test_a_that_clause_after_the_cue_of_a_quote_goes_on_with_it(extract):
    text = "\"It was simply bad timing,\" the mayor said, that both bridges had closed in the same week."
    st = quoted_statement(extract(text), "It was simply bad timing")
    assert _said(text, st) == ["It was simply bad timing", "that both bridges had closed in the same week"]


def test_a_that_clause_after_a_written_cue_keeps_its_own_quote(extract):
    text = ("\"We are deeply worried,\" the senators wrote in a letter, that the agency \"may have lost "
            "the records of thousands of veterans.\"")
    st = quoted_statement(extract(text), "We are deeply worried")
    first, rest = _said(text, st)
    assert first == "We are deeply worried"
    assert rest.startswith("that the agency") and "thousands of veterans" in rest


def test_according_to_after_a_quote_and_its_cue_reports_the_whole_sentence(extract):
    text = "\"I ask you as a favour to me not to strike on the quay,\" Brandt said, according to the Gazette."
    statements = extract(text)
    st = _by_cue(statements, "said")
    assert st.content == "I ask you as a favour to me not to strike on the quay"
    assert [hop.name for hop in st.chain] == ["Gazette", "Brandt"]


def test_a_question_quote_reported_with_its_cue_stays_the_speakers(extract):
    text = ("\"Is this a priority for the two of them because it is an election year?\" Brandt said "
            "at a press conference, according to the Harbour Gazette.")
    st = _by_cue(extract(text), "said")
    assert st.speaker.name == "Brandt"
    assert [hop.name for hop in st.chain] == ["Harbour Gazette", "Brandt"]


def test_an_aside_after_a_comma_inside_a_closing_mark_is_the_writers(extract):
    text = "She argued that the town had lost \"the spirit of the old port,\" which the mayor strongly denied on Monday."
    st = _by_cue(extract(text), "argued")
    assert "mayor" not in st.content
    assert "the spirit of the old port" in st.content


def test_an_opening_mark_after_a_comma_sets_off_no_aside(extract):
    text = "Varga called the harbour master, Odo Brandt, ''a careful and honest man.''"
    st = _by_cue(extract(text), "called")
    assert "careful and honest man" in st.content


def test_quotes_joined_by_and_after_a_chant_are_one_chant(extract):
    text = "The crowd chanted back at him, \"Open the pier,\" and \"Save the ferry.\""
    st = quoted_statement(extract(text), "Open the pier")
    assert _said(text, st) == ["Open the pier", "Save the ferry."]


def test_a_quote_joined_by_and_that_another_cue_took_is_not_added(extract):
    text = "Varga shouted \"Open the pier,\" and \"Never,\" Brandt replied at once."
    st = quoted_statement(extract(text), "Open the pier")
    assert "Never" not in st.content


def test_according_to_reports_the_words_its_speaker_goes_on_with(extractor):
    text = ("\"I ask you as a favour to me not to strike on the quay,\" Brandt said, according to the Gazette. "
            "\"It is of great importance that the boats keep running.\"")
    doc = extractor.nlp(text)
    [report] = [a for a in find_attributions(doc, None, find_quotes(text)) if a.kind == "according"]
    assert [text[s:e] for s, e in report.content] == [
        "I ask you as a favour to me not to strike on the quay,\" Brandt said",
        "It is of great importance that the boats keep running.",
    ]
