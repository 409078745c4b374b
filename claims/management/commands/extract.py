import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction import get_extractor
from claims.records import extracted_record
from sources.ingest import UnreadableDocument, parse_document


class Command(BaseCommand):
    help = "Dry run: print the statements found in article files, without writing to the database."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--json", action="store_true", help="one statement record per line (DESIGN.md shape)")

    def handle(self, *args, files, json: bool, **options):
        extractor = get_extractor(settings.FACTCHECK_SPACY_MODEL)
        failed = []
        for path in files:
            try:
                doc = parse_document(name=path.name, data=path.read_bytes(), sidecar=None,
                                     max_bytes=settings.FACTCHECK_MAX_FILE_BYTES)
            except (OSError, UnreadableDocument) as exc:
                failed.append(f"{path}: {getattr(exc, 'reason', exc)}")
                continue
            published = doc.published_date
            found = extractor.extract(doc.text, excluded=[(r.start, r.end) for r in doc.excluded],
                                      outlet=doc.outlet.value, published=published)
            for ex in found:
                record = extracted_record(ex, source_file=path.name, title=doc.title.value, outlet=doc.outlet.value,
                                          published=published.isoformat() if published else None)
                self.stdout.write(_render(record) if json else _line(record))
        if failed:
            raise CommandError("could not read: " + "; ".join(failed))


def _render(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False)


def _line(record: dict) -> str:
    return f"{record['start']}-{record['end']} {record['speaker']['name']} [{record['cue']}] {record['content']}"
