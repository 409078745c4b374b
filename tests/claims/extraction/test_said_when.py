"""The words that date a statement ("on Sunday") are kept as the text gives
them, resolved or not: an article without a publication date (every seed)
still tells the editor when the words were said."""

from datetime import date

import pytest

WEDNESDAY = date(2026, 2, 4)


def _when(extract, text, published=None):
    [st] = extract(text, published=published)
    return st.said_when, st.said_when_span and text[slice(*st.said_when_span)], st.said_on


@pytest.mark.parametrize("text, words", [
    ("Hanna Berglund said on Sunday that the ferry would run again.", "on Sunday"),
    ("Hanna Berglund said last month that the ferry would run again.", "last month"),
    ("Hanna Berglund told reporters earlier this week that the ferry would run again.", "earlier this week"),
    ("Hanna Berglund said two days ago that the ferry would run again.", "two days ago"),
    ("“The ferry will run again,” Hanna Berglund said on Friday.", "on Friday"),
    ("Hanna Berglund said in a statement on Monday that the ferry would run again.", "on Monday"),
])
def test_without_a_publication_date_the_dating_words_are_kept(extract, text, words):
    assert _when(extract, text) == (words, words, None)


def test_with_a_publication_date_the_words_and_the_date_are_both_kept(extract):
    assert _when(extract, "Hanna Berglund said on Sunday that the ferry would run again.", WEDNESDAY) == (
        "on Sunday", "on Sunday", date(2026, 2, 1))


def test_a_full_date_resolves_without_a_publication_date(extract):
    text = "Hanna Berglund said in a statement on March 3, 2025 that the ferry would run again."
    assert _when(extract, text) == ("on March 3, 2025", "on March 3, 2025", date(2025, 3, 3))


@pytest.mark.parametrize("text", [
    "Hanna Berglund said the mayor would visit the harbour on Monday.",  # the visit's date
    "Hanna Berglund said that the ferry would run again.",
    "Hanna Berglund said on X that the ferry would run again.",  # a platform, no date
])
def test_no_dating_words_no_said_when(extract, text):
    assert _when(extract, text) == (None, None, None)


def test_the_words_kept_are_the_words_that_resolved():
    # "February 30" reads as a date but names none; "last week" does, and the
    # words kept are those, not the first that looked like a date.
    from claims.extraction.dates import _reading

    phrase = "on February 30 last week"
    (start, end), found = _reading(phrase, WEDNESDAY)
    assert phrase[start:end] == "last week"
    assert (found.day, found.precision) == (date(2026, 1, 26), "week")
    (start, end), found = _reading(phrase, None)  # nothing resolves undated: the first words stay
    assert (phrase[start:end], found) == ("on February 30", None)
