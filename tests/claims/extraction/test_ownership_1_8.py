"""Ownership in 1.8: who owns a quote set against another cue's words."""


def test_a_lower_case_quote_right_after_reported_words_goes_on_with_them(extract):
    text = ("Echoing an old harbour song, Ms. Varga pledged to defend free crossings for island residents "
            "“today, tomorrow, forever.”")
    [pledged] = [st for st in extract(text) if st.cue == "pledged"]
    assert pledged.content.startswith("to defend free crossings")
    assert "today, tomorrow, forever" in pledged.content
