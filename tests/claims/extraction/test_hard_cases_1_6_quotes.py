"""Hard cases for quotes in 1.6: where a quotation begins and ends, and who
owns a quote that a colon, a heading or another quote sets apart."""

from claims.extraction.quotes import find_quotes


def _quoted_statement(statements, words):
    return next(st for st in statements if st.content.startswith(words))


def test_an_open_quote_runs_on_past_a_single_quoted_phrase_inside_it(extract):
    text = ("Ines Varga said: \"Nobody on the quay had heard the phrase 'harbour tax.' It is a new idea. "
            "It is not a plan.\n\n"
            "\"The council should drop it,\" she said.")
    [quote] = [q for q in find_quotes(text) if q.start == text.index('"')]
    assert text[quote.inner_start:quote.inner_end].endswith("It is not a plan.")
    st = _quoted_statement(extract(text), "Nobody on the quay")
    assert "It is a new idea" in st.content


def test_a_quote_after_a_colon_lead_of_its_own_is_not_the_rest_of_the_quote_before(extract):
    text = ("“The ferry will run until June,” Ines Varga said on the radio. "
            "On television that evening, Varga went even further: “After June there is no money left.”")
    statements = extract(text)
    first = _quoted_statement(statements, "The ferry will run")
    assert "no money" not in first.content
    second = _quoted_statement(statements, "After June")
    assert second.cue == "went"
    assert second.speaker.name == "Ines Varga"
