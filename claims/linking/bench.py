"""Time linking one statement against 1,000 / 10,000 / 100,000 claims, in memory.

    python -m claims.linking.bench [--sizes 1000 10000 100000] [--queries 300]

Synthetic claims: words drawn from a Zipf-like vocabulary, plus a few names
in a large share of the claims, as "Starlink" and "Musk" are in the seed
articles; that is what makes posting lists long. Each query restates an
existing claim (one word dropped, three added), so the run also reports
how often retrieval still finds it ("found": no skipped claim scores higher
than the one returned) when it is old and its terms are common. The database
benchmark (bench/linking.py) is separate.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from .decide import propose_link
from .index import LinkIndex
from .similarity import similarity

NAMES = ["Starlink", "Musk", "Putin", "Russia", "Ukraine", "SpaceX", "Kyiv", "Taiwan"]
SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sa", "vor", "pel", "di", "gan", "bro", "te", "nul", "fa"]


def vocabulary(rng: random.Random, size: int = 30_000) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def claim_text(rng: random.Random, words: list[str]) -> str:
    # Log-uniform ranks: the density of rank r is about 1/r, as in Zipf's law.
    picked = [words[int(len(words) ** rng.random()) - 1] for _ in range(5)]
    picked += rng.sample(NAMES, 2)
    rng.shuffle(picked)
    return " ".join(picked)


def restate(rng: random.Random, text: str, words: list[str]) -> str:
    parts = text.split()
    parts.pop(rng.randrange(len(parts)))
    return " ".join(parts + rng.sample(words, 3))


def build(size: int, rng: random.Random, words: list[str]) -> tuple[LinkIndex, list[str], float]:
    index, texts = LinkIndex(), []
    started = time.perf_counter()
    for claim_id in range(size):
        text = claim_text(rng, words)
        index.add(claim_id, text)
        texts.append(text)
    return index, texts, time.perf_counter() - started


def run(size: int, queries: int, seed: int = 0) -> dict:
    rng = random.Random(seed)
    words = vocabulary(rng)
    index, texts, build_seconds = build(size, rng, words)
    # Targets are the oldest tenth: the hardest for newest-first posting lists.
    targets = [rng.randrange(max(1, size // 10)) for _ in range(queries)]
    timings, found = [], 0
    for target in targets:
        statement = restate(rng, texts[target], words)
        started = time.perf_counter()
        proposal = propose_link(index, statement)
        timings.append(time.perf_counter() - started)
        # Found: nothing retrieval skipped beats what it returned (several
        # synthetic claims may tie with the target).
        found += proposal.score >= similarity(statement, texts[target])
    timings.sort()
    return {"claims": size, "build_s": build_seconds,
            "median_ms": 1000 * statistics.median(timings),
            "p95_ms": 1000 * timings[int(0.95 * len(timings)) - 1],
            "found": found / queries}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args(argv)
    print("claims   build_s  median_ms  p95_ms  found")
    for size in args.sizes:
        r = run(size, args.queries)
        print(f"{r['claims']:>7} {r['build_s']:8.1f} {r['median_ms']:10.2f} {r['p95_ms']:7.2f}"
              f"  {r['found']:.2f}")


if __name__ == "__main__":
    main()
