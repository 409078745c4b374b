"""Measure linking methods on labelled pairs and on the seed articles.

    python -m claims.linking.evaluate \
        --pairs tests/claims/linking/fixtures/pairs.jsonl \
        --seeds-labels tests/claims/linking/fixtures/seed_statements.json \
        --seeds ../shared/corpus/seeds [--spacy]

    python -m claims.linking.evaluate --extracted   # the real extractor's statements instead

Prints, per method, precision/recall/F1 of "same claim" on the pairs at the
method's best threshold, the seed clustering figures, and stance accuracy.
Figures go into docs/benchmarks/linking-method.md.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

from .canonical import canonical_text
from .decide import (
    AUTO,
    AUTO_LINK,
    SUGGEST_LINK,
    LinkProposal,
    linking_text,
    propose_link,
    propose_statement_link,
)
from .index import LinkIndex
from .referents import resolve_leading_pronoun
from .similarity import jaccard, similarity
from .stance import stance_toward

Scorer = Callable[[str, str], float]


def load_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def load_seed_statements(labels: Path, seeds: Path) -> list[dict]:
    """The labelled statements with their text, cut from the seed files by anchors."""
    out = []
    for item in json.loads(labels.read_text())["statements"]:
        text = next(seeds.glob(f"{item['file']}_*.txt")).read_text()
        start = text.index(item["from"])
        end = text.index(item["to"], start) + len(item["to"])
        # "before": what precedes the statement, for a leading pronoun (referents.py).
        out.append({**item, "text": text[start:end], "before": text[:start]})
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pair_counts(scores: list[float], gold: list[bool], threshold: float) -> tuple[int, int, int]:
    tp = sum(s >= threshold and g for s, g in zip(scores, gold))
    fp = sum(s >= threshold and not g for s, g in zip(scores, gold))
    fn = sum(s < threshold and g for s, g in zip(scores, gold))
    return tp, fp, fn


def best_threshold(scores: list[float], gold: list[bool]) -> float:
    candidates = sorted(set(scores))
    return max(candidates, key=lambda t: (prf(*pair_counts(scores, gold, t))[2], t))


def cluster(statements: list[dict], score: Scorer, threshold: float) -> list[int]:
    """Online linking as the importer does it, brute force, for any method:
    join the best claim at or above the threshold, else start a claim. A
    claim is matched by its canonical text and every statement linked to it."""
    claims: list[list[str]] = []
    assigned = []
    for st in statements:
        text = linked_text(st)
        scored = [(max(score(text, t) for t in texts), i) for i, texts in enumerate(claims)]
        best = max(scored, default=(0.0, -1))
        if best[0] >= threshold:
            claims[best[1]].append(text)
            assigned.append(best[1])
        else:
            claims.append([canonical_text(text, st.get("speaker")), text])
            assigned.append(len(claims) - 1)
    return assigned


def linked_text(st: dict) -> str:
    """A labelled statement's text as linking_text reads it (a leading pronoun resolved)."""
    return resolve_leading_pronoun(st["text"], speaker=st.get("speaker", ""), speaker_kind=st.get("kind"),
                                   before=st.get("before", ""))


def link_with_index(statements: list[dict]) -> list[tuple[int, LinkProposal]]:
    """The same, through LinkIndex and propose_link: the path the product takes
    (linking_text's pronoun reading included)."""
    index, out = LinkIndex(), []
    for st in statements:
        text = linked_text(st)
        proposal = propose_link(index, text, cue=st.get("cue", ""), speaker=st.get("speaker"))
        claim_id = proposal.claim_id if proposal.decision == AUTO else len(index)
        if proposal.decision != AUTO:
            index.add(claim_id, proposal.new_claim_text)
        index.add(claim_id, text)
        out.append((claim_id, proposal))
    return out


def cluster_counts(statements: list[dict], assigned: list[int]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for (a, ca), (b, cb) in combinations(list(zip(statements, assigned)), 2):
        same_gold = a["group"] == b["group"] and not a["group"].startswith("other:")
        tp += same_gold and ca == cb
        fp += (not same_gold) and ca == cb
        fn += same_gold and ca != cb
    return tp, fp, fn


def stance_accuracy(pairs: list[dict]) -> tuple[int, int, list[str]]:
    labelled = [p for p in pairs if p.get("stance")]
    wrong = []
    for p in labelled:
        got = stance_toward(p["statement"], p["claim"], p.get("cue", ""))
        if got != p["stance"]:
            wrong.append(f"  {p['stance']} -> {got}: {p['statement']!r}")
    return len(labelled) - len(wrong), len(labelled), wrong


def methods(use_spacy: bool) -> dict[str, Scorer]:
    found: dict[str, Scorer] = {"jaccard": jaccard, "lexical+entity": similarity}
    if use_spacy:
        from .vectors import spacy_similarity

        found["spacy-vectors"] = spacy_similarity
        found["lexical+entity+spacy"] = lambda a, b: 0.8 * similarity(a, b) + 0.2 * spacy_similarity(a, b)
    return found


def report_pairs(pairs: list[dict], name: str, score: Scorer, verbose: bool = False) -> float:
    scores = [score(p["statement"], p["claim"]) for p in pairs]
    gold = [p["same"] for p in pairs]
    t = best_threshold(scores, gold)
    p, r, f = prf(*pair_counts(scores, gold, t))
    print(f"pairs  {name:22} best threshold {t:.3f}: P {p:.2f} R {r:.2f} F1 {f:.2f}")
    if name == "lexical+entity":
        for label, th in (("AUTO", AUTO_LINK), ("SUGGEST", SUGGEST_LINK)):
            p, r, f = prf(*pair_counts(scores, gold, th))
            print(f"pairs  {name:22} at {label} {th:.2f}: P {p:.2f} R {r:.2f} F1 {f:.2f}")
        for sc, pr in sorted(zip(scores, pairs), key=lambda x: -x[0]) if verbose else ():
            mark = "ok " if (sc >= AUTO_LINK) == pr["same"] else "ERR"
            label = "same" if pr["same"] else "diff"
            print(f"    {mark} {sc:.2f} {label} {pr['statement'][:60]!r} ~ {pr['claim'][:45]!r}")
    return t


def report_seeds(statements: list[dict], name: str, assigned: list[int], threshold: float) -> None:
    p, r, f = prf(*cluster_counts(statements, assigned))
    easy = [(s, a) for s, a in zip(statements, assigned) if not s.get("hard")]
    pe, re_, fe = prf(*cluster_counts([s for s, _ in easy], [a for _, a in easy]))
    print(f"seeds  {name:22} at {threshold:.3f}: pairwise P {p:.2f} R {r:.2f} F1 {f:.2f}"
          f"  (without 'hard': P {pe:.2f} R {re_:.2f} F1 {fe:.2f}); claims {len(set(assigned))}")


def report_index_run(statements: list[dict], linked: list[tuple[int, LinkProposal]]) -> None:
    """Stances and suggestions of the product path on the seeds."""
    assigned = [claim_id for claim_id, _ in linked]
    report_seeds(statements, "LinkIndex+propose_link", assigned, AUTO_LINK)
    suggested = [(s, p) for s, (_, p) in zip(statements, linked) if p.decision == "suggest"]
    right = sum(s["group"] == _group_of(statements, assigned, p.claim_id) for s, p in suggested)
    print(f"seeds  suggestions: {len(suggested)}, of which to the right group: {right}")
    judged = [(s, p) for s, (c, p) in zip(statements, linked)
              if s.get("stance") and p.decision == AUTO and s["group"] == _group_of(statements, assigned, c)]
    wrong = [f"  {s['stance']} -> {p.stance}: {s['text'][:90]!r}" for s, p in judged if p.stance != s["stance"]]
    print(f"seeds  stance of auto links within the right group: {len(judged) - len(wrong)}/{len(judged)}")
    print("\n".join(wrong))


def _group_of(statements: list[dict], assigned: list[int], claim_id) -> str | None:
    # The group of the statement that founded the claim.
    return next((s["group"] for s, a in zip(statements, assigned) if a == claim_id), None)


def print_clusters(statements: list[dict], assigned: list[int]) -> None:
    for claim in sorted(set(assigned)):
        members = [s for s, a in zip(statements, assigned) if a == claim]
        print(f"  claim {claim}: {canonical_text(members[0]['text'], members[0].get('speaker'))!r}")
        for s in members:
            print(f"      [{s['group']}] {s['text'][:80]!r}")


def report_extracted(seeds: Path) -> None:
    """Link what the real extractor finds in the seeds and print the claims
    with more than one statement. Loads spaCy, so only on request."""
    from claims.extraction import get_extractor

    extractor, index, members = get_extractor(), LinkIndex(), {}
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text()
        for st in extractor.extract(text):
            proposal = propose_statement_link(index, st, text)
            claim_id = proposal.claim_id if proposal.decision == AUTO else len(index)
            if proposal.decision != AUTO:
                index.add(claim_id, proposal.new_claim_text)
            index.add(claim_id, linking_text(st, text))
            members.setdefault(claim_id, []).append((path.name[:3], st, proposal))
    print(f"extracted: {sum(map(len, members.values()))} statements, {len(members)} claims")
    for claim_id, rows in members.items():
        if len(rows) > 1:
            print(f"  claim {claim_id}: {index.text(claim_id)!r}")
            for name, st, p in rows:
                stance = p.stance if p.decision == AUTO else p.new_claim_stance
                print(f"      {name} {st.speaker.name[:24]!r} {p.decision} {p.score:.2f} {stance}: {st.content[:60]!r}")


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.extracted:
        report_extracted(args.seeds)
        return
    pairs = load_pairs(args.pairs)
    statements = load_seed_statements(args.seeds_labels, args.seeds)
    print(f"{len(pairs)} pairs ({sum(p['same'] for p in pairs)} same), {len(statements)} seed statements")
    for name, score in methods(args.spacy).items():
        threshold = report_pairs(pairs, name, score, args.verbose)
        if name == "lexical+entity":
            threshold = AUTO_LINK
        report_seeds(statements, name, cluster(statements, score, threshold), threshold)
    linked = link_with_index(statements)
    report_index_run(statements, linked)
    if args.verbose:
        print_clusters(statements, [c for c, _ in linked])
    ok, total, wrong = stance_accuracy(pairs)
    print(f"stance on pairs (toward the labelled claim): {ok}/{total}")
    print("\n".join(wrong))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    fixtures = Path("tests/claims/linking/fixtures")
    parser.add_argument("--pairs", type=Path, default=fixtures / "pairs.jsonl")
    parser.add_argument("--seeds-labels", type=Path, default=fixtures / "seed_statements.json")
    parser.add_argument("--seeds", type=Path, default=Path("../shared/corpus/seeds"))
    parser.add_argument("--spacy", action="store_true", help="also measure spaCy vectors")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the seed claims")
    parser.add_argument("--extracted", action="store_true",
                        help="link the real extractor's statements from the seeds instead")
    return parser


if __name__ == "__main__":
    main()
