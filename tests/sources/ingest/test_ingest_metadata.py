import pytest

from tests.sources.ingest.helpers import ARTICLE, parse


def outlet_of(text):
    doc = parse(text)
    return doc.outlet.value, doc.outlet.method


@pytest.mark.parametrize("footer, outlet", [
    ("© 2026 The Lakeside Courier. All rights reserved.", "The Lakeside Courier"),
    ("Copyright Nordvik Post Limited 2026. All rights reserved.", "Nordvik Post"),
    ("Copyright © 2025-2026 Harbourside Media Group", "Harbourside Media Group"),
    ("Copyright The Financial Times Limited 2026. All rights reserved.", "Financial Times"),
])
def test_the_outlet_is_read_from_the_copyright_line(footer, outlet):
    assert outlet_of(ARTICLE + "\n" + footer + "\n") == (outlet, "copyright-line")


def test_a_photo_copyright_is_not_taken_for_the_outlet():
    assert outlet_of(ARTICLE + "\nCopyright Example Photo Agency\n") == (None, "none")


@pytest.mark.parametrize("sentence, outlet", [
    ("The ministry did not respond to the Lakeside Courier’s request for comment.", "The Lakeside Courier"),
    ("The ferry company did not immediately respond to Nordvik Post's requests for comment.", "Nordvik Post"),
    ("Nordvik Post has contacted the ferry company for comment.", "Nordvik Post"),
    ("When the Lakeside Courier contacted the council for comment, a spokesperson declined.", "The Lakeside Courier"),
])
def test_the_outlet_is_read_from_a_request_for_comment(sentence, outlet):
    assert outlet_of(ARTICLE + "\n" + sentence + "\n") == (outlet, "comment-request")


def test_a_request_for_comment_by_a_known_outlet_gets_its_canonical_name():
    text = ARTICLE + "\nThe council did not respond to The Daily Beast’s request for comment.\n"
    assert outlet_of(text) == ("The Daily Beast", "comment-request")


def test_a_wire_dateline_names_the_outlet():
    text = "Bridge reopens\n\nLAKESIDE, March 4 (Reuters) - The harbour bridge reopened on Tuesday, the council said.\n"
    assert outlet_of(text) == ("Reuters", "dateline")


def test_an_outlet_referring_to_itself_by_its_short_name_is_found():
    text = ARTICLE + "\nThe ministry has denied the plan, the FT reported last month.\n"
    assert outlet_of(text) == ("Financial Times", "outlet-mention")


def test_citing_another_outlets_report_does_not_make_it_the_publisher():
    text = ARTICLE + "\nAccording to a report from The Wall Street Journal, the talks stalled.\n"
    assert outlet_of(text) == (None, "none")


def test_a_navigation_bar_linking_a_sister_brand_reveals_the_outlet():
    assert outlet_of("News Events Podcasts Videos Africanews\n\n" + ARTICLE) == ("Euronews", "navigation")


def test_an_article_that_names_no_publisher_has_no_outlet():
    assert outlet_of(ARTICLE) == (None, "none")


def test_a_byline_with_a_non_breaking_space_is_read():
    doc = parse("Bridge reopens\n\nBy\u00a0Mira Okafor\n\n" + ARTICLE)
    assert doc.byline.value == "Mira Okafor"


def test_the_byline_is_read_from_a_by_line():
    doc = parse("Bridge reopens\n\nBy Mira Okafor and Jan Novak\n\n" + ARTICLE)
    assert (doc.byline.value, doc.byline.method) == ("Mira Okafor and Jan Novak", "byline-line")


@pytest.mark.parametrize("line", ["Published on 4 March 2026", "Updated: March 4, 2026 09:15", "04.03.2026"])
def test_the_publication_date_is_read_from_a_date_line_at_the_top(line):
    doc = parse(f"Bridge reopens\n{line}\n\n" + ARTICLE)
    assert (doc.published.value, doc.published.method) == ("2026-03-04", "dateline")
    assert doc.published_date.isoformat() == "2026-03-04"


def test_dates_in_the_body_are_not_taken_for_the_publication_date():
    doc = parse(ARTICLE + "\nThe bridge first opened on 4 March 1986, the council said.\n")
    assert doc.published.value is None


@pytest.mark.parametrize("text, code", [
    ("Die Brücke über den Hafen wurde am Dienstag nach sechs Monaten wieder geöffnet, teilte die Stadt mit. "
     "Die Bürgermeisterin sagte, sie sei froh, dass der Verkehr wieder fließe und die Arbeiten im Zeitplan "
     "waren.", "de"),
    ("Le pont du port a rouvert mardi après six mois de travaux, a indiqué la mairie. La maire a déclaré "
     "qu'elle était heureuse de voir la circulation reprendre et que les travaux étaient dans les temps.", "fr"),
    ("El puente del puerto reabrió el martes después de seis meses de obras, según el ayuntamiento. La alcaldesa "
     "dijo que estaba contenta de que el tráfico volviera y que las obras se terminaron a tiempo.", "es"),
])
def test_the_language_is_guessed_from_stopwords(text, code):
    assert parse(text).language.value == code


def test_too_little_text_gives_no_language():
    assert parse("Bridge reopens").language.value is None


def test_every_field_records_the_method_that_found_it():
    doc = parse("Bridge reopens\n\n" + ARTICLE)
    assert set(doc.metadata()) == {"title", "outlet", "byline", "published", "language", "url"}
    assert all(field["method"] for field in doc.metadata().values())


def test_an_outlet_quoted_in_a_contacted_by_clause_is_found():
    text = ARTICLE + "\nContacted by the Lakeside Courier, the ministry said it had no comment.\n"
    assert outlet_of(text) == ("The Lakeside Courier", "comment-request")


def test_an_outlet_named_in_a_linked_headline_is_not_taken_for_the_publisher():
    text = ARTICLE + "\nNext Article\n\nReuters Wins Award For Harbour Coverage\n"
    assert outlet_of(text) == (None, "none")
