"""Direct quotes: fictional people and outlets only."""


def test_a_direct_quote_is_attributed_to_the_named_speaker(extract):
    text = "“The bridge will open in May,” Mayor Lina Ostrova said on Tuesday."
    [st] = extract(text)
    assert st.speaker.name == "Lina Ostrova"
    assert st.cue == "said"
    assert st.content.startswith("The bridge will open in May")
    assert st.quote == "direct"


def test_a_quote_split_around_its_cue_is_one_statement(extract):
    text = ("“The pumps have been repaired,” Tomas Verhoek wrote on X. "
            "“Tell us if anything else breaks.”")
    [st] = extract(text)
    assert st.speaker.name == "Tomas Verhoek"
    assert st.platform == "X"
    assert len(st.fragments) == 2
    assert text[slice(*st.fragments[1])].startswith("Tell us if anything else breaks")


def test_a_quote_paragraph_with_no_cue_continues_the_previous_speaker(extract):
    text = ("“We reacted within hours,” Anja Peltonen said in a statement.\n\n"
            "“I am grateful to the engineers for their quick work.”")
    statements = extract(text)
    assert [st.speaker.name for st in statements] == ["Anja Peltonen", "Anja Peltonen"]
    assert statements[1].content.startswith("I am grateful")


def test_straight_and_single_quotes_are_quotes_too(extract):
    text = ("\"Our figures are correct,\" Rafael Quint said. "
            "Marta Oyelaran said the council was 'working on a full answer for the residents'.")
    statements = extract(text)
    assert [st.speaker.name for st in statements] == ["Rafael Quint", "Marta Oyelaran"]
    assert statements[0].quote == "direct"
    assert statements[1].quote == "mixed"


def test_unbalanced_quotation_marks_do_not_crash(extract):
    text = "“We will not stop, Odile Varga said. ”And then\n\n\"It is over.\n’’ ‘ “"
    extract(text)


def test_a_scare_quote_is_not_speech(extract):
    text = "The so-called “miracle valve” failed again on Monday in the harbour."
    assert extract(text) == []


def test_fragments_of_a_split_quote_carry_no_stray_quotation_marks(extract):
    text = "“The pumps are fixed,” Tomas Verhoek said. “More work is due in May.”"
    [st] = extract(text)
    for start, end in st.fragments:
        assert text[start] not in "“”" and text[end - 1] not in "“”"


def test_a_colon_after_the_cue_introduces_the_quote(extract):
    text = "After the delay, Anja Peltonen could only quip: \"The trains were tired.\""
    [st] = extract(text)
    assert st.speaker.name == "Anja Peltonen"
    assert st.content == "The trains were tired."
