"""Direct quotes: fictional people and outlets only."""


def test_a_direct_quote_is_attributed_to_the_named_speaker(extract):
    text = "“The bridge will open in May,” Mayor Lina Ostrova said on Tuesday."
    [st] = extract(text)
    assert st.speaker.name == "Lina Ostrova"
    assert st.cue == "said"
    assert st.content.startswith("The bridge will open in May")
    assert st.quote == "direct"


def test_quotes_either_side_of_a_cue_sentence_are_two_statements_of_the_speakers_own_words(extract):
    text = ("“The pumps have been repaired,” Tomas Verhoek wrote on X. "
            "“Tell us if anything else breaks.”")
    first, second = extract(text)
    assert [st.speaker.name for st in (first, second)] == ["Tomas Verhoek", "Tomas Verhoek"]
    assert [st.platform for st in (first, second)] == ["X", "X"]
    assert first.cue_span == second.cue_span
    assert first.content == "The pumps have been repaired"
    assert second.content == "Tell us if anything else breaks."
    assert all(st.fragments == [(st.start, st.end)] for st in (first, second))


def test_a_sentence_quoted_around_its_cue_stays_one_statement(extract):
    text = "“Without the ferry,” Ilse Marangoni said, “the island is cut off for a week.”"
    [st] = extract(text)
    assert st.speaker.name == "Ilse Marangoni"
    assert len(st.fragments) == 2
    assert text[slice(*st.fragments[1])].startswith("the island is cut off")


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
    text = "“The pumps are fixed,” Tomas Verhoek said, “and more work is due in May.”"
    [st] = extract(text)
    assert len(st.fragments) == 2
    for start, end in st.fragments:
        assert text[start] not in "“”" and text[end - 1] not in "“”"


def test_a_colon_after_the_cue_introduces_the_quote(extract):
    text = "After the delay, Anja Peltonen could only quip: \"The trains were tired.\""
    [st] = extract(text)
    assert st.speaker.name == "Anja Peltonen"
    assert st.content == "The trains were tired."


def test_a_quote_over_several_paragraphs_keeps_its_speaker(extract):
    # Each paragraph opens a quotation mark; only the last one closes it.
    text = ("Ivo Brandt, a councillor, spoke after the vote.\n\n"
            "Brandt stated:\n\n"
            "“The river authority has failed this valley for years.\n\n"
            "“The next budget will change that, and I will vote for it.\n\n"
            "“We owe our children nothing less than a clean river.”\n\n"
            "The budget passed on Monday.")
    statements = extract(text)
    assert [st.cue for st in statements] == ["stated"] * 3
    assert all(st.speaker.name == "Ivo Brandt" for st in statements)
    assert statements[2].content.startswith("We owe our children")


def test_a_cue_ending_its_paragraph_with_a_colon_takes_the_quoted_paragraph(extract):
    text = ("The Lakeside Courier confirmed the figures, reporting:\n\n"
            "“Ferry traffic fell by a third in the spring, while freight held steady.”\n\n"
            "Nobody else commented.")
    quoted = [st for st in extract(text) if st.quote == "direct"]
    assert [st.cue for st in quoted] == ["reporting"]
    assert quoted[0].content.startswith("Ferry traffic fell")


def test_a_short_line_before_a_quoted_paragraph_introduces_it(extract):
    text = "Transcript as follows:\n\n“We will build the new school before the winter comes to the valley.”\n"
    [st] = extract(text)
    assert st.cue == "as follows"
    assert st.content.startswith("We will build the new school")


def test_a_participle_without_subject_takes_the_subject_of_its_clause(extract):
    text = ("Singer Marta Quell shared the news online, writing “It feels great to back a candidate "
            "I believe in.” The concert is in May.")
    [st] = [st for st in extract(text) if st.cue == "writing"]
    assert st.quote in ("direct", "mixed")
    assert st.speaker.name == "Marta Quell"
    assert st.content.startswith("It feels great")


def test_a_cue_followed_by_a_comma_takes_the_quote_after_it(extract):
    text = ("Mayor Hana Loyd did not seem impressed with the plan on Tuesday, telling reporters, "
            "“A lot of people here want the old bridge repaired.”")
    [st] = [st for st in extract(text) if st.quote == "direct"]
    assert st.cue == "telling"
    assert st.speaker.name == "Hana Loyd"
    assert st.content.startswith("A lot of people")


def test_a_verb_just_before_the_quote_finds_its_subject_up_the_tree(extract):
    text = ("Before the mayor's speech, the preacher Odile Varga, who founded the shelter, is shown "
            "lecturing: “Neighbours of the river, take heed and learn from the floods of the past.”")
    [st] = [st for st in extract(text) if st.quote == "direct"]
    assert st.cue == "lecturing"
    assert "Odile Varga" in st.speaker.name
    assert st.content.startswith("Neighbours of the river")


def test_a_quoted_paragraph_with_no_cue_goes_to_the_speaker_in_the_paragraph_before(extract):
    text = ("At the board's request, the Fenwick Trust issued a statement on the closures.\n\n"
            "“We regret the disruption and will reopen every branch by the end of the year.”\n")
    [st] = [st for st in extract(text) if st.quote == "direct"]
    assert st.cue == "issued"
    assert st.speaker.name.endswith("Fenwick Trust")
    assert st.content.startswith("We regret the disruption")
