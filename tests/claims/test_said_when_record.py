"""The dating words are stored, served and carried to a new version."""

import jsonschema
import pytest

from claims.models import Statement
from claims.records import StatementRecordSerializer
from claims.services.carryover import article_carry_over
from claims.services.extraction import article_extract
from tests.factories import ArticleFactory, StatementFactory

pytestmark = pytest.mark.django_db

TEXT = "Harbour notes\n\nHanna Berglund said on Sunday that the ferry would run again.\n"


def test_an_undated_article_stores_and_serves_the_dating_words(statement_schema):
    article = ArticleFactory(text=TEXT, published=None)
    [statement] = article_extract(article_id=article.pk)
    assert (statement.said_when, statement.said_on) == ("on Sunday", None)
    record = StatementRecordSerializer(statement).data
    jsonschema.validate(dict(record), statement_schema)
    assert record["said_when"] == "on Sunday"
    assert TEXT[slice(*record["said_when_span"])] == "on Sunday"


def test_a_statement_without_dating_words_serves_nulls():
    record = StatementRecordSerializer(StatementFactory()).data
    assert record["said_when"] is None and record["said_when_span"] is None


def test_a_copied_statement_keeps_its_dating_words_and_moves_their_span():
    start, when = TEXT.index("that the ferry"), TEXT.index("on Sunday")
    old = StatementFactory(
        article=ArticleFactory(identity="ferry.txt", text=TEXT, is_current=False), start=start,
        end=TEXT.index(".\n", start), content=TEXT[start:TEXT.index(".\n", start)], quote=Statement.Quote.INDIRECT,
        said_when="on Sunday", said_when_start=when, said_when_end=when + 9, review_state=Statement.Review.ACCEPTED,
    )
    new_text = TEXT.replace("Harbour notes", "Harbour notes, corrected")
    new_article = ArticleFactory(identity="ferry.txt", text=new_text, previous=old.article, version=2)

    article_carry_over(article=new_article)

    moved = Statement.objects.get(article=new_article, carried_from=old)
    assert moved.said_when == "on Sunday"
    assert new_text[moved.said_when_start:moved.said_when_end] == "on Sunday"
