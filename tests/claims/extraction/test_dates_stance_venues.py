"""Statement dates with their precision, stance cues (confirmations among them)
and venues (fictional people and places only)."""

from datetime import date

import jsonschema
import pytest

from claims.extraction import get_extractor
from claims.extraction.dates import resolve
from claims.extraction.venues import platform_of

WEDNESDAY = date(2026, 2, 4)


def _said_on(extract, text, published=WEDNESDAY):
    [st] = extract(text, published=published)
    return st.said_on, st.said_on_precision


# --- statement dates --------------------------------------------------------


@pytest.mark.parametrize("when, expected", [
    ("on Sunday", (date(2026, 2, 1), "day")),
    ("on Sunday night", (date(2026, 2, 1), "day")),
    ("last Tuesday", (date(2026, 2, 3), "day")),
    ("two days ago", (date(2026, 2, 2), "day")),
    ("last week", (date(2026, 1, 26), "week")),
    ("this week", (date(2026, 2, 2), "week")),
    ("last month", (date(2026, 1, 1), "month")),
    ("earlier this month", (date(2026, 2, 1), "month")),
    ("earlier this year", (date(2026, 1, 1), "year")),
    ("last year", (date(2025, 1, 1), "year")),
    ("in January", (date(2026, 1, 1), "month")),
    ("on January 30", (date(2026, 1, 30), "day")),
    ("on 30 January", (date(2026, 1, 30), "day")),
    # After the publication date: last year's.
    ("on March 3", (date(2025, 3, 3), "day")),
    ("in November", (date(2025, 11, 1), "month")),
])
def test_the_date_of_the_saying_resolves_against_the_publication_date(extract, when, expected):
    text = f"Hanna Berglund said {when} that the ferry would run again."
    assert _said_on(extract, text) == expected


@pytest.mark.parametrize("text, published, expected", [
    pytest.param("On March 3, 2025, Hanna Berglund said the ferry would run again.", None,
                 (date(2025, 3, 3), "day"), id="a full date needs no publication date"),
    pytest.param("Hanna Berglund said last week that the ferry would run again.", None,
                 (None, None), id="a relative date needs the publication date"),
    pytest.param("Hanna Berglund said the mayor would visit the harbour on Monday.", WEDNESDAY,
                 (None, None), id="a date in the content dates the visit, not the saying"),
    pytest.param("Hanna Berglund said on Friday that the ferry had stopped running in January.", WEDNESDAY,
                 (date(2026, 1, 30), "day"), id="the cue's date, not the one the speaker names"),
    pytest.param("“The ferry will run again,” Hanna Berglund said on Friday.", WEDNESDAY,
                 (date(2026, 1, 30), "day"), id="a quote dated after its cue"),
])
def test_only_the_cue_s_clause_dates_the_saying(extract, text, published, expected):
    assert _said_on(extract, text, published=published) == expected


def test_impossible_and_vague_dates_resolve_to_nothing():
    assert resolve("on February 30", WEDNESDAY) is None
    assert resolve("several days ago", WEDNESDAY) is None
    assert resolve("on Facebook", WEDNESDAY) is None


# --- stance cues --------------------------------------------------------------


def _cues(st):
    return [(c.kind, c.text) for c in st.stance_cues]


def test_a_confirming_cue_is_recorded_with_its_span(extract):
    text = "The port authority confirmed that the dredgers had been sold."
    [st] = extract(text)
    assert st.stance == "asserts"
    assert _cues(st) == [("confirmation", "confirmed")]
    assert text[slice(*st.stance_cues[0].span)] == "confirmed"


def test_confirming_phrases_in_the_content_are_recorded(extract):
    text = "Edgar Molnar acknowledged that the sale did happen."
    [st] = extract(text)
    assert _cues(st) == [("confirmation", "acknowledged"), ("confirmation", "did happen")]


def test_it_is_true_is_a_confirmation_and_not_true_is_a_denial(extract):
    [confirms] = extract("Edgar Molnar said it is true that the council met the buyers.")
    [denies] = extract("Edgar Molnar said it is not true that the council met the buyers.")
    assert _cues(confirms) == [("confirmation", "is true")]
    assert _cues(denies) == [("denial", "not true")]
    assert denies.stance == "denies"


def test_a_refused_confirmation_is_not_a_confirmation(extract):
    [declined] = extract("Edgar Molnar declined to confirm that the council met the buyers.")
    [negated] = extract("Edgar Molnar did not confirm that the council met the buyers.")
    assert _cues(declined) == _cues(negated) == []


def test_a_denial_cue_explains_the_denying_stance(extract):
    text = "Edgar Molnar denied that the council had ever discussed the dredgers."
    [st] = extract(text)
    assert st.stance == "denies"
    assert [c.as_dict() for c in st.stance_cues] == [{"kind": "denial", "text": "denied", "span": [13, 19]}]


def test_the_article_s_hedge_is_a_stance_cue(extract):
    text = "The harbour master allegedly kept the money from the sale."
    [st] = extract(text)
    assert st.stance == "hedges"
    assert _cues(st) == [("hedge", "allegedly")]


def test_a_dispute_is_a_stance_cue(extract):
    text = "Edgar Molnar disputed the council's account of the sale."
    [st] = extract(text)
    assert ("dispute", "disputed") in _cues(st)


# --- venues -------------------------------------------------------------------


@pytest.fixture(scope="module")
def venue():
    nlp = get_extractor().nlp

    def run(text, verb):
        [tok] = [t for t in nlp(text) if t.text == verb]
        return platform_of(tok)
    return run


@pytest.mark.parametrize("text, expected", [
    ("Ilse Marrow wrote on Facebook that the dam was safe.", "Facebook"),
    ("Ilse Marrow wrote on Truth Social that the dam was safe.", "Truth Social"),
    ("Ilse Marrow wrote in a post on X that the dam was safe.", "X"),
    ("Ilse Marrow wrote in a Facebook post that the dam was safe.", "Facebook"),
    ("Ilse Marrow wrote during a Cabinet meeting that the dam was safe.", "a Cabinet meeting"),
    ("Ilse Marrow wrote in an interview with CNN that the dam was safe.", "an interview with CNN"),
    ("Ilse Marrow wrote at a press conference on Monday that the dam was safe.", "a press conference"),
    ("Ilse Marrow wrote in a statement that the dam was safe.", "a statement"),
    ("Ilse Marrow wrote in a letter to shareholders that the dam was safe.", "a letter"),
    ("In his State of the Union address, Ilse Marrow wrote that the dam was safe.",
     "his State of the Union address"),
    ("Ilse Marrow wrote on Monday that the dam was safe.", None),
    ("Ilse Marrow wrote in an interview with Facebook's founder that the dam was safe.", "an interview"),
])
def test_the_venue_is_the_platform_or_the_article_s_own_words(venue, text, expected):
    assert venue(text, "wrote") == expected


def test_a_venue_stops_at_its_noun_without_what_modifies_it(venue):
    text = ("Ilse Marrow wrote in a statement released by her office late on Sunday evening "
            "after the vote that the dam was safe.")
    assert venue(text, "wrote") == "a statement"


# --- the record ---------------------------------------------------------------


def test_the_record_carries_the_precision_and_the_stance_cues(extract):
    text = "The port authority confirmed last month that the dredgers had been sold."
    [st] = extract(text, published=WEDNESDAY)
    record = st.as_dict()
    assert record["said_on"] == "2026-01-01" and record["said_on_precision"] == "month"
    assert record["stance_cues"] == [{"kind": "confirmation", "text": "confirmed", "span": [19, 28]}]


@pytest.mark.django_db
def test_extraction_stores_the_precision_and_the_stance_cues_and_serves_them(statement_schema):
    from claims.records import StatementRecordSerializer
    from claims.services.extraction import article_extract
    from tests.factories import ArticleFactory

    text = "Meridian Daily.\nThe port authority confirmed last month that the dredgers had been sold.\n"
    article = ArticleFactory(text=text, published=WEDNESDAY)
    [st] = article_extract(article_id=article.pk)
    assert (st.said_on, st.said_on_precision) == (date(2026, 1, 1), "month")
    assert st.stance_cues == [{"kind": "confirmation", "text": "confirmed", "span": [35, 44]}]
    record = StatementRecordSerializer(st).data
    jsonschema.validate(dict(record), statement_schema)
    assert record["said_on_precision"] == "month"
    assert record["stance_cues"] == st.stance_cues
