import json

import pytest

from sources.ingest import UnreadableDocument
from tests.sources.ingest.helpers import ARTICLE, parse

SIDECAR = {
    "id": "lc-2026-0304-bridge",
    "title": "Bridge reopens (corrected headline)",
    "outlet": "The Lakeside Courier",
    "published": "2026-03-04",
    "authors": ["Mira Okafor"],
    "url": "https://lakesidecourier.example/news/bridge",
    "language": "en",
}


def test_sidecar_fields_override_detected_metadata_with_method_sidecar():
    doc = parse(ARTICLE, sidecar=json.dumps(SIDECAR).encode())
    assert doc.title.value == "Bridge reopens (corrected headline)"
    assert doc.outlet.value == "The Lakeside Courier"
    assert doc.published.value == "2026-03-04"
    assert doc.byline.value == "Mira Okafor"
    assert doc.url.value == "https://lakesidecourier.example/news/bridge"
    assert {d["method"] for d in doc.metadata().values()} == {"sidecar"}


def test_a_sidecar_id_becomes_the_external_id():
    assert parse(ARTICLE, sidecar=json.dumps({"id": 4711}).encode()).external_id == "4711"


def test_fields_absent_from_the_sidecar_stay_as_detected():
    doc = parse(ARTICLE, sidecar=json.dumps({"outlet": "The Lakeside Courier"}).encode())
    assert doc.title.method == "first-line"
    assert doc.outlet.method == "sidecar"


def test_a_sidecar_overrides_cms_json_fields_too():
    story = json.dumps({"title": "CMS title", "body": "Some body text here.", "id": "cms-1"})
    doc = parse(story, name="story.json", sidecar=json.dumps({"title": "Desk title", "id": "desk-1"}).encode())
    assert (doc.title.value, doc.title.method, doc.external_id) == ("Desk title", "sidecar", "desk-1")


def test_a_sidecar_does_not_change_the_text():
    assert parse(ARTICLE, sidecar=json.dumps(SIDECAR).encode()).text == ARTICLE


@pytest.mark.parametrize("sidecar, expected", [
    (b"", "sidecar .meta.json is empty"),
    (b'{"title": "x",}', "sidecar .meta.json is not valid JSON"),
    (b'["x"]', "sidecar .meta.json is JSON but not an object"),
    (b'{"published": "soon"}', "sidecar .meta.json field \"published\""),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "sidecar .meta.json: file is a PNG image"),
])
def test_a_broken_sidecar_is_refused_and_says_it_is_the_sidecar(sidecar, expected):
    with pytest.raises(UnreadableDocument) as caught:
        parse(ARTICLE, sidecar=sidecar)
    assert caught.value.reason.startswith(expected)
