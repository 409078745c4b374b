"""Time to link one new statement to claims, with 1,000, 10,000 and 100,000 claims
already in the database (PostgreSQL).

    .venv/bin/python bench/linking.py [--database-url postgres://postgres@127.0.0.1:5432/factcheck_bench]

Claims are generated (a Zipf-like vocabulary, so some terms are common, as in news)
and bulk-loaded into the link index tables. At each size the same 40 statements,
half restating an existing claim and half new, are linked through the real service
(claims.services.linking.statement_link), each in a transaction rolled back after,
so every size sees the same index. Results go to docs/benchmarks/linking.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SIZES = (1_000, 10_000, 100_000)
PROBES = 40


def vocabulary(rnd: random.Random) -> tuple[list[str], list[float], list[str]]:
    syllables = "ka lo mi ne ra su te vo zi ba de fu go hi ja ku".split()
    words = sorted({"".join(rnd.choice(syllables) for _ in range(rnd.randint(2, 4))) for _ in range(6000)})
    weights = [1 / (rank + 1) for rank in range(len(words))]
    names = sorted({"".join(rnd.choice(syllables) for _ in range(3)).title() for _ in range(1500)})
    return words, weights, names


def claim_text(rnd: random.Random, vocab) -> str:
    words, weights, names = vocab
    body = rnd.choices(words, weights=weights, k=rnd.randint(5, 9))
    return f"{rnd.choice(names)} {' '.join(body)} {rnd.choice(names)}"


def load_claims(count: int, start: int, rnd: random.Random, vocab) -> list[str]:
    from claims.linking.terms import weighted_terms
    from claims.linkstore import ALL_CLAIMS
    from claims.models import Claim, ClaimTerm, ClaimText, TermCount
    from django.db import transaction
    from django.db.models import F

    texts = [claim_text(rnd, vocab) for _ in range(count)]
    with transaction.atomic():
        claims = Claim.objects.bulk_create([Claim(text=t[:500]) for t in texts], batch_size=5000)
        terms = [weighted_terms(t) for t in texts]
        ClaimText.objects.bulk_create([ClaimText(claim=c, text=t, terms=w) for c, t, w in zip(claims, texts, terms)],
                                      batch_size=5000)
        ClaimTerm.objects.bulk_create([ClaimTerm(term=term, claim=c) for c, w in zip(claims, terms) for term in w],
                                      batch_size=20000)
        counts: dict[str, int] = {ALL_CLAIMS: count}
        for w in terms:
            for term in w:
                counts[term] = counts.get(term, 0) + 1
        TermCount.objects.bulk_create([TermCount(term=t, claims=0) for t in counts], ignore_conflicts=True)
        for term, n in counts.items():
            TermCount.objects.filter(term=term).update(claims=F("claims") + n)
    return texts


def make_probe_statements(existing: list[str], rnd: random.Random, vocab):
    from claims.models import Statement
    from sources.models import Actor, Article, Outlet

    outlet, _ = Outlet.objects.get_or_create(name="Bench Daily")
    speaker, _ = Actor.objects.get_or_create(name="Bench Speaker", kind="person")
    statements = []
    for n in range(PROBES):
        if n % 2:
            words = existing[rnd.randrange(len(existing))].split()
            content = " ".join(words[:1] + rnd.sample(words[1:], len(words) - 1))  # reordered restatement
        else:
            content = claim_text(rnd, vocab)
        text = f"Bench Speaker said that {content}.\n{n}"
        start = text.index(content)
        article = Article.objects.create(identity=f"bench-{n}", source_file=f"bench-{n}", outlet=outlet, text=text,
                                         content_hash=f"bench-probe-{n}")
        statements.append(Statement.objects.create(
            article=article, speaker=speaker, cue="said", content=content, start=start, end=start + len(content),
            quote="indirect", confidence=0.5, extractor="bench"))
    return statements


def time_links(statements) -> list[float]:
    from claims.services.linking import statement_link
    from django.db import transaction

    times = []
    for statement in statements:
        with transaction.atomic():
            started = time.perf_counter()
            statement_link(statement=statement)
            times.append(time.perf_counter() - started)
            transaction.set_rollback(True)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/factcheck_bench")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks" / "linking.md"))
    args = parser.parse_args()
    from import_bench_db import reset_database

    reset_database(args.database_url)
    from django.db import connection

    rnd = random.Random(7)
    vocab = vocabulary(rnd)
    texts: list[str] = []
    statements = None
    rows = []
    for size in SIZES:
        texts += load_claims(size - len(texts), len(texts), rnd, vocab)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        statements = statements or make_probe_statements(texts, random.Random(11), vocab)
        time_links(statements[:5])  # warm caches and connections
        times = time_links(statements)
        rows.append((size, statistics.median(times), statistics.quantiles(times, n=10)[-1]))
        print(f"claims={size:>7} median={rows[-1][1] * 1000:.1f} ms p90={rows[-1][2] * 1000:.1f} ms", flush=True)
    write_report(Path(args.output), rows)


def write_report(path: Path, rows) -> None:
    base = rows[0][1]
    lines = [
        "## Linking one statement",
        "",
        "`.venv/bin/python bench/linking.py` on PostgreSQL: the time `statement_link` takes for one new statement "
        f"(retrieval through the link index, scoring, the new link and index rows), median of {PROBES} statements "
        "(half restating an existing claim, half new), each rolled back so every size sees the same index. "
        "One run on a shared machine: compare the ratios.",
        "",
        "| claims | median ms | p90 ms | median vs 1,000 |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {size:,} | {m * 1000:.1f} | {p * 1000:.1f} | {m / base:.2f}x |" for size, m, p in rows]
    lines += ["", "Target: at 100,000 claims no more than twice the time at 1,000.", ""]
    path.write_text("\n".join(lines))
    from report import assemble

    assemble()


if __name__ == "__main__":
    main()
