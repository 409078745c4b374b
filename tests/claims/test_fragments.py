"""A statement's fragments (the attributed words, when the cue or the writer's
own words split them) are stored, served, carried to a new version, marked
one by one on the review page, and are what the statement links on."""

import jsonschema
import pytest

from claims.admin import quote_in_paragraph
from claims.models import Statement
from claims.records import StatementRecordSerializer
from claims.services.carryover import article_carry_over
from claims.services.extraction import article_extract
from tests.factories import ArticleFactory, StatementFactory

pytestmark = pytest.mark.django_db

# "have closed the old quay" is the writer's; the report is only of the night landings.
REPORT = "Fishing crews have closed the old quay and were first reported to be landing catches at night in 2023."
TEXT = f"Harbour notes\n\nThe town changed last year. {REPORT}\n"
PIECES = ("Fishing crews", "to be landing catches at night in 2023")


def _spans(text: str) -> list[list[int]]:
    return [[text.index(p), text.index(p) + len(p)] for p in PIECES]


def test_extraction_stores_the_fragments_and_the_record_serves_them(statement_schema):
    article = ArticleFactory(text=TEXT)
    [statement] = article_extract(article_id=article.pk)
    assert statement.content == REPORT[:-1]
    assert statement.fragments == _spans(TEXT)
    record = StatementRecordSerializer(statement).data
    jsonschema.validate(dict(record), statement_schema)
    assert record["fragments"] == _spans(TEXT)


def test_the_review_page_marks_each_fragment_and_not_the_words_between():
    start, end = TEXT.index(REPORT), TEXT.index(REPORT) + len(REPORT) - 1
    html = quote_in_paragraph(TEXT, start, end, _spans(TEXT))
    assert html.count("<mark>") == 2
    assert "<mark>Fishing crews</mark> have closed the old quay and were first reported " in html
    assert html.startswith("The town changed last year. ") and html.endswith("in 2023</mark>.")


def test_a_statement_without_fragments_is_marked_whole():
    start, end = TEXT.index(REPORT), TEXT.index(REPORT) + len(REPORT) - 1
    assert f"<mark>{REPORT[:-1]}</mark>" in quote_in_paragraph(TEXT, start, end)


def test_a_copied_statement_moves_its_fragments_with_the_text():
    start = TEXT.index(REPORT)
    old = StatementFactory(
        article=ArticleFactory(identity="quay.txt", text=TEXT, is_current=False), start=start,
        end=start + len(REPORT) - 1, content=REPORT[:-1], cue="reported", quote=Statement.Quote.INDIRECT,
        fragments=_spans(TEXT), review_state=Statement.Review.ACCEPTED,
    )
    new_text = "Harbour notes, updated\n\nA correction was added.\n\n" + TEXT.split("\n\n", 1)[1]
    new_article = ArticleFactory(identity="quay.txt", text=new_text, previous=old.article, version=2)

    article_carry_over(article=new_article)

    moved = Statement.objects.get(article=new_article, carried_from=old)
    assert [new_text[s:e] for s, e in moved.fragments] == list(PIECES)
