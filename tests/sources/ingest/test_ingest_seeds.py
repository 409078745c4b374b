"""The five real seed articles in ../shared (never copied into the repo): the
acceptance check of issue 3 for titles, outlets and boilerplate."""

from pathlib import Path

import pytest

from sources.ingest import parse_document

SEEDS = Path(__file__).resolve().parents[4] / "shared" / "corpus" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed corpus not present at {SEEDS}")

EXPECTED = {
    "000": ("Financial Times", 9),
    "001": ("Euronews", 23),
    "002": ("The Daily Beast", 2),
    "003": (None, 8),
    "004": (None, 3),
}
TITLES = {
    "001": "Ukraine contacts SpaceX over Russian drones allegedly using Starlink, officials say",
    "002": "The Deadly Reason Musk’s Secret Putin Talks Are So Damn Scary",
    "003": "Elon Musk SpaceX Starlink Russia sales denial and ongoing Starlink expansion",
    "004": "Putin Pressures Elon Musk: Keep Starlink Away from Taiwan",
}


def seed(prefix):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8"), parse_document(name=path.name, data=path.read_bytes(), sidecar=None,
                                                            max_bytes=10_000_000)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_a_seed_keeps_its_text_and_finds_its_outlet_and_boilerplate(prefix):
    text, doc = seed(prefix)
    outlet, excluded = EXPECTED[prefix]
    assert doc.text == text
    assert doc.outlet.value == outlet
    assert len(doc.excluded) == excluded
    assert doc.language.value == "en"


@pytest.mark.parametrize("prefix", sorted(TITLES))
def test_a_seed_with_a_headline_gets_it_as_title(prefix):
    assert seed(prefix)[1].title.value == TITLES[prefix]


def test_the_seed_without_a_headline_is_titled_by_its_opening_sentence():
    doc = seed("000")[1]
    assert doc.title.method == "first-sentence"
    assert doc.title.value.startswith("Elon Musk said on Sunday that SpaceX") and doc.title.value.endswith("Ukraine.")


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_no_real_paragraph_of_a_seed_is_excluded(prefix):
    # Body paragraphs are long and end a sentence; no excluded range is one.
    text, doc = seed(prefix)
    for e in doc.excluded:
        piece = text[e.start:e.end]
        assert "\n" not in piece
        assert not (len(piece.split()) > 25 and piece.rstrip("”’\"").endswith(".")), (e.kind, piece)


@pytest.mark.parametrize("prefix, kinds", [
    ("000", {"caption", "copyright", "share", "navigation", "comments"}),
    ("001", {"navigation", "caption", "credit", "byline", "dateline", "share", "read-more"}),
    ("003", {"widget", "navigation"}),
    ("004", {"comments", "navigation"}),
])
def test_a_seeds_navigation_caption_and_copyright_lines_are_excluded(prefix, kinds):
    assert {e.kind for e in seed(prefix)[1].excluded} == kinds
