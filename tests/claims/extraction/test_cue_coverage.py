"""Cues the parse hides: what a poll shows as a participle, "what X said was Y"."""


def _by_cue(statements, cue):
    return [st for st in statements if st.cue == cue]


def test_polls_showing_a_lead_report_what_they_show(extract):
    text = "Varga kept campaigning in the harbour towns, with new polls showing her well behind Brandt."
    [st] = _by_cue(extract(text), "showing")
    assert st.content == "her well behind Brandt"
    assert st.speaker.name == "new polls"


def test_a_predicate_parsed_apart_still_belongs_to_the_poll(extract):
    text = "With recent polls showing Brandt, a pilot, leading the race in Eastbay, Varga changed her message."
    [st] = _by_cue(extract(text), "showing")
    assert st.content == "Brandt, a pilot, leading the race in Eastbay"


def test_a_person_showing_visitors_round_reports_nothing(extract):
    text = "The harbour master stood at the pier, showing visitors the old ferry."
    assert _by_cue(extract(text), "showing") == []


def test_what_analysts_said_was_a_sign_is_theirs(extract):
    text = "The ferry crews were freed at once, in what several analysts said was a sign of calmer relations."
    [st] = _by_cue(extract(text), "said")
    assert [text[s:e] for s, e in st.fragments] == ["what", "was a sign of calmer relations"]
    assert st.speaker.name == "several analysts"


def test_a_clause_opening_with_what_stays_whole(extract):
    text = "I think what the council is doing matters less than the weather."
    [st] = extract(text)
    assert st.content == "what the council is doing matters less than the weather"


def test_a_named_holders_decision_is_the_choice_they_took(extract):
    text = "The council reopened the pier after Varga's decision to lift the ban on night ferries."
    [st] = extract(text)
    assert st.cue == "decision"
    assert st.content == "to lift the ban on night ferries"
    assert st.speaker.name == "Varga"


def test_support_for_and_opposition_to_are_the_holders_positions(extract):
    text = "Brandt's opposition to the ferry deal cost him the pilots' union."
    [st] = extract(text)
    assert st.cue == "opposition"
    assert st.content == "the ferry deal"
    text = "Ines Varga won again. Voters remember her support for the harbour levy."
    [st] = _by_cue(extract(text), "support")
    assert st.content == "the harbour levy"


def test_a_decision_nobody_holds_and_an_effort_are_not_positions(extract):
    assert extract("The decision to close the pier was taken in March.") == []
    assert extract("Ines Varga made an effort to reopen the pier before the storms.") == []


def test_in_a_holders_view_is_the_holders_opinion(extract):
    text = "In Varga's view, the new ferry will pay for itself within a decade."
    [st] = extract(text)
    assert st.cue == "In Varga's view"
    assert st.content.startswith("the new ferry will pay for itself")
    assert st.speaker.name == "Varga"


def test_an_opinion_between_commas_leaves_the_phrase_out(extract):
    text = "The pier, in Brandt's opinion, is no longer safe for the ferries."
    [st] = extract(text)
    assert [text[s:e] for s, e in st.fragments] == ["The pier", "is no longer safe for the ferries."]


def test_a_judgment_believed_in_or_a_divided_opinion_is_nobodys_view(extract):
    assert extract("The pilots believed in Varga's judgment and kept sailing.") == []
    assert extract("Residents are divided in their opinions about the ferry.") == []
    assert extract("The harbour was in public view all night.") == []
