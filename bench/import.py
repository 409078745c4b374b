"""Import throughput with 1, 2 and 4 worker processes, and the cost of re-importing
unchanged files, on PostgreSQL.

    .venv/bin/python bench/import.py [--articles 3000] [--database-url postgres://postgres@127.0.0.1:5432/factcheck_bench]

Generates its own articles (deterministic, ~450 words each, quotes and reported
speech), imports them through the real import service (sources.services.imports)
with extraction switched off (bench/extract.py measures that), and writes the
results to docs/benchmarks/import.md, then reassembles docs/benchmarks.md.
Workers are separate processes, each with its own database connection, started
and set up before the clock starts.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_bench_db import reset_database, setup_django  # noqa: E402

WORDS = ("council budget harbour bridge ferry minister union strike inspection report river tram school "
         "hospital election vote plan cost million week spokesman office data court ruling price grain farm "
         "police road rail energy grid winter summer contract tender audit").split()
NAMES = ["Dana Okafor", "Tomas Reyes", "Leila Haddad", "Carl Brenner", "Priya Anand", "Henrik Sol"]


def make_article(n: int) -> str:
    rnd = random.Random(n)
    lines = [f"{rnd.choice(WORDS).title()} {rnd.choice(WORDS)} {rnd.choice(WORDS)} plan {n}", ""]
    for _ in range(9):
        name = rnd.choice(NAMES)
        words = " ".join(rnd.choice(WORDS) for _ in range(30))
        quote = " ".join(rnd.choice(WORDS) for _ in range(12))
        lines += [f"{words.capitalize()}, {name} said on Tuesday.", "",
                  f"\u201c{quote.capitalize()},\u201d {name.split()[-1]} said.", ""]
    lines.append(f"\u00a9 2026 Bench Daily {n % 7}. All rights reserved.")
    return "\n".join(lines) + "\n"


def _setup(database_url: str) -> None:
    setup_django(database_url, FACTCHECK_ON_ARTICLE_IMPORTED="")


def _worker(database_url: str, paths: list[str], ready, go, done) -> None:
    _setup(database_url)
    from django.db import connection

    from sources.services.imports import article_import_file

    connection.ensure_connection()
    ready.wait()
    go.wait()
    results = [article_import_file(path=Path(p)).result for p in paths]
    done.put(results)


def run(database_url: str, files: list[Path], workers: int) -> tuple[float, list[str]]:
    ctx = mp.get_context("spawn")
    ready, go, done = ctx.Barrier(workers + 1), ctx.Barrier(workers + 1), ctx.Queue()
    shares = [[str(p) for p in files[i::workers]] for i in range(workers)]
    procs = [ctx.Process(target=_worker, args=(database_url, share, ready, go, done)) for share in shares]
    for p in procs:
        p.start()
    ready.wait()
    started = time.perf_counter()
    go.wait()
    results = [r for _ in procs for r in done.get()]
    elapsed = time.perf_counter() - started
    for p in procs:
        p.join()
    return elapsed, results


def truncate(database_url: str) -> None:
    import psycopg

    with psycopg.connect(database_url.replace("postgres://", "postgresql://"), autocommit=True) as c:
        c.execute("TRUNCATE sources_article, sources_importrun, sources_quarantinedfile, sources_outlet, "
                  "sources_actor, sources_actoralias RESTART IDENTITY CASCADE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/factcheck_bench")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks" / "import.md"))
    args = parser.parse_args()

    reset_database(args.database_url, FACTCHECK_ON_ARTICLE_IMPORTED="")
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for n in range(args.articles):
            path = Path(folder) / f"bench_{n:05d}.txt"
            path.write_text(make_article(n), encoding="utf-8")
            files.append(path)
        words = sum(len(p.read_text().split()) for p in files)
        rows = []
        for workers in (1, 2, 4):
            truncate(args.database_url)
            elapsed, results = run(args.database_url, files, workers)
            assert results.count("imported") == len(files), f"expected all imported, got {set(results)}"
            again, results = run(args.database_url, files, workers)
            assert results.count("unchanged") == len(files), f"expected all unchanged, got {set(results)}"
            rows.append((workers, elapsed, again))
            print(f"workers={workers} import={elapsed:.2f}s ({len(files) / elapsed:.0f} articles/s) "
                  f"reimport={again:.2f}s ({100 * again / elapsed:.1f}% of import)", flush=True)
    write_report(Path(args.output), rows, len(files), words)


def write_report(path: Path, rows, articles: int, words: int) -> None:
    base = rows[0][1]
    lines = [
        "## Import throughput",
        "",
        f"`.venv/bin/python bench/import.py --articles {articles}` on PostgreSQL, {articles} generated articles, "
        f"{words:,} words; extraction off (bench/extract.py measures it). One run; this machine is shared, so "
        "compare the ratios within the run.",
        "",
        "| workers | import s | articles/s | words/s | speed-up vs 1 | re-import unchanged s | re-import / import |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for workers, elapsed, again in rows:
        lines.append(f"| {workers} | {elapsed:.2f} | {articles / elapsed:.0f} | {words / elapsed:,.0f} | "
                     f"{base / elapsed:.2f}x | {again:.2f} | {100 * again / elapsed:.1f}% |")
    lines += ["", "Targets: 2 workers at least 1.8x one worker; re-importing unchanged files under 5% of importing them.", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines))
    from report import assemble

    assemble()


if __name__ == "__main__":
    main()
