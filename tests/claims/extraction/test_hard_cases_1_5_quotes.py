"""Hard cases for quote layout: quotes the parse left to the wrong cue or to
nobody, and quoted titles that must stay the writer's."""

from tests.claims.quoting import one_speaker_one_cue, quoted_statement


def test_a_quote_before_its_speaker_is_his_even_when_the_cue_takes_a_phrase(extract):
    text = ("Odo Brandt said on Monday that he would reassure the pilots, given the council's "
            "comments saying it would close the pier.\n\n"
            "''Because the nets are empty,'' Mr. Brandt said in his first harbour appearance beside Ines Varga.")
    statements = extract(text)
    st = quoted_statement(statements, "Because the nets are empty")
    assert st.speaker.name == "Odo Brandt"
    assert st.cue == "said"
    assert not any(st.content.startswith("in his first") for st in statements)


def test_a_group_shouting_after_its_quote_owns_it(extract):
    text = "“Power to the harbour!” the group shouted from the quay outside the hall."
    [st] = extract(text)
    assert st.content == "Power to the harbour!"
    assert st.quote == "direct"


def test_a_crowd_answering_a_speaker_owns_its_answer(extract):
    text = ('"Is the ferry late again? Yes, the ferry is late again," Ines Varga said. '
            '"Shall we simply wait on the quay for another winter?"\n\n'
            '"Neverrr!" the crowd cried out, stamping.')
    st = quoted_statement(extract(text), "Neverrr!")
    assert st.cue == "cried out"
    assert st.speaker.name != "Ines Varga"


def test_a_speech_verb_before_its_speaker_after_a_quote_is_its_cue(extract):
    text = ('"Nobody on the quay listens to the pilots. The tide tables are all wrong. #Harlow," '
            "tweeted a pilot from Harlow going by the handle Seadog.")
    statements = extract(text)
    st = quoted_statement(statements, "Nobody on the quay")
    assert st.cue == "tweeted"
    assert not any(st.content.startswith("a pilot") for st in statements)


def test_a_speaker_the_tagger_misreads_still_owns_the_quote_before_him(extract):
    text = ("“The closure of the pier is a reminder that the council can still surprise us,” Will wrote.\n\n"
            '"Will he run the lighthouse next?" a council clerk at the back wondered.')
    statements = extract(text)
    assert quoted_statement(statements, "The closure").cue == "wrote"
    assert quoted_statement(statements, "Will he run").cue == "wondered"


def test_a_quoted_title_inside_a_sentence_is_not_the_speakers_words(extract):
    text = "Speaking on “Harbour Hour,” Ines Varga admitted that the pier was unsafe."
    st = next(st for st in extract(text) if st.cue == "admitted")
    assert st.content == "that the pier was unsafe"


def test_a_verb_coordinated_with_one_that_has_a_subject_introduces_the_quote(extract):
    text = ("Ines Varga drew cheers as she thanked her adopted home port and then boomed, "
            "''Today, you showed once again, there's no harbour like ours.''")
    st = quoted_statement(extract(text), "Today, you showed")
    assert st.cue == "boomed"
    assert st.speaker.name == "Ines Varga"


def test_a_cue_reporting_nothing_takes_the_quote_opening_the_next_sentence(extract):
    text = ("Odo Brandt, the spokesman for the Harbour Party said in a statement. "
            "“The ferry will not sail this week. The engine needs parts that come from abroad.”")
    st = quoted_statement(extract(text), "The ferry will not sail")
    assert st.cue == "said"
    assert st.speaker.name == "Odo Brandt"


def test_a_cue_reporting_nothing_leaves_a_quote_after_a_further_sentence_alone(extract):
    text = ("Holm was answering a note from Ines Varga, reporting that a boat carrying the pilots "
            'had left Harlow. "Boat gone from Harlow at noon. The pilots are all aboard," she wrote.')
    assert quoted_statement(extract(text), "Boat gone from Harlow").cue == "wrote"


def test_a_quote_after_two_cues_continues_the_nearer_one(extract):
    text = ("''The pier is busy,'' said Peter Holm, a harbour pilot who has worked there for two decades. "
            "''He is trying to set a path for the port,'' he said. ''That is unusual for a pilot in a strike year.''")
    statements = extract(text)
    one_speaker_one_cue(statements, "He is trying", "That is unusual for a pilot in a strike year.")


def test_a_quote_after_a_cue_with_according_to_continues_the_speaker(extract):
    text = ("“Please keep the banners outside the council chamber,” Ines Varga said, according to a person "
            "in the room. “The vote tomorrow matters more than any of us.”")
    statements = extract(text)
    first, second = one_speaker_one_cue(statements, "Please keep the banners", "The vote tomorrow matters")
    assert first.cue == second.cue == "said" and first.speaker.name == "Ines Varga"


def test_an_unclosed_doubled_apostrophe_quote_runs_to_the_paragraph_end(extract):
    text = ("''Everyone has a theory about the tides,'' Ines Varga said, sounding tired. "
            "''And the pilots cannot check them all. Who is going to pay for the survey?")
    statements = extract(text)
    _, rest = one_speaker_one_cue(statements, "Everyone has a theory", "And the pilots cannot check them all")
    assert rest.content.endswith("Who is going to pay for the survey?")
    assert rest.quote == "direct"


def test_a_quote_after_a_cue_clause_ending_in_a_quoted_title_continues_the_speaker(extract):
    text = ("''It's nonsense,'' Mr. Brandt said by telephone on Harbour Radio's ''Morning Tide.'' "
            "''She has the ferry timetable wrong, and she knows it.''")
    statements = extract(text)
    _, rest = one_speaker_one_cue(statements, "It's nonsense", "She has the ferry timetable wrong")
    assert rest.content == "She has the ferry timetable wrong, and she knows it."


def test_a_short_quote_after_a_speech_verb_and_a_comma_is_speech(extract):
    text = ('Odo Brandt described the pier as falling into the sea. '
            'The crowd chanted back at him, "Fix it now," and "Save the pier."')
    st = quoted_statement(extract(text), "Fix it now")
    assert st.cue == "chanted back"
    assert st.speaker.name == "The crowd"


def test_a_short_quoted_title_after_the_work_it_names_is_not_speech(extract):
    text = ('But Varga found the plan "unworkable from the first day," she wrote in her memoir, "Hard Tides." '
            'She was firm.')
    assert not any("Hard Tides" in st.content for st in extract(text))
