"""Cases from the seed articles left open after 1.6, in invented harbour-town text."""


def test_a_relative_clause_before_the_reporting_cue_is_part_of_the_report(extract):
    # Everything before "the Harbour Post reported" is the paper's report,
    # the relative clause included: it is not the writer's aside.
    text = ("The Harbour Board has insisted it will not reopen the pier unless the owners pay for repairs, "
            "which the mayor has tied to a rise in fares, the Harbour Post reported.")
    statements = extract(text, outlet="Island Weekly")
    report = next(st for st in statements if st.cue == "reported")
    assert report.speaker.name == "Harbour Post"
    assert report.content.endswith("which the mayor has tied to a rise in fares")
    insisted = next(st for st in statements if st.cue == "insisted")
    assert insisted.content == "it will not reopen the pier unless the owners pay for repairs"
    assert [h.name for h in insisted.chain] == ["Island Weekly", "Harbour Post", "Harbour Board"]


def test_a_relative_clause_after_the_reported_words_is_still_the_writers(extract):
    text = "The mayor said the pier would reopen in May, which the owners later denied."
    [st] = extract(text)
    assert st.content == "the pier would reopen in May"


def test_a_pronoun_speaker_keeps_the_role_written_before_the_name(extract):
    text = 'On Saturday, harbour envoy Tomas Reyes held what he called a "productive" meeting with the pilots.'
    [st] = extract(text)
    assert st.speaker.name == "Tomas Reyes"
    assert st.speaker.description == "harbour envoy"


def test_a_comparison_before_a_name_is_not_a_role(extract):
    text = "Voters called more cautious Tomas Reyes dull. He said the pier would reopen in May."
    [st] = extract(text)
    assert st.speaker.name == "Tomas Reyes"
    assert st.speaker.description is None


def test_claims_nobody_is_said_to_make_are_hedged_by_the_article(extract):
    text = ("The harbour master spoke about the ferry company, addressing claims that "
            "two vessels were sold abroad.")
    claims = next(st for st in extract(text) if st.cue == "claims")
    assert claims.speaker.kind == "unnamed"
    assert claims.stance == "hedges"
    assert claims.hedges == ["claims"]
    assert ("hedge", "claims") in {(c.kind, c.text) for c in claims.stance_cues}


def test_a_named_speakers_claims_are_not_the_articles_hedge(extract):
    text = "The harbour master repeated the mayor's claims that two vessels were sold abroad."
    claims = next(st for st in extract(text) if st.cue == "claims")
    assert claims.speaker.name == "the mayor"
    assert claims.stance == "asserts"
    assert claims.hedges == []


def test_a_speaker_under_a_pull_quote_is_named_without_the_dash(extract):
    text = "\u201cThe pier will reopen in May.\u201d\n\u2014Ines Varga, mayor of Velmora"
    [st] = extract(text)
    assert st.speaker.name == "Ines Varga"
    assert st.speaker.kind == "person"
    assert text[slice(*st.speaker.mention)] == "Ines Varga"


def test_the_day_between_an_accusations_complements_is_not_what_was_said(extract):
    text = "The mayor accused the harbour board on Tuesday of hiding the costs of the pier."
    [st] = extract(text)
    assert [text[s:e] for s, e in st.fragments] == ["the harbour board", "of hiding the costs of the pier"]


def test_a_participle_after_an_example_describes_the_example(extract):
    text = ("However, sources suggest Reyes has indeed spoken with harbour officials\u2014including the deputy "
            "port master of Velmora, linked by the Coast Guard to smuggling campaigns on the island.")
    linked = next(st for st in extract(text) if st.cue == "linked")
    assert linked.speaker.name == "Coast Guard"
    assert linked.content.startswith("the deputy port master")


def test_a_hop_names_its_relation_in_a_well_spelled_past_tense(extract):
    text = "Ines Varga slammed the harbour board for raising the fares. Odo Brandt quipped that the ferry was late."
    relations = {st.cue: st.chain[-1].relation for st in extract(text)}
    assert relations == {"slammed": "slammed", "quipped": "quipped"}


def test_officials_who_worry_about_something_hold_a_concern(extract):
    text = "Velmora officials worry about the potential for interference with ferry operations."
    [st] = extract(text)
    assert st.cue == "worry about"
    assert st.content == "the potential for interference with ferry operations"
    assert st.speaker.name == "Velmora officials"
    assert st.speaker.kind in ("group", "unnamed")


def test_worrying_with_nothing_said_of_what_is_no_statement(extract):
    assert extract("The harbour officials worry constantly.") == []
