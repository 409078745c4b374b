"""Quote layouts common in news but rare in the benchmark: a speaker set
after a dash, the second half of a split quote after a name and title, and
quotes marked with doubled backticks."""

import pytest

from claims.extraction.quotes import find_quotes
from tests.claims.quoting import one_speaker_one_cue, quoted_statement


def test_a_pull_quote_with_the_speaker_after_a_dash_on_the_next_line_is_the_speakers(extract):
    text = ("The pier will close for the winter.\n\n"
            "\"We have no choice but to close the old pier until spring.\"\n"
            "—Ines Varga, mayor of Velmora")
    st = quoted_statement(extract(text), "We have no choice")
    assert st.quote == "direct"
    assert "Ines Varga" in st.speaker.name


def test_a_quote_followed_by_two_hyphens_and_a_name_on_its_line_is_the_names(extract):
    text = "\"We have no choice but to close the old pier until spring.\" -- Odo Brandt, harbour master"
    st = quoted_statement(extract(text), "We have no choice")
    assert st.speaker.name == "Odo Brandt"


def test_a_dash_after_a_quote_inside_a_sentence_opens_an_aside_not_a_speaker(extract):
    text = ("Once, when they spotted a ferry, Odo circled it as his friends jeered, "
            "\"Farewell, old friend of ours!\" - Danish for goodbye.")
    statements = extract(text)
    assert not any(st.cue_span and text[st.cue_span[0]:st.cue_span[1]] == "-" for st in statements)


def test_a_short_second_half_of_a_quote_split_by_a_name_and_title_is_the_speakers(extract):
    text = ("The harbour board met on Tuesday.\n\n"
            "\"We will not close the pier,\" said Ines Varga, the mayor of Velmora, \"and the ferry stays.\"")
    st = quoted_statement(extract(text), "We will not close the pier")
    assert st.speaker.name == "Ines Varga"
    assert [text[s:e] for s, e in st.fragments][-1] == "and the ferry stays."


def test_a_title_after_the_comma_of_a_cue_is_no_second_half_of_its_quote(extract):
    text = ("Varga tossed \"cold water on the idea at once,\" she wrote in her memoir, \"Low Tide.\" "
            "She did not change her mind.")
    st = next(st for st in extract(text) if "cold water" in st.content)
    assert not any("Low Tide" in text[s:e] for s, e in st.fragments)


def test_a_paragraph_opened_with_backticks_and_never_closed_is_a_quote_going_on():
    text = ("Ines Varga spoke on Sunday:\n"
            "``We have waited ten years for this bridge.\n"
            "``The money is there. What is missing is the will.''")
    assert [text[q.inner_start:q.inner_end] for q in find_quotes(text)] == [
        "We have waited ten years for this bridge.", "The money is there. What is missing is the will."]


def test_paragraphs_quoted_with_backticks_after_a_colon_line_are_all_the_speakers(extract):
    text = ("Ines Varga, the mayor, addressed the crowd on Sunday:\n"
            "``We have waited ten years for this bridge and we will not wait another ten.\n"
            "``The money is there. The plans are there. What is missing is the will of the council.''")
    statements = extract(text)
    first = quoted_statement(statements, "We have waited")
    second = quoted_statement(statements, "The money is there")
    assert first.speaker.name == second.speaker.name == "Ines Varga"



@pytest.mark.parametrize("first_mark, second_mark", [("•", "•"), ("-", "-"), ("1.", "2.")])
def test_quoted_list_items_after_a_colon_line_are_all_the_speakers(extract, first_mark, second_mark):
    text = ("Ines Varga, the mayor, made three points:\n"
            f"{first_mark} \"The ferry must run every day of the week, all year round.\"\n"
            f"{second_mark} \"The pier must be repaired before the summer season starts.\"")
    statements = extract(text)
    first = quoted_statement(statements, "The ferry must run")
    second = quoted_statement(statements, "The pier must be repaired")
    assert first.speaker.name == second.speaker.name == "Ines Varga"
    assert first.quote == second.quote == "direct"


def test_a_quote_that_lost_its_closing_mark_before_said_and_a_name_ends_there(extract):
    text = ("The ferry was cancelled again on Friday.\n"
            "\"There was never enough money for the old boat or its crew, said Odo Brandt, "
            "whose union represents the pilots.")
    st = quoted_statement(extract(text), "There was never enough money")
    assert st.content == "There was never enough money for the old boat or its crew"
    assert st.speaker.name == "Odo Brandt"


def test_the_first_half_of_a_split_quote_that_lost_its_closing_mark_is_kept(extract):
    text = ("Ines Varga spoke to the pilots on Friday.\n"
            "\"Without a new boat of our own, she added, \"the island is cut off every winter.\"")
    st = quoted_statement(extract(text), "Without a new boat")
    assert [text[s:e] for s, e in st.fragments] == [
        "Without a new boat of our own", "the island is cut off every winter."]
    assert st.cue == "added"


def test_a_speaker_named_inside_an_open_quoted_paragraph_does_not_end_it():
    text = ("The council said nothing.\n"
            "\"We wrote letters every month. The council, they said, had no money.\n"
            "\"So we waited,\" Brandt said.")
    assert [text[q.inner_start:q.inner_end] for q in find_quotes(text)][0] == (
        "We wrote letters every month. The council, they said, had no money.")


def test_heres_a_name_and_a_colon_before_a_quote_names_its_speaker(extract):
    text = ("The ferry was cancelled again on Friday.\n"
            "Here’s Varga in March: “The ferry will run every day of the year, whatever the weather.”")
    st = quoted_statement(extract(text), "The ferry will run")
    assert st.speaker.name == "Varga"


def test_what_happened_before_a_colon_is_no_speaker_of_the_quote_after_it(extract):
    text = ("The ferry was cancelled again on Friday. "
            "Here's what happened next: \"The ferry will run every day of the year, whatever the weather.\"")
    assert not any(st.speaker.name == "what" for st in extract(text))


def test_a_question_followed_by_asked_and_a_name_and_title_is_the_names(extract):
    text = ("The ferry was cancelled again on Friday.\n"
            "“Is this how the council treats the island?” asked Odo Brandt, a pilot for 30 years.")
    st = quoted_statement(extract(text), "Is this how the council")
    assert (st.speaker.name, st.cue, st.quote) == ("Odo Brandt", "asked", "direct")


def test_a_quoted_paragraph_left_open_is_the_speakers_named_at_the_end_of_the_next(extract):
    text = ("The ferry was cancelled again on Friday.\n\n"
            "“We will fight this decision in every court in the land.\n\n"
            "“And we will win, because the law is on our side,” said Ines Varga, the mayor.")
    statements = extract(text)
    first = quoted_statement(statements, "We will fight")
    assert (first.speaker.name, first.cue) == ("Ines Varga", "said")


def test_british_single_marks_opening_paragraphs_carry_the_quote_on(extract):
    text = ("The ferry was cancelled again on Friday.\n"
            "‘We will fight this decision in every court in the land.\n"
            "‘And we will win, because the law is on our side,’ said Ines Varga, the mayor.")
    assert quoted_statement(extract(text), "We will fight").speaker.name == "Ines Varga"


def test_a_stray_mark_before_narration_is_no_first_paragraph_of_the_next_quote(extract):
    text = ("Read the latest updates below:\n"
            "\"Ines Varga took the stage in Harlow late on Monday, trailing the council by a few votes.\n"
            "“While the results are not yet known, it looks like we are level,” Varga said.")
    assert not any(st.content.startswith("Ines Varga took the stage") for st in extract(text))


def test_an_apostrophe_for_left_out_letters_opens_no_single_quote():
    text = "'Tis the season for it, the pilots joke. 'We don't know when the ferry will be back,' Brandt said."
    assert [text[q.inner_start:q.inner_end] for q in find_quotes(text)] == [
        "We don't know when the ferry will be back,"]


@pytest.mark.parametrize("lead, speaker", [
    ("In Ines Varga’s words,", "Ines Varga"),
    ("The mayor, Ines Varga, spoke for an hour. In her own words:", "Ines Varga"),
    ("In the words of Odo Brandt,", "Odo Brandt"),
    ("Ines Varga was asked about the ferry. Her reply:", "Ines Varga"),
    ("Ines Varga’s reply to Odo Brandt:", "Ines Varga"),
    ("Varga’s response?", "Varga"),
])
def test_a_quote_after_a_phrase_naming_whose_words_they_are_is_theirs(extract, lead, speaker):
    text = f"{lead} “The pier is closed for the winter and nobody will change that.”"
    st = quoted_statement(extract(text), "The pier is closed")
    assert st.speaker.name == speaker
    assert st.quote == "direct"


def test_in_other_words_before_a_quote_names_no_speaker(extract):
    text = "In other words, “closed for the winter” means closed until the board finds the money."
    assert not any("words" in (st.cue or "") for st in extract(text))


def test_a_question_mark_after_a_possessor_and_a_thing_opens_no_quote_of_theirs(extract):
    text = "Varga’s car? “A red one, bought in Velmora last spring from a friend.”"
    assert not any(st.speaker.name == "Varga" for st in extract(text))


def test_his_before_a_noun_for_words_is_the_man_named_before(extract):
    text = "Odo Brandt spoke last. His message to voters: “Do not believe anyone who says the pier is safe.”"
    st = quoted_statement(extract(text), "Do not believe")
    assert st.speaker.name == "Odo Brandt"


@pytest.mark.parametrize("after", [
    "That was how Ines Varga opened her speech.",
    "Those were the words of Mayor Ines Varga.",
    "— that is what Ines Varga told the council.",
    "So said Ines Varga, the mayor.",
])
def test_a_sentence_pointing_back_to_a_quote_names_its_speaker(extract, after):
    text = f"The council met on Monday.\n\n“We will not sell the harbour to anyone, at any price.” {after}"
    statements = extract(text)
    st = quoted_statement(statements, "We will not sell")
    assert st.speaker.name == "Ines Varga"
    assert [s.content for s in statements if s.cue_span == st.cue_span] == [st.content]


def test_a_sentence_pointing_back_to_a_quote_without_a_speaker_names_none(extract):
    text = "“We will not sell the harbour to anyone, at any price.” That was what happened next."
    assert not any(st.content.startswith("We will not sell") for st in extract(text))


@pytest.mark.parametrize("opening, closing", [("«", "»"), ("»", "«"), ("„", "“"), ("„", "”")])
def test_continental_quotation_marks_quote_like_english_ones(extract, opening, closing):
    text = f"{opening}The pier will stay closed until the spring{closing}, Ines Varga said. " \
        "“The ferry will not run either,” she added."
    assert [text[q.inner_start:q.inner_end] for q in find_quotes(text)] == [
        "The pier will stay closed until the spring", "The ferry will not run either,"]
    st = quoted_statement(extract(text), "The pier will stay closed")
    assert (st.speaker.name, st.quote) == ("Ines Varga", "direct")


@pytest.mark.parametrize("lead, cue, speaker", [
    ("Added Odo Brandt:", "Added", "Odo Brandt"),
    ("Odo Brandt spoke first.\n\nContinued Varga:", "Continued", "Varga"),
    ("The board met on Friday. Said Varga:", "Said", "Varga"),
])
def test_a_speech_verb_set_before_a_speakers_name_is_the_cue_not_part_of_the_name(extract, lead, cue, speaker):
    text = f"{lead} “The ferry will not run this year, and maybe not the next.”"
    st = quoted_statement(extract(text), "The ferry will not run")
    assert (st.cue, st.speaker.name) == (cue, speaker)


def test_a_given_name_that_is_also_a_verb_stays_part_of_the_name(extract):
    text = "Mark Brandt: “The ferry will not run this year, and maybe not the next.”"
    assert quoted_statement(extract(text), "The ferry will not run").speaker.name == "Mark Brandt"


@pytest.mark.parametrize("reported", ["the mayor as saying", "Ines Varga, the mayor, as saying,"])
def test_a_quote_a_paper_quoted_somebody_as_saying_is_theirs_through_the_paper(extract, reported):
    text = f"The Velmora Post quoted {reported} “The pier will stay closed until the spring.”"
    st = quoted_statement(extract(text), "The pier will stay closed")
    assert [hop.relation for hop in st.chain] == ["quoted", "said"]
    assert "Velmora Post" in st.chain[0].name and "Velmora Post" not in st.speaker.name


@pytest.mark.parametrize("giver, speaker", [("Ines Varga, the mayor", "Ines Varga"),
                                            ("the harbour office", "harbour office")])
def test_a_quote_that_came_as_the_reply_from_somebody_is_theirs(extract, giver, speaker):
    text = f"“The pier is closed for the winter,” came the reply from {giver}."
    st = quoted_statement(extract(text), "The pier is closed")
    assert speaker in st.speaker.name and "reply" not in st.speaker.name


def test_a_pull_quote_after_a_short_label_with_the_speaker_after_a_dash_is_the_speakers(extract):
    text = "Quote of the day: “The pier is closed for the winter and nobody will change that.” — Ines Varga"
    assert quoted_statement(extract(text), "The pier is closed").speaker.name == "Ines Varga"


def test_a_sentence_of_narration_between_two_quotes_splits_them_and_is_in_neither(extract):
    text = "“We will close the pier,” Varga said. “The ferry stays.” She paused. “Nobody will change that.”"
    statements = extract(text)
    one_speaker_one_cue(statements, "The ferry stays", "Nobody will change that")
    assert not any("paused" in st.content for st in statements)


def test_a_one_word_label_before_a_quote_signed_after_a_dash_is_not_the_speaker(extract):
    text = "Overheard: “The pier is closed for the winter and nobody will change that.” — Ines Varga"
    statements = extract(text)
    assert quoted_statement(statements, "The pier is closed").speaker.name == "Ines Varga"
    assert not any(st.speaker.name == "Overheard" for st in statements)


def test_a_short_quote_broken_off_by_a_dash_before_its_cue_is_the_speakers(extract):
    text = "The mayor of Velmora stood up. “We will—” she began."
    st = quoted_statement(extract(text), "We will")
    assert st.quote == "direct" and text[st.cue_span[0]:st.cue_span[1]] == "began"


def test_a_quote_followed_by_was_her_answer_is_the_answer_of_the_one_named_before(extract):
    text = "Ines Varga stood up and looked at the pilots. “Never,” was her answer."
    st = quoted_statement(extract(text), "Never")
    assert st.quote == "direct" and st.speaker.name == "Ines Varga"
