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
