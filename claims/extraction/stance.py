"""How a statement relates to what it reports: asserts, denies, disputes,
questions, or hedges (the article itself keeps its distance); and the words
that say so, recorded as stance cues (denials, disputes, confirmations, hedges)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .attribution import Attribution
from .lexicon import DENIAL_PHRASES, DENIAL_VERBS, DISPUTE_VERBS, HEDGE_WORDS
from .types import Span, StanceCue

_QUESTION_VERBS = {"question", "wonder", "doubt"}
_HEDGE_RE = re.compile(r"\b(" + "|".join(HEDGE_WORDS) + r")\b", re.IGNORECASE)
_DENIAL_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in DENIAL_PHRASES) + r")\b", re.IGNORECASE)
# A restriction offered against a larger claim: "only spoke once", "through
# Sunday only", "just twice", "no more than two". "Only" alone is not enough
# ("meant for peaceful use only", "the only way"): it must bound a count or a
# time ("once", a number, a weekday, "a week") on one side or the other.
_COUNT = (r"(?:once|twice|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful"
          r"|a single|a (?:day|week|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
          r"|(?:\w+ )?(?:hours?|days?|weeks?|months?|years?)|today|tonight|tomorrow)")
_RESTRICTION_RE = re.compile(
    r"(?<!\bthe )(?<!\bnot )\bonly\b[^.;]{0,40}?\bonce\b"
    rf"|(?<!\bthe )(?<!\bnot )\bonly (?:(?:for|until|till|through|on|in|about|a) )?{_COUNT}\b"
    rf"|\b(?:for|until|till|through|on|by|in) (?:the )?{_COUNT} only\b"
    r"|\bjust (?:once|twice)\b|\b(?:no|not) more than\b|\bat (?:the )?most\b",
    re.IGNORECASE,
)
_ONLY_ONCE_RE = _RESTRICTION_RE  # the older name, kept for callers

# A report answering a claim ("described the allegations as false, insisting
# that no shipments have occurred"): content whose own clause says the event did
# not take place. Only read as a denial where the sentence or paragraph is
# already about a claim (allegations, reports, a denial); elsewhere "no
# casualties have occurred" is a plain report of a negative fact.
_NOT = r"(?:n[’']t| not| never)"
_NEGATED_EVENT_RE = re.compile(
    # The clause's own words, up to the first comma: "no X have occurred",
    # "(it) never happened", "did not sell any", "has never sold".
    r"^(?:that )?[^,;]{0,60}?(?P<neg>"
    r"\bno\b(?: \S+){1,8}? (?:ha(?:ve|s|d) (?:ever )?)?(?:occurred|happened|taken place|took place|existed)"
    r"|(?<!\bwho )(?<!\bwhich )\bnever (?:\w+ly )?\w+"
    rf"|\b(?:did|does|do|had|has|have){_NOT}(?: ever)? \w+\b[^,;]{{0,40}}\bany\b"
    rf"|\b(?:did|does|do){_NOT} (?:happen|occur|take place|exist)\b)",
    re.IGNORECASE,
)
_DENIAL_CONTEXT_RE = re.compile(
    r"\b(?:den(?:y|ies|ied|ial|ials)|false|untrue|allegations?|alleged|claims?|claimed|rumou?rs?"
    r"|reports?|reported|accus\w+|rejected|dismissed|refuted)\b",
    re.IGNORECASE,
)


def negated_event(content: str, context: str) -> re.Match | None:
    """The words that say the reported event did not happen, when ``context``
    (the paragraph up to the content) shows that a claim is being answered."""
    if not _DENIAL_CONTEXT_RE.search(context):
        return None
    return _NEGATED_EVENT_RE.search(content)


def stance_of(lemmas: list[str], content: str, hedged_by_article: bool,
              negated: bool = False, context: str = "") -> str:
    """lemmas: the cue lemmas of the chain, outermost first. ``negated``: the
    cue itself is negated ("did not confirm", "does not believe"): a negated
    saying, denial or confirmation ("did not say", "did not deny") leaves the
    claim open (questions); a negated belief or finding ("does not believe",
    "did not find") speaks against its content (disputes). A negated wish
    ("doesn't want the ferry sold") says nothing of whether the content is
    true: the cue carries the negation and the statement is read as any other.
    ``context``: the paragraph before the content, for denials of an event."""
    cue = lemmas[-1] if lemmas else ""
    if negated and not is_wish(cue):
        return "questions" if leaves_open_when_negated(cue) else "disputes"
    if set(lemmas) & DENIAL_VERBS or _DENIAL_RE.search(content) or negated_event(content, context):
        return "denies"
    if set(lemmas) & DISPUTE_VERBS or _RESTRICTION_RE.search(content):
        return "disputes"
    if cue in _QUESTION_VERBS:
        return "questions"
    if hedged_by_article:
        return "hedges"
    return "asserts"


def leaves_open_when_negated(lemma: str) -> bool:
    return lemma in DENIAL_VERBS | CONFIRMATION_VERBS | _PLAIN_SAYING


def is_wish(lemma: str) -> bool:
    """"want", "hope", "plan": what the speaker would have happen, not what
    the speaker holds true, so negating it disputes nothing."""
    return lemma in _WISHES


_WISHES = {"want", "wish", "hope", "intend", "plan", "seek", "aim", "like", "prefer", "mean"}


_PLAIN_SAYING = {"say", "state", "claim", "tell", "report", "write", "announce"}


def hedges_in(*texts: str) -> list[str]:
    found: list[str] = []
    for text in texts:
        for m in _HEDGE_RE.finditer(text):
            word = m.group(1).lower()
            if word not in found:
                found.append(word)
    return found


# A confirmation is an assertion (the schema has no "confirms" stance), but it
# is the evidence editors look for first, so its words are recorded.
CONFIRMATION_VERBS = {"confirm", "corroborate", "verify", "acknowledge"}
_CONFIRMATION_RE = re.compile(
    r"\b(?:confirm(?:s|ed|ing)?|corroborat(?:e|es|ed|ing)|verif(?:y|ies|ied|ying)|acknowledg(?:e|es|ed|ing))"
    r"(?: that)?\b"
    r"|\b(?:is|was|are|were|it's|that's) (?:indeed |absolutely |entirely |completely |all )?true\b"
    r"|\bdid (?:indeed |in fact )?(?:happen|take place|occur)\b",
    re.IGNORECASE,
)
# Words just before a confirmation that undo it: "did not confirm", "declined to
# verify", "could neither confirm", "asked whether it was true".
_UNDONE_RE = re.compile(
    r"\b(?:not|n't|never|no|neither|nor|cannot|unable to|declined to|refused to|yet to|without|whether|if)"
    r"\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_CUE_KINDS = {**dict.fromkeys(DENIAL_VERBS, "denial"), **dict.fromkeys(DISPUTE_VERBS, "dispute"),
              **dict.fromkeys(CONFIRMATION_VERBS, "confirmation")}
_CONTENT_RES = (("denial", _DENIAL_RE), ("dispute", _RESTRICTION_RE), ("confirmation", _CONFIRMATION_RE))


def stance_cues(text: str, path: list[Attribution], content: Span, hedged: Iterable[Span],
                extra: Iterable[StanceCue] = ()) -> list[StanceCue]:
    """The words that set the stance: denial, dispute and confirmation verbs of
    the chain's cues, the same kinds of phrase in the content, and hedge words
    in the ``hedged`` ranges (the cue, the content, the article's hedges);
    ``extra``: cues the caller found with context these words lack (a negated
    cue, an event denied in answer to a claim)."""
    found = [StanceCue(_CUE_KINDS[p.lemma], text[p.cue[0]:p.cue[1]], p.cue) for p in path
             if p.lemma in _CUE_KINDS and not _undone(text, p.lemma, p.cue[0])]
    found += list(extra)
    for kind, regex in _CONTENT_RES:
        found += [StanceCue(kind, m.group(0), m.span()) for m in regex.finditer(text, *content)
                  if kind != "confirmation" or not _undone(text, "confirm", m.start())]
    for start, end in hedged:
        found += [StanceCue("hedge", m.group(0), m.span()) for m in _HEDGE_RE.finditer(text, start, end)]
    unique = {(c.span, c.kind): c for c in found}
    return sorted(unique.values(), key=lambda c: c.span)


def _undone(text: str, lemma: str, start: int) -> bool:
    # Only confirmations are checked: stance_of reads "did not deny" as a
    # denial, and the cues must say why the stance is what it is.
    return lemma in CONFIRMATION_VERBS and bool(_UNDONE_RE.search(text[max(0, start - 30):start]))
