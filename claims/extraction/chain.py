"""Nesting of attributions and the chain of hops, outermost first."""

from __future__ import annotations

from .attribution import Attribution
from .lexicon import REQUEST_VERBS
from .stance import is_wish
from .types import Hop, Speaker

_PAST = {
    "say": "said", "tell": "told", "write": "wrote", "think": "thought", "find": "found",
    "feel": "felt", "know": "knew", "according to": "according to", "show": "showed",
    "learn": "learned", "reportedly": "reportedly", "allegedly": "allegedly",
    "supposedly": "supposedly", "purportedly": "purportedly", "apparently": "apparently",
}


def link_parents(attributions: list[Attribution]) -> None:
    """An attribution whose cue sits inside another's content is nested in it;
    the tightest enclosing content wins."""
    _separate_same_speaker(attributions)
    for a in attributions:
        if a.extra.get("aside"):
            continue  # ", linked by the Justice Department to ...": the writer's, not the report's
        # The article's own hedge ("reportedly") never reports someone else's cue.
        enclosing = [b for b in attributions if b is not a and b.covers(a.cue[0])
                     and not _same_words(a, b) and b.kind != "hedge"]
        enclosing = [b for b in enclosing if a not in ancestry(b)]
        if enclosing:
            a.parent = min(enclosing, key=lambda b: b.end - b.start)
        # "Ada supposedly said ...": the article's own hedge on the cue reports
        # her words from somebody it does not name. (Inside a report, "Putin
        # allegedly asked", the act stays the report's content.)
        hedge = next((b for b in attributions if b.kind == "hedge" and a.kind != "hedge"
                      and a.cue_head is not None and b.extra.get("modifies") == a.cue_head), None)
        if hedge is not None and a.parent is None and a not in ancestry(hedge):
            if is_wish(a.lemma):
                # "Xi supposedly doesn't want Starlink in Taiwan": Xi said nothing;
                # somebody unnamed says what he wants, and that is the claim.
                a.extra["folded"] = True
                continue
            a.parent = hedge
            hedge.extra["carries"] = True


def _separate_same_speaker(attributions: list[Attribution]) -> None:
    """"X said A, adding that B": the second cue is X speaking again, not X
    reporting on X, so the first content stops where the second cue starts."""
    for a in attributions:
        if a.source_head is None or a.kind != "verb":
            continue
        for b in attributions:
            if b is not a and b.source_head == a.source_head and b.covers(a.cue[0]) and b.cue[0] < a.cue[0] \
                    and a.extra.get("complement_of") != b.cue_head:
                clip_before(b, _clause_start(a))


def _clause_start(a: Attribution) -> int:
    return min(a.cue[0], a.source[0]) if a.source and a.source[0] > a.cue[0] - 40 else a.cue[0]


def clip_before(b: Attribution, pos: int) -> None:
    clipped = []
    for s, e in b.content:
        if s >= pos:
            break
        clipped.append((s, min(e, pos)))
    text_end = clipped[-1] if clipped else None
    if text_end and text_end[1] > text_end[0]:
        b.content = clipped
        b.extra["clipped_at"] = pos


def _same_words(a: Attribution, b: Attribution) -> bool:
    # A continuation quote shares its cue with the statement it continues.
    return a.cue == b.cue


def ancestry(a: Attribution) -> list[Attribution]:
    path, seen = [], set()
    while a is not None and id(a) not in seen:
        seen.add(id(a))
        path.append(a)
        a = a.parent
    return list(reversed(path))


def relation_of(a: Attribution) -> str:
    if a.kind == "continuation":
        return relation_of(a.extra["continues"])
    if a.kind == "colon":
        return "said" if a.lemma == ":" else past_tense(a.lemma)  # "Putin Pressures Musk: ..."
    if a.kind == "noun":
        return "reported" if a.lemma == "report" else a.lemma
    return past_tense(a.lemma)


def past_tense(lemma: str) -> str:
    """The relation a cue verb names: "said", "reported", "made a call for"."""
    if lemma in _PAST:
        return _PAST[lemma]
    if lemma.startswith("make "):
        return "made " + lemma[5:]  # "made a call for", "made it clear"
    if lemma == "report" or (lemma in ("reveal", "publish")):
        return "reported"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    if _doubles_last_consonant(lemma):
        return lemma + lemma[-1] + "ed"  # "slammed", "planned", "admitted"
    return lemma + ("d" if lemma.endswith("e") else "ed")


_VOWELS = "aeiou"
# Longer verbs stressed on the last syllable double it too, as do "qu" verbs.
_ALSO_DOUBLED = {"admit", "commit", "permit", "submit", "omit", "refer", "prefer", "regret", "rebut",
                 "compel", "propel", "control", "patrol", "occur", "deter", "abet", "allot", "concur",
                 "quip", "quiz"}


def _doubles_last_consonant(verb: str) -> bool:
    """"slam", "plan", "stop": one syllable ending in a single vowel and a
    consonant (not w, x or y); "visit", "open" and "say" do not."""
    if verb in _ALSO_DOUBLED:
        return True
    if len(verb) < 3 or " " in verb or verb[-1] in _VOWELS + "wxy" or verb[-2] not in _VOWELS \
            or verb[-3] in _VOWELS:
        return False
    return sum(1 for i, c in enumerate(verb) if c in _VOWELS and (i == 0 or verb[i - 1] not in _VOWELS)) == 1


# The hop relations of requests ("asked", "urged"): see lexicon.REQUEST_VERBS.
REQUEST_RELATIONS = frozenset(past_tense(v) for v in REQUEST_VERBS)


def hops_for(path: list[Attribution], outlet: str | None, hedges=()) -> list[Hop]:
    """Outlet first, then each report, with an unnamed hop where the article
    says "reportedly" inside a report ("according to the WSJ, X reportedly ...")."""
    hops = [Hop(name=outlet, kind="outlet", relation="published")] if outlet else []
    for a in path:
        speaker: Speaker = a.speaker
        hops.append(Hop(name=speaker.name, kind=speaker.kind, relation=relation_of(a),
                        mention=speaker.mention, cue_span=a.cue, content_span=(a.start, a.end)))
        # One unnamed hop per report, however many times it says "reportedly".
        h = next((h for h in hedges if h.parent is a), None)
        if h is not None:
            hops.append(Hop(name=h.speaker.name, kind="unnamed", relation=relation_of(h),
                            cue_span=h.cue, content_span=(h.start, h.end)))
    return hops
