"""Where something was said: a platform ("wrote on X", "in a Facebook post")
or a venue phrase in the article's own words ("at a press conference", "in an
interview with CNN")."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import PLATFORMS, VENUE_NOUNS

# Venue nouns beyond the lexicon's: the last word of the phrases that set a
# scene for speaking rather than name a thing said.
_MORE_VENUES = {"appearance", "call", "event", "show", "programme", "program", "remarks", "sitting",
                "forum", "panel", "roundtable", "visit", "trip", "tour", "ceremony", "vigil", "testimony"}
_VENUES = VENUE_NOUNS | _MORE_VENUES
_SETTING_PREPS = ("on", "in", "during", "at")
# A venue phrase goes on after its noun only with one of these and a name:
# "an interview with CNN", "an appearance on Fox News", "a letter to Congress",
# "a meeting of EU ministers".
_NAMED_AFTER = ("with", "on", "to", "for", "before", "of")
_MAX_CHARS = 60


def platform_of(verb: Token) -> str | None:
    """The platform ("X", "Facebook") or the venue phrase ("a Cabinet meeting")
    of a speech verb, from the prepositions that hang from it."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS):
        found = _platform_in(prep) or _venue_in(prep)
        if found:
            return found
    return None


def _platform_in(tok: Token) -> str | None:
    """"on Truth Social", "in a post on X", "in a Facebook post"; not under
    another preposition ("an interview with Facebook's founder")."""
    name = _platform_name(tok)
    if name:
        return name
    for child in tok.children:
        if child.dep_ != "prep" or child.lower_ in ("on", "in"):
            name = _platform_in(child)
            if name:
                return name
    return None


def _platform_name(tok: Token) -> str | None:
    if not tok.text[:1].isupper():
        return None
    if tok.i > 0 and f"{tok.nbor(-1).lower_} {tok.lower_}" in PLATFORMS:
        return PLATFORMS[f"{tok.nbor(-1).lower_} {tok.lower_}"]  # "Truth Social"
    return PLATFORMS.get(tok.lower_.rstrip("."))


def _venue_in(prep: Token) -> str | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    noun = obj if is_venue(obj) else obj.right_edge
    if not is_venue(noun) or (noun.i != obj.i and any(t.pos_ == "VERB" for t in obj.subtree)):
        # The right edge rescues "in his State of the Union address", which
        # the parser heads with "State"; a clause in between is no venue.
        return None
    doc = noun.doc
    start = obj.left_edge.i
    end = _named_tail_end(noun) or noun.i + 1
    phrase = doc[start:end].text
    if len(phrase) > _MAX_CHARS:
        phrase = doc[start:noun.i + 1].text
    return phrase if len(phrase) <= _MAX_CHARS else noun.text


def is_venue(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in _VENUES or tok.lower_ in _VENUES)


def _named_tail_end(noun: Token) -> int | None:
    """The end of "with CNN" in "an interview with CNN": a name right after the noun."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.i != noun.i + 1 or prep.lower_ not in _NAMED_AFTER:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and prep.lower_ == "of" and obj.pos_ == "NOUN" \
                and any(t.pos_ == "PROPN" for t in obj.subtree):
            return obj.right_edge.i + 1  # "a meeting of EU foreign ministers": "a meeting" alone says nothing
        if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ not in ("DATE", "TIME"):
            end = obj.i + 1
            while end < len(noun.doc) and noun.doc[end].pos_ == "PROPN" and noun.doc[end].head.i == obj.i:
                end += 1
            return end
    return None
