"""The reviewers' desk in a real browser: headless Chromium driven by Playwright."""

import os
import shutil

import pytest

from tests.conftest import require_service
from tests.factories import StatementFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    executable = os.environ.get("FACTCHECK_CHROMIUM") or shutil.which("chromium")
    require_service(bool(executable), "no Chromium: apt-get install chromium, or set FACTCHECK_CHROMIUM")
    # Playwright's sync API runs an event loop in this thread; the ORM calls made by
    # the test itself are still plain synchronous ones.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    yield context.new_page()
    context.close()


def _log_in(page, user):
    page.goto("/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "correct horse battery staple")
    page.click("input[type=submit]")


def test_an_editor_sees_the_quote_highlighted_and_sets_the_claims_status(page, editor):
    statement = StatementFactory()
    _log_in(page, editor)
    page.goto(f"/admin/claims/claim/{statement.claim_id}/change/")
    assert page.locator("mark").first.inner_text() == statement.content
    page.click("text=Change status…")
    page.select_option("#id_status", "denied")
    page.fill("#id_rationale", "The inspection log shows the opposite.")
    page.click("input[value='Set status']")
    assert "Status set to denied." in page.locator(".messagelist").inner_text()
    statement.claim.refresh_from_db()
    assert statement.claim.status == "denied"


def test_a_stale_status_form_shows_why_it_was_refused(page, editor):
    statement = StatementFactory()
    _log_in(page, editor)
    page.goto(f"/admin/claims/claim/{statement.claim_id}/status/")
    from claims.services.review import claim_set_status

    claim_set_status(claim_id=statement.claim_id, user=editor, status="confirmed", rationale="Meanwhile.",
                     expected_version=1)
    page.select_option("#id_status", "denied")
    page.fill("#id_rationale", "Too late.")
    page.click("input[value='Set status']")
    assert "changed since you read it" in page.locator(".errorlist").inner_text()


def test_an_editor_merges_two_actors_from_the_actor_list(page, editor):
    from sources.models import Actor
    from tests.factories import said

    said("the pier will reopen in May", speaker="Odile Varga")
    kept = said("the ferry will run all winter", speaker="Odile Varga").speaker
    other = said("the pier reopens in spring", speaker="the harbour chief").speaker
    _log_in(page, editor)
    page.goto("/admin/sources/actor/")
    for actor in (kept, other):
        page.check(f"input[name=_selected_action][value='{actor.pk}']")
    page.select_option("select[name=action]", "merge_into_most_quoted")
    page.click("button[name=index]")
    assert "Merged the harbour chief into Odile Varga" in page.locator(".messagelist").inner_text()
    assert not Actor.objects.filter(pk=other.pk).exists()
    assert kept.statements.count() == 3
