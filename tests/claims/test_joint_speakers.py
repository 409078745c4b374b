""""A and B said X" is stored as two statements over one span: both link to one claim,
which then has two independent sources, and a new version carries each to its own."""

import pytest

from claims.models import Statement
from claims.selectors import claim_evidence
from sources.services.imports import article_import

pytestmark = pytest.mark.django_db

V1 = (
    "Ferry service to stop\n\n"
    "Lina Ostrova and the Baltic Monitoring Group said on Monday that the island ferry would stop running in March.\n\n"
    "Piet Harmsen said the harbour had been dredged last year.\n"
)
V2 = V1.replace("Ferry service to stop", "Ferry service to stop in spring\n\nUpdated with a correction.")


def _import(text, callbacks, name="ferry.txt"):
    with callbacks(execute=True):
        return article_import(name=name, data=text.encode())


def _joint(article_id):
    return list(Statement.objects.filter(article_id=article_id, content__contains="island ferry")
                .select_related("speaker").order_by("id"))


def test_two_named_speakers_are_stored_as_two_statements_of_one_span(django_capture_on_commit_callbacks):
    result = _import(V1, django_capture_on_commit_callbacks)
    ostrova, group = _joint(result.article_id)
    assert (ostrova.speaker.name, group.speaker.name) == ("Lina Ostrova", "Baltic Monitoring Group")
    assert (ostrova.start, ostrova.end) == (group.start, group.end)
    assert [h.name for h in group.hops.order_by("position")][-1] == "Baltic Monitoring Group"


def test_both_speakers_link_to_one_claim_with_two_independent_sources(django_capture_on_commit_callbacks):
    result = _import(V1, django_capture_on_commit_callbacks)
    ostrova, group = _joint(result.article_id)
    assert ostrova.claim_id is not None and ostrova.claim_id == group.claim_id
    evidence = claim_evidence(ostrova.claim)
    assert sorted(s.label for s in evidence.sources) == ["Baltic Monitoring Group", "Lina Ostrova"]
    assert evidence.asserting == 2


def test_a_new_version_carries_each_speakers_statement_to_its_own(reviewer, django_capture_on_commit_callbacks):
    first = _import(V1, django_capture_on_commit_callbacks)
    old = _joint(first.article_id)
    Statement.objects.filter(pk__in=[s.pk for s in old]).update(review_state="accepted", reviewed_by=reviewer)
    second = _import(V2, django_capture_on_commit_callbacks)
    assert second.result == "updated"
    new = _joint(second.article_id)
    assert len(new) == 2
    assert {(s.carried_from_id, s.speaker_id) for s in new} == {(s.pk, s.speaker_id) for s in old}
    assert all(s.review_state == "accepted" and not s.orphaned for s in new)


def test_the_api_lists_both_speakers(newsroom_client, django_capture_on_commit_callbacks):
    result = _import(V1, django_capture_on_commit_callbacks)
    response = newsroom_client.get("/api/v1/statements/", {"article": result.article_id})
    assert response.status_code == 200
    rows = response.json()["results"] if isinstance(response.json(), dict) else response.json()
    joint = [r for r in rows if "island ferry" in r["content"]]
    assert [r["speaker"]["name"] for r in joint] == ["Lina Ostrova", "Baltic Monitoring Group"]
    assert joint[0]["claim"]["id"] == joint[1]["claim"]["id"]
