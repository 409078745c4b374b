from datetime import timedelta

import pytest
from django.utils import timezone

from sources.models import Article, ImportRun, InboxItem, QuarantinedFile
from sources.services.inbox import inbox_item_claim, inbox_item_import, inbox_scan
from sources.tasks import inbox_scan as inbox_scan_task

pytestmark = pytest.mark.django_db

TEXT = "Tram line opens\n\nThe new tram line opens on Friday, the transit authority said.\n"


def _drop(inbox, name, text=TEXT):
    path = inbox / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_scan_imports_each_file_and_moves_it_out_after_commit(inbox, django_capture_on_commit_callbacks):
    _drop(inbox, "tram.txt")
    (inbox / "tram.meta.json").write_text('{"title": "Tram line opens on Friday", "outlet": "Harbour Post"}')
    with django_capture_on_commit_callbacks(execute=True):
        inbox_scan_task.delay()
    article = Article.objects.get()
    assert (article.title, article.outlet.name) == ("Tram line opens on Friday", "Harbour Post")
    assert sorted(p.name for p in (inbox / "processed").iterdir()) == ["tram.meta.json", "tram.txt"]
    assert not (inbox / "tram.txt").exists()
    run = ImportRun.objects.get()
    assert (run.trigger, run.imported, run.files_seen) == ("schedule", 1, 1) and run.finished_at is not None


def test_a_bad_file_goes_to_quarantine_with_its_reason_beside_it(inbox):
    (inbox / "empty.txt").write_bytes(b"")
    [item_id] = inbox_scan()
    inbox_item_import(item_id=item_id, claimant="t1")
    reason = (inbox / "quarantine" / "empty.txt.reason.txt").read_text()
    assert (inbox / "quarantine" / "empty.txt").exists()
    assert reason.strip() == QuarantinedFile.objects.get().reason and "empty" in reason


def test_a_symlink_pointing_outside_the_inbox_is_refused(inbox, tmp_path):
    secret = tmp_path / "elsewhere.txt"
    secret.write_text(TEXT)
    (inbox / "link.txt").symlink_to(secret)
    [item_id] = inbox_scan()
    outcome = inbox_item_import(item_id=item_id, claimant="t1")
    assert outcome.result == "quarantined" and "outside the inbox" in outcome.reason
    assert Article.objects.count() == 0 and secret.exists()


def test_a_file_name_with_spaces_and_non_latin_letters_imports(inbox):
    _drop(inbox, "Пресс-релиз мэрии 2026.txt")
    [item_id] = inbox_scan()
    assert inbox_item_import(item_id=item_id, claimant="t1").result == "imported"
    assert Article.objects.get().source_file == "Пресс-релиз мэрии 2026.txt"


def test_a_file_that_vanishes_between_scan_and_import_is_skipped_and_noted(inbox):
    path = _drop(inbox, "tram.txt")
    [item_id] = inbox_scan()
    path.unlink()
    assert inbox_item_import(item_id=item_id, claimant="t1").result == "missing"
    assert InboxItem.objects.get().state == "done"


def test_a_second_scan_does_not_queue_a_file_already_queued(inbox):
    _drop(inbox, "tram.txt")
    assert len(inbox_scan()) == 1
    assert inbox_scan() == []


def test_only_one_worker_can_claim_an_item(inbox):
    _drop(inbox, "tram.txt")
    [item_id] = inbox_scan()
    assert inbox_item_claim(item_id=item_id, claimant="worker-a")
    assert not inbox_item_claim(item_id=item_id, claimant="worker-b")
    assert inbox_item_import(item_id=item_id, claimant="worker-b") is None
    assert Article.objects.count() == 0


def test_a_redelivered_task_takes_back_its_own_claim(inbox):
    _drop(inbox, "tram.txt")
    [item_id] = inbox_scan()
    inbox_item_claim(item_id=item_id, claimant="task-1")
    assert inbox_item_import(item_id=item_id, claimant="task-1").result == "imported"


def test_a_claim_whose_worker_died_is_requeued_by_the_scan_after_its_lease(inbox, settings):
    _drop(inbox, "tram.txt")
    [item_id] = inbox_scan()
    inbox_item_claim(item_id=item_id, claimant="dead-worker")
    assert inbox_scan() == []
    InboxItem.objects.filter(pk=item_id).update(
        claimed_at=timezone.now() - timedelta(seconds=settings.FACTCHECK_IMPORT_LEASE_SECONDS + 1))
    assert inbox_scan() == [item_id]
    assert inbox_item_import(item_id=item_id, claimant="new-worker").result == "imported"
    assert InboxItem.objects.get().attempts == 2


def test_retrying_a_quarantined_inbox_file_puts_it_back_for_the_next_scan(inbox):
    from sources.services.inbox import quarantine_retry

    (inbox / "late.txt").write_bytes(b"")
    [item_id] = inbox_scan()
    inbox_item_import(item_id=item_id, claimant="t1")
    record = QuarantinedFile.objects.get()
    (inbox / "quarantine" / "late.txt").write_text(TEXT)  # an operator fixed the file
    message = quarantine_retry(quarantined_id=record.pk)
    assert "back in the inbox" in message and (inbox / "late.txt").exists()
    assert not (inbox / "quarantine" / "late.txt.reason.txt").exists()
    [again] = inbox_scan()
    assert inbox_item_import(item_id=again, claimant="t2").result == "imported"
    record.refresh_from_db()
    assert record.resolved_at is not None and record.retries == 1
