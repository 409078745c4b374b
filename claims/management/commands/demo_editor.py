import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from rest_framework.authtoken.models import Token


class Command(BaseCommand):
    help = "Create (or reset) the demo editor and print its credentials and API token."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="demo-editor")
        parser.add_argument("--host", default="127.0.0.1:8000", help="where the demo serves, for the curl line printed")

    def handle(self, *args, username, host, **options):
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.is_staff = True
        user.set_password(password)
        user.save()
        user.groups.add(Group.objects.get(name="editors"))
        token, _ = Token.objects.get_or_create(user=user)
        self.stdout.write(
            f"demo editor: username={username} password={password}\n"
            f"API token: {token.key}  (curl -H 'Authorization: Token {token.key}' http://{host}/api/v1/claims/)"
        )
