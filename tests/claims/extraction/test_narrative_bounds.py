"""Where a quote's statement stops and the writer's narrative begins: a topic
heading a paragraph before a colon is no speaker of the paragraph."""

from tests.claims.quoting import quoted_statement


def _hops(st) -> list[str]:
    return [h.name for h in st.chain if h.relation != "published"]


def test_a_topic_and_colon_opening_a_paragraph_that_quotes_somebody_names_no_speaker(extract):
    text = ("The pier closed on Monday.\n\n"
            "Dredging: The harbour board has spent its budget for the year, according to the Velmora Gazette. "
            "Shipowners have asked for a new survey of the channel. "
            "“We cannot dredge without money,” Ines Varga said.\n")
    statements = extract(text)
    st = quoted_statement(statements, "We cannot dredge")
    assert _hops(st) == ["Ines Varga"]
    assert not any(s.speaker and s.speaker.name == "Dredging" for s in statements)


def test_a_common_word_before_a_colon_heads_a_paragraph_and_speaks_none_of_it(extract):
    text = ("The tides were high all week in Velmora.\n\n"
            "Tides: The water reached the quay twice, and the pilots moved their boats inland before the storm.\n")
    assert not any(s.speaker and s.speaker.name == "Tides" for s in extract(text))
