from django.core.management.base import BaseCommand

from claims.services.linking import claims_relink


class Command(BaseCommand):
    help = "Link every statement to claims again; statements a reviewer confirmed are never moved."

    def handle(self, *args, **options):
        report = claims_relink()
        self.stdout.write(" ".join(f"{k}={v}" for k, v in report.items()))
