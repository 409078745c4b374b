"""Where a quote's statement stops and the writer's narrative begins, and
whose hop is outermost: a topic heading a paragraph is no speaker of it; a
quote closed by a stray mark, a lead-in before a colon, another act of the
speaker and a chant are no part of the words; a speaker who answers inside
another cue's words, a verb inverted after a quote and a report after a
quote and its speaker each take what is theirs."""

import pytest

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


def test_what_the_speaker_did_before_and_joked_is_the_writers_narrative(extract):
    text = ("As the crowd began to cheer, Varga was joined on stage again by harbour master Odo Brandt and "
            "joked, “Ferry or Bust people, you’re being silly,” drawing loud boos and “FERRY!” chants.")
    statements = extract(text)
    st = quoted_statement(statements, "Ferry or Bust")
    assert st.speaker.name == "Varga"
    assert st.content == "Ferry or Bust people, you’re being silly"
    assert not any("joined on stage" in s.content for s in statements)


def test_a_one_word_quote_after_the_comma_of_a_cue_joined_to_another_act_is_what_it_says(extract):
    text = "Asked whether the ferry would run in winter, Ines Varga shook her head and said, “No.”"
    st = quoted_statement(extract(text), "No.")
    assert (st.speaker.name, st.cue) == ("Ines Varga", "said")


def test_a_quote_going_on_from_the_writers_words_before_its_cue_is_mixed(extract):
    text = "The new pier “is a disgrace to the harbour,” Ines Varga said on Monday."
    st = quoted_statement(extract(text), "The new pier")
    assert st.quote == "mixed"


def test_a_mixed_quote_and_the_quote_after_its_cue_are_two_statements(extract):
    text = "The new pier “is a disgrace to the harbour,” Ines Varga said. “Nobody wants it here.”"
    statements = extract(text)
    first = quoted_statement(statements, "The new pier")
    assert "Varga said" not in first.content
    assert quoted_statement(statements, "Nobody wants").speaker.name == "Ines Varga"


def test_a_speaker_saying_a_quote_inside_anothers_reported_words_speaks_for_himself(extract):
    text = ("The debate grew so heated over who supported which pier bill that Gov. Ines Varga said, "
            "\"I feel like I need a dictionary for this.\"")
    statements = extract(text)
    st = quoted_statement(statements, "I feel like")
    assert _hops(st) == ["Ines Varga"]
    assert not any("dictionary" in s.content for s in statements if s is not st)


def test_an_answer_in_a_text_message_is_no_part_of_what_was_asked(extract):
    text = "When asked why, Varga responded in a text message: \"The pier will be rebuilt by the spring.\""
    statements = extract(text)
    st = quoted_statement(statements, "The pier will")
    assert _hops(st) == ["Varga"]
    assert not any("text message" in s.content for s in statements)


def test_a_chant_before_a_speaker_and_cue_is_the_crowds_not_the_speakers(extract):
    text = ("Walking onto the quay to chants of \"Pier! Pier!,\" the mayor said her plan was "
            "\"doing really well.\"")
    statements = extract(text)
    said = next(s for s in statements if s.cue == "said")
    assert "Pier!" not in said.content


def test_a_verb_and_its_speaker_inverted_after_a_comma_closed_quote_own_it(extract):
    text = ("The pilots knew the drill.\n\n"
            "“If the ferry stops in the channel, please stay in your seats and wait,” begins a notice "
            "that hangs in every cabin.")
    st = quoted_statement(extract(text), "If the ferry stops")
    assert "notice" in st.speaker.name
    assert st.cue == "begins"


@pytest.mark.parametrize("text, words, speaker, cue", [
    # the tagger reads "state" as the last noun of the speaker ("the Velmoran state")
    ("Nobody expected it.\n\n\"Today, the harbour is one of the busiest on the coast, and has been working "
     "closely with the pilots,\" the Velmorans state in the report.", "Today, the harbour", "Velmorans", "state"),
    # and "states" as a plural noun nine words on, the parse running the speaker back over the quote
    ("Her allies weren’t laughing.\n\n“They know the pier is the only one strong enough to stop the storm and "
     "make the rich pay their fair share,” a voice-over in the ad states.", "They know the pier",
     "a voice-over in the ad", "states"),
])
def test_a_speech_verb_the_tagger_reads_as_the_speakers_last_noun_is_the_cue(extract, text, words, speaker, cue):
    st = quoted_statement(extract(text), words)
    assert (st.speaker.name, st.cue) == (speaker, cue)


def test_a_cue_after_a_comma_closed_quote_reports_the_sentence_before_it(extract):
    text = "Odo Brandt cannot say that “from his point of view,” Varga added, saying it should be “up to the council.”"
    statements = extract(text)
    brandt = next(s for s in statements if s.speaker.name == "Odo Brandt")
    assert "Varga added" not in brandt.content
    assert _hops(brandt) == ["Varga", "Odo Brandt"]
    assert _hops(quoted_statement(statements, "it should be")) == ["Varga"]


def test_a_report_after_a_quote_its_speaker_introduces_reports_the_speaker_too(extract):
    text = "When asked about the pier, Varga said: \"It will always stay closed in winter,\" the Gazette reported."
    st = quoted_statement(extract(text), "It will always")
    assert _hops(st) == ["Gazette", "Varga"]
