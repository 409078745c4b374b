"""Direct-quote recall split by how many words the quotation marks hold.

    .venv/bin/python bench/quote_lengths.py [--split dev]

Reads the gold and the predictions bench/attribution_eval.py last wrote for
the split, matches them the way ../shared/tools/score_attributions.py does
(greedy, one to one, at least half the characters shared) and reports the
scorer's direct-quote recall twice: for gold quotes whose first quoted
stretch holds one to three words, and for those of four words or more.

The short ones are where titles, nicknames, slogans and words quoted as
words ("named “Criminal Minds”", "goes by “Vito”") sit beside partial
quotes of speech; the long ones are almost all speech. The split point, four
words, was fixed before the split was first run.

    .venv/bin/python bench/quote_lengths.py --split train --samples 84

also draws 2,000 random samples of that many articles (seeded) from the
split and prints the lowest and percentiles of their direct-quote recall: how far a set the
size of dev lands from the split's own figure by the luck of the draw alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
from score_attributions import charset, trimmed  # noqa: E402

OPENING_MARKS = "\"“‘'"
CLOSING_MARK = {"“": "”", "‘": "’"}
SHORT = "1-3 words"
LONG = "4+ words"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--samples", type=int, metavar="ARTICLES", help="also sample sets of this many articles")
    args = ap.parse_args()
    out_dir = ROOT / "bench" / "out"
    gold = _read(out_dir / f"polnear_{args.split}_gold.jsonl")
    predicted = _read(out_dir / f"polnear_{args.split}_predictions.jsonl")
    for group, (found, total) in recall_by_quote_length(gold, predicted).items():
        print(f"direct quotes of {group}: {found} of {total} found, recall {found / total:.3f}")
    if args.samples:
        lowest, first, fifth, median = sampled_recall(gold, predicted, args.samples)
        print(f"{SAMPLES:,} random sets of {args.samples} articles: direct-quote recall lowest {lowest:.3f}, "
              f"1st percentile {first:.3f}, 5th {fifth:.3f}, median {median:.3f}")


def _read(path: Path) -> list[dict]:
    if not path.exists():
        sys.exit(f"{path} is missing: run bench/attribution_eval.py for this split first.")
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def recall_by_quote_length(gold: list[dict], predicted: list[dict]) -> dict[str, tuple[int, int]]:
    """(found, total) of the gold direct quotes, by the words they quote."""
    counts = {SHORT: [0, 0], LONG: [0, 0]}
    for quotes in _quotes_by_article(gold, predicted):
        for group, found in quotes:
            counts[group][0] += found
            counts[group][1] += 1
    return {group: (found, total) for group, (found, total) in counts.items() if total}


def _quotes_by_article(gold: list[dict], predicted: list[dict]) -> list[list[tuple[str, bool]]]:
    """For each gold article, its direct quotes as (length group, found)."""
    predicted_by_id = {p["id"]: p for p in predicted}
    articles = []
    for article in gold:
        text = article["text"]
        golds = [g for g in article["attributions"] if g["content"]]
        preds = _scored_predictions(predicted_by_id.get(article["id"], {}), article)
        matched = _matched_golds([trimmed(p["content"], text) for p in preds],
                                 [trimmed(g["content"], text) for g in golds])
        quotes = []
        for j, g in enumerate(golds):
            start = g["content"][0][0]
            if text[start] in OPENING_MARKS:
                group = SHORT if quoted_words(text[start:g["content"][-1][1]]) < 4 else LONG
                quotes.append((group, j in matched))
        articles.append(quotes)
    return articles


SAMPLES = 2000


def sampled_recall(gold: list[dict], predicted: list[dict], size: int) -> tuple[float, float, float, float]:
    """The lowest, 1st, 5th and 50th percentile of direct-quote recall (all
    lengths) over random sets of ``size`` articles."""
    per_article = [(sum(found for _, found in quotes), len(quotes)) for quotes in _quotes_by_article(gold, predicted)]
    draw = random.Random(1)
    recalls = []
    for _ in range(SAMPLES):
        sample = draw.sample(per_article, size)
        recalls.append(sum(f for f, _ in sample) / max(1, sum(t for _, t in sample)))
    recalls.sort()
    return recalls[0], recalls[SAMPLES // 100], recalls[SAMPLES // 20], recalls[SAMPLES // 2]


def _scored_predictions(prediction: dict, article: dict) -> list[dict]:
    """The predictions the scorer counts: with content, and not wholly inside
    an ignored range."""
    ignored = charset(article.get("ignore", []), article["text"])
    preds = [p for p in prediction.get("attributions", []) if p.get("content")]
    return [p for p in preds if not (ignored and charset(p["content"], article["text"]) <= ignored)]


def _matched_golds(pred_sets: list[set], gold_sets: list[set]) -> set[int]:
    """The gold attributions a greedy one-to-one match at half overlap pairs."""
    pairs = []
    for i, p in enumerate(pred_sets):
        for j, g in enumerate(gold_sets):
            shared = len(p & g)
            if shared and shared / len(p | g) >= 0.5:
                pairs.append((shared / len(p | g), i, j))
    used_preds, used_golds = set(), set()
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_preds and j not in used_golds:
            used_preds.add(i)
            used_golds.add(j)
    return used_golds


def quoted_words(quote: str) -> int:
    """Words between the opening mark and the mark that closes it (an
    apostrophe inside a word does not close a single-quoted phrase)."""
    opening = "''" if quote.startswith("''") else quote[0]
    closing = CLOSING_MARK.get(opening, opening)
    rest = quote[len(opening):]
    end = 0
    while (end := rest.find(closing, end)) != -1:
        after = rest[end + len(closing):end + len(closing) + 1]
        if not after.isalpha():
            return len(rest[:end].split())
        end += len(closing)
    return len(rest.split())


if __name__ == "__main__":
    main()
