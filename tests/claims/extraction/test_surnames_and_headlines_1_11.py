"""A surname given alone, which the small model tags ORG or not at all, is a
person when "he" or "she" takes it up; a company or a person named nearby
keeps the pronoun. A headline that sums up a body report reaches its speaker
through that report."""

import pytest

from tests.claims.quoting import quoted_statement


@pytest.mark.parametrize("text, words, speaker", [
    ('Officials were divided. "We cannot pay for it," Nakashima said. He said the plan would fail.',
     "the plan would fail", "Nakashima"),
    ('Mayor Ruth Ambler spoke first. Then Okonkwo rose. "This is a disgrace," he said.',
     "This is a disgrace", "Okonkwo"),
])
def test_a_pronoun_takes_up_a_lone_surname(extract, text, words, speaker):
    st = quoted_statement(extract(text), words)
    assert (st.speaker.name, st.speaker.kind) == (speaker, "person")


def test_the_surnames_own_statement_is_a_persons_too(extract):
    st = quoted_statement(extract('"We cannot pay for it," Nakashima said. He said the plan would fail.'),
                          "We cannot pay")
    assert (st.speaker.name, st.speaker.kind) == ("Nakashima", "person")


def test_a_person_named_nearby_keeps_the_pronoun(extract):
    statements = extract("Mayor Tom Baker met Google officials. Google said it would invest. "
                         "He said that was welcome.")
    assert quoted_statement(statements, "that was welcome").speaker.name == "Tom Baker"
    assert quoted_statement(statements, "it would invest").speaker.kind == "organization"


def test_a_full_name_given_later_still_names_the_surname(extract):
    statements = extract('Okonkwo spoke first. "This is a disgrace," he said. Later, Chidi Okonkwo told '
                         "reporters the vote was rigged.")
    assert quoted_statement(statements, "This is a disgrace").speaker.name == "Chidi Okonkwo"


def test_a_name_the_article_gives_with_the_is_no_surname(extract):
    statements = extract('The Kremlin said on Monday that talks were over. "We are done," he said.')
    assert quoted_statement(statements, "We are done").speaker.name != "Kremlin"


def test_a_headline_reaches_its_speaker_through_the_bodys_report(extract):
    statements = extract("Varga Presses Brandt: Keep The Ferry Out Of Velmora\n\n"
                         "According to a new report from The Coast Herald, Ines Varga allegedly asked Odo Brandt "
                         "not to run the ferry to Velmora this winter.")
    headline = quoted_statement(statements, "Keep The Ferry")
    assert [h.name for h in headline.chain][-1] == "Ines Varga"
    assert "Coast Herald" in [h.name for h in headline.chain]

    # The body hedges ("allegedly"); the headline does not, and must not be
    # shown as if it did: that gap is what a fact-checker looks for.
    assert headline.hedges == []
    assert headline.stance == "asserts"
    assert all(cue.span[1] <= headline.end for cue in headline.stance_cues)


def test_a_headline_the_body_does_not_report_keeps_its_own_chain(extract):
    statements = extract("Varga Presses Brandt: Keep The Ferry Out Of Velmora\n\n"
                         "According to The Coast Herald, Ines Varga allegedly asked the council for a new pier.")
    headline = quoted_statement(statements, "Keep The Ferry")
    assert [h.name for h in headline.chain] == ["Ines Varga"]
