"""Seed-review cases fixed in 1.10, in invented harbour-town text."""

import pytest


def _chain(st):
    return [(h.name, h.relation) for h in st.chain]


REPORTS = [
    "According to a new report from The Coast Herald, the mayor has reportedly met the builders for years.",
    "According to the Coast Herald, the mayor allegedly took money from the builders. "
    "The reason? The builders supposedly wanted the pier closed for good.",
    "According to the Coast Herald, the mayor has met the builders for years, with their talks taking "
    "a strange turn: the builders allegedly asked her to close the pier.",
    "The Coast Herald says the mayor reportedly met the builders twice.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_every_statements_speaker_is_its_chains_last_hop(extract, text):
    for st in extract(text, outlet="Harbour Post"):
        assert st.chain[-1].name == st.speaker.name and st.chain[-1].kind == st.speaker.kind


def test_a_hedge_inside_a_named_report_makes_the_reports_unnamed_source_the_speaker(extract):
    text = REPORTS[0]
    [st] = extract(text, outlet="Harbour Post")
    assert (st.speaker.name, st.speaker.kind, st.speaker.mention) == ("unnamed source", "unnamed", None)
    assert st.cue == "According to" and st.content.startswith("the mayor has reportedly met")
    assert _chain(st) == [("Harbour Post", "published"), ("Coast Herald", "according to"),
                          ("unnamed source", "reportedly")]
    assert st.stance == "hedges" and st.hedges == ["reportedly"]


def test_the_reports_unnamed_source_weighs_less_than_the_report_itself(extract):
    [hedged] = extract(REPORTS[0], outlet="Harbour Post")
    [plain] = extract(REPORTS[0].replace("reportedly ", ""), outlet="Harbour Post")
    assert plain.speaker.name == "Coast Herald" and plain.speaker.mention is not None
    assert hedged.confidence == pytest.approx(plain.confidence - 0.1)


SHARED = ("According to the Coast Herald, the mayor has been in “regular contact” with the builders for years, "
          "with their talks taking a strange turn: the builders asked her to close the pier.")


def test_a_statement_split_off_a_shared_attribution_takes_its_quote_kind_from_its_own_words(extract):
    first, second = [st for st in extract(SHARED) if st.cue == "According to"]
    assert first.quote == "mixed" and "“regular contact”" in first.content
    assert second.content.startswith("the builders asked her") and second.quote == "indirect"


def test_a_statement_with_no_quotation_gets_no_bonus_for_its_attributions_quote(extract):
    unquoted = SHARED.replace("“", "").replace("”", "")
    first, second = [st for st in extract(SHARED) if st.cue == "According to"]
    plain_first, plain_second = [st for st in extract(unquoted) if st.cue == "According to"]
    assert second.confidence == plain_second.confidence
    assert first.confidence > plain_first.confidence


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_the_same_speaker_going_on_right_after_carries_the_venue_on(extract, between):
    text = ("“The pier stays open for the whole winter,” Ines Varga said during a council meeting at the town hall."
            + between + "Varga added that the ferry has “agreed to that,” but nobody at the ferry company was reached.")
    said, added = extract(text)
    assert said.platform == "a council meeting"
    assert added.cue == "added" and added.platform == "a council meeting"


@pytest.mark.parametrize("text", [
    # Another speaker,
    "“The pier stays open,” Ines Varga said during a council meeting. "
    "Piet Holm added that the ferry will run.",
    # a cue that does not go on,
    "“The pier stays open,” Ines Varga said during a council meeting. "
    "Varga said that the ferry will run.",
    # a sentence between,
    "“The pier stays open,” Ines Varga said during a council meeting. The ferry was late. "
    "Varga added that the ferry will run.",
    # or a paragraph between: somewhere else, as far as the text says.
    "“The pier stays open,” Ines Varga said during a council meeting.\n\nThe ferry was late.\n\n"
    "Varga added that the ferry will run.",
])
def test_the_venue_stays_with_its_own_words_otherwise(extract, text):
    statements = extract(text)
    assert statements[0].platform == "a council meeting"
    assert [st.platform for st in statements[1:]] == [None]


def test_going_on_in_the_next_paragraph_after_a_post_is_still_the_post(extract):
    text = "Ines Varga wrote on X that the pier stays open.\n\nVarga added that the ferry will run all winter."
    assert [st.platform for st in extract(text)] == ["X", "X"]


@pytest.mark.parametrize("text,name,setting", [
    ("The closure has raised concern within the Meridian government, where officials worry about the winter "
     "ferry timetable.", "Meridian officials", "within the Meridian government"),
    ("The vote split the Harbour Council, where members argue that the pier must close.",
     "Harbour Council members", "the Harbour Council"),
])
def test_officials_where_a_named_body_is_are_that_bodys_group(extract, text, name, setting):
    [st] = extract(text)
    assert (st.speaker.name, st.speaker.kind, st.speaker.description) == (name, "group", setting)
    assert text[slice(*st.speaker.mention)] == name.split()[-1]
    assert [(h.name, h.kind) for h in st.chain] == [(name, "group")]


@pytest.mark.parametrize("text", [
    # No body named,
    "The vote split the council, where members argue that the pier must close.",
    # or no "where": the officials are nobody in particular.
    "The closure has raised concern in Meridian, and officials worry about the winter ferry timetable.",
])
def test_officials_with_no_named_body_stay_unnamed(extract, text):
    [st] = extract(text)
    assert st.speaker.kind == "unnamed" and st.speaker.name in ("members", "officials")


@pytest.mark.parametrize("text,hedge", [
    ("Smugglers found ways around the ban and were first reported to be using the old pier in 2019.", "reported"),
    ("The harbour master is said to have sold the old pier twice.", "said"),
])
def test_an_agentless_report_lists_its_hedge(extract, text, hedge):
    st = next(st for st in extract(text) if st.speaker.kind == "unnamed")
    assert st.stance == "hedges" and st.hedges == [hedge]
    assert [c.text for c in st.stance_cues if c.kind == "hedge"] == [hedge]


def test_a_request_under_a_hedged_report_lists_the_hedge_its_stance_comes_from(extract):
    text = ("According to a report in the Velmora Gazette, Varga allegedly asked Brandt not to close the pier "
            "before the spring.")
    st = next(s for s in extract(text) if s.cue == "asked")
    assert st.stance == "hedges" and st.hedges == ["allegedly"]


def test_a_quoted_phrase_inside_reported_words_does_not_end_them(extract):
    statements = extract("The plan, which Varga called “a disgrace,” was dropped, the harbour master said.")
    said = next(st for st in statements if st.cue == "said")
    assert (said.speaker.name, said.content) == ("the harbour master",
                                                 "The plan, which Varga called “a disgrace,” was dropped")
    assert any(st.cue == "called" and st.speaker.name == "Varga" for st in statements)


def test_the_quote_a_cue_opens_is_its_content_not_a_title_before_it(extract):
    text = "In his “harbour intent,” a memo from last year, Brandt wrote, “We must keep the ferry running.”"
    st = next(s for s in extract(text) if s.speaker.name == "Brandt")
    assert st.content == "We must keep the ferry running."
