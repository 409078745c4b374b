from django.db import migrations

from claims.migrations._roles import create_roles


class Migration(migrations.Migration):
    """The roles again, now that inbox items exist: both roles may see them."""

    dependencies = [("claims", "0003_statement_links_and_link_index"), ("sources", "0002_inbox_items")]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
