"""Quote layouts of scraped news pages, 1.8: pull quotes signed inside their
marks or under a dash after a blank line, and newsletter items citing the
outlet they quote in brackets."""

import pytest

from tests.claims.quoting import quoted_statement


def test_a_pull_quote_signed_inside_its_marks_on_the_next_line_is_the_signers(extract):
    text = ("The harbour board met on Tuesday to decide the fate of the old pier.\n\n"
            "\"We cannot keep a pier open that the engineers say is falling into the sea.\n"
            "Ines Varga, Velmora Harbour Board.\"\n\n"
            "The board voted to close it.")
    st = quoted_statement(extract(text), "We cannot keep a pier open")
    assert st.speaker.name == "Ines Varga"
    assert st.quote == "direct"
    assert "Velmora Harbour Board" not in st.content


def test_a_pull_quote_with_a_stray_mark_before_it_signed_inside_the_marks_is_the_signers(extract):
    text = ("The pilots were not asked.\n\n"
            "\"“If I were a pilot, I would be angry too. Nobody asked them anything at all.”\n"
            "Harbour Party council member.\"\n")
    st = quoted_statement(extract(text), "If I were a pilot")
    assert "Harbour Party" in st.speaker.name
    assert st.content.endswith("anything at all.")


def test_a_line_closing_a_quote_that_is_no_name_signs_nothing(extract):
    text = ("Ines Varga spoke to the pilots on the quay.\n\n"
            "\"We cannot keep a pier open that the engineers say is falling into the sea.\n"
            "and nobody here wants that to happen.\"\n")
    assert not any(st.speaker.name.startswith("and nobody") for st in extract(text) if st.speaker)


def test_a_list_item_of_things_to_do_under_a_quote_is_no_signature(extract):
    text = ("The Harbour Party published its plan on Monday.\n\n"
            "\"These are the things we will do in our first hundred days in charge of the harbour.\"\n\n"
            "- Close the Velmora pier.\n\n"
            "- Sell the old ferry.\n")
    st = quoted_statement(extract(text), "These are the things")
    assert "pier" not in st.speaker.name


def test_a_newsletter_item_quoting_a_story_is_the_bracketed_outlets(extract):
    text = ("TOP STORIES.\n\n"
            "FERRY’S LAST RUN “The old ferry made its last crossing on Sunday, after ninety years on the "
            "same route across the bay.” [Harbour Gazette.]\n\n"
            "PILOTS WALK OUT “Nobody told us the pier would close, and nobody has told us what comes next.” "
            "Read the full story here. [Coast Radio]\n\n"
            "TIDES RISE “The water reached the quay twice this week, which has not happened since 1953.” "
            "[Tide Journal | Paywall]\n")
    statements = extract(text)
    first = quoted_statement(statements, "The old ferry")
    assert first.speaker.name == "Harbour Gazette"
    assert first.quote == "direct"
    assert quoted_statement(statements, "Nobody told us").speaker.name == "Coast Radio"
    assert quoted_statement(statements, "The water reached").speaker.name == "Tide Journal"


def test_a_quote_in_a_newsletter_sentence_naming_its_speaker_stays_the_speakers(extract):
    text = ("HARBOUR MASTER QUITS Ines Varga said the new pier had been “a disaster from the first day.” "
            "[Harbour Gazette.]\n")
    st = next(st for st in extract(text) if "disaster" in st.content)
    assert "Ines Varga" in st.speaker.name


@pytest.mark.parametrize("signature, speaker", [
    ("-Odo Brandt, speaking after the vote.", "Brandt"),  # after a blank line, a hyphen glued to the name
    ("- Mira Holm, Velmora.", "Mira Holm"),
    ("— Mira Holm, writing on Facebook", "Mira Holm"),
    ("— Ines Varga (@InesVarga) March 3, 2016", "Ines Varga"),  # an embedded tweet
    ("— @InesVarga", "@InesVarga"),
    ("~ Ines Varga", "Ines Varga"),
])
def test_a_signature_after_a_blank_line_under_a_quote_names_the_speaker(extract, signature, speaker):
    text = ("The council met on Monday.\n\n"
            "“The ferry will run again in the spring, and the pilots will have their jobs back.”\n\n"
            f"{signature}\n")
    st = quoted_statement(extract(text), "The ferry will run")
    assert speaker in st.speaker.name
    assert st.cue == signature[:1]


@pytest.mark.parametrize("signature", ["(Ines Varga, harbour master)", "[Ines Varga, mayor]"])
def test_a_name_and_title_in_brackets_after_a_pull_quote_name_its_speaker(extract, signature):
    text = f"“The pier is closed for the winter and nobody will change that.” {signature}\n"
    st = quoted_statement(extract(text), "The pier is closed")
    assert st.speaker.name == "Ines Varga"


def test_a_transcripts_note_or_a_pages_label_in_brackets_after_a_quote_is_no_speaker(extract):
    text = ("“We will keep the ferry running, whatever the council decides tonight.” (Applause.)\n\n"
            "“And we will win.” (Laughter)\n\n"
            "“And the pier will open again in the spring.” [Cheers]\n\n"
            "HARBOUR NEWS “The old ferry made its last crossing on Sunday, after ninety years.” [Video]\n\n"
            "“The old ferry made its last crossing on Sunday, after ninety years on the route.” (AP Photo)\n")
    named = {st.speaker.name for st in extract(text) if st.speaker}
    assert not named & {"Applause", "Laughter", "Cheers", "Video", "AP Photo"}


@pytest.mark.parametrize("line", [
    "• Ines Varga: “The ferry must run every day of the year, storms or not.”",  # a list item
    "9:45 a.m.: Ines Varga: “The ferry must run every day of the year, storms or not.”",  # a live blog
])
def test_a_name_and_colon_after_a_bullet_or_a_time_own_the_quote(extract, line):
    text = f"Here is how the morning went.\n\n{line}\n"
    st = quoted_statement(extract(text), "The ferry must run")
    assert st.speaker.name == "Ines Varga"


@pytest.mark.parametrize("heading, speaker", [
    ("Odo Brandt:", "Odo Brandt"),
    ("Brandt on the ferry:", "Brandt"),
])
def test_a_name_and_colon_on_a_line_of_their_own_own_the_quoted_paragraph_after(extract, heading, speaker):
    text = ("The pilots met on Monday, and Odo Brandt spoke for them.\n\n"
            f"{heading}\n\n"
            "“Nobody asked the pilots what they think about any of this, and that is the problem.”\n")
    st = quoted_statement(extract(text), "Nobody asked the pilots")
    assert st.speaker.name == speaker


def test_a_heading_and_colon_over_a_quoted_paragraph_names_no_speaker(extract):
    text = "Ferry Schedule:\n\n“Boats leave every hour from seven in the morning until nine at night.”\n"
    assert not any(st.speaker and st.speaker.name == "Ferry Schedule" for st in extract(text))


def test_a_line_telling_the_reader_where_to_read_more_owns_no_quote(extract):
    text = ("The pier closed on Monday.\n\n"
            "Read more from the Velmora Gazette:\n\n"
            "“The pier closed on Monday after the engineers found the piles rotten.”\n")
    assert not any(st.speaker and "Gazette" in st.speaker.name for st in extract(text))


def test_a_sentence_opening_the_next_paragraph_can_point_back_to_a_quote(extract):
    text = ("The council met on Monday.\n\n"
            "“The pier stays closed until the engineers say it is safe, and not a day sooner.”\n\n"
            "That is what Ines Varga told the council on Monday.\n")
    statements = extract(text)
    st = quoted_statement(statements, "The pier stays closed")
    assert st.speaker.name == "Ines Varga"
    assert not any(s.content == "That is" for s in statements)


def test_two_names_and_colons_on_one_line_each_own_their_quote(extract):
    text = ("Varga and Brandt, among others, reject the plan.\n\n"
            "Varga: \"Our goal is not to close the pier, but to rebuild it for good.\" "
            "Brandt: \"The plan is to close the pier -- not to rebuild it.\"\n")
    statements = extract(text)
    first = quoted_statement(statements, "Our goal")
    assert first.speaker.name == "Varga"
    assert "Brandt" not in first.content
    assert quoted_statement(statements, "The plan is").speaker.name == "Brandt"


def test_a_speaker_after_a_quote_on_the_next_line_of_hard_wrapped_text_is_the_speaker(extract):
    text = ("The ferry was cancelled again on Friday.\n\n"
            "“We will close the pier for the winter and reopen it in the spring,”\n"
            "said Ines Varga, the mayor.\n")
    st = quoted_statement(extract(text), "We will close the pier")
    assert st.speaker.name == "Ines Varga"
    assert st.cue == "said"


def test_an_embedded_tweet_without_marks_is_its_authors_words_on_twitter(extract):
    text = ("The mayor answered on Twitter.\n\n"
            "The pier stays closed until the engineers say it is safe, and not a day sooner. pic.twitter.com/x1y2z3\n"
            "— Ines Varga (@InesVarga) March 3, 2016\n\n"
            "Her rival replied within the hour.\n\n"
            "The pier is safe and the mayor knows it. https://t.co/abc — Odo Brandt (@OdoBrandt) March 3, 2016\n")
    statements = extract(text)
    first = quoted_statement(statements, "The pier stays closed")
    assert (first.speaker.name, first.platform, first.quote) == ("Ines Varga", "Twitter", "direct")
    assert first.content.endswith("a day sooner.")
    assert quoted_statement(statements, "The pier is safe").speaker.name == "Odo Brandt"


@pytest.mark.parametrize("paragraphs, owners", [
    # an excerpt introduced by its writer and outlet
    ("From Mira Holm writing at Harbour Weekly:\n\n"
     "\"A radio segment tonight on the mayor’s remarks about the pier turned into a shouting match.\n\n"
     "\"Pilot Odo Brandt defended the mayor’s plan and said the ferry would be fine.\n",
     [("A radio segment", "Mira Holm"), ("Pilot Odo Brandt", "Mira Holm")]),
    # name cards, as on a "voices" page
    ("Ines Varga, harbour master\n\n"
     "\"We will close the pier for the winter and reopen it in the spring.\"\n\n"
     "Odo Brandt, pilot\n\n"
     "\"Nobody asked the pilots what they think about any of this.\"\n",
     [("We will close", "Ines Varga"), ("Nobody asked", "Odo Brandt")]),
])
def test_a_line_over_quoted_paragraphs_names_their_speaker(extract, paragraphs, owners):
    statements = extract(f"The pier closed on Monday.\n\n{paragraphs}")
    assert [(words, quoted_statement(statements, words).speaker.name) for words, _ in owners] == owners


@pytest.mark.parametrize("heading", ["Velmora Harbour", "Velmora Harbour, Monday"])
def test_a_place_heading_over_a_quoted_paragraph_is_no_name_card(extract, heading):
    text = f"The pier closed on Monday.\n\n{heading}\n\n\"We will close the pier for the winter and reopen it.\"\n"
    assert not any(st.speaker and st.speaker.name.startswith("Velmora") for st in extract(text))


def test_signed_quotes_listed_under_a_colon_line_are_their_signers(extract):
    text = ("What they said:\n\n"
            "“We will close the pier for the winter.” — Ines Varga\n"
            "“Nobody asked the pilots about any of it.” — Odo Brandt\n")
    statements = extract(text)
    assert quoted_statement(statements, "We will close").speaker.name == "Ines Varga"
    assert quoted_statement(statements, "Nobody asked").speaker.name == "Odo Brandt"


@pytest.mark.parametrize("quote", [
    "\"We cannot afford the ferry any longer.\"\n\n— Velmora, March 3\n",  # a dateline: where, not who
    "\"We cannot afford the ferry any longer.\nSee the full letter on Page 4.\"\n",  # the page's pointer
])
def test_a_dateline_or_a_pointer_after_a_quote_is_no_signature(extract, quote):
    named = {st.speaker.name for st in extract(f"The mayor wrote to the council.\n\n{quote}") if st.speaker}
    assert not named & {"Velmora", "the full letter on Page"}
