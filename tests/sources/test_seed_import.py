import pytest
from django.core.management import call_command

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_the_five_seed_articles_import_once_and_then_are_unchanged(seeds, capsys):
    call_command("import_articles", str(seeds))
    first = capsys.readouterr().out.strip().splitlines()[-1]
    call_command("import_articles", str(seeds))
    second = capsys.readouterr().out.strip().splitlines()[-1]
    assert first == "imported=5 unchanged=0 updated=0 quarantined=0"
    assert second == "imported=0 unchanged=5 updated=0 quarantined=0"
