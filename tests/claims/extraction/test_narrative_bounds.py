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


def test_a_quote_closed_by_a_single_mark_ends_there_though_a_later_quote_closes_with_a_double(extract):
    text = ("Ines Varga wrote: “We will rebuild the pier before the summer.’ Varga was at the harbour on "
            "Monday for the vote. She spoke for the pilots after the storm wrecked the “old pier.”")
    st = quoted_statement(extract(text), "We will rebuild")
    assert st.content == "We will rebuild the pier before the summer."
    assert st.quote == "direct"


def test_a_single_mark_closing_a_quote_nested_in_a_double_one_does_not_end_it(extract):
    text = ("Odo Brandt said: “They told us, ‘Go home.’ Nobody went home that night, and the "
            "“old pier” stayed full of pilots.” The council met the next day.")
    st = quoted_statement(extract(text), "They told us")
    assert "Nobody went home" in st.content


def test_the_writers_lead_in_before_a_colon_is_no_part_of_the_quote_after_it(extract):
    text = ("Asked about the “old” pier at the meeting, a second harbour official was blunt: "
            "“It is gone and it will not come back,” the official said.")
    st = quoted_statement(extract(text), "It is gone")
    assert st.content == "It is gone and it will not come back"
    assert st.quote == "direct"


def test_words_after_a_stray_straight_mark_that_introduce_a_curly_quote_are_nobodys(extract):
    text = ("Ines Varga spoke first at the harbour meeting on Monday.\n\n"
            "\"Odo Brandt tried to calm the room by interjecting, “Not the pier, not this winter.” "
            "But Varga went on with her speech.\n")
    statements = extract(text)
    st = quoted_statement(statements, "Not the pier")
    assert st.speaker.name == "Odo Brandt"
    assert not any("tried to calm" in s.content for s in statements)
