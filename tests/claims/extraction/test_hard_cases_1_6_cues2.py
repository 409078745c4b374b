"""Hard cases added in 1.6 (cues, second pass): framings of thought and aim."""


def test_the_idea_is_that_frames_an_unnamed_thought(extract):
    text = "The idea is that the new ferry will pay for itself within a decade."
    [st] = extract(text)
    assert st.content == "that the new ferry will pay for itself within a decade"
    assert st.cue == "The idea is"


def test_a_held_fear_is_its_holders(extract):
    text = "Their fear is that the pier will close before the summer."
    [st] = extract(text)
    assert st.content == "that the pier will close before the summer"
    assert st.speaker.mention is not None


def test_a_goal_with_a_holder_frames_an_aim(extract):
    text = "Her main goal was to close the old pier before the winter storms."
    [st] = extract(text)
    assert st.content == "to close the old pier before the winter storms"


def test_a_goal_without_a_holder_is_the_writers_summary(extract):
    assert extract("The goal of the new levy is to repair the old pier.") == []


def test_the_question_is_whether_is_the_writers_own(extract):
    assert extract("The question is whether the pilots will strike again next month.") == []


def test_a_framing_inside_reported_words_stays_the_reporters(extract):
    text = 'Brandt said his worry is that the pier is "unsafe."'
    [st] = extract(text)
    assert st.cue == "said"
    assert st.speaker.name == "Brandt"


def test_deciding_to_act_is_a_position_taken(extract):
    text = "Ines Varga decided not to renew the ferry contract."
    [st] = extract(text)
    assert st.content == "not to renew the ferry contract"
    assert st.cue == "decided"


def test_a_choice_still_open_is_no_decision(extract):
    assert extract("Ines Varga has not decided which ferry firm she will hire.") == []
