"""Linking statements to claims: plain Python, no Django, no ORM.

    terms = claim_key_terms(text)              # what a DB inverted index stores
    score = similarity(statement_text, claim_text)
    stance = stance_toward(statement_text, claim_text, cue="denied")
    text = canonical_text(content, speaker="Elon Musk")
    text = canonical_text_for_claim([(content, speaker), ...])  # once several restate it
    index = LinkIndex(); index.add(7, text); index.best(statement_text, k=5)
    proposal = propose_link(index, content, cue=cue, speaker=speaker)
    proposal = propose_statement_link(index, extracted_statement)  # the same, from the extractor
    index.add(claim_id, linking_text(extracted_statement))         # after linking it

See docs/benchmarks/linking-method.md for how the method and thresholds
were chosen.
"""

from .canonical import canonical_text, canonical_text_for_claim
from .decide import (
    AUTO,
    AUTO_LINK,
    LINKER_VERSION,
    METHOD,
    NEW,
    SUGGEST,
    SUGGEST_LINK,
    LinkProposal,
    attributed_words,
    link_decision,
    propose_link,
    linking_text,
    propose_statement_link,
)
from .index import LinkIndex
from .similarity import similarity
from .stance import ASSERTS, DENIES, DISPUTES, HEDGES, QUESTIONS, stance_toward
from .terms import claim_key_terms

__all__ = [
    "ASSERTS", "AUTO", "AUTO_LINK", "DENIES", "DISPUTES", "HEDGES", "LINKER_VERSION",
    "METHOD", "NEW", "QUESTIONS", "SUGGEST", "SUGGEST_LINK", "LinkIndex",
    "LinkProposal", "attributed_words", "canonical_text", "canonical_text_for_claim", "claim_key_terms", "link_decision", "linking_text",
    "propose_link", "propose_statement_link", "similarity", "stance_toward",
]
