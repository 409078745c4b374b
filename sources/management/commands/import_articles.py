from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sources.models import ImportRun
from sources.services.imports import (
    MISSING,
    QUARANTINED,
    article_import_file,
    import_run_finish,
    import_run_start,
    is_article_name,
)
from sources.tasks import path_import


BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Import article files or folders of them now (or --enqueue them for the workers)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, help="files, or folders whose files to import")
        parser.add_argument("--enqueue", action="store_true", help="send the files to the Celery workers")

    def handle(self, *args, paths, enqueue, **options):
        files = _expand(paths)
        run = import_run_start(trigger=ImportRun.Trigger.COMMAND)
        if enqueue:
            for path in files:
                path_import.delay(str(path.resolve()), run.pk)
            self.stdout.write(f"enqueued={len(files)} run={run.pk}")
            return
        for n, path in enumerate(files, 1):
            outcome = article_import_file(path=path, run=run)
            self._progress(n, len(files), outcome)
        run = import_run_finish(run=run)
        self.stdout.write(run.summary())

    def _progress(self, n, total, outcome):
        line = f"[{n}/{total}] {outcome.result} {outcome.source_file}"
        if outcome.result in (QUARANTINED, MISSING):
            self.stderr.write(f"{line}: {outcome.reason}")
        if not self.stdout.isatty():
            if outcome.result not in (QUARANTINED, MISSING):
                self.stdout.write(line)
            return
        # On a terminal: one bar redrawn in place; problems above stay on screen.
        done = round(BAR_WIDTH * n / total)
        bar = "#" * done + "." * (BAR_WIDTH - done)
        self.stdout.write(f"\r[{bar}] {n}/{total} {outcome.source_file[:40]}\033[K", ending="" if n < total else "\n")


def _expand(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and is_article_name(p.name)))
        elif path.exists() or path.is_symlink():
            files.append(path)
        else:
            raise CommandError(f"{path}: no such file or folder; nothing was imported")
    return files
