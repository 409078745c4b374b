from django.db import migrations

from claims.migrations._roles import create_roles


def drop_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["editors", "reviewers"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, drop_roles)]
