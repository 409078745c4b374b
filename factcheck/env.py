"""The one place settings are read from the environment.

Every reader names the variable in its error, so a bad value stops the process at
start with a message that says what to set, instead of failing later and elsewhere.
"""

from __future__ import annotations

import environ
from django.core.exceptions import ImproperlyConfigured

_env = environ.Env()


def _read(kind: str, name: str, default, **kwargs):
    try:
        return getattr(_env, kind)(name, default=default, **kwargs)
    except (ValueError, TypeError, KeyError, environ.ImproperlyConfigured) as exc:
        raw = _env.str(name, default="")
        raise ImproperlyConfigured(f"{name}={raw!r} is not a valid {kind} value ({exc}); fix or unset {name}") from exc


def text(name: str, default: str | None = None) -> str | None:
    return _read("str", name, default)


def flag(name: str, default: bool) -> bool:
    raw = _env.str(name, default="")
    if raw and raw.lower() not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean; set {name} to true or false")
    return _read("bool", name, default)


def number(name: str, default: int) -> int:
    return _read("int", name, default)


def words(name: str, default: list[str]) -> list[str]:
    return _read("list", name, default)


def database(name: str, default: str) -> dict:
    raw = _env.str(name, default=default)
    scheme = raw.split("://", 1)[0] if "://" in raw else ""
    if scheme not in {"postgres", "postgresql", "pgsql", "psql", "sqlite"}:
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not a database URL factcheck supports; "
            f"use postgres://USER@HOST:5432/NAME or sqlite:////absolute/path.sqlite3, or unset {name}"
        )
    return _env.db_url_config(raw)


def required(name: str, why: str) -> str:
    value = _env.str(name, default="")
    if not value:
        raise ImproperlyConfigured(f"{name} is not set; {why}")
    return value
