"""Verbs that give a thing a name ("called it “a disgrace”", "described the
plan as “reckless”"): what is named may stand before the verb, as a relative
pronoun (which adds nothing to the content) or the noun a relative clause
describes (which goes into the content as the object does after the verb); the content ends where the
quoted name closes when what follows says where it was given, comments on it
or goes on after a dash; and "termed", "branded" and "characterized" name
as "called" does."""


def _said(text, st) -> list[str]:
    return [text[a:b] for a, b in st.fragments]


def _by_cue(statements, cue):
    return next(st for st in statements if st.cue == cue)


def test_what_a_speaker_called_is_the_quoted_name(extract):
    text = "Dunmore hopes to shed what Mayor Ines Varga called “a reputation problem.”"
    st = _by_cue(extract(text), "called")
    assert st.speaker.name == "Ines Varga"
    assert _said(text, st) == ["a reputation problem."]


def test_which_a_speaker_described_as_is_the_quoted_name(extract):
    text = "Ines Varga opened the session. The fees, which Varga described as “a disgrace,” will rise in May."
    st = _by_cue(extract(text), "described")
    assert st.speaker.name == "Ines Varga"
    assert _said(text, st) == ["as “a disgrace,”"]


def test_the_noun_a_that_clause_describes_is_what_was_named(extract):
    text = "In a clip that Judge Odo Brandt called “distasteful,” the men mocked the court."
    st = _by_cue(extract(text), "called")
    assert st.speaker.name == "Odo Brandt"
    assert _said(text, st) == ["a clip", "distasteful"]


def test_who_before_a_subject_of_its_own_is_the_one_named(extract):
    text = "Ines Varga spoke last. Her anger was aimed at Odo Brandt, who Varga called “a menace to the harbour.”"
    st = _by_cue(extract(text), "called")
    assert st.speaker.name == "Ines Varga"
    assert _said(text, st) == ["a menace to the harbour."]


def test_a_time_the_clause_dates_is_not_named(extract):
    text = "It was the first time Ines Varga called Brandt “a friend.”"
    st = _by_cue(extract(text), "called")
    assert "time" not in st.content


def test_where_the_name_was_given_is_not_part_of_it(extract):
    text = "Last May, Ines Varga called Odo Brandt a “coward” on her radio show."
    st = _by_cue(extract(text), "called")
    assert st.content == "Odo Brandt a “coward”"


def test_the_writers_comment_after_the_quoted_name_is_not_part_of_it(extract):
    text = "Odo Brandt, on Tuesday, called the levy \"unfair,\" an unusual rebuke that surprised the council."
    st = _by_cue(extract(text), "called")
    assert "rebuke" not in st.content


def test_what_a_dash_adds_after_the_quoted_name_is_the_writers(extract):
    text = "A third option would be what Tom Reyes called a \"slow and steady\" approach - working with the crews."
    st = _by_cue(extract(text), "called")
    assert _said(text, st) == ["a \"slow and steady\" approach"]


def test_what_the_name_is_given_for_goes_on(extract):
    text = "Ines Varga called the levy “a disgrace” for the city."
    st = _by_cue(extract(text), "called")
    assert st.content == "the levy “a disgrace” for the city"


def test_termed_names_as_called_does(extract):
    text = "The board voted for what harbour aides have termed a “lifeline” for the port."
    st = _by_cue(extract(text), "termed")
    assert st.speaker.name == "harbour aides"
    assert _said(text, st) == ["a “lifeline” for the port"]


def test_characterized_names_as_called_does(extract):
    text = "Ines Varga routinely characterizes herself as a “harbour warrior.”"
    st = _by_cue(extract(text), "characterizes")
    assert st.content == "herself as a “harbour warrior.”"
