"""Reported speech, speakers and the chain."""

from datetime import date


def test_said_that_gives_speaker_cue_and_complement(extract):
    text = "Hanna Berglund said that the ferry company had cancelled the winter timetable."
    [st] = extract(text)
    assert st.speaker.name == "Hanna Berglund"
    assert st.speaker.kind == "person"
    assert st.cue == "said"
    assert st.content == "that the ferry company had cancelled the winter timetable"
    assert st.quote == "indirect"
    assert text[slice(*st.cue_span)] == "said"
    assert text[slice(*st.speaker.mention)] == "Hanna Berglund"


def test_a_cue_after_its_content_still_finds_it(extract):
    text = "The talks were postponed until March, Foreign Minister Petra Lindqvist said."
    [st] = extract(text)
    assert st.speaker.name == "Petra Lindqvist"
    assert st.content == "The talks were postponed until March"


def test_a_pronoun_speaker_resolves_to_the_person_named_before(extract):
    text = ("Jonas Ekdahl visited the new turbines. "
            "He said that they would be running by the end of the year.")
    [st] = extract(text)
    assert st.speaker.name == "Jonas Ekdahl"
    assert text[slice(*st.speaker.mention)] == "He"


def test_a_surname_is_folded_into_the_full_name(extract):
    text = ("Irena Kovalska met the mayor on Friday. "
            "Kovalska said that the dam inspection had found cracks.")
    [st] = extract(text)
    assert st.speaker.name == "Irena Kovalska"


def test_the_chain_starts_with_the_publishing_outlet(extract):
    text = "Hanna Berglund said that the ferry company had cancelled the winter timetable."
    [st] = extract(text, outlet="The Harbour Gazette")
    assert [(h.name, h.relation) for h in st.chain] == [
        ("The Harbour Gazette", "published"), ("Hanna Berglund", "said")]


def test_a_statement_date_resolves_against_the_publication_date(extract):
    text = "Hanna Berglund said on Sunday that the ferry would run again."
    [st] = extract(text, published=date(2026, 2, 3))  # a Tuesday
    assert st.said_on == date(2026, 2, 1)


def test_nothing_is_taken_from_excluded_ranges(extract):
    caption = "Ravi Sandoval said the photo was taken in 2019."
    text = caption + "\n\nThe lake froze early this year."
    assert extract(text, excluded=[(0, len(caption))]) == []


def test_a_parenthetical_cue_attributes_the_words_on_both_sides(extract):
    text = "The plan, a council source said, is to close the ferry in winter."
    [st] = extract(text)
    assert st.cue == "said"
    assert len(st.fragments) == 2
    assert text[slice(*st.fragments[0])] == "The plan"


def test_two_coordinated_speakers_are_a_statement_each(extract):
    text = "Odo Brandt and the Harbour Institute said that the pier was unsafe."
    found = extract(text)
    assert [st.speaker.name for st in found] == ["Odo Brandt", "Harbour Institute"]
    assert len({(st.start, st.end) for st in found}) == 1


def test_an_aside_after_a_comma_is_not_part_of_the_content(extract):
    text = "Hanna Berglund said the ferry was late, which the company has denied."
    said = next(st for st in extract(text) if st.cue == "said")
    assert said.content == "the ferry was late"


def test_a_passive_cue_names_its_agent_when_there_is_one(extract):
    text = "The mayor is expected by the council to resign before the summer."
    [st] = extract(text)
    assert st.cue == "expected"
    assert st.speaker.name.endswith("council")
    assert "The mayor" in st.content and "to resign before the summer" in st.content


def test_a_forecast_is_not_an_attribution(extract):
    assert extract("Temperatures were expected to plummet overnight.") == []


def test_wants_states_a_position(extract):
    # PolNeAR annotates intentions as attributions too.
    [st] = extract("Senator Alma Ruiz wants to close the old mine before winter.")
    assert st.speaker.name == "Alma Ruiz"
    assert st.cue == "wants"
    assert st.content == "to close the old mine before winter"
