"""How much a statement states the same proposition as a claim, in [0, 1].

The score does not depend on what else is in the index (no corpus IDF), so a
score recorded on a link can be recomputed later and the thresholds keep
their meaning as the database grows.
"""

from __future__ import annotations

from .terms import ENTITY_WEIGHT, PREDICATE_WEIGHT, weighted_terms

# Claim coverage counts more than statement coverage: statements are clauses
# cut from news prose and carry extra material ("within hours of ..., the
# ministry contacted SpaceX"); a claim is a short proposition that should be
# wholly present in a statement that makes it.
BETA = 1.5
# A pair that shares only actors and places ("Musk", "Putin", "Starlink")
# shares no predicate; it is at most a weak suggestion.
NO_PREDICATE_FACTOR = 0.4
# A claim's actor or place replaced by another ("sold to Poland" against
# "sold to Russia", "Ukrainian drones" against "Russian drones") is a
# different proposition even when every other word matches.
ENTITY_CONFLICT_FACTOR = 0.55


def similarity(statement_text: str, claim_text: str) -> float:
    return term_similarity(weighted_terms(statement_text), weighted_terms(claim_text))


def term_similarity(statement: dict[str, float], claim: dict[str, float]) -> float:
    """similarity() on terms already computed, as the index holds them."""
    shared = statement.keys() & claim.keys()
    if not shared:
        return 0.0
    overlap = sum(min(statement[t], claim[t]) for t in shared)
    precision = overlap / sum(statement.values())
    recall = overlap / sum(claim.values())
    score = (1 + BETA**2) * precision * recall / (BETA**2 * precision + recall)
    if not any(claim[t] >= PREDICATE_WEIGHT for t in shared):
        score *= NO_PREDICATE_FACTOR
    if _entities(claim) - shared and _entities(statement) - shared:
        score *= ENTITY_CONFLICT_FACTOR
    return round(score, 4)


def _entities(terms: dict[str, float]) -> set[str]:
    return {t for t, w in terms.items() if w == ENTITY_WEIGHT and not t[0].isdigit()}


def jaccard(statement_text: str, claim_text: str) -> float:
    """The baseline the method was measured against (docs/benchmarks/linking-method.md)."""
    a, b = set(weighted_terms(statement_text)), set(weighted_terms(claim_text))
    return len(a & b) / len(a | b) if a | b else 0.0
