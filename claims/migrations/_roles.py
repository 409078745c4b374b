"""Shared by the roles migrations."""

from django.contrib.auth.management import create_permissions


def create_roles(apps, schema_editor):
    from claims.roles import roles_install

    # Permissions are normally created after all migrations ran; create them now so
    # the groups can be given them in the same migrate.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles_install(group_model=apps.get_model("auth", "Group"), permission_model=apps.get_model("auth", "Permission"))
