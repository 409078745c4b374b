import json

import jsonschema
import pytest
from django.core.management import call_command

from tests.factories import StatementFactory


def test_extract_dry_run_prints_valid_records_and_writes_nothing(samples, capsys, statement_schema):
    # No django_db mark: pytest-django fails any database access, so passing proves none.
    call_command("extract", str(samples / "01_harbour_bridge.txt"), "--json")
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text = (samples / "01_harbour_bridge.txt").read_text()
    assert records, "the sample article has quotes; the extractor found none"
    for record in records:
        jsonschema.validate(record, statement_schema)
        assert text[record["start"]:record["end"]] == record["content"]
    assert any(r["speaker"]["name"] == "Dana Okafor" and r["quote"] == "direct" for r in records)


@pytest.mark.django_db
def test_export_statements_prints_one_valid_record_per_stored_statement(capsys, statement_schema):
    statements = StatementFactory.create_batch(2)
    call_command("export_statements")
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == [s.pk for s in statements]
    for record in records:
        jsonschema.validate(record, statement_schema)
    assert records[0]["chain"] == [
        {"name": "Meridian Daily", "kind": "outlet", "relation": "published"},
        {"name": "Dana Okafor", "kind": "person", "relation": "said"},
    ]
    assert records[0]["claim"]["status"] == "unverified"


def test_extract_dry_run_refuses_an_unreadable_file_and_says_why(tmp_path):
    from django.core.management.base import CommandError

    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError, match="empty.txt"):
        call_command("extract", str(tmp_path / "empty.txt"), "--json")
