from tests.sources.ingest.helpers import ARTICLE, parse


def test_a_plain_text_article_keeps_its_text_exactly():
    doc = parse(ARTICLE)
    assert doc.text == ARTICLE
    assert doc.format == "text"
    assert doc.raw == ""


def test_the_first_line_of_a_plain_text_article_is_its_title():
    doc = parse(ARTICLE)
    assert doc.title.value == "Harbour bridge reopens after six months of repairs"
    assert doc.title.method == "first-line"


def test_a_title_wrapped_in_quotation_marks_is_unquoted():
    doc = parse("“Ferry strike ends after two days”\n\n" + ARTICLE)
    assert doc.title.value == "Ferry strike ends after two days"


def test_an_article_without_a_headline_is_titled_by_its_first_sentence():
    body = ("Lakeside's harbour bridge reopened on Tuesday after repairs that took six months. "
            "The council said the work came in under budget.\n")
    doc = parse(body)
    assert doc.title.value == "Lakeside's harbour bridge reopened on Tuesday after repairs that took six months."
    assert doc.title.method == "first-sentence"


def test_boilerplate_above_the_headline_is_not_taken_for_the_title():
    doc = parse("Home News Sport Business Videos\nAdvertisement\n\n" + ARTICLE)
    assert doc.title.value == "Harbour bridge reopens after six months of repairs"


def test_an_english_article_is_recognised_as_english():
    assert parse(ARTICLE).language.value == "en"
    assert parse(ARTICLE).language.method == "stopwords"


def test_a_file_name_with_spaces_and_non_latin_letters_is_read():
    doc = parse(ARTICLE, name="Мост через гавань 港口 déjà vu.txt")
    assert doc.title.value == "Harbour bridge reopens after six months of repairs"


def test_a_file_without_extension_is_read_as_plain_text():
    assert parse(ARTICLE, name="bridge").format == "text"
