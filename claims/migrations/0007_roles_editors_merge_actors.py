from django.db import migrations

from claims.migrations._roles import create_roles


class Migration(migrations.Migration):
    """The roles again: editors may now merge actors, which deletes the rows merged away."""

    dependencies = [("claims", "0006_statement_unique_per_speaker")]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
