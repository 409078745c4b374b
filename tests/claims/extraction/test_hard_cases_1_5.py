"""Hard cases added in 1.5: quotation marks of mixed styles, quotes with no
cue that continue the speaker before them, and lists the parser took for
appositions."""

from claims.extraction.quotes import find_quotes


def _quoted(text):
    return [text[q.inner_start:q.inner_end] for q in find_quotes(text)]


def test_straight_and_curly_marks_mixed_in_one_paragraph_pair_in_reading_order():
    text = '"Never,” Ines Varga said. “One of us will stay here."'
    assert _quoted(text) == ["Never,", "One of us will stay here."]


def test_a_straight_quote_inside_a_straight_quote_does_not_end_it():
    text = ('"But I do think so. If somebody says, "I want ten crates," you '
            'might wonder," Odo Brandt said.')
    assert _quoted(text) == ['But I do think so. If somebody says, "I want ten crates," you might wonder,']


def test_a_reopened_straight_quote_starts_again_where_its_close_was_lost():
    text = '"Absent a new ferry, she added, "the pier is how we trade."'
    # The cue the lost mark should have set apart is no part of the first half.
    assert _quoted(text) == ["Absent a new ferry", "the pier is how we trade."]


def test_an_ellipsis_after_a_mark_opens_the_quote():
    text = '"It holds," said Odo Brandt, a pilot. ". . . We trust it."'
    assert _quoted(text) == ["It holds,", ". . . We trust it."]


def test_doubled_apostrophes_are_not_part_of_the_quoted_words(extract):
    text = ("''It's nonsense,'' Mr. Brandt said by telephone on Harbour Radio's ''Morning Tide.'' "
            "''She is wrong about the ferry.''")
    first, second = extract(text)
    assert first.content == "It's nonsense" and first.start == 2
    assert second.content == "She is wrong about the ferry."


def test_a_quote_after_but_continues_the_speaker_of_the_sentence_before(extract):
    text = ("“We need the pier,” Ines Varga said outside the hall. "
            "But “the council has the last word on the budget.”")
    [st] = extract(text)
    assert st.speaker.name == "Ines Varga"
    assert st.content.endswith("the council has the last word on the budget.")
    assert len(st.fragments) == 2


def test_a_quote_opening_a_sentence_continues_the_speaker_earlier_in_its_paragraph(extract):
    text = ("Odo Brandt kept his distance from the strike, saying he would help the pilots. "
            "“I will stand with them, not because I agree, but because the harbour needs them.”")
    statements = extract(text)
    quote = next(st for st in statements if st.content.startswith("I will stand"))
    assert quote.speaker.name == "Odo Brandt"
    assert quote.quote == "direct"


def test_quoted_paragraphs_after_a_colon_inside_a_quote_continue_its_speaker(extract):
    text = ("Ines Varga listed her questions:\n\n"
            '"I asked the council three things. Here they are:\n\n'
            '"Will the pier stay open after the budget vote?\n\n'
            '"Who pays for the repairs to the ferry landing?"')
    statements = extract(text)
    for words in ("Will the pier stay open", "Who pays for the repairs"):
        st = next(st for st in statements if words in st.content)
        assert st.speaker.name == "Ines Varga"
        assert st.cue == "listed"


def test_a_list_the_parser_took_for_an_apposition_stays_in_the_content(extract):
    [st] = extract("Ines Varga said she and Brandt differ on Eastbay, the ferry contract "
                   "and the possibility of compromising over a site for the landing.")
    assert st.content == ("she and Brandt differ on Eastbay, the ferry contract "
                          "and the possibility of compromising over a site for the landing")


def test_closed_quoted_paragraphs_in_a_row_all_continue_the_first_ones_speaker(extract):
    text = ("Ines Varga said the council had agreed on three points.\n\n"
            "“The pier will stay open for the whole of next year.”\n\n"
            "“The ferry will run twice a day from the spring.”\n\n"
            "“The council will pay for the repairs to the landing.”")
    statements = extract(text)
    last = next(st for st in statements if "pay for the repairs" in st.content)
    assert last.speaker.name == "Ines Varga"


def test_a_relative_clause_cue_reports_the_pronoun_and_the_clause_after_it(extract):
    text = "The harbour saw 30 bids, which Ines Varga said were about evenly split between the two yards."
    [st] = extract(text)
    assert st.speaker.name == "Ines Varga"
    assert st.fragments == [(text.index("which"), text.index("which") + 5),
                            (text.index("were"), text.index(" yards") + len(" yards"))]


def test_a_clause_before_a_colon_is_not_what_the_poll_says(extract):
    [st, _] = extract("It is on transport that they lean left: 42% say they're for the ferry, "
                      "32% call themselves undecided.")
    assert st.cue == "say"
    assert st.content == "they're for the ferry"


def test_a_plural_group_noun_can_hold_a_belief(extract):
    [st] = extract("Brandt's supporters believe that the ferry will return by spring.")
    assert st.cue == "believe"
    assert st.content == "that the ferry will return by spring"


def test_the_share_of_a_poll_can_hold_a_belief(extract):
    [st] = extract("Most think the council will close the pier.")
    assert st.cue == "think"
    assert st.content == "the council will close the pier"


def test_a_speaker_misread_as_a_clause_before_the_cue_is_still_the_speaker(extract):
    [st] = extract("Odo Brandt, a Millford, Fla., rabbi helping to organize the strike, said he and other "
                   "pilots were alarmed about the council's plans.")
    assert st.speaker.name == "Odo Brandt"
    assert st.content == "he and other pilots were alarmed about the council's plans"


def test_polls_show_what_their_object_says(extract):
    [st] = extract("Several polls show Varga within two points of Brandt.")
    assert st.speaker.name == "Several polls"
    assert st.content == "Varga within two points of Brandt"


def test_an_inquiry_finds_as_a_source_does(extract):
    [st] = extract("The inquiry found that the harbour office never searched its own records.")
    assert st.cue == "found"
    assert st.content == "that the harbour office never searched its own records"


def test_maintained_with_an_object_reports_nothing(extract):
    assert extract("Ines Varga maintained a narrow lead over Brandt in the harbour ward.") == []


def test_credit_lines_and_kicker_headlines_are_not_speakers(extract):
    assert extract("Contributing: Odo Brandt and Ines Varga, Coast Gazette.") == []
    assert extract("Big Win For Varga: Pilots Hold Off On Harbour Endorsement.") == []


def test_who_before_the_cue_is_the_speaker_not_part_of_what_was_said(extract):
    [st] = extract("Voters who said the ferry was their top issue backed Varga.")
    assert st.content == "the ferry was their top issue"


def test_that_said_is_a_turn_of_phrase(extract):
    assert extract("Brandt may win the harbour ward. That said, Varga cannot lose the race.") == []


def test_said_with_only_where_it_was_said_reports_nothing(extract):
    assert extract("Odo Brandt, a retired pilot, said pleasantly into the phone.") == []


def test_a_poll_opening_a_sentence_is_the_source_of_its_clause(extract):
    [st] = extract("In the new Gazette poll, Varga wins about 1 in 3 harbour voters.")
    assert st.cue == "In"
    assert st.chain[-1].relation == "according to"
    assert st.content.startswith("Varga wins about 1 in 3 harbour voters")


def test_a_report_whose_clause_has_its_own_cue_is_left_to_the_cue(extract):
    [st] = extract("In a report, the harbour board said the landing was unsafe.")
    assert st.cue == "said"


def test_made_a_call_for_is_saying_in_a_verb_and_a_noun(extract):
    [st] = extract("During the debate, Varga made an unprompted call for an end to harbour fees.")
    assert st.cue == "made an unprompted call"
    assert st.content == "for an end to harbour fees"
    assert st.chain[-1].relation == "made call"


def test_made_it_clear_that_reports_the_clause(extract):
    [st] = extract("Ines Varga made it clear that the pilots won't simply fall in line.")
    assert st.content == "that the pilots won't simply fall in line"


def test_made_no_mention_and_made_a_sandwich_say_nothing(extract):
    assert extract("Odo Brandt made no mention of the ferry.") == []
    assert extract("Odo Brandt made a sandwich for the pilots.") == []
