"""Editors write through the API: statuses, rewording, merges, splits, link reviews."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.models import StatusEvent
from claims.services.linking import statement_link
from tests.factories import said

pytestmark = pytest.mark.django_db

CLOSURE = "the Meridian harbour bridge will close for four weeks in March for cable repairs"
UNRELATED = "the Meridian ferry company will raise its fares by a tenth in May"


@pytest.fixture
def editor_client(editor) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    return client


def _claim(content=CLOSURE, speaker="Dana Okafor"):
    statement = said(content, speaker=speaker)
    return statement_link(statement=statement), statement


def test_an_editor_sets_a_status_through_the_api_and_the_history_shows_it(editor_client):
    claim, statement = _claim()
    response = editor_client.post(f"/api/v1/claims/{claim.pk}/status/", {
        "status": "confirmed", "rationale": "The council's tender notice dates the closure.", "version": 1,
        "evidence": [statement.pk], "links": ["https://example.org/tender"]}, format="json")
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "confirmed" and response.json()["version"] == 2
    [event] = editor_client.get(f"/api/v1/claims/{claim.pk}/events/").json()
    assert (event["from_status"], event["to_status"], event["user"]) == ("unverified", "confirmed", "edith")
    assert event["evidence"] == [statement.pk] and event["links"] == ["https://example.org/tender"]


@pytest.mark.parametrize("body, code, words", [
    ({"status": "probably", "rationale": "x", "version": 1}, 400, "not a valid choice"),
    ({"status": "denied", "version": 1}, 400, "required"),
    ({"status": "denied", "rationale": "x", "version": 5}, 409, "changed since you read it"),
    ({"status": "denied", "rationale": "x", "version": 1, "evidence": [424242]}, 400, "no statement with id 424242"),
])
def test_a_bad_status_request_gets_a_clear_error_and_changes_nothing(editor_client, body, code, words):
    claim, _ = _claim()
    response = editor_client.post(f"/api/v1/claims/{claim.pk}/status/", body, format="json")
    assert response.status_code == code
    assert words in str(response.json())
    claim.refresh_from_db()
    assert claim.status == "unverified" and not StatusEvent.objects.exists()


def test_a_reviewer_is_refused_a_status_change_with_403(newsroom_client):
    claim, _ = _claim()
    response = newsroom_client.post(f"/api/v1/claims/{claim.pk}/status/",
                                    {"status": "denied", "rationale": "x", "version": 1}, format="json")
    assert response.status_code == 403 and "only editors" in response.json()["detail"]


def test_a_claim_detail_carries_its_evidence(newsroom_client):
    claim, statement = _claim()
    evidence = newsroom_client.get(f"/api/v1/claims/{claim.pk}/").json()["evidence"]
    assert evidence["asserting"] == 1 and evidence["first_statement"] == statement.pk
    assert evidence["suggested_status"] == "unverified" and evidence["sources"][0]["label"] == "Dana Okafor"


def test_a_merged_claims_old_id_redirects_to_the_claim_it_was_merged_into(editor_client):
    keep, _ = _claim()
    dup, _ = _claim(UNRELATED, speaker="Tomas Reyes")
    merged = editor_client.post(f"/api/v1/claims/{dup.pk}/merge/",
                                {"into": keep.pk, "rationale": "Same story.", "version": 1}, format="json")
    assert merged.status_code == 200 and merged.json()["statement_count"] == 2
    old = editor_client.get(f"/api/v1/claims/{dup.pk}/")
    assert old.status_code == 301 and old["Location"].endswith(f"/api/v1/claims/{keep.pk}/")
    listed = [c["id"] for c in editor_client.get("/api/v1/claims/").json()["results"]]
    assert listed == [keep.pk]


def test_merging_a_claim_into_itself_is_a_400_that_says_so(editor_client):
    claim, _ = _claim()
    response = editor_client.post(f"/api/v1/claims/{claim.pk}/merge/",
                                  {"into": claim.pk, "rationale": "x", "version": 1}, format="json")
    assert response.status_code == 400 and "into itself" in response.json()["detail"]


def test_an_editor_rewords_and_splits_a_claim(editor_client):
    claim, first = _claim()
    second = said("the harbour bridge in Meridian will be closed for four weeks in March", speaker="Tomas Reyes")
    assert statement_link(statement=second).pk == claim.pk
    reworded = editor_client.patch(f"/api/v1/claims/{claim.pk}/", {"text": "Bridge shut in March", "version": 1},
                                   format="json").json()
    assert reworded["text"] == "Bridge shut in March" and reworded["text_by_editor"]
    split = editor_client.post(f"/api/v1/claims/{claim.pk}/split/", {
        "statements": [second.pk], "rationale": "He gives other dates.", "version": 2}, format="json")
    assert split.status_code == 201 and split.json()["statement_count"] == 1


def test_a_reviewer_confirms_a_statements_link_through_the_api(newsroom_client):
    claim, _ = _claim()
    other = said(UNRELATED, speaker="Tomas Reyes")
    statement_link(statement=other)
    response = newsroom_client.post(f"/api/v1/statements/{other.pk}/confirm-link/", {"claim": claim.pk},
                                    format="json")
    assert response.status_code == 200
    assert response.json()["claim"]["id"] == claim.pk and response.json()["link_status"] == "confirmed"
