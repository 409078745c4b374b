import jsonschema
import pytest
from rest_framework.test import APIClient

from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/api/v1/statements/", "/api/v1/claims/", "/api/v1/articles/"])
def test_the_api_refuses_anonymous_callers(url):
    response = APIClient().get(url)
    assert response.status_code == 401
    assert "credentials were not provided" in response.json()["detail"]


def test_statements_are_served_as_statement_records(newsroom_client, statement_schema):
    statement = StatementFactory()
    body = newsroom_client.get("/api/v1/statements/").json()
    assert body["count"] == 1
    record = body["results"][0]
    jsonschema.validate(record, statement_schema)
    assert record["id"] == statement.pk and record["content"] == statement.content


def test_statements_filter_by_speaker_and_search_by_content(newsroom_client):
    StatementFactory()
    StatementFactory(speaker__name="Tomas Reyes")
    by_speaker = newsroom_client.get("/api/v1/statements/", {"speaker": "reyes"}).json()
    by_text = newsroom_client.get("/api/v1/statements/", {"search": "cannot keep"}).json()
    assert [r["speaker"]["name"] for r in by_speaker["results"]] == ["Tomas Reyes"]
    assert by_text["count"] == 2


def test_claims_list_counts_statements_and_filters_by_status(newsroom_client):
    statement = StatementFactory()
    body = newsroom_client.get("/api/v1/claims/", {"status": "unverified"}).json()
    assert body["results"][0]["id"] == statement.claim_id
    assert body["results"][0]["statement_count"] == 1
    assert newsroom_client.get("/api/v1/claims/", {"status": "denied"}).json()["count"] == 0


def test_a_bad_filter_value_is_a_clear_400(newsroom_client):
    response = newsroom_client.get("/api/v1/claims/", {"status": "probably"})
    assert response.status_code == 400
    assert "probably" in str(response.json()["status"])


def test_the_article_list_omits_the_text_and_the_detail_carries_it(newsroom_client):
    article = StatementFactory().article
    listed = newsroom_client.get("/api/v1/articles/").json()["results"][0]
    detail = newsroom_client.get(f"/api/v1/articles/{article.pk}/").json()
    assert "text" not in listed and listed["outlet"] == "Meridian Daily"
    assert detail["text"] == article.text


def test_a_logged_in_session_reads_the_api(client, editor):
    client.force_login(editor)
    assert client.get("/api/v1/claims/").status_code == 200


def test_the_openapi_schema_and_docs_are_served(client):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200 and b"/api/v1/statements/" in schema.content
    assert client.get("/api/docs/").status_code == 200
