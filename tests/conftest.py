import json
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from claims.roles import roles_install
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples" / "articles"


def require_service(available: bool, why: str) -> None:
    """Skip a test whose service is missing, saying why; in CI
    (FACTCHECK_REQUIRE_SERVICES=1) fail instead: there nothing is skipped for want of a service."""
    if available:
        return
    if os.environ.get("FACTCHECK_REQUIRE_SERVICES") == "1":
        pytest.fail(f"required service missing: {why}")
    pytest.skip(why)


def on_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.get_closest_marker("postgres") and not on_postgres():
            item.add_marker(pytest.mark.skipif(
                os.environ.get("FACTCHECK_REQUIRE_SERVICES") != "1",
                reason="needs PostgreSQL: set DATABASE_URL=postgres://... to run it",
            ))


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def seeds() -> Path:
    path = SHARED / "corpus" / "seeds"
    require_service(path.is_dir(), f"the shared seed corpus is not at {path}")
    return path


@pytest.fixture(scope="session")
def statement_schema() -> dict:
    path = SHARED / "statement.schema.json"
    if not path.exists():
        pytest.skip(f"the statement schema is not at {path}")
    return json.loads(path.read_text())


@pytest.fixture
def inbox(tmp_path, settings) -> Path:
    settings.FACTCHECK_INBOX = tmp_path / "inbox"
    settings.FACTCHECK_INBOX.mkdir()
    return settings.FACTCHECK_INBOX


def _member(role: str | None, **kwargs):
    user = UserFactory(is_staff=role is not None, **kwargs)
    if role:
        # Transactional tests flush the tables, the migration's groups with them.
        roles_install(group_model=Group, permission_model=Permission)
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor(db):
    return _member("editors", username="edith")


@pytest.fixture
def reviewer(db):
    return _member("reviewers", username="ravi")


@pytest.fixture
def outsider(db):
    return _member(None, username="olga")


@pytest.fixture
def newsroom_client(reviewer) -> APIClient:
    """The newsroom tool: an API client authenticated by token."""
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=reviewer).key}")
    return client
