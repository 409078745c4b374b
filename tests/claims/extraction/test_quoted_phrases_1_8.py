"""Quoted phrases in 1.8: a few quoted words are somebody's words when their
setting names a holder (the object of a verb of saying, what a holder's
speech act stood against, the words of a holder's remark or slogan); a
name, a title or a scare quote is nobody's words."""

import pytest

from claims.extraction.phrases import find_quoted_phrases
from claims.extraction.quotes import find_quotes
from tests.claims.quoting import quoted_statement


def _phrase(statements, words: str):
    st = quoted_statement(statements, words)
    assert st.content == words
    return st


def _held_by(statements, words: str):
    """Who said the quoted words, under which cue."""
    st = _phrase(statements, words)
    return st.speaker.name, st.cue


@pytest.mark.parametrize("text, words, speaker, cue", [
    ("Harbour supporters are crying “sabotage” and asking for a recount.", "sabotage", "Harbour supporters",
     "crying"),
    ("By Tuesday he was back to boasting about “momentum” and the ferry vote.", "momentum", None,
     "boasting about"),
    ("Ines Varga waved the ballot around, mouthing “thank you” toward the crowd.", "thank you", "Ines Varga",
     "mouthing"),
    ("At the hearing Odo Brandt insulted “the coffee-shop crowd” twice.", "the coffee-shop crowd", "Odo Brandt",
     "insulted"),
])
def test_the_object_of_a_verb_of_saying_is_its_subjects_words(extract, text, words, speaker, cue):
    st = _phrase(extract(text), words)
    assert st.cue == cue
    if speaker is not None:
        assert st.speaker.name == speaker


def test_what_follows_the_quote_in_the_verb_phrase_goes_on_with_the_words(extract):
    text = ("Harbour supporters are crying “sabotage” over the new quota rules.\n\n"
            "In 2019 she spoke out for “free crossings” as the answer to the island's isolation.")
    statements = extract(text)
    assert quoted_statement(statements, "sabotage").content == "sabotage” over the new quota rules"
    assert quoted_statement(statements, "free crossings").content \
        == "free crossings” as the answer to the island's isolation"


def test_a_verb_the_parser_left_unattached_still_borrows_the_subject_before_it(extractor):
    text = "Ms. Varga, channeling her calm roots, responded by first saying “some kind things” about the mayor."
    doc = extractor.nlp(text)
    responded = next(t for t in doc if t.lower_ == "responded")
    responded.dep_ = "dep"  # as the parser leaves it in longer sentences
    [found] = find_quoted_phrases(doc, find_quotes(text), [])
    assert text[found.source[0]:found.source[1]] == "Ms. Varga"
    assert [text[s:e] for s, e in found.content] == ["some kind things” about the mayor"]


def test_what_a_holders_speech_act_stood_for_is_their_words(extract):
    text = ("Ines Varga delivered an impassioned defense of “harbour values” on Monday. "
            "Odo Brandt's broadside against “paper budgets” came a day later.")
    statements = extract(text)
    assert _held_by(statements, "harbour values") == ("Ines Varga", "defense of")
    assert _held_by(statements, "paper budgets") == ("Odo Brandt", "broadside against")


def test_the_words_of_a_holders_remark_or_slogan_are_theirs(extract):
    text = ("Ines Varga's “ninety days” remark drew laughter from the council.\n\n"
            "Odo Brandt ran on the slogan “Ferries First” in 2019.\n\n"
            "The phrase “harbour tax” was uttered only once, by Mayor Lena Holm.\n\n"
            "Pia Lund's campaign slogan is “Bridges, not ferries.” Her rivals have none.")
    statements = extract(text)
    assert _phrase(statements, "ninety days").speaker.name == "Ines Varga"
    assert _phrase(statements, "Ferries First").speaker.name == "Odo Brandt"
    assert "Lena Holm" in _phrase(statements, "harbour tax").speaker.name
    assert _held_by(statements, "Bridges, not ferries.") == ("Pia Lund", "slogan is")


@pytest.mark.parametrize("text, words", [
    ("The ferrymen joined a group called the “Harbour Friends Society” last year.", "Harbour Friends Society"),
    ("Varga blasted the so-called “pier levy” at the meeting.", "pier levy"),
    ("Odo Brandt told Coast Radio's “Morning Tide” on Monday that the pier would close.", "Morning Tide"),
    ("Ines Varga said on Coast Radio's “Morning Tide” that the pier would stay open.", "Morning Tide"),
    ("She starred in the series “Quiet Waters” before she ran for the council.", "Quiet Waters"),
    ("The photographs appeared online without permission, an “unauthorised use” the paper regrets.",
     "unauthorised use"),
])
def test_a_name_a_title_or_a_scare_quote_is_nobodys_words(extract, text, words):
    statements = extract(text)
    assert not any(st.content.startswith(words) for st in statements)
