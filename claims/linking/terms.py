"""Text to index terms: tokens, a small stemmer, synonym and entity folding.

Pure Python on purpose: the same function runs when a claim is stored (to
fill the database's inverted index) and when a statement is linked, so it
must be cheap, deterministic and free of model versions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon

ENTITY_WEIGHT = 0.6  # actors and places: same actors is not same proposition
SLOT_WEIGHT = 0.8  # frequency slot: it matches, its value is compared by stance
NUMBER_WEIGHT = 0.6
PREDICATE_WEIGHT = 1.0

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": " - ", "\u2014": " - ", "\u00a0": " "})
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*")
_MAX_PHRASE = max(len(p.split()) for p in lexicon.PHRASES)
_PHRASES = {tuple(p.split()): term for p, term in lexicon.PHRASES.items()}
_PHRASE_STARTS = {words[0] for words in _PHRASES}


@dataclass(frozen=True)
class Token:
    text: str  # lower-cased, possessive removed
    capitalised: bool  # capitalised where a sentence does not start


def normalise(text: str) -> str:
    return text.translate(_QUOTES)


def tokens(text: str) -> list[Token]:
    text = normalise(text)
    words = [(m.group(), _starts_sentence(text, m.start())) for m in _TOKEN.finditer(text)]
    names = {w.lower() for w, starts in words if w[0].isupper() and not starts}
    out = []
    for i, (word, starts) in enumerate(words):
        lowered = word.lower()
        if lowered.endswith("'s"):
            lowered = lowered[:-2]
        if word == "US":  # the country, not the pronoun
            lowered = "usa"
        out.append(Token(lowered, word[0].isupper() and _is_name(words, i, names)))
    return out


def _starts_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 8) : at].rstrip()
    return not before or before[-1] in '.!?:"'


def _is_name(words: list[tuple[str, bool]], i: int, names: set[str]) -> bool:
    # A capital at the start of a sentence says nothing, unless the word is
    # capitalised elsewhere too or the next word is ("Anna Berg said").
    word, starts = words[i]
    if not starts or word.lower() in names:
        return True
    following = words[i + 1][0] if i + 1 < len(words) else ""
    return following[:1].isupper()


def stem(word: str) -> str:
    """A light suffix stripper: consistent, not linguistically exact.

    "use", "uses", "used", "using" all become "us"; the synonym table is keyed
    by these stems.
    """
    if word in lexicon.IRREGULAR:
        return lexicon.IRREGULAR[word]
    if len(word) <= 3 or word.isdigit():
        return word
    word = _strip_plural(word)
    word = _strip_verb_suffix(word)
    word = _strip_derivation(word)
    if word.endswith("e") and len(word) > 2:
        word = word[:-1]
    return word


def _strip_plural(word: str) -> str:
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _strip_verb_suffix(word: str) -> str:
    for suffix in ("ingly", "ing", "edly", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "running" -> "run", but "selling" -> "sell"
            return word
    return word


def _strip_derivation(word: str) -> str:
    if word.endswith("ation") and len(word) > 7:
        return word[:-3]  # "activation" -> "activat", as "activate" becomes
    if word.endswith("ction") and len(word) > 6:
        return word[:-3]
    if word.endswith("ment") and len(word) > 7:
        return word[:-4]  # "deployment" -> "deploy"
    if word.endswith("ly") and len(word) > 5:
        return word[:-2]
    return word


def _stem_name(word: str) -> str:
    # Names keep their letters ("Shahed" is not a past tense); only plurals go.
    if word in lexicon.IRREGULAR:
        return lexicon.IRREGULAR[word]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word


def _fold(token: Token) -> tuple[str, float] | None:
    word = token.text
    if word in lexicon.FREQUENCY:
        return lexicon.FREQUENCY_TERM, SLOT_WEIGHT
    if word in lexicon.STOPWORDS or word.endswith("n't") or len(word) < 2:
        return None
    if word[0].isdigit():
        return word, NUMBER_WEIGHT
    stemmed = _stem_name(word) if token.capitalised or word in lexicon.KNOWN_ENTITIES else stem(word)
    term = lexicon.SYNONYMS.get(stemmed, stemmed)
    if term in lexicon.STOPWORDS:
        return None
    entity = term in lexicon.KNOWN_ENTITIES or token.capitalised
    return term, ENTITY_WEIGHT if entity else PREDICATE_WEIGHT


def weighted_terms(text: str) -> dict[str, float]:
    """Folded terms with their weight; a term met twice keeps its highest weight."""
    found: dict[str, float] = {}
    toks = tokens(text)
    dated = _dating_units(toks)
    i = 0
    while i < len(toks):
        term, width = _phrase_at(toks, i)
        if term is not None:
            weight = ENTITY_WEIGHT if term in lexicon.KNOWN_ENTITIES else PREDICATE_WEIGHT
            pair = (term, weight)
        else:
            pair = None if i in dated else _fold(toks[i])
        if pair is not None:
            found[pair[0]] = max(found.get(pair[0], 0.0), pair[1])
        i += width
    return found


def _dating_units(toks: list[Token]) -> set[int]:
    """Positions of time units that date a statement ("over the past few years",
    "last week", "two years ago"), as against a duration that can be the
    proposition ("closed for four weeks")."""
    found = set()
    for i, tok in enumerate(toks):
        if tok.text not in lexicon.TIME_UNITS:
            continue
        anchored = any(t.text in lexicon.TIME_ANCHORS for t in toks[max(0, i - 2) : i])
        if anchored or (i + 1 < len(toks) and toks[i + 1].text == "ago"):
            found.add(i)
    return found


def _phrase_at(toks: list[Token], i: int) -> tuple[str | None, int]:
    if toks[i].text not in _PHRASE_STARTS:
        return None, 1
    for width in range(_MAX_PHRASE, 1, -1):
        key = tuple(t.text for t in toks[i : i + width])
        if len(key) == width and key in _PHRASES:
            return _PHRASES[key], width
    return None, 1


def claim_key_terms(text: str) -> list[str]:
    """The normalised terms a database inverted index stores for a claim."""
    return list(weighted_terms(text))
