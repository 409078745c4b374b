"""What quoted words are about: "“...,” Varga said of Brandt": the of-object
is a fragment of the content, between the quote and what follows, and the
cue stays "said"; the sentence after it is a statement of its own."""


def _said(text, st) -> list[str]:
    return [text[a:b] for a, b in st.fragments]


def test_the_of_object_after_said_is_a_fragment_of_the_quote(extract):
    text = ("Ines Varga spoke first. “He is not fit to run the harbour,” Varga said of Odo Brandt. "
            "“Nobody on the quay trusts him.”")
    statements = extract(text)
    first = next(st for st in statements if st.content.startswith("He is not fit"))
    assert _said(text, first) == ["He is not fit to run the harbour", "Odo Brandt"]
    assert first.cue == "said"
    assert first.speaker.name == "Ines Varga"
    second = next(st for st in statements if st.content.startswith("Nobody on the quay"))
    assert _said(text, second) == ["Nobody on the quay trusts him."]


def test_the_of_object_keeps_its_relative_clause(extract):
    text = "“It is fine,” Ines Varga said of the plan that the council passed, “and it will work.”"
    st = next(st for st in extract(text) if st.content.startswith("It is fine"))
    assert "the plan that the council passed" in _said(text, st)


def test_a_long_of_phrase_tells_the_occasion_and_stays_out(extract):
    text = ("“Absolutely not,” Ines Varga said of the chance of the pilots switching their support "
            "from the mayor this spring.")
    st = next(st for st in extract(text) if st.content.startswith("Absolutely not"))
    assert _said(text, st) == ["Absolutely not"]


def test_an_of_phrase_before_the_cue_is_no_topic_of_it(extract):
    text = "Of those who doubt the plan, Ines Varga said: “They have not read it.”"
    st = next(st for st in extract(text) if "They have not read it" in st.content)
    assert _said(text, st) == ["They have not read it."]
