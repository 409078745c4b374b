"""An in-memory inverted index of claims: the reference for the database one.

A claim is indexed by several texts: its canonical text first, then the
contents of statements linked to it (up to MAX_TEXTS). A statement is scored
against each and the claim keeps its best score. Seed articles restate a
claim inside long, mixed sentences; matching any earlier wording of the
claim links them far better than matching the short canonical text alone
(docs/benchmarks/linking-method.md).

Retrieval never scans every claim. Each posting list holds at most
POSTING_CAP claim ids (the newest: a claim is restated while it is news), so
the work per statement is bounded by QUERY_TERMS * POSTING_CAP whatever the
number of claims; only the best CANDIDATES are then scored.

The database version does the same with (term, claim_id) rows: per query
term take at most POSTING_CAP newest claim ids, vote, score the best
CANDIDATES in Python with similarity() over their stored texts.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict, deque
from collections.abc import Hashable, Iterable

from .similarity import term_similarity
from .terms import weighted_terms

POSTING_CAP = 256
QUERY_TERMS = 32  # statements rarely have more; the cost is capped per term anyway
POSTING_BUDGET = 2048  # postings read per statement at most (plus the last term's)
CANDIDATES = 64
MAX_TEXTS = 16  # per claim: later restatements add little and cost scoring time


def _posting_list() -> deque:
    # A module-level factory, not a lambda, so that an index can be pickled.
    return deque(maxlen=POSTING_CAP)


def _query_terms(terms: dict[str, float], df: dict[str, int]) -> list[str]:
    """The rarest terms first, until their postings fill the budget: common terms add
    work (a full posting list each) and little evidence once rare ones have voted."""
    chosen, budget = [], POSTING_BUDGET
    for term in sorted((t for t in terms if df.get(t, 0) > 0), key=lambda t: (df[t], -terms[t])):
        if len(chosen) >= QUERY_TERMS or (budget <= 0 and chosen):
            break
        chosen.append(term)
        budget -= min(df[term], POSTING_CAP)
    return chosen


class LinkSearch:
    """The retrieval and scoring algorithm, over any store of claim texts: the
    in-memory LinkIndex below, or the database one (claims.linkstore). A store
    answers five questions, each for many terms or claims at once."""

    def claim_count(self) -> int:
        raise NotImplementedError

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """Claims per term (uncapped), for the given terms; absent terms may be left out."""
        raise NotImplementedError

    def postings(self, terms: list[str]) -> dict[str, list[Hashable]]:
        """For each term, at most POSTING_CAP claim ids, the newest."""
        raise NotImplementedError

    def claim_terms(self, claim_ids: list[Hashable]) -> dict[Hashable, list[dict[str, float]]]:
        """The weighted terms of each text a claim is indexed by."""
        raise NotImplementedError

    def text(self, claim_id: Hashable) -> str:
        """The claim's first text, its canonical wording."""
        raise NotImplementedError

    def best(self, statement_text: str, k: int = 5) -> list[tuple[Hashable, float]]:
        """The k claims most similar to the statement, best first, score > 0."""
        terms = weighted_terms(statement_text)
        ranked = self.candidates(terms)
        indexed = self.claim_terms(ranked)
        scored = [(cid, max(term_similarity(terms, t) for t in indexed[cid])) for cid in ranked if indexed.get(cid)]
        scored = [pair for pair in scored if pair[1] > 0]
        scored.sort(key=lambda pair: -pair[1])
        return scored[:k]

    def candidates(self, terms: dict[str, float]) -> list[Hashable]:
        """Claim ids sharing the statement's rarest terms, most promising first."""
        df = self.document_frequencies(terms)
        query = _query_terms(terms, df)
        total = self.claim_count()
        votes: Counter = Counter()
        for term, claim_ids in self.postings(query).items():
            weight = terms[term] * math.log(1 + total / df[term])
            for claim_id in claim_ids:
                votes[claim_id] += weight
        return [cid for cid, _ in votes.most_common(CANDIDATES)]


class LinkIndex(LinkSearch):
    """The in-memory store: the reference for the database one, and for tests."""

    def __init__(self) -> None:
        self._texts: dict[Hashable, list[str]] = {}
        self._terms: dict[Hashable, list[dict[str, float]]] = {}
        self._postings: dict[str, deque] = defaultdict(_posting_list)
        self._df: Counter[str] = Counter()  # claims per term, uncapped

    def __len__(self) -> int:
        return len(self._texts)

    def __contains__(self, claim_id: Hashable) -> bool:
        return claim_id in self._texts

    def add(self, claim_id: Hashable, text: str) -> None:
        """Index one more text for a claim: its canonical text first, then the
        content of each statement linked to it."""
        texts = self._texts.setdefault(claim_id, [])
        if len(texts) >= MAX_TEXTS:
            return
        known = set().union(*self._terms.get(claim_id, []))
        terms = weighted_terms(text)
        texts.append(text)
        self._terms.setdefault(claim_id, []).append(terms)
        for term in terms.keys() - known:
            self._postings[term].append(claim_id)
            self._df[term] += 1

    def replace(self, claim_id: Hashable, texts: list[str]) -> None:
        """Re-index a claim from scratch: after an edit, a merge or a split."""
        self.remove(claim_id)
        for text in texts:
            self.add(claim_id, text)

    def remove(self, claim_id: Hashable) -> None:
        # O(POSTING_CAP) per term: removal is rare (merges, edits).
        self._texts.pop(claim_id, None)
        for term in set().union(*self._terms.pop(claim_id, [])):
            self._df[term] -= 1
            if claim_id in self._postings[term]:
                self._postings[term].remove(claim_id)

    def text(self, claim_id: Hashable) -> str:
        return self._texts[claim_id][0]

    def claim_count(self) -> int:
        return len(self._texts)

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        return {t: self._df[t] for t in terms if self._df[t] > 0}

    def postings(self, terms: list[str]) -> dict[str, list[Hashable]]:
        return {t: list(self._postings[t]) for t in terms}

    def claim_terms(self, claim_ids: list[Hashable]) -> dict[Hashable, list[dict[str, float]]]:
        return {cid: self._terms[cid] for cid in claim_ids if cid in self._terms}
