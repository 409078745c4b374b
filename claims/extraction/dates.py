"""When the text dates an utterance ("said on Sunday", "said last month"):
the words as the text gives them, and the date they name, resolved against
the article's publication date when it is known.

Only the cue's own clause is read: in "said Trump would visit on Monday" the
Monday dates the visit, not the saying. A date that is a period (a week, a
month, a year) is given as its first day with its precision.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from .attribution import Attribution, doc_entities, doc_text

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_NUMBERS = {m: n for n, m in enumerate(_MONTHS, 1)} | {m[:3]: n for n, m in enumerate(_MONTHS, 1)} | {"sept": 9}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}

# Dependents that carry what is attributed or who speaks: nothing under them
# dates the utterance.
_NOT_SETTING = {"ccomp", "xcomp", "csubj", "nsubj", "nsubjpass", "dobj", "advcl", "relcl", "acl",
                "conj", "parataxis", "dative", "attr", "oprd", "appos", "mark", "punct"}
# How far below the cue a date's words may sit: "said" > "in" > "statement" > "on" > "Sunday".
_DEPTH = 4

_WEEKDAY = "|".join(_WEEKDAYS)
_MONTH = r"(?P<month>%s)\.?" % "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"


@dataclass(frozen=True)
class SaidOn:
    day: date  # the day, or the first day of the period
    precision: str  # day, week, month, year


@dataclass(frozen=True)
class SaidWhen:
    words: str  # "on Sunday", "earlier this week", as the text gives them
    span: tuple[int, int]
    said_on: SaidOn | None  # None when the words need a publication date the article lacks


def said_when(doc: Doc, a: Attribution, published: date | None) -> SaidWhen | None:
    """The dating words in the cue's clause, if any, with the date they name:
    the first phrase that resolves, else the first that dates at all (relative
    dates need ``published``; "on Sunday" in an undated article is kept as
    words for an editor to read)."""
    cue = _cue_verb(doc, a)
    if cue is None:
        return None
    first = None
    for start, phrase in _setting_phrases(doc, cue, a.content):
        reading = _reading(phrase, published)
        if reading is None:
            continue
        (s, e), found = reading
        when = SaidWhen(phrase[s:e], (start + s, start + e), found)
        if found is not None:
            return when
        first = first or when
    return first


def _cue_verb(doc: Doc, a: Attribution) -> Token | None:
    if a.cue_head is None or a.kind not in ("verb", "quote", "continuation"):
        return None
    verb = doc[a.cue_head]
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _setting_phrases(doc: Doc, cue: Token, content: list) -> list[tuple[int, str]]:
    """Runs of adjacent words that hang from the cue (not from its content),
    each widened to any DATE entity it touches, with where each starts."""
    picked = sorted(_setting_tokens(cue, content, _DEPTH))
    runs: list[list[int]] = []
    for i in picked:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    phrases = []
    for run in runs:
        start, end = doc[run[0]].idx, doc[run[-1]].idx + len(doc[run[-1]])
        start, end = _widen_to_dates(doc, start, end, content)
        phrases.append((start, doc_text(doc)[start:end]))
    return phrases


def _setting_tokens(head: Token, content: list, depth: int) -> set[int]:
    out: set[int] = set()
    if depth == 0:
        return out
    for child in head.children:
        if child.dep_ in _NOT_SETTING or _inside(child.idx, content):
            continue
        out.add(child.i)
        out |= _setting_tokens(child, content, depth - 1)
    return out


def _widen_to_dates(doc: Doc, start: int, end: int, content: list) -> tuple[int, int]:
    """spaCy's DATE entities mend a parse that scattered "March 3, 2025" over
    several heads; an entity that reaches into the content is not widened to."""
    for ent in doc_entities(doc):
        if ent.label_ != "DATE" or ent.end_char <= start or ent.start_char >= end:
            continue
        if not any(_inside(pos, content) for pos in (ent.start_char, ent.end_char - 1)):
            start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end


def _inside(pos: int, content: list) -> bool:
    return any(s <= pos < e for s, e in content)


def resolve(phrase: str, published: date | None) -> SaidOn | None:
    """A date expression found in ``phrase``, resolved against ``published``.
    Explicit dates with a year resolve without it; relative ones do not."""
    reading = _reading(phrase, published)
    return reading[1] if reading else None


def _reading(phrase: str, published: date | None) -> tuple[tuple[int, int], SaidOn | None] | None:
    """Where in ``phrase`` a date expression stands, with the preposition
    before it ("on Sunday", "in March"), and the date it names: the first rule
    that resolves, else the first that matches, unresolved."""
    unresolved = None
    for rule in _RULES:
        m = rule.pattern.search(phrase)
        if m is None:
            continue
        lead = _LEAD.search(phrase, 0, m.start())
        words = (lead.start() if lead else m.start()), m.end()
        found = rule.resolve(m, published) if published is not None or rule.absolute else None
        if found is not None:
            return words, found
        unresolved = unresolved or (words, None)
    return unresolved


_LEAD = re.compile(r"\b(?:on|in|during|since|until|by)\s+$", re.IGNORECASE)


# --- the rules, most specific first ------------------------------------------


def _explicit_day(m, published):
    month, day, year = _MONTH_NUMBERS[m["month"].lower()], int(m["day"]), m.groupdict().get("year")
    if year:
        return _day_or_none(int(year), month, day)
    found = _day_or_none(published.year, month, day)
    if found is not None and found.day > published:
        # "on December 30" in a January article: last year's.
        found = _day_or_none(published.year - 1, month, day)
    return found


def _day_or_none(year: int, month: int, day: int) -> SaidOn | None:
    try:
        return SaidOn(date(year, month, day), "day")
    except ValueError:  # "February 30"
        return None


def _month_period(m, published):
    month, year = _MONTH_NUMBERS[m["month"].lower()], m.groupdict().get("year")
    if year:
        return SaidOn(date(int(year), month, 1), "month")
    year = published.year
    if month > published.month or (m.groupdict().get("last") and month == published.month):
        year -= 1
    return SaidOn(date(year, month, 1), "month")


def _year(m, published):
    return SaidOn(date(int(m["year"]), 1, 1), "year")


def _weekday(m, published):
    back = (published.weekday() - _WEEKDAYS.index(m["weekday"].lower())) % 7
    if m["last"] and back == 0:
        back = 7  # "last Tuesday" in a Tuesday article is a week ago
    return SaidOn(published - timedelta(days=back), "day")


def _ago(m, published):
    count = m["count"].lower()
    count = int(count) if count.isdigit() else _NUMBERS[count]
    return _shift(published, m["period"].lower(), -count) if count else None


def _relative_period(m, published):
    return _shift(published, m["period"].lower(), -1 if m["which"].lower() == "last" else 0)


def _shift(published: date, period: str, n: int) -> SaidOn:
    """The ``period`` ``n`` periods away from the one holding ``published``."""
    if period == "day":
        return SaidOn(published + timedelta(days=n), "day")
    if period == "week":
        monday = published - timedelta(days=published.weekday())
        return SaidOn(monday + timedelta(weeks=n), "week")
    if period == "month":
        months = published.year * 12 + published.month - 1 + n
        return SaidOn(date(months // 12, months % 12 + 1, 1), "month")
    return SaidOn(date(published.year + n, 1, 1), "year")


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern  # on the phrase as the text gives it: any case, any run of spaces
    resolve: Callable[[re.Match, date | None], SaidOn | None]
    absolute: bool = False  # needs no publication date


def _rule(pattern: str, resolve, absolute: bool = False) -> _Rule:
    pattern = (r"\b" + pattern + r"\b").replace(" ", r"\s+")
    return _Rule(re.compile(pattern, re.IGNORECASE), resolve, absolute)


_COUNT = r"(?P<count>\d+|%s)" % "|".join(_NUMBERS)
_RULES = (
    _rule(rf"{_MONTH} {_DAY},? {_YEAR}", _explicit_day, absolute=True),
    _rule(rf"{_DAY} (?:of )?{_MONTH},? {_YEAR}", _explicit_day, absolute=True),
    _rule(rf"{_MONTH} {_DAY}", _explicit_day),
    _rule(rf"{_DAY} (?:of )?{_MONTH}", _explicit_day),
    _rule(rf"{_MONTH} {_YEAR}", _month_period, absolute=True),
    _rule(rf"(?:in|during) {_YEAR}", _year, absolute=True),
    _rule(rf"{_COUNT} (?P<period>day|week|month|year)s? ago", _ago),
    _rule(r"yesterday|last night", lambda m, published: _shift(published, "day", -1)),
    _rule(r"today|tonight|this (?:morning|afternoon|evening)", lambda m, published: _shift(published, "day", 0)),
    _rule(r"(?P<which>last|this|earlier this) (?P<period>week|month|year)", _relative_period),
    _rule(rf"(?P<last>last )?(?P<weekday>{'|'.join(_WEEKDAYS)})", _weekday),
    _rule(rf"(?:in|during|(?P<last>last)) {_MONTH}", _month_period),
)
