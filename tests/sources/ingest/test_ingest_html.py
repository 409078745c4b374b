import pytest

from sources.ingest import UnreadableDocument
from tests.sources.ingest.helpers import parse

PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Harbour bridge reopens | The Lakeside Courier</title>
<meta property="og:title" content="Harbour bridge reopens after repairs">
<meta property="og:site_name" content="The Lakeside Courier">
<meta name="author" content="Mira Okafor">
<meta property="article:published_time" content="2026-03-04T08:00:00Z">
<link rel="canonical" href="https://lakesidecourier.example/news/bridge">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge reopened on Tuesday after six months of repairs, the city council said in a statement.</p>
<p>"We are glad to see traffic moving again," said the mayor, Lena Brandt, at a ceremony attended by residents.</p>
<p>Engineers said the steel cables had been replaced and the deck resurfaced before the winter storms.</p>
</article>
<footer>© 2026 The Lakeside Courier. All rights reserved.</footer>
</body></html>
"""


def test_an_html_page_yields_its_main_text_and_keeps_the_raw_html():
    doc = parse(PAGE, name="bridge.html")
    assert doc.format == "html"
    assert doc.raw == PAGE
    assert "the city council said in a statement" in doc.text
    assert "Home" not in doc.text.split("\n")


def test_html_metadata_comes_from_the_page_with_method_html_meta():
    doc = parse(PAGE, name="bridge.html")
    assert doc.title.value == "Harbour bridge reopens after repairs"
    assert doc.outlet.value == "The Lakeside Courier"
    assert doc.byline.value == "Mira Okafor"
    assert doc.published.value == "2026-03-04"
    assert doc.url.value == "https://lakesidecourier.example/news/bridge"
    assert {doc.title.method, doc.outlet.method, doc.byline.method, doc.published.method} == {"html-meta"}


def test_the_language_of_an_html_page_is_still_guessed_from_its_text():
    assert parse(PAGE, name="bridge.html").language.value == "en"


def test_html_saved_as_txt_is_recognised_by_its_doctype():
    assert parse(PAGE, name="bridge.txt").format == "html"


def test_html_with_no_body_text_is_refused():
    empty = ("<!doctype html><html><head><title>Loading</title></head>"
             "<body><nav>Home</nav><script>x()</script></body></html>")
    with pytest.raises(UnreadableDocument) as caught:
        parse(empty, name="empty.html")
    assert "HTML has no article text" in caught.value.reason


def test_a_non_utf8_page_is_decoded_by_its_declared_charset():
    page = PAGE.replace('charset="utf-8"', 'charset="iso-8859-2"').replace("Lena Brandt", "Łucja Wójcik")
    page = page.replace("©", "(c)")  # not in ISO-8859-2
    doc = parse(page.encode("iso-8859-2"), name="bridge.html")
    assert "Łucja Wójcik" in doc.text
    assert doc.encoding == "iso8859-2"
