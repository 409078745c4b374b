"""Run the extractor over every PolNeAR train article and a set of hostile
strings, and check the invariants every statement must keep.

    .venv/bin/python bench/robustness.py [--limit N]

Each article is extracted with its "ignore" ranges excluded and, for about a
third of them (seeded), one more random excluded range. Checked for every
statement: text[start:end] == content, start < end inside the text, fragments
inside [start, end], the cue span inside the text and outside every excluded
range, statements sorted, a non-empty chain, and quote kind, stance and
confidence within their allowed values. Prints counts and every violation.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import EXTRACTOR_VERSION, get_extractor  # noqa: E402

TRAIN = ROOT.parent / "shared" / "corpus" / "polnear" / "train.jsonl"
HOSTILE = [
    "",
    " ",
    "“",
    "”",
    '"',
    "“" * 50,
    "He said “yes.",
    "“" + " ".join(["word"] * 500),
    "‘Unbalanced,’ she said. ’’ '' `` ”“ “”",
    "Officials said: “\n\n”\n\n“",
    "A\u00a0said\u00a0B.\u2028C said “D,” E said.",
]
QUOTES = {"direct", "indirect", "mixed"}
STANCES = {"asserts", "denies", "disputes", "questions", "hedges"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    rng = random.Random(4)
    items = []
    for line in list(TRAIN.open(encoding="utf-8"))[: args.limit]:
        article = json.loads(line)
        excluded = [tuple(s) for s in article.get("ignore", [])]
        text = article["text"]
        if text and rng.random() < 1 / 3:
            start = rng.randrange(len(text))
            excluded.append((start, min(len(text), start + rng.randrange(20, 400))))
        items.append({"text": text, "excluded": excluded})
    items += [{"text": text, "excluded": []} for text in HOSTILE]
    extractor = get_extractor()
    statements = 0
    problems: list[str] = []
    for n, (item, found) in enumerate(zip(items, extractor.extract_many(items))):
        statements += len(found)
        problems += [f"item {n}: {p}" for p in _violations(item, found)]
    print(f"{EXTRACTOR_VERSION}: {len(items)} texts ({len(items) - len(HOSTILE)} train articles, "
          f"{len(HOSTILE)} hostile strings), {statements} statements, {len(problems)} violations")
    for p in problems:
        print("  " + p)
    sys.exit(1 if problems else 0)


def _violations(item: dict, found) -> list[str]:
    text, excluded = item["text"], item["excluded"]
    out = []
    previous = (-1, -1)
    for st in found:
        where = f"{st.start}-{st.end} {st.cue!r}"
        if not 0 <= st.start < st.end <= len(text):
            out.append(f"{where}: span outside the text")
        if text[st.start:st.end] != st.content:
            out.append(f"{where}: text[start:end] != content")
        if any(not (st.start <= a < b <= st.end) for a, b in st.fragments):
            out.append(f"{where}: fragment outside the statement")
        if st.cue_span is not None:
            a, b = st.cue_span
            if not 0 <= a <= b <= len(text):
                out.append(f"{where}: cue span outside the text")
            if any(s <= a < e for s, e in excluded):
                out.append(f"{where}: cue inside an excluded range")
        if (st.start, st.end) < previous:
            out.append(f"{where}: not sorted")
        previous = (st.start, st.end)
        if not st.chain:
            out.append(f"{where}: empty chain")
        if st.quote not in QUOTES or st.stance not in STANCES:
            out.append(f"{where}: quote {st.quote!r} / stance {st.stance!r}")
        if st.confidence is not None and not 0 <= st.confidence <= 1:
            out.append(f"{where}: confidence {st.confidence}")
    return out


if __name__ == "__main__":
    main()
