"""Seed-review cases fixed in 1.8, in invented harbour-town text."""


def test_a_cue_the_parser_coordinated_after_an_agent_has_its_own_subject(extract):
    # The parser reads "residents" as a second agent of "led" and "fear" as a
    # second verb of "The push ... has been led"; the residents are who fear it.
    text = ("The push for a new pier has been led by the harbour board and local residents "
            "fear their concerns will be ignored.")
    [st] = extract(text)
    assert st.cue == "fear"
    assert st.speaker.name == "local residents"
    assert st.content == "their concerns will be ignored"


def test_a_relative_clause_threat_is_a_threat_to_the_noun_it_describes(extract):
    text = "The harbour board sees the ferry as a vital link, a link that the mayor has threatened to cut."
    [st] = [st for st in extract(text) if st.cue == "threatened"]
    assert st.speaker.name == "the mayor"
    assert [text[a:b] for a, b in st.fragments] == ["a link", "to cut"]
