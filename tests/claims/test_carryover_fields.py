"""An accepted statement the new extraction missed is copied to the new version
with every field the reviewer saw, its stance cues moved with the text."""

import datetime

import pytest

from claims.models import Statement
from claims.services.carryover import article_carry_over
from tests.factories import ArticleFactory, StatementFactory

pytestmark = pytest.mark.django_db

OLD = "Pier to reopen\n\nDana Okafor denied last week that the pier had ever been sold.\n"
NEW = "Pier to reopen in May\n\nUpdated.\n\nDana Okafor denied last week that the pier had ever been sold.\n"


def _accepted_on_old_version():
    old = ArticleFactory(identity="pier.txt", text=OLD, is_current=False)
    start = OLD.index("the pier")
    cue = OLD.index("denied")
    return StatementFactory(
        article=old, start=start, end=OLD.index(".\n", start), content=OLD[start:OLD.index(".\n", start)],
        cue="denied", stance="denies", review_state=Statement.Review.ACCEPTED,
        said_on=datetime.date(2026, 1, 19), said_on_precision="week",
        stance_cues=[{"kind": "denial", "text": "denied", "span": [cue, cue + 6]},
                     {"kind": "hedge", "text": "allegedly", "span": [0, 9]}],
    )


def test_a_copied_statement_keeps_its_date_precision_and_moves_its_stance_cues():
    old = _accepted_on_old_version()
    new_article = ArticleFactory(identity="pier.txt", text=NEW, previous=old.article, version=2)

    report = article_carry_over(article=new_article)

    assert report.statements_moved == 1
    copy = Statement.objects.get(article=new_article, carried_from=old)
    assert NEW[copy.start:copy.end] == old.content
    assert copy.said_on_precision == "week" and copy.said_on == old.said_on
    denial, stale = copy.stance_cues
    assert NEW[slice(*denial["span"])] == "denied"
    # Words no longer at the shifted place keep their text but lose their span.
    assert stale == {"kind": "hedge", "text": "allegedly", "span": None}
