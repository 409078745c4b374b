"""Ownership in 1.8: who owns a quote set against another cue's words."""

from tests.claims.quoting import one_speaker_one_cue, quoted_statement


def test_a_lower_case_quote_right_after_reported_words_goes_on_with_them(extract):
    text = ("Echoing an old harbour song, Ms. Varga pledged to defend free crossings for island residents "
            "“today, tomorrow, forever.”")
    [pledged] = [st for st in extract(text) if st.cue == "pledged"]
    assert pledged.content.startswith("to defend free crossings")
    assert "today, tomorrow, forever" in pledged.content


def test_a_programme_named_after_the_cue_is_no_part_of_the_quote(extract):
    text = ("“We will keep the ferry running,” Varga said on Coast Radio's “Morning Tide With Ola Berg.” "
            "“And the pier stays open, whatever the council decides.”")
    statements = extract(text)
    said = [text[s:e] for st in statements for s, e in st.fragments]
    assert not any("Morning Tide" in words for words in said)
    assert any(words.startswith("And the pier stays open") for words in said)


def test_the_programme_a_speaker_told_is_no_part_of_what_was_said(extract):
    text = ("“The pier is fair game,” Odo Brandt told “Island Today,” reminding the hosts that the mayor "
            "had attacked his record.")
    st = quoted_statement(extract(text), "The pier is fair game")
    assert not any("Island Today" in text[s:e] for s, e in st.fragments)


def test_a_cue_in_the_speakers_relative_clause_does_not_take_the_next_sentences_quote(extract):
    text = ("“The ferry will not stop running this winter,” said a harbour pilot, who, like all the crews we "
            "met, answered anonymously. “Not this winter, and not the one after it either.”")
    statements = extract(text)
    first = quoted_statement(statements, "The ferry will not stop")
    second = quoted_statement(statements, "Not this winter")
    assert second.cue_span == first.cue_span
    assert second.cue == "said"


def test_a_speaker_who_wrote_about_it_keeps_the_quote_after_the_description(extract):
    text = ('"He tried to frighten me," said Ines Varga, who wrote about the harbour master\'s visit in her '
            'memoir. "Luckily, neither of those threats came true."')
    second = quoted_statement(extract(text), "Luckily")
    assert (second.cue, second.speaker.name) == ("said", "Ines Varga")


def test_a_question_closed_right_before_its_speaker_is_the_cues_first_quote(extract):
    text = ("And in other harbour towns, like Harlow and Ostby, he said the ferry company could force the "
            "council to spend money defending itself.\n\n"
            "''Can we win Harlow?'' Mr. Brandt asked. ''I don't know. But what we can do is make the council "
            "go to Harlow, make it spend money there.''")
    first, _ = one_speaker_one_cue(extract(text), "Can we win Harlow", "I don't know")
    assert first.cue == "asked"


def test_a_colon_in_the_next_sentence_introduces_its_own_quote(extract):
    text = ("''Whoever saw me on the quay felt my pain,'' Ms. Varga wrote. She continued: ''The mayor has "
            "children whom he loves. Does he really need to wonder why I did not speak?''")
    cues = {st.content.split(" ")[0]: st.cue for st in extract(text)}
    assert (cues["Whoever"], cues["The"]) == ("wrote", "continued")


def test_an_inverted_cue_takes_the_quote_closed_right_before_it_not_an_earlier_one(extract):
    text = ('"Her usual manner is gloomy," she said, but despite the sharper tone of the race, '
            '"I think he will come round," said Varga, who has long backed the ferry plan.')
    statements = extract(text)
    assert quoted_statement(statements, "I think he will come round").speaker.name == "Varga"
    assert not any(st.speaker and st.speaker.name == "Varga" and st.content.startswith("Her usual")
                   for st in statements)
