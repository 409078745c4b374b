"""Headlines that name a speaker and a speech verb before the colon, and lone
surnames that the article names in full elsewhere."""

import pytest


def first(statements, content_start: str):
    return next(st for st in statements if st.content.startswith(content_start))


@pytest.mark.parametrize("headline, speaker, cue, content", [
    ("Ines Varga Slams Harbour Board: We Were Lied To", "Ines Varga", "Slams", "We Were Lied To"),
    ("Varga Urges Pilots: Stay Off The Old Pier", "Ines Varga", "Urges", "Stay Off The Old Pier"),
    ("“Varga Pressures Brandt: Keep The Ferry Running”", "Ines Varga", "Pressures", "Keep The Ferry Running"),
])
def test_a_headline_verb_before_the_colon_is_the_cue_and_the_name_before_it_the_speaker(extract, headline, speaker,
                                                                                       cue, content):
    text = f"{headline}\n\nThe harbour board met on Monday. Ines Varga, who chairs it, spoke first.\n"
    st = first(extract(text), content)
    assert (st.speaker.name, st.speaker.kind, st.cue, st.content) == (speaker, "person", cue, content)
    assert st.quote == "indirect"  # a headline's marks are the page's, not a quote's


def test_a_headline_verb_gives_its_relation_to_the_chain(extract):
    st = first(extract("Varga Urges Pilots: Stay Off The Old Pier\n\nInes Varga chairs the board.\n"), "Stay")
    assert st.chain[-1].relation == "urged"


def test_a_colon_line_without_a_verb_is_still_the_named_speakers_line(extract):
    st = first(extract("Ines Varga: The pier stays shut.\n\nThe board met on Monday.\n"), "The pier")
    assert (st.speaker.name, st.cue) == ("Ines Varga", ":")


def test_a_quoted_line_without_a_headline_verb_stays_a_quote(extract):
    statements = extract("“Varga Harbour Plan: A Disgrace For The Town”\n\nThe board met on Monday.\n")
    assert not any(st.cue == "Plan" for st in statements)


def test_a_lone_surname_before_the_full_name_is_that_person(extract):
    text = ("Varga: We will rebuild the pier\n\nThe harbour board met on Monday. Varga said the pier would reopen. "
            "She added that the city must pay.\n\nInes Varga chairs the board.\n")
    speakers = [(st.speaker.name, st.speaker.kind) for st in extract(text)]
    assert speakers[:3] == [("Ines Varga", "person")] * 3


def test_two_people_sharing_a_surname_leave_it_unresolved(extract):
    text = ("Varga said the pier would reopen.\n\nInes Varga chairs the board; her brother Tomas Varga runs the "
            "ferry.\n")
    assert first(extract(text), "the pier").speaker.name == "Varga"


def test_an_organisation_ending_in_an_acronym_is_no_surname(extract):
    text = "SVP said it would campaign.\n\nJunge SVP, its youth wing, agreed.\n"
    assert first(extract(text), "it would").speaker.kind != "person"
