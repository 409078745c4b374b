"""A pronoun looks back for a person it can refer to: "she" skips a man
named in between, "he" skips a woman; names the lists do not know stay open."""


def _said(statements, content_start):
    return next(st for st in statements if st.content.startswith(content_start))


def test_she_skips_a_man_named_after_her(extract):
    text = ("Laura Brandt met Peter Osei at the harbour on Monday. "
            "Peter Osei spoke first about the dredging contract. "
            "She said the contract had never been signed.")
    st = _said(extract(text), "the contract")
    assert st.speaker.name == "Laura Brandt"


def test_he_skips_a_woman_named_after_him(extract):
    text = ("Peter Osei met Laura Brandt at the harbour on Monday. "
            "Laura Brandt spoke first about the dredging contract. "
            "He said the contract had never been signed.")
    st = _said(extract(text), "the contract")
    assert st.speaker.name == "Peter Osei"


def test_a_role_word_gives_the_gender_of_a_description(extract):
    text = ("Peter Osei introduced the actress Hanna Lind at the festival. "
            "Peter Osei spoke first. "
            "The actress said the film had been cut without her consent.")
    st = _said(extract(text), "the film")
    assert st.speaker.name == "Hanna Lind"


def test_an_unknown_given_name_leaves_the_pronoun_to_the_nearest_subject(extract):
    text = ("Quillon Marsh met the harbour board on Monday. "
            "She said the contract had never been signed.")
    st = _said(extract(text), "the contract")
    assert st.speaker.name == "Quillon Marsh"
