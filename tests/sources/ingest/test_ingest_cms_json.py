import json

import pytest

from sources.ingest import UnreadableDocument
from tests.sources.ingest.helpers import parse

STORY = {
    "id": "nvp-2026-0412",
    "title": "Ferry operator adds winter sailings",
    "body": "The Nordvik ferry operator will add two winter sailings, its director said on Monday.\n\n"
            "\"Demand has doubled since the bridge closed,\" said Ola Strand, the director.",
    "url": "https://nordvikpost.example/2026/ferry",
    "outlet": "Nordvik Post",
    "published": "2026-01-12T07:30:00+01:00",
    "authors": ["Siri Holm", "Pavel Dvorak"],
}


def refused(data, name="story.json"):
    with pytest.raises(UnreadableDocument) as caught:
        parse(data, name=name)
    return caught.value.reason


def test_a_cms_json_article_uses_its_body_as_text_and_keeps_the_json_raw():
    raw = json.dumps(STORY, ensure_ascii=False)
    doc = parse(raw, name="story.json")
    assert doc.format == "json"
    assert doc.text == STORY["body"]
    assert doc.raw == raw


def test_cms_json_fields_become_metadata_with_method_json():
    doc = parse(json.dumps(STORY), name="story.json")
    assert doc.title.value == "Ferry operator adds winter sailings"
    assert doc.outlet.value == "Nordvik Post"
    assert doc.url.value == "https://nordvikpost.example/2026/ferry"
    assert doc.published.value == "2026-01-12"
    assert doc.byline.value == "Siri Holm, Pavel Dvorak"
    assert doc.title.method == doc.outlet.method == doc.published.method == "json"
    assert doc.external_id == "nvp-2026-0412"


def test_an_html_body_is_converted_to_paragraphs_and_its_captions_are_excluded():
    story = dict(STORY, body="<p>The operator will add <b>two</b> sailings.</p>"
                             "<figure><img src='f.jpg'>"
                             "<figcaption>The ferry at Nordvik. Photo: Siri Holm</figcaption></figure>"
                             "<p>&ldquo;Demand has doubled,&rdquo; said Ola Strand.</p>")
    doc = parse(json.dumps(story), name="story.json")
    assert doc.text == ("The operator will add two sailings.\n\nThe ferry at Nordvik. Photo: Siri Holm\n\n"
                        "“Demand has doubled,” said Ola Strand.")
    assert [(e.kind, doc.text[e.start:e.end]) for e in doc.excluded] == [
        ("caption", "The ferry at Nordvik. Photo: Siri Holm")
    ]


def test_missing_metadata_in_cms_json_is_detected_from_the_body():
    doc = parse(json.dumps({"body": "Ferry sailings added\n\nThe operator will add two sailings, it said."}),
                name="story.json")
    assert doc.title.value == "Ferry sailings added"
    assert doc.title.method == "first-line"


def test_the_outlet_of_cms_json_without_one_is_taken_from_a_known_url_host():
    doc = parse(json.dumps({"body": "Text of the story, long enough.", "url": "https://www.ft.com/content/abc"}),
                name="story.json")
    assert (doc.outlet.value, doc.outlet.method) == ("Financial Times", "url-host")


def test_cms_json_missing_body_is_refused_naming_the_fields_it_has():
    message = refused(json.dumps({"title": "A title", "url": "https://x.example"}))
    assert 'has no "body"' in message and "title, url" in message


def test_cms_json_with_an_empty_body_is_refused():
    assert 'empty "body"' in refused(json.dumps({"title": "A title", "body": "  "}))


def test_json_that_is_not_an_object_is_refused():
    message = refused(json.dumps([STORY]))
    assert "not an object (it is an array)" in message


def test_invalid_json_is_refused_with_line_and_column():
    message = refused('{\n  "title": "Ferry"\n  "body": "x"\n}')
    assert "not valid JSON" in message and "line 3, column 3" in message


def test_a_published_value_that_is_not_a_date_is_refused():
    assert '"published" is \'last Tuesday\'' in refused(json.dumps(dict(STORY, published="last Tuesday")))


def test_a_title_that_is_not_a_string_is_refused():
    assert 'field "title" must be a string' in refused(json.dumps(dict(STORY, title=["a", "b"])))


def test_json_content_in_a_txt_file_is_read_as_cms_json():
    assert parse(json.dumps(STORY), name="story.txt").format == "json"


def test_a_body_that_is_not_a_string_is_refused_saying_what_it_is():
    assert 'has a "body" that is an array, not a string' in refused(json.dumps({"body": ["para one", "para two"]}))
