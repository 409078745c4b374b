"""A changed file becomes a new version: statements are re-extracted, and what
reviewers did on the old version is carried over or flagged, never dropped."""

import pytest

from claims.models import Annotation, Statement
from claims.services.annotations import annotation_create
from sources.services.imports import article_import

pytestmark = pytest.mark.django_db

V1 = (
    "Bridge to close\n\n"
    '"We cannot keep the bridge open safely," said Dana Okafor, the transport commissioner.\n\n'
    "Mayor Tomas Reyes said the city had acted on every inspection.\n"
)
V2 = (
    "Bridge to close for a month\n\nUpdated with the mayor's reply.\n\n"
    '"We cannot keep the bridge open safely," said Dana Okafor, the transport commissioner.\n\n'
    "Mayor Tomas Reyes said on Tuesday that the city had acted on all inspections within weeks.\n"
)


def _import(text, callbacks):
    with callbacks(execute=True):
        return article_import(name="bridge.txt", data=text.encode())


def _accept(statement, user):
    Statement.objects.filter(pk=statement.pk).update(review_state="accepted", reviewed_by=user, link_status="confirmed")


def test_a_new_version_keeps_accepted_statements_and_their_annotations(reviewer, django_capture_on_commit_callbacks):
    first = _import(V1, django_capture_on_commit_callbacks)
    quote = Statement.objects.get(article_id=first.article_id, speaker__name="Dana Okafor")
    _accept(quote, reviewer)
    note = annotation_create(author=reviewer, body="Confirmed with her office.", statement=quote)
    second = _import(V2, django_capture_on_commit_callbacks)
    assert second.result == "updated"
    carried = Statement.objects.get(article_id=second.article_id, carried_from=quote)
    note.refresh_from_db()
    assert carried.review_state == "accepted" and carried.claim_id == quote.claim_id and carried.link_status == "confirmed"
    assert V2[carried.start:carried.end] == quote.content
    assert (note.statement_id, note.article_id) == (carried.pk, second.article_id)


def test_an_annotation_whose_words_changed_a_little_is_found_fuzzily(reviewer, django_capture_on_commit_callbacks):
    first = _import(V1, django_capture_on_commit_callbacks)
    start = V1.index("the city had acted")
    end = start + len("the city had acted on every inspection")
    from sources.models import Article

    note = annotation_create(author=reviewer, body="Check the log.", article=Article.objects.get(pk=first.article_id),
                             start=start, end=end)
    second = _import(V1.replace("every inspection", "every  inspection"), django_capture_on_commit_callbacks)
    note.refresh_from_db()
    assert note.article_id == second.article_id and not note.orphaned
    assert note.exact.startswith("the city had acted on every")


def test_what_cannot_be_found_in_the_new_version_is_flagged_orphaned(reviewer, django_capture_on_commit_callbacks):
    first = _import(V1, django_capture_on_commit_callbacks)
    quote = Statement.objects.get(article_id=first.article_id, speaker__name="Dana Okafor")
    _accept(quote, reviewer)
    from sources.models import Article

    article = Article.objects.get(pk=first.article_id)
    start = V1.index("We cannot")
    note = annotation_create(author=reviewer, body="Source?", article=article, start=start, end=start + 30)
    _import("Bridge to close\n\nThe commissioner declined to comment, a spokesman said.\n",
            django_capture_on_commit_callbacks)
    quote.refresh_from_db()
    note.refresh_from_db()
    assert quote.orphaned and quote.review_state == "accepted"
    assert note.orphaned and note.article_id == first.article_id
    assert Annotation.objects.count() == 1
