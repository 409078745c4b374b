"""Hard cases for quotes in 1.6: where a quotation begins and ends, and who
owns a quote that a colon, a heading or another quote sets apart."""

from claims.extraction.quotes import find_quotes
from tests.claims.quoting import one_speaker_one_cue, quoted_statement


def test_an_open_quote_runs_on_past_a_single_quoted_phrase_inside_it(extract):
    text = ("Ines Varga said: \"Nobody on the quay had heard the phrase 'harbour tax.' It is a new idea. "
            "It is not a plan.\n\n"
            "\"The council should drop it,\" she said.")
    [quote] = [q for q in find_quotes(text) if q.start == text.index('"')]
    assert text[quote.inner_start:quote.inner_end].endswith("It is not a plan.")
    st = quoted_statement(extract(text), "Nobody on the quay")
    assert "It is a new idea" in st.content


def test_a_quote_after_a_colon_lead_of_its_own_is_not_the_rest_of_the_quote_before(extract):
    text = ("“The ferry will run until June,” Ines Varga said on the radio. "
            "On television that evening, Varga went even further: “After June there is no money left.”")
    statements = extract(text)
    first = quoted_statement(statements, "The ferry will run")
    assert "no money" not in first.content
    second = quoted_statement(statements, "After June")
    assert second.cue == "went"
    assert second.speaker.name == "Ines Varga"


def test_a_name_with_a_parenthetical_before_a_colon_owns_the_quote_glued_to_it(extract):
    text = ('The hearing went on into the evening.\n\n'
            'Councillor Odo Brandt (Harbour Party):"Who told you that the pier was safe? Who said that?"\n\n'
            'Former harbour master Ines Varga:"The engineers told me so, in writing, last spring."')
    statements = extract(text)
    assert "Odo Brandt" in quoted_statement(statements, "Who told you").speaker.name
    assert "Ines Varga" in quoted_statement(statements, "The engineers").speaker.name


def test_a_name_after_a_digest_heading_owns_the_quote_after_its_colon(extract):
    text = ("FERRY TRAFFIC DOUBLES IN A YEAR - Ines Varga: “The number of crossings has doubled since "
            "the new pier opened, and the morning boats are full.” [Harbour Gazette]")
    st = quoted_statement(extract(text), "The number of crossings")
    assert st.speaker.name == "Ines Varga"
    assert st.quote == "direct"


def test_a_clause_before_a_colon_is_not_taken_for_a_speakers_name(extract):
    text = ("At the meeting in Harlow on Monday, the first questions ranged from doubtful to angry: "
            "“Why is the ferry late again this winter?”")
    assert not any(st.speaker and st.speaker.name == "At the meeting in Harlow" for st in extract(text))


def test_a_speech_participle_hung_on_a_name_before_a_colon_gives_the_name_the_quote(extract):
    text = "Odo Brandt, the harbour master, tweeted in reply: ''Plain fact: the ferry runs on time.''"
    st = quoted_statement(extract(text), "Plain fact")
    assert st.cue == "tweeted"
    assert st.speaker.name == "Odo Brandt"


def test_a_title_before_the_speakers_name_does_not_end_the_sentence_after_a_quote(extract):
    text = ("''Come with us,'' Ms. Varga said, and the boys, intrigued, trailed behind, "
            "on their way to the harbour at the old customs house.")
    st = quoted_statement(extract(text), "Come with us")
    assert st.content == "Come with us"


def test_a_short_quote_after_a_non_breaking_space_continues_the_speaker(extract):
    text = 'Asked about the ferry, the mayor shrugged.\n"The boats leak," she said.\xa0"Every boat leaks, right?"'
    statements = extract(text)
    one_speaker_one_cue(statements, "The boats leak", "Every boat leaks")


def test_a_speech_verb_opening_a_quote_inside_a_report_gets_the_quote(extract):
    text = ("Ines Varga said that the engineers had found the pier safe and sound, "
            "to which Odo Brandt interjected: \"That is simply not the case.\"")
    statements = extract(text)
    said = next(st for st in statements if st.cue == "said")
    assert "not the case" not in said.content
    st = quoted_statement(statements, "That is simply not the case")
    assert st.cue == "interjected"
    assert st.speaker.name == "Odo Brandt"


def test_a_quote_in_an_aside_after_a_dash_is_the_speakers_without_the_clause_before(extract):
    text = ("Neither pilot was impressed by the new harbour master - ''Never set foot on a boat,'' "
            "Mr. Brandt said - but both agreed to stay.")
    st = next(st for st in extract(text) if st.cue == "said")
    assert st.content == "Never set foot on a boat"


def test_a_crowds_chant_is_speech_however_short(extract):
    text = "When the results came in, their chants of “Ferry! Ferry!” filled the old harbour hall."
    st = quoted_statement(extract(text), "Ferry! Ferry!")
    assert st.cue == "chants of"
    assert st.quote == "direct"


def test_the_name_in_as_x_put_it_owns_the_quote_after_it(extract):
    text = ("The council fears a long winter without the ferry.\n\n"
            "As Odo Brandt, harbour master at Harlow and author of ''Tides of the North,'' put it, "
            "''The council should remember that a slow ferry today may be far better than no ferry "
            "at all next winter.''")
    st = quoted_statement(extract(text), "The council should remember")
    assert st.speaker.name == "Odo Brandt"


def test_a_short_unpunctuated_quote_right_after_a_verb_of_saying_is_what_was_said(extract):
    text = "She held up a sign, which read “Harbour 4 All” in large red letters, and waved it at the council."
    st = quoted_statement(extract(text), "Harbour 4 All")
    assert st.cue == "read"
    assert st.quote == "direct"
