"""The demo editor `make demo` prints: a working login and token, and a curl
line that points where the demo serves."""

import re
from io import StringIO

from django.core.management import call_command
from rest_framework.test import APIClient


def _demo_editor(**options) -> str:
    out = StringIO()
    call_command("demo_editor", stdout=out, **options)
    return out.getvalue()


def test_the_printed_login_and_token_work(db, client):
    printed = _demo_editor()
    username, password = re.search(r"username=(\S+) password=(\S+)", printed).groups()
    token = re.search(r"API token: (\w+)", printed).group(1)

    assert client.login(username=username, password=password)
    assert client.get("/admin/").status_code == 200
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert api.get("/api/v1/claims/").status_code == 200


def test_the_curl_line_names_the_host_the_demo_serves(db):
    assert "http://127.0.0.1:8011/api/v1/claims/" in _demo_editor(host="127.0.0.1:8011")
    assert "http://127.0.0.1:8000/api/v1/claims/" in _demo_editor()


def test_running_it_again_resets_the_password_and_keeps_the_token(db, client):
    first, second = _demo_editor(), _demo_editor()
    token = re.compile(r"API token: (\w+)")
    assert token.search(first).group(1) == token.search(second).group(1)
    old_password = re.search(r"password=(\S+)", first).group(1)
    assert not client.login(username="demo-editor", password=old_password)
