"""Where reported words start and stop: what hangs on the cue after its
object, and what only the writer adds."""


def test_declining_to_say_is_one_refusal_not_a_statement(extract):
    # Not "Varga declined: to" beside "Varga said whether the pier was sold".
    [st] = extract("Ines Varga declined to say whether the pier was sold.")
    assert st.content == "to say whether the pier was sold"
    assert st.cue == "declined"


def test_what_a_call_is_for_is_part_of_it(extract):
    [st] = extract("Varga defended her call to raise the harbour fees.")
    assert st.content == "her call to raise the harbour fees"
