from pathlib import Path

import pytest
from django.core.management import call_command

from sources.models import Article, ImportRun, QuarantinedFile
from sources.services.imports import article_import, article_import_file, import_run_start

pytestmark = pytest.mark.django_db


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


PLAIN = "Ferry fares to rise\n\nFares will rise by a tenth in May, the ferry company said on Tuesday.\n".encode()


def test_importing_a_file_stores_its_text_exactly_as_received(tmp_path, django_capture_on_commit_callbacks):
    data = "Title line\r\n\r\n“Quoted,” she said.\r\n".encode()
    with django_capture_on_commit_callbacks(execute=False):
        outcome = article_import_file(path=_write(tmp_path, "a.txt", data))
    article = Article.objects.get(pk=outcome.article_id)
    assert outcome.result == "imported"
    assert article.text == "Title line\n\n“Quoted,” she said.\n"
    assert article.source_file == "a.txt" and article.version == 1 and article.is_current


def test_reimporting_the_same_file_changes_nothing(tmp_path, django_capture_on_commit_callbacks):
    path = _write(tmp_path, "a.txt", PLAIN)
    with django_capture_on_commit_callbacks(execute=False):
        first = article_import_file(path=path)
        second = article_import_file(path=path)
    assert (first.result, second.result) == ("imported", "unchanged")
    assert second.article_id == first.article_id
    assert Article.objects.count() == 1


def test_the_same_article_under_two_names_is_stored_once(tmp_path, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        article_import_file(path=_write(tmp_path, "a.txt", PLAIN))
        outcome = article_import_file(path=_write(tmp_path, "copy of a.txt", PLAIN))
    assert outcome.result == "unchanged"
    assert Article.objects.count() == 1


def test_new_text_under_a_known_name_becomes_a_new_version(tmp_path, django_capture_on_commit_callbacks):
    path = _write(tmp_path, "a.txt", PLAIN)
    with django_capture_on_commit_callbacks(execute=False):
        first = article_import_file(path=path)
        path.write_bytes(PLAIN + b"\nThe company later said fares for children would not change.\n")
        second = article_import_file(path=path)
    old, new = Article.objects.get(pk=first.article_id), Article.objects.get(pk=second.article_id)
    assert second.result == "updated"
    assert (old.is_current, new.is_current, new.version, new.previous_id) == (False, True, 2, old.pk)


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("empty.txt", b"", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not text"),
    ],
)
def test_a_bad_file_is_quarantined_with_a_reason_and_nothing_else_is_written(tmp_path, name, data, words):
    run = import_run_start(trigger=ImportRun.Trigger.COMMAND)
    outcome = article_import_file(path=_write(tmp_path, name, data), run=run)
    quarantined = QuarantinedFile.objects.get()
    assert outcome.result == "quarantined"
    assert words in quarantined.reason.lower() and quarantined.source_file == name
    assert Article.objects.count() == 0
    run.refresh_from_db()
    assert (run.quarantined, run.files_seen) == (1, 1)


def test_a_file_that_vanishes_before_import_is_reported_not_quarantined(tmp_path):
    run = import_run_start(trigger=ImportRun.Trigger.COMMAND)
    outcome = article_import_file(path=tmp_path / "gone.txt", run=run)
    run.refresh_from_db()
    assert outcome.result == "missing" and "disappeared" in outcome.reason
    assert QuarantinedFile.objects.count() == 0
    assert run.errors == [{"file": "gone.txt", "error": outcome.reason}]


def test_an_import_hands_the_committed_article_to_extraction(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        outcome = article_import(name="fares.txt", data=PLAIN)
    article = Article.objects.get(pk=outcome.article_id)
    assert article.statements.filter(speaker__name__icontains="ferry company").exists()


def test_import_articles_imports_good_files_and_names_the_bad_ones(tmp_path, capsys):
    _write(tmp_path, "good.txt", PLAIN)
    _write(tmp_path, "empty.txt", b"")
    call_command("import_articles", str(tmp_path))
    out, err = capsys.readouterr()
    assert out.strip().splitlines()[-1] == "imported=1 unchanged=0 updated=0 quarantined=1"
    assert "empty.txt" in err and "empty" in err.split("empty.txt", 1)[1]


def test_import_articles_on_the_samples_twice_finds_them_unchanged(samples, capsys, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_articles", str(samples))
        call_command("import_articles", str(samples))
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "imported=0 unchanged=3 updated=0 quarantined=0"
    assert Article.objects.filter(statements__isnull=False).distinct().count() == 3


def test_import_articles_refuses_a_path_that_does_not_exist(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no such file"):
        call_command("import_articles", str(tmp_path / "nowhere"))


def test_a_file_over_the_size_limit_is_quarantined_naming_the_limit_and_the_setting(tmp_path, settings):
    settings.FACTCHECK_MAX_FILE_BYTES = 1_000
    path = _write(tmp_path, "huge.txt", b"word " * 10_000_000)  # 50 MB
    outcome = article_import_file(path=path)
    assert outcome.result == "quarantined"
    assert "50,000,000 bytes" in outcome.reason and "FACTCHECK_MAX_FILE_BYTES" in outcome.reason
    assert QuarantinedFile.objects.get().size == 50_000_000
