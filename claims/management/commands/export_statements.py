import json

from django.core.management.base import BaseCommand

from claims.records import StatementRecordSerializer
from claims.selectors import statement_list


class Command(BaseCommand):
    help = "Print every stored statement as one JSON record per line (DESIGN.md shape)."

    def add_arguments(self, parser):
        parser.add_argument("--article", type=int, help="only the statements of this article id")

    def handle(self, *args, article=None, **options):
        queryset = statement_list()
        if article:
            queryset = queryset.filter(article_id=article)
        # Chunks keep memory flat on a large database; prefetch works per chunk.
        for statement in queryset.iterator(chunk_size=500):
            record = StatementRecordSerializer(statement).data
            self.stdout.write(json.dumps(record, ensure_ascii=False, default=str))
