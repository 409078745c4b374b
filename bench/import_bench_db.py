"""A fresh, migrated benchmark database, shared by the benchmark scripts."""

import os


def setup_django(database_url: str, **env: str) -> None:
    os.environ.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="factcheck.settings.base",
                      SECRET_KEY="bench-only", LOG_LEVEL="ERROR", **env)
    import django

    django.setup()


def reset_database(database_url: str, **env: str) -> None:
    import psycopg

    server, name = database_url.rsplit("/", 1)
    with psycopg.connect(server.replace("postgres://", "postgresql://") + "/postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'CREATE DATABASE "{name}"')
    setup_django(database_url, **env)
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
