"""Direct quotes in everyday wire and newspaper prose (1.8): the ways a news
story attributes a quote that the earlier layout tests did not cover."""

import pytest

from tests.claims.quoting import quoted_statement


def test_two_open_quoted_paragraphs_before_the_cue_are_all_the_speakers(extract):
    text = ("The board met on Tuesday.\n\n"
            "“We have waited ten years for a new pier.\n\n"
            "“We will not wait another ten.\n\n"
            "“If the council cannot pay, the state must,” said Ines Varga, the mayor.")
    statements = extract(text)
    for words in ("We have waited", "We will not wait", "If the council"):
        st = quoted_statement(statements, words)
        assert (st.speaker.name, st.cue) == ("Ines Varga", "said")


_CAME_FROM = ("The words came from Odo Brandt, the treasurer of the harbour board.",
              "Those words came from Odo Brandt, the treasurer.",
              "That was Odo Brandt, speaking to reporters after the vote.",
              "That was Odo Brandt on Monday.")


def test_a_sentence_saying_whom_a_quote_came_from_names_its_speaker(extract):
    for after in _CAME_FROM:
        statements = extract(f"“We are broke, and nobody on the board will say so.” {after}")
        assert quoted_statement(statements, "We are broke").speaker.name == "Odo Brandt", after


@pytest.mark.parametrize("after", ["That was the plan, anyway.", "That was Monday.", "That was Brandt's idea."])
def test_that_was_and_no_persons_name_points_back_to_nobody(extract, after):
    text = f"The council met on Monday.\n\n“We are broke, and nobody on the board will say so.” {after}"
    assert not any(st.content.startswith("We are broke") for st in extract(text))


def test_a_name_before_was_and_an_adjective_and_a_colon_speaks_the_quote(extract):
    st = quoted_statement(extract("Brandt was blunt: “The council has failed.”"), "The council has failed")
    assert st.speaker.name == "Brandt"


@pytest.mark.parametrize("text", [
    "Odo Brandt, asked whether the ferry would return, said it would not.",
    "Odo Brandt, asked whether the ferry would return, said: “Ask the council.”",
    "Odo Brandt, asked about the pier on Monday, said the council had no money.",
])
def test_a_speaker_asked_a_question_between_commas_says_what_follows(extract, text):
    statements = extract(text)
    said = next(st for st in statements if st.cue == "said")
    assert said.speaker.name == "Odo Brandt"
    asked = next(st for st in statements if st.cue.startswith("asked"))
    assert asked.speaker.name != "Odo Brandt"  # he was asked; who asked is not said


def test_a_speaker_asking_a_question_himself_still_asks_it(extract):
    st = next(st for st in extract("Odo Brandt, a pilot, asked whether the ferry would return.") if st.cue == "asked")
    assert st.speaker.name == "Odo Brandt"


@pytest.mark.parametrize("text, speaker", [
    ("Odo Brandt’s message was simple: “Pay the pilots.”", "Odo Brandt"),
    ("Odo Brandt’s verdict on the plan was short: “Rubbish.”", "Odo Brandt"),
    ("Ines Varga stood up. Her answer was short: “No.”", "Ines Varga"),
])
def test_whose_words_a_noun_before_the_colon_names_speaks_the_quote(extract, text, speaker):
    [st] = [st for st in extract(text) if st.quote == "direct"]
    assert st.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "“I have done this for thirty years,” Brandt, who is 61, said.",
    "“The ferry will return,” Brandt, speaking on Monday, said.",
])
def test_the_closing_mark_before_a_speakers_name_is_no_part_of_the_name(extract, text):
    [st] = extract(text)
    assert st.speaker.name == "Brandt"
    assert "”" not in text[slice(*st.speaker.mention)]


def test_a_participle_between_the_cue_and_the_second_half_of_a_quote_is_not_said(extract):
    text = "“Frankly,” Ines Varga said, pausing, “we were wrong about the pier.”"
    [st] = extract(text)
    assert [text[s:e] for s, e in st.fragments] == ["Frankly", "we were wrong about the pier."]
    assert st.quote == "direct"


def test_a_sentence_calling_a_quote_somebodys_words_names_the_speaker(extract):
    for after, speaker in (("Those were Odo Brandt’s exact words.", "Odo Brandt"),
                           ("Those were his words.", "Odo Brandt")):
        statements = extract(f"Odo Brandt stood up. “It is a disgrace, and the council knows it.” {after}")
        assert quoted_statement(statements, "It is a disgrace").speaker.name == speaker, after


def test_those_were_the_days_names_nobody(extract):
    assert not any(st.content.startswith("It is a disgrace")
                   for st in extract("“It is a disgrace, and the council knows it.” Those were the days."))


def test_a_name_set_off_after_a_role_for_an_organisation_is_the_speaker(extract):
    text = ("“We are closing the ferry,” a spokeswoman for the ferry company, Mira Holm, told the Gazette. "
            "A spokesman for the harbour board, Odo Brandt, said the boats would stop.")
    assert [st.speaker.name for st in extract(text)] == ["Mira Holm", "Odo Brandt"]


@pytest.mark.parametrize("text", [
    "“Sleep,” Ines Varga said when asked what she would do next.",
    "Asked what she would do next, Ines Varga said: “Sleep, and then more sleep.”",
])
def test_a_speaker_asked_what_she_would_do_does_not_ask_it(extract, text):
    asked = next(st for st in extract(text) if st.cue.lower().startswith("asked"))
    assert asked.speaker.name != "Ines Varga"


def test_a_sentence_calling_a_quote_the_message_of_a_day_from_somebody_names_them(extract):
    text = ("“There is no money left in the harbour fund.”\n\n"
            "That was the message on Monday from the treasurer, Odo Brandt, who told the board it faced ruin.")
    assert quoted_statement(extract(text), "There is no money").speaker.name == "Odo Brandt"


def test_a_relative_who_speaks_for_the_name_it_follows(extract):
    text = "The board heard from Odo Brandt, who said the fund was empty."
    [st] = extract(text)
    assert st.speaker.name == "Odo Brandt"
    assert text[slice(*st.speaker.mention)] == "who"  # the mention stays the pronoun


def test_a_cue_in_brackets_after_a_quote_reports_the_quote_not_the_sentence_around(extract):
    text = "The pilots are angry (“We have been betrayed,” one told me) and the council is silent."
    [st] = extract(text)
    assert (st.content, st.cue, st.quote) == ("We have been betrayed", "told", "direct")


@pytest.mark.parametrize("text", [
    "“This is the end of the old pier,” said Velmora Mayor Ines Varga.",
    "Velmora Mayor Ines Varga said the pier would close.",
])
def test_a_place_and_an_office_before_a_name_are_the_speakers_title(extract, text):
    [st] = extract(text)
    assert (st.speaker.name, st.speaker.kind, st.speaker.description) == ("Ines Varga", "person", "Velmora Mayor")


def test_with_those_words_after_a_quote_names_who_spoke_them(extract):
    text = ("“We will fight until the last boat is gone.”\n\n"
            "With those words, Odo Brandt, the union leader, opened the strike on Monday.")
    st = quoted_statement(extract(text), "We will fight")
    assert (st.speaker.name, st.cue) == ("Odo Brandt", "With those words")


def test_with_that_after_a_quote_names_nobody(extract):
    text = "“We will fight until the last boat is gone.” With that, the meeting ended."
    assert not any(st.content.startswith("We will fight") for st in extract(text))


def test_who_somebody_shouted_at_is_not_what_they_shouted(extract):
    [st] = extract("“Shame on you!” one woman shouted at the mayor.")
    assert (st.content, st.cue) == ("Shame on you!", "shouted")


def test_a_speaker_who_said_in_a_statement_that_a_quote_says_it(extract):
    text = "Varga’s spokesman, Odo Brandt, said in a statement that “the mayor has no plans to resign.”"
    [st] = extract(text)
    assert (st.speaker.name, st.cue) == ("Odo Brandt", "said")
    assert "the mayor has no plans to resign" in st.content


@pytest.mark.parametrize("text, cue", [
    ("“What about the pilots and their families?” someone at the back called out.", "called out"),
    ("“It is entirely legal and the mayor knows it,” Odo Brandt shot back.", "shot back"),
    ("“Never, not while I am mayor,” Ines Varga fired back.", "fired back"),
])
def test_a_verb_and_its_particle_after_a_quote_are_its_cue(extract, text, cue):
    [st] = extract(text)
    assert st.cue == cue
    assert st.quote == "direct"


def test_so_and_an_inverted_speech_verb_after_a_quote_name_its_speaker(extract):
    text = "“We will not go quietly, not this time.” So vowed Odo Brandt, the union leader, on Monday."
    st = quoted_statement(extract(text), "We will not go quietly")
    assert (st.speaker.name, st.cue) == ("Odo Brandt", "vowed")
