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


def test_a_short_headline_ending_in_a_full_stop_is_still_the_title_without_it():
    doc = parse("Ferry fares to rise in May.\n\nThe ferry company said fares would rise by a tenth in May.\n")
    assert (doc.title.value, doc.title.method) == ("Ferry fares to rise in May", "first-line")


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


def test_a_headline_followed_by_a_subheading_after_a_semicolon_is_the_title():
    doc = parse("Ferry fares to rise;\nThe company blames fuel costs.\n\nFares will rise by a tenth in May.\n")
    assert doc.title.value == "Ferry fares to rise"


def test_reading_plain_text_does_not_load_the_html_extractor():
    # trafilatura takes a noticeable time to import; plain-text imports must not pay it.
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys; from sources.ingest import parse_document; "
            "parse_document(name='a.txt', data=b'Title\\n\\nSome text of the article.\\n'); "
            "print('trafilatura' in sys.modules)")
    repo = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=repo)
    assert result.stdout.strip() == "False"
