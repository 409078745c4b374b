"""Hard cases added in 1.4: where reported content starts and ends, reduced
relatives with a named agent, and the article's hedge on a speaker's cue."""

from claims.extraction.cues import _runs_to_spans


def _by_cue(statements, cue):
    return next(st for st in statements if st.cue == cue)


def _hops(st):
    return [(hop.relation, hop.name) for hop in st.chain]


def test_a_condition_between_the_cue_and_the_clause_opens_the_reported_words(extract):
    text = ("Mayor Ines Varga says no matter what the council decides on the budget, "
            "“the pier will stay open.”")
    [st] = extract(text)
    assert st.speaker.name == "Ines Varga"
    assert st.content == ("no matter what the council decides on the budget, "
                          "“the pier will stay open.”")


def test_when_it_was_said_does_not_open_the_reported_words(extract):
    [st] = extract("Ines Varga said Tuesday the pier would stay open.")
    assert st.content == "the pier would stay open"


def test_a_coordinated_how_clause_hung_on_the_cue_is_more_of_what_was_discussed(extract):
    [st] = extract("Odo Brandt discussed the harbour and how it is changing the town's trade.")
    assert st.speaker.name == "Odo Brandt"
    assert st.content == "the harbour and how it is changing the town's trade"


def test_noted_with_an_object_reports_the_object_and_its_quote(extract):
    [st] = extract("Ines Varga noted her work on the ferry from “Eastbay to Millford.”")
    assert st.cue == "noted"
    assert st.content == "her work on the ferry from “Eastbay to Millford.”"
    assert st.quote == "mixed"


def test_told_with_only_an_audience_reports_nothing(extract):
    assert extract("Ines Varga told reporters.") == []


def test_a_reduced_relative_with_a_named_agent_is_the_agents_statement(extract):
    text = ("Prosecutors questioned the harbour master's deputy, "
            "linked by the Port Authority to the missing shipments.")
    linked = _by_cue(extract(text, outlet="Coast Gazette"), "linked")
    assert linked.speaker.name == "Port Authority"
    assert linked.content.startswith("the harbour master's deputy")
    assert linked.content.endswith("to the missing shipments")
    assert linked.fragments[-1] == (text.index("to the missing"), text.index("shipments") + len("shipments"))
    assert _hops(linked) == [("published", "Coast Gazette"), ("linked", "Port Authority")]


def test_a_reduced_relative_without_an_agent_is_nobodys_statement(extract):
    assert extract("The harbour master's deputy, linked to the missing shipments, resigned.") == []


def test_a_hedge_on_a_spoken_cue_is_a_hop_in_the_speakers_chain_not_a_second_statement(extract):
    text = "Chancellor Ada Lindqvist supposedly said the ferry would run in winter."
    [st] = extract(text, outlet="Coast Gazette")
    assert st.speaker.name == "Ada Lindqvist"
    assert st.content == "the ferry would run in winter"
    assert _hops(st) == [("published", "Coast Gazette"), ("supposedly", "unnamed source"),
                         ("said", "Ada Lindqvist")]
    assert st.stance == "hedges"


def test_a_hedged_wish_is_the_unnamed_sources_claim_about_the_one_who_wishes(extract):
    # She said nothing: somebody the article does not name says what she wants,
    # and the claim to check is the whole clause.
    text = "Chancellor Ada Lindqvist supposedly doesn't want the ferry running in winter."
    [st] = extract(text, outlet="Coast Gazette")
    assert st.speaker.kind == "unnamed"
    assert st.cue == "supposedly"
    assert [text[s:e] for s, e in st.fragments] == ["Chancellor Ada Lindqvist",
                                                    "doesn't want the ferry running in winter."]
    assert _hops(st) == [("published", "Coast Gazette"), ("supposedly", "unnamed source")]
    assert st.stance == "hedges"


def test_a_hedge_inside_a_report_stays_after_the_report(extract):
    text = "According to the Coast Gazette, Ada Lindqvist reportedly said that the ferry would stop."
    said = _by_cue(extract(text, outlet="Harbour Post"), "said")
    assert _hops(said) == [("published", "Harbour Post"), ("according to", "Coast Gazette"),
                           ("reportedly", "unnamed source"), ("said", "Ada Lindqvist")]


def test_a_short_title_in_the_speakers_description_does_not_stop_the_quote_rule(extract):
    text = ("“We have had better summers than this one,” harbour pilot Tomas Reyes, "
            "wearing a “Fair Winds” cap, said quietly.")
    [st] = extract(text)
    assert st.speaker.name == "Tomas Reyes"
    assert st.content == "We have had better summers than this one"
    assert st.quote == "direct"


def test_a_closing_bracket_the_parser_hung_elsewhere_stays_with_its_content(extractor):
    # The parser often hangs ")" on the sentence's root, outside the reported
    # clause's subtree: the clause's span still closes the bracket it opened.
    doc = extractor.nlp("They talk on X (formerly Twitter) daily.")
    words = [t.i for t in doc if t.text in ("on", "X", "(", "formerly", "Twitter")]
    [(start, end)] = _runs_to_spans(doc, words)
    assert doc.text[start:end] == "on X (formerly Twitter)"


def test_a_trailing_participle_is_the_writers_comment(extract):
    [st] = extract("The council announced the sale of the ferry, ending a century of service.")
    assert st.content == "the sale of the ferry"


def test_a_trailing_condition_after_a_comma_may_be_the_speakers(extract):
    [st] = extract("Most residents say they prefer a slower ferry, even if it means longer crossings.")
    assert st.content == "they prefer a slower ferry, even if it means longer crossings"
