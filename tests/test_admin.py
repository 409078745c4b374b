import pytest

from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "model",
    ["sources/outlet", "sources/actor", "sources/article", "sources/importrun", "sources/quarantinedfile",
     "sources/inboxitem",
     "claims/claim", "claims/statement", "claims/statusevent", "claims/annotation"],
)
def test_an_editor_can_list_every_model_in_the_admin(client, editor, model):
    StatementFactory()
    client.force_login(editor)
    assert client.get(f"/admin/{model}/").status_code == 200


def test_a_claim_page_shows_its_statements_highlighted_in_their_paragraph(client, editor):
    statement = StatementFactory()
    client.force_login(editor)
    page = client.get(f"/admin/claims/claim/{statement.claim_id}/change/").content.decode()
    assert "<mark>We cannot keep the bridge open safely</mark>" in page


def test_an_editor_changes_a_status_from_the_claim_page_and_the_event_is_written(client, editor):
    statement = StatementFactory()
    claim = statement.claim
    client.force_login(editor)
    response = client.post(f"/admin/claims/claim/{claim.pk}/status/", {
        "status": "confirmed", "rationale": "Two independent inspections agree.", "seen_version": claim.version,
        "evidence": [statement.pk], "links": "https://example.org/a\nhttps://example.org/b",
    })
    assert response.status_code == 302
    claim.refresh_from_db()
    event = claim.events.get()
    assert claim.status == "confirmed" and event.rationale == "Two independent inspections agree."
    assert list(event.evidence.all()) == [statement] and event.links == ["https://example.org/a", "https://example.org/b"]


def test_a_stale_status_form_is_refused_with_the_reason_shown(client, editor):
    claim = StatementFactory().claim
    client.force_login(editor)
    page = client.post(f"/admin/claims/claim/{claim.pk}/status/", {
        "status": "denied", "rationale": "Late.", "seen_version": claim.version + 1,
    }).content.decode()
    assert "changed since you read it" in page
    claim.refresh_from_db()
    assert claim.status == "unverified"


def test_a_reviewer_may_read_a_claim_but_not_open_its_status_form(client, reviewer):
    claim = StatementFactory().claim
    client.force_login(reviewer)
    assert client.get(f"/admin/claims/claim/{claim.pk}/change/").status_code == 200
    assert client.get(f"/admin/claims/claim/{claim.pk}/status/").status_code == 403


def test_the_claim_page_shows_what_the_evidence_suggests(client, editor):
    statement = StatementFactory()
    client.force_login(editor)
    page = client.get(f"/admin/claims/claim/{statement.claim_id}/change/").content.decode()
    assert "What the evidence suggests" in page and "1 independent source(s) assert" in page


def test_an_editor_merges_claims_with_an_admin_action(client, editor):
    first, second = StatementFactory(), StatementFactory()
    client.force_login(editor)
    client.post("/admin/claims/claim/", {"action": "merge_into_first",
                                         "_selected_action": [first.claim_id, second.claim_id]})
    second.claim.refresh_from_db()
    assert second.claim.merged_into_id == first.claim_id
    assert first.claim.events.get().kind == "merge"


def test_a_reviewer_accepts_statements_from_the_review_queue(client, reviewer):
    statement = StatementFactory()
    client.force_login(reviewer)
    client.post("/admin/claims/statement/", {"action": "accept", "_selected_action": [statement.pk]})
    statement.refresh_from_db()
    assert statement.review_state == "accepted" and statement.reviewed_by == reviewer


def test_an_editor_corrects_a_title_and_the_metadata_records_the_correction(client, editor):
    article = StatementFactory().article
    client.force_login(editor)
    response = client.post(f"/admin/sources/article/{article.pk}/change/", {
        "title": "Harbour bridge shut for March", "outlet": article.outlet_id, "byline": "", "published": "2026-03-02",
        "language": "en", "url": ""})
    assert response.status_code == 302, response.content.decode()[:3000]
    article.refresh_from_db()
    assert article.title == "Harbour bridge shut for March" and str(article.published) == "2026-03-02"
    assert article.metadata["title"] == {"value": "Harbour bridge shut for March", "method": "editor", "by": "edith"}
    assert article.metadata["published"]["value"] == "2026-03-02"


def test_an_editor_merges_actors_into_the_one_with_the_most_statements(client, editor):
    from sources.models import Actor
    from tests.factories import said

    said("the pier will reopen in May", speaker="Odile Varga")
    kept = said("the ferry will run all winter", speaker="Odile Varga").speaker
    other = said("the pier reopens in spring", speaker="the harbour chief").speaker
    client.force_login(editor)
    page = client.post("/admin/sources/actor/", {"action": "merge_into_most_quoted",
                                                 "_selected_action": [other.pk, kept.pk]}, follow=True)
    assert "Merged the harbour chief into Odile Varga" in page.content.decode()
    assert list(Actor.objects.filter(pk__in=[kept.pk, other.pk]).values_list("pk", flat=True)) == [kept.pk]
    assert kept.statements.count() == 3


def test_a_reviewer_cannot_merge_actors(client, reviewer):
    from sources.models import Actor
    from tests.factories import said

    first, second = said("a", speaker="Odile Varga").speaker, said("b", speaker="the harbour chief").speaker
    client.force_login(reviewer)
    client.post("/admin/sources/actor/", {"action": "merge_into_most_quoted", "_selected_action": [first.pk, second.pk]})
    assert Actor.objects.filter(pk__in=[first.pk, second.pk]).count() == 2
