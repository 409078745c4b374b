"""Hard cases for quote layout: quotes the parse left to the wrong cue or to
nobody, and quoted titles that must stay the writer's."""


def _quoted_statement(statements, words):
    return next(st for st in statements if st.content.startswith(words))


def test_a_quote_before_its_speaker_is_his_even_when_the_cue_takes_a_phrase(extract):
    text = ("Odo Brandt said on Monday that he would reassure the pilots, given the council's "
            "comments saying it would close the pier.\n\n"
            "''Because they're worried,'' Mr. Brandt said in his first campaign appearance beside Ines Varga.")
    statements = extract(text)
    st = _quoted_statement(statements, "Because they're worried")
    assert st.speaker.name == "Odo Brandt"
    assert st.cue == "said"
    assert not any(st.content.startswith("in his first") for st in statements)


def test_a_group_shouting_after_its_quote_owns_it(extract):
    text = "“Power to the harbour!” the group shouted from the quay outside the hall."
    [st] = extract(text)
    assert st.content == "Power to the harbour!"
    assert st.quote == "direct"


def test_a_crowd_answering_a_speaker_owns_its_answer(extract):
    text = ('"Do we have problems? Of course we have problems," Ines Varga said. '
            '"So what do we do? Do we moan about how bad things are?"\n\n'
            '"Nooooo!" the crowd cried out, booing.')
    st = _quoted_statement(extract(text), "Nooooo!")
    assert st.cue == "cried"
    assert st.speaker.name != "Ines Varga"


def test_a_speech_verb_before_its_speaker_after_a_quote_is_its_cue(extract):
    text = ('"It\'s not fair to say anything against the pilots. We don\'t have a voice anymore. #Harlow," '
            "tweeted a pilot from Harlow going by the handle Seadog.")
    statements = extract(text)
    st = _quoted_statement(statements, "It's not fair")
    assert st.cue == "tweeted"
    assert not any(st.content.startswith("a pilot") for st in statements)


def test_a_speaker_the_tagger_misreads_still_owns_the_quote_before_him(extract):
    text = ("“The closure of the pier is a reminder that the council can still surprise us,” Will wrote.\n\n"
            '"Will he be the next harbour master?" a council staffer in the room wondered.')
    statements = extract(text)
    assert _quoted_statement(statements, "The closure").cue == "wrote"
    assert _quoted_statement(statements, "Will he be").cue == "wondered"


def test_a_quoted_title_inside_a_sentence_is_not_the_speakers_words(extract):
    text = "Speaking on “Harbour Hour,” Ines Varga admitted that the pier was unsafe."
    st = next(st for st in extract(text) if st.cue == "admitted")
    assert st.content == "that the pier was unsafe"


def test_a_verb_coordinated_with_one_that_has_a_subject_introduces_the_quote(extract):
    text = ("Ines Varga drew cheers as she thanked her adopted home state and then boomed, "
            "''Today, you proved once again, there's no place like home.''")
    st = _quoted_statement(extract(text), "Today, you proved")
    assert st.cue == "boomed"
    assert st.speaker.name == "Ines Varga"


def test_a_cue_reporting_nothing_takes_the_quote_opening_the_next_sentence(extract):
    text = ("Odo Brandt, the spokesman for the Harbour Party said in a statement. "
            "“There are no ballots to recount. The vote was a unique event that cannot be repeated.”")
    st = _quoted_statement(extract(text), "There are no ballots")
    assert st.cue == "said"
    assert st.speaker.name == "Odo Brandt"


def test_a_cue_reporting_nothing_leaves_a_quote_after_a_further_sentence_alone(extract):
    text = ("McNeil was responding to a message from Ines Varga, reporting that a ferry carrying U.S. staff "
            'had left Harlow. "Harlow ferry away a few minutes ago. Another Brandt miracle," she wrote.')
    assert _quoted_statement(extract(text), "Harlow ferry away").cue == "wrote"


def test_a_quote_after_two_cues_continues_the_nearer_one(extract):
    text = ("''The pier is busy,'' said Peter Holm, a harbour pilot who has worked there for two decades. "
            "''He is trying to set a path for the port,'' he said. ''That is unusual for a pilot in a strike year.''")
    st = _quoted_statement(extract(text), "He is trying")
    assert st.content.endswith("That is unusual for a pilot in a strike year.")


def test_a_quote_after_a_cue_with_according_to_continues_the_speaker(extract):
    text = ("“I ask you as a favour to me not to protest on the floor,” Ines Varga said, according to a person "
            "in the room. “It is of the utmost importance that we stay united.”")
    st = next(st for st in extract(text) if st.cue == "said")
    assert st.content.endswith("that we stay united.")


def test_an_unclosed_doubled_apostrophe_quote_runs_to_the_paragraph_end(extract):
    text = ("''People make all these claims,'' Ines Varga said, a hint of frustration in her voice. "
            "''And it's hard for voters to really judge. Are they way out in left field?")
    st = _quoted_statement(extract(text), "People make")
    assert st.content.endswith("Are they way out in left field?")
    assert st.quote == "direct"


def test_a_quote_after_a_cue_clause_ending_in_a_quoted_title_continues_the_speaker(extract):
    text = ("''It's nonsense,'' Mr. Brandt said by telephone on Harbour Radio's ''Morning Tide.'' "
            "''She lies like crazy about the ferry.''")
    st = _quoted_statement(extract(text), "It's nonsense")
    assert st.content.endswith("She lies like crazy about the ferry.")


def test_a_short_quote_after_a_speech_verb_and_a_comma_is_speech(extract):
    text = ('Odo Brandt described the harbour as beset by smugglers. '
            'The crowd chanted back at him, "Send them home," and "Close the pier."')
    st = _quoted_statement(extract(text), "Send them home")
    assert st.cue == "chanted"
    assert st.speaker.name == "The crowd"


def test_a_short_quoted_title_after_the_work_it_names_is_not_speech(extract):
    text = 'But Varga tossed "cold water on the idea immediately," she wrote in her memoir, "Hard Tides." She was adamant.'
    assert not any("Hard Tides" in st.content for st in extract(text))
