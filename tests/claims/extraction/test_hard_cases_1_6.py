"""Hard cases added in 1.6: records and other things that show without
speaking."""


def test_a_leaked_email_shows_what_the_office_did(extract):
    text = "A leaked email shows the harbour office sent ten pilots to the fair."
    [st] = extract(text)
    assert st.content == "the harbour office sent ten pilots to the fair"
    assert st.speaker.name.endswith("email")


def test_an_average_of_polls_shows_a_standing(extract):
    text = "An average of recent polls shows Varga leading the race by two points."
    [st] = extract(text)
    assert st.content == "Varga leading the race by two points"


def test_seeing_someone_speak_is_not_a_view(extract):
    text = "Ines Varga saw Odo Brandt speak at the pier on Tuesday."
    assert extract(text) == []


def test_an_imperative_see_reports_nothing(extract):
    assert extract("See the photos of the new ferry below.") == []


def test_seeing_a_thing_as_something_is_still_a_view(extract):
    text = "Ines Varga sees the ferry contract as a lifeline for the harbour."
    [st] = extract(text)
    assert st.content == "the ferry contract as a lifeline for the harbour"


def test_when_an_object_was_named_is_not_part_of_it(extract):
    text = "The dockers' union endorsed Ines Varga during a quarrel over its pensions."
    [st] = extract(text)
    assert st.content == "Ines Varga"


def test_calling_someone_on_the_telephone_reports_nothing(extract):
    assert extract("Ines Varga called Odo Brandt on Tuesday.") == []


def test_calling_a_meeting_reports_nothing(extract):
    assert extract("The harbour board called a meeting of the pilots.") == []


def test_calling_someone_something_is_still_a_statement(extract):
    [st] = extract("Odo Brandt called Ines Varga a fraud.")
    assert st.content == "Ines Varga a fraud"


def test_who_was_talked_to_is_the_audience_not_the_content(extract):
    [st] = extract("Ines Varga talked to reporters about the new ferry contract.")
    assert st.content == "the new ferry contract"


def test_talking_with_someone_reports_nothing(extract):
    assert extract("Ines Varga talked with the harbour master for an hour.") == []


def test_a_question_to_determine_is_not_a_finding(extract):
    assert extract("The inspectors will try to determine whether the pier can hold the new cranes.") == []


def test_what_the_inspectors_determined_is_a_finding(extract):
    [st] = extract("The inspectors determined that the pier cannot hold the new cranes.")
    assert st.content == "that the pier cannot hold the new cranes"


def test_challenging_someone_in_an_election_reports_nothing(extract):
    assert extract("Odo Brandt is challenging Ines Varga in the harbour primary.") == []


def test_challenging_someone_on_a_point_still_disputes_it(extract):
    [st] = extract("Odo Brandt challenged Ines Varga on the ferry figures.")
    assert st.content == "Ines Varga on the ferry figures"


def test_an_event_that_underscores_something_is_the_writers_reading(extract):
    assert extract("The quarrel over the pier underscored the divide on the harbour board.") == []


def test_reminding_an_audience_of_a_likeness_reports_nothing(extract):
    assert extract("Odo Brandt reminds many pilots of his late father.") == []


def test_what_someone_reminded_voters_of_in_a_clause_is_reported(extract):
    [st] = extract("Ines Varga reminded voters that the pier was built in 1902.")
    assert st.content == "that the pier was built in 1902"


def test_backing_down_is_not_backing_someone(extract):
    assert extract("Ines Varga backed down on the pier fees after a week.") == []


def test_a_figure_compared_with_another_is_the_writers_arithmetic(extract):
    assert extract("Ferry traffic rose 31 percent, compared with 17 percent a year earlier.") == []


def test_someone_comparing_two_things_is_still_a_statement(extract):
    [st] = extract("Odo Brandt compared the pier fees to highway robbery.")
    assert st.content == "the pier fees to highway robbery"


def test_a_position_nobody_takes_is_no_statement(extract):
    assert extract("Pilots bound to the union are free to support another candidate in the spring.") == []


def test_the_first_to_take_a_position_takes_it(extract):
    [st] = extract("Odo Brandt was the first senator to endorse Ines Varga.")
    assert st.content == "Ines Varga"


def test_a_hope_heading_a_relative_clause_reports_the_clause_after_it(extract):
    text = "Varga toured the pier on Friday, which she hoped would calm the pilots."
    [st] = extract(text)
    assert st.content.startswith("which")
    assert st.content.endswith("would calm the pilots")
    assert len(st.fragments) == 2


def test_being_critical_of_something_is_a_stance(extract):
    [st] = extract("Odo Brandt has long been critical of the harbour board's ferry deal.")
    assert st.content == "the harbour board's ferry deal"
    assert st.speaker.name == "Odo Brandt"


def test_being_worried_that_something_happens_is_a_stance(extract):
    [st] = extract("Harbour officials are worried that the new pier will not open before winter.")
    assert st.content == "that the new pier will not open before winter"


def test_something_critical_to_a_plan_is_importance_not_a_stance(extract):
    assert extract("Ines Varga is critical to the harbour plan.") == []


def test_being_convinced_that_something_is_true_is_a_stance(extract):
    [st] = extract("They are convinced that the pier could have been rebuilt if the board had fought harder.")
    assert st.content == "that the pier could have been rebuilt if the board had fought harder"
