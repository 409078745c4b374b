"""Linking reads only the words a statement attributes: what the writer sets
between a report's fragments is not the source's claim."""

from claims.extraction.types import ExtractedStatement, Speaker
from claims.linking import LinkIndex, attributed_words, canonical_text, linking_text, propose_statement_link

# The writer's own "have closed the old quay" sits between the two fragments
# of what the harbour office reported.
TEXT = "Fishing crews have closed the old quay and were first reported to be landing catches at night in 2023."
PIECES = ("Fishing crews", "to be landing catches at night in 2023")


def reported(text: str = TEXT, pieces=PIECES) -> ExtractedStatement:
    spans = [(text.index(p), text.index(p) + len(p)) for p in pieces]
    start, end = spans[0][0], spans[-1][1]
    return ExtractedStatement(
        speaker=Speaker(name="harbour office", kind="organization"), cue="reported", cue_span=None,
        content=text[start:end], start=start, end=end, quote="indirect", chain=[], fragments=spans)


def test_the_words_between_fragments_are_left_out():
    assert attributed_words(reported()) == "Fishing crews to be landing catches at night in 2023"
    assert "quay" not in linking_text(reported())


def test_a_statement_without_fragments_is_its_content():
    statement = reported()
    statement.fragments = []
    assert attributed_words(statement) == statement.content


def test_fragments_outside_the_content_fall_back_to_the_content():
    statement = reported()
    statement.fragments = [(0, len(TEXT) + 5)]
    assert attributed_words(statement) == statement.content


def test_a_stored_statement_with_fragments_as_lists_reads_the_same():
    statement = reported()
    statement.fragments = [list(f) for f in statement.fragments]
    assert attributed_words(statement) == "Fishing crews to be landing catches at night in 2023"


def test_the_writers_words_between_fragments_do_not_link_to_another_claim():
    index = LinkIndex()
    index.add(1, canonical_text("The council closed the old quay to trawlers", "council"))
    proposal = propose_statement_link(index, reported(), text=TEXT)
    assert proposal.claim_id != 1
