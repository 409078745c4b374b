"""Quotes with a speaker of their own that 1.8 missed or gave to another cue."""

import pytest

from tests.claims.quoting import quoted_statement


def said_by(statements, words: str) -> tuple[str, str]:
    """Who says the quote starting with words, and under which cue."""
    st = quoted_statement(statements, words)
    return st.speaker.name, st.cue


@pytest.mark.parametrize("text, words, speaker", [
    ('The debate between Varga and Brandt grew so heated over who supported which Harbour bill that Velmora '
     'Mayor Ines Varga said, "I feel like I need a pilot-to-English dictionary."', "I feel like", "Ines Varga"),
    ('The fight between the two pilots grew so heated over who supported which Council motion that North '
     'Velmora Rep. Odo Brandt said, "I feel like I need a referee."', "I feel like", "Odo Brandt"),
])
def test_a_speaker_the_parse_hung_on_a_noun_as_a_relative_clause_says_the_quote_himself(extract, text, words,
                                                                                       speaker):
    statements = extract(text)
    assert quoted_statement(statements, words).speaker.name == speaker
    assert not any(words in st.content for st in statements if st.cue == "supported")


def test_a_video_that_said_a_quote_still_reports_it(extract):
    st = quoted_statement(extract("The board released a video that said, “The pier will stay closed until the "
                                  "spring.”"), "The pier")
    assert st.cue == "said"


@pytest.mark.parametrize("text, words, speaker", [
    ('"Nobody trusts a harbour board that closes its own pier." That quote from Ines Varga, then harbour '
     'commissioner, appeared on the front page of the Gazette in 1998.', "Nobody trusts", "Ines Varga"),
    ("Trust in the board is low.\n\n“I'd rather sail a leaky boat than sit on the council.” — a quote from "
     "harbour commissioner Odo Brandt in 2009.", "I'd rather", "Odo Brandt"),
    ("“We will outlast the storm and the board.” The famous line by Marta Keel still hangs in the pilots' hall.",
     "We will outlast", "Marta Keel"),
    ("“Ferry now!” This remark from Ola Berg drew loud cheers.", "Ferry now", "Ola Berg"),
])
def test_a_quote_pointed_back_to_as_somebodys_quote_or_line_is_theirs(extract, text, words, speaker):
    assert quoted_statement(extract(text), words).speaker.name == speaker


def test_a_line_from_one_place_to_another_names_no_speaker(extract):
    statements = extract("“Take the left fork at the lighthouse.” The line from the pier to the ferry was long "
                         "that morning.")
    assert not any(st.content.startswith("Take the left") for st in statements)


@pytest.mark.parametrize("text, words, cue", [
    ('"Today, the harbour is one of the leading ports in combating smuggling, and has been working closely with '
     'its neighbours on all fronts," the pilots state in the white paper, which was shared with the council on '
     'Thursday.', "Today, the harbour", "state"),
    ("“No harbour authority shall close a pier without notice to the pilots,” the charter states.",
     "No harbour authority", "states"),
    ("Clause 7 states: “The ferry shall run in every weather.”", "The ferry shall", "states"),
    ("The rule was written into Article 9 of the 1951 Harbour Charter and Article 3 of the 1984 Pilots "
     "Convention. Article 9 affirms: “No harbour board shall close a pier in any manner whatsoever where the "
     "pilots would be threatened...”", "No harbour board", "affirms"),
    ("“We will fight this,” the two states said in a joint letter.", "We will fight", "said"),
])
def test_a_verb_of_saying_the_tagger_took_for_a_noun_still_cues_its_quote(extract, text, words, cue):
    assert quoted_statement(extract(text), words).cue == cue


def test_the_speaker_before_a_noun_tagged_verb_is_only_the_words_before_it(extract):
    st = quoted_statement(extract(
        "“They know Varga’s the only one strong enough to stop the harbour abuses and make the board pay its fair "
        "share,” a voice-over in the ad states. “She’ll stand up to the ferry lobby and take on the board.”"),
        "They know")
    assert (st.speaker.name, st.cue) == ("a voice-over in the ad", "states")


@pytest.mark.parametrize("text, speaker", [
    ("Keel on Varga Releasing Her Harbour Board Speech Transcripts: ‘I Think She Will.’\n\nFriday on Coast "
     "Radio’s “Morning Tide,” Rep. Marta Keel told host Ola Berg she believed that Varga would release a "
     "transcript.", "Keel"),
    ("Berg on Varga Dropping Her Harbour Tax Plan: ‘I Hope She Will.’\n\nSen. Ola Berg told the Gazette he "
     "hoped that Varga would drop the plan.", "Berg"),
])
def test_a_headline_speaker_the_story_names_again_speaks_the_headline_quote(extract, text, speaker):
    name, cue = said_by(extract(text), "I ")
    assert cue == ":" and name.split()[-1] == speaker  # the surname, or the full name the story gives


def test_a_headline_topic_in_capitals_is_no_speaker(extract):
    statements = extract("Ferries on the North Route: ‘Delays Expected.’\n\nThe harbour board said on Monday that "
                         "ferries would be late.")
    assert not any(st.content.startswith("Delays") for st in statements)


def test_a_digest_speaker_after_a_dash_is_named_without_the_words_before_it(extract):
    st = quoted_statement(extract(
        "Estimates of pier use are particularly problematic - Holm Research: “All the samples evaluated include "
        "more frequent travellers than harbour records indicate should be present.”"), "All the samples")
    assert st.speaker.name == "Holm Research"


@pytest.mark.parametrize("text, words, speaker, cue", [
    ("The mayor greeted the returning pilots with a cheerful “Welcome home, everyone!”", "Welcome home",
     "The mayor", "greeted"),
    ("Keel waved off the question with a weary “Ask the board.”", "Ask the board", "Keel", "waved off"),
    ('Varga ended her speech with a defiant "We will be back."', "We will be back", "Varga", "ended"),
])
def test_a_short_quote_set_as_the_noun_of_with_a_and_a_manner_is_said(extract, text, words, speaker, cue):
    assert said_by(extract(text), words) == (speaker, cue)


def test_a_slogan_on_a_thing_carried_with_a_manner_is_not_said(extract):
    statements = extract("The pilots marched past the hall with a red “Ferry Now” banner.")
    assert not any(st.content.startswith("Ferry Now") for st in statements)


def test_a_verb_inside_another_quote_does_not_govern_the_next_one(extract):
    statements = extract("“Saying that his use of the old ferry had been good for the harbour,” Brandt “thus "
                         "confirmed a decision she had made months earlier — to keep the ferry and use it for most "
                         "crossings,” the passage continued.")
    assert quoted_statement(statements, "Saying that").cue == "continued"


@pytest.mark.parametrize("text, words, speaker, cue", [
    ("“Our ferry succeeds where others fail because we sail in every weather,” Brandt is quoted as saying. "
     "\"Because we don't have to wait for the tide, we are in and out of the harbour faster.\"", "Because we",
     "Brandt", "is quoted as saying"),
    ("Odo Brandt is quoted as saying “We will keep the ferry running through the winter, whatever it costs.”",
     "We will keep", "Odo Brandt", "is quoted as saying"),
    ("“The pier stays shut,” the mayor was quoted as saying in a 1998 profile.", "The pier stays", "the mayor",
     "was quoted as saying"),
])
def test_who_is_quoted_as_saying_is_the_speaker_under_that_cue(extract, text, words, speaker, cue):
    st = quoted_statement(extract(text), words)
    assert (st.speaker.name, st.cue) == (speaker, cue)
    assert [h.name for h in st.chain if h.relation != "published"] == [speaker]


def test_who_quoted_the_speaker_when_named_still_reports_the_quote(extract):
    st = quoted_statement(extract("Odo Brandt was quoted by the Gazette as saying “We will keep the ferry "
                                  "running through the winter.”"), "We will keep")
    assert [(h.name, h.relation) for h in st.chain if h.relation != "published"] == [("Gazette", "quoted"),
                                                                                     ("Odo Brandt", "said")]


@pytest.mark.parametrize("text, words, speaker", [
    ('Ola Berg, 13, of Velmora sold lemonade on the pier.\n\nWhy was he out in the cold all night? "My father '
     'says I have to save up for a boat."', "My father", "Ola Berg"),
    ("Why did Marta Keel keep the old ferry running for so long? “It was my father's boat.”", "It was",
     "Marta Keel"),
])
def test_a_quote_right_after_the_writers_question_about_somebody_is_their_answer(extract, text, words, speaker):
    assert said_by(extract(text), words) == (speaker, "?")


def test_a_question_about_a_thing_gets_no_answer_from_it(extract):
    assert not any(st.content.startswith("We will see") for st in extract('Is the pier safe? "We will see in the '
                                                                           'spring."'))


def test_an_answer_with_a_cue_of_its_own_keeps_it(extract):
    st = quoted_statement(extract("Why did Varga stay on the board after the vote? “Because nobody else would,” "
                                  "she said."), "Because")
    assert st.cue == "said"


@pytest.mark.parametrize("text, words, speaker, cue", [
    ("''If a pilot starts shouting near you, please do not touch him,'' begins a scripted message that precedes "
     "all harbour meetings.", "If a pilot", "a scripted message", "begins"),
    ("“Dear friends of the ferry, we have sad news,” began the letter from the harbour board.", "Dear friends",
     "the harbour board", "began"),
    ("“The pier is closed until spring,” opened the harbour master, to groans from the pilots.", "The pier is",
     "the harbour master", "opened"),
])
def test_a_verb_right_after_a_quote_saying_it_opens_a_text_or_speech_cues_it(extract, text, words, speaker, cue):
    assert said_by(extract(text), words) == (speaker, cue)


def test_a_quote_its_own_speech_verb_introduces_is_not_the_rest_of_the_one_before(extract):
    statements = extract("''If a pilot starts shouting near you, please do not touch or harm him,'' begins a "
                         "scripted message that precedes all harbour meetings. To quickly alert the harbour police, "
                         "the message continues, ''please hold a flag over your head and start chanting: 'Ferry! "
                         "Ferry!'.''")
    assert quoted_statement(statements, "please hold").cue == "continues"
    assert quoted_statement(statements, "If a pilot").content.endswith("harm him")


def test_a_quote_after_a_new_sentence_and_speech_verb_is_not_the_rest_of_the_quote_before(extract):
    statements = extract("“Please do not touch or harm the protester,” the message says at the start of every "
                         "meeting. To quickly alert the harbour police, the message continues, “please hold a flag "
                         "over your head and start chanting.”")
    assert quoted_statement(statements, "please hold").cue == "continues"


def test_a_quote_after_the_cue_and_its_comma_is_the_content_whatever_the_parse_hung_around_it(extract):
    st = quoted_statement(extract(
        "As the crowd began to chant, Varga was joined on stage again by harbour master Odo Brandt and joked, "
        "“Ferry or Bust people, you’re being ridiculous,” drawing loud jeers and “FERRY!” chants."), "Ferry or Bust")
    assert (st.speaker.name, st.cue, st.content) == ("Varga", "joked", "Ferry or Bust people, you’re being ridiculous")


def test_quotes_listed_with_and_and_a_comma_after_one_cue_are_all_its_words(extract):
    statements = extract("Varga took a risk by teasing the pilots, telling the crowd, “I’m a sailor like you, "
                         "folks,” and, “Is there anyone in this room who doesn’t fish? Probably more than any room "
                         "I’ve ever spoken to.”")
    first, second = quoted_statement(statements, "I’m a sailor"), quoted_statement(statements, "Is there anyone")
    assert (first.speaker.name, first.cue) == (second.speaker.name, second.cue) == ("Varga", "telling")


@pytest.mark.parametrize("text, words, speaker", [
    ("It’s not enough to get the ferry to “look” safe - More from the report: “Today numerous ferry operators "
     "check their boats on fixed schedules in an effort to make them safer.”", "Today numerous", "the report"),
    ("The vote went on late into the night. Here's the mayor: “We will keep the pier open, whatever the board "
     "says.”", "We will keep", "the mayor"),
])
def test_a_description_of_a_speaker_after_more_from_or_heres_names_the_speaker(extract, text, words, speaker):
    assert said_by(extract(text), words) == (speaker, ":")


def test_heres_a_thing_names_no_speaker(extract):
    statements = extract("Here's the thing: “We will keep the pier open, whatever the board says.”")
    assert not any(st.cue == ":" for st in statements)


@pytest.mark.parametrize("text, words, cue", [
    ("As the crowd began to chant, Varga was joined on stage again by harbour master Odo Brandt and joked, "
     "“Ferry or Bust people, you’re being ridiculous,” drawing loud jeers and “FERRY!” chants.", "FERRY", "chants"),
    ("The mayor walked in to “Save the pier!” cries from the back of the hall.", "Save the pier", "cries"),
])
def test_a_quote_set_before_chants_or_cries_is_chanted(extract, text, words, cue):
    assert quoted_statement(extract(text), words).cue == cue


@pytest.mark.parametrize("text, words, speaker, cue", [
    ("The harbour master held up the flag — which read “Pilots 4 Velmora” — and waved it around, mouthing “thank "
     "you” toward the crowd.", "thank you", "The harbour master", "mouthing"),
    ("Varga lifted the banner — which read “Save the Pier” — and turned to the pilots, mouthing “not yet” with a "
     "smile.", "not yet", "Varga", "mouthing"),
    ("Brandt grabbed the microphone, muttering “not again” under his breath.", "not again", "Brandt", "muttering"),
])
def test_a_short_quote_mouthed_or_muttered_is_said_by_who_does_it(extract, text, words, speaker, cue):
    assert said_by(extract(text), words) == (speaker, cue)


def test_a_straight_mark_glued_to_the_words_around_it_is_a_token_of_its_own(extractor):
    doc = extractor.nlp('It says different things to different audiences,"Ines Varga said. Then about"joint '
                        'operations."')
    assert [t.text for t in doc][6:10] == ["audiences", ",", '"', "Ines"]
    assert '"' in [t.text for t in doc][14:17]


def test_a_quote_ending_a_sentence_is_not_the_words_of_the_next_sentences_subject(extract):
    statements = extract('The mayor gushed about a "common interest in keeping our harbour safe," and waxed poetic '
                         'about "joint operations between our two towns." He pledged "cooperation" toward shared '
                         'objectives.')
    assert not any(st.content.startswith("joint operations") and st.cue == "pledged" for st in statements)


@pytest.mark.parametrize("text, speaker, cue", [
    ("The head of the pilots' union, Ines Varga, praised the donor.\n\n“Not us but can’t argue with it!” Varga, "
     "the head of the union, Tweeted on Friday with an image of the banner.", "Ines Varga", "Tweeted"),
    ("“Not us but can’t argue with it!” Varga, the head of the union, tweeted on Friday with an image of the "
     "banner.", "Varga", "tweeted"),
])
def test_a_name_and_its_title_set_off_by_commas_before_the_verb_speak_the_quote(extract, text, speaker, cue):
    assert said_by(extract(text), "Not us") == (speaker, cue)


def test_a_front_page_blares_its_headline(extract):
    st = quoted_statement(extract("The Harbour Gazette said the mayor had been ''rocked'' by the vote. ''Choke!'' "
                                  "blared the front page of The Harbour Herald."), "Choke")
    assert (st.speaker.name, st.cue) == ("the front page of The Harbour Herald", "blared")


@pytest.mark.parametrize("text, chant, words", [
    ('Brandt stopped by his campaign headquarters in Velmora to give a pep talk to volunteers. Walking into the '
     'office to chants of "Odo! Odo!," the senator said his campaign here was "closing really strong."', "Odo! Odo!",
     "his campaign"),
    ('Keel stopped by the harbour office to thank the pilots. Walking onto the pier to chants of "Marta! Marta!," '
     'the mayor said the ferry was "here to stay."', "Marta! Marta!", "the ferry"),
])
def test_a_chant_before_a_speaker_and_cue_is_the_crowds_not_the_speakers(extract, text, chant, words):
    statements = extract(text)
    assert quoted_statement(statements, chant).cue == "chants of"
    assert chant not in quoted_statement(statements, words).content
