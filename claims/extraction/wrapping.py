"""Spaces and line ends as the parser reads them: no-break spaces as spaces,
Windows and old Mac line ends as newlines, and hard-wrapped text (wire copy,
mail, plain-text exports) as prose.

A text wrapped at a fixed column breaks its sentences, and its quotes, across
lines. The parser and the quote finder read a line break as the end of
something, so such a text is read with each wrap joined: the newline becomes
a space. Every offset stays the same, and the text as received is kept
everywhere else.
"""

from __future__ import annotations

import re

# Too few long lines to tell a wrapping column from chance.
_MIN_LINES = 4
# Wrapped text fills its lines to the column: most lines that go on in the
# next one end within this many characters of the longest.
_RAGGED = 22
_SHARE_FULL = 0.6
# Nobody wraps prose narrower or wider than this: short lines are lists
# and notices, long ones paragraphs of their own.
_NARROWEST_WRAP = 40
_WIDEST_WRAP = 100
# A line that starts a list item or a speaker's line, not a wrapped one.
_LINE_START = re.compile(r"[ \t]*(?:[-*•–—>|]|\d+[.)][ \t]|[A-Z][\w.' -]{0,40}:[ \t])")


def read_lines(text: str) -> str:
    """text as the parser reads it (same length): spaces of every width made
    plain spaces, line ends made newlines, and hard wraps joined."""
    return unwrapped(unix_line_ends(text.translate(_PLAIN_SPACES)))


# No-break and fixed-width spaces (&nbsp; and its kin in HTML pages): the
# tokenizer keeps them as tokens of their own, which breaks up the parse.
_PLAIN_SPACES = str.maketrans(
    {c: " " for c in "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"})


# A run of line ends with a carriage return in it: \r\n, \r\n\r\n, a lone \r.
_CR_RUN = re.compile(r"[\r\n]*\r[\r\n]*")


def unix_line_ends(text: str) -> str:
    """`A.\r\n\r\nB` read as `A.  \n\nB`: each line end one newline, the
    carriage returns left as spaces before them, so that a blank line is two
    newlines side by side and every word keeps its offset."""
    if "\r" not in text:
        return text
    return _CR_RUN.sub(_as_newlines, text)


def _as_newlines(m: re.Match) -> str:
    run = m.group()
    breaks = run.count("\n") + run.count("\r") - run.count("\r\n")
    return " " * (len(run) - breaks) + "\n" * breaks


def unwrapped(text: str) -> str:
    """text with the newlines of its hard wraps read as spaces (same length);
    text unchanged when it is not hard-wrapped."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    chars = list(text)
    pos = 0
    for line, following in zip(lines, lines[1:]):
        pos += len(line)
        if _wrapped_at(line, following, width):
            chars[pos] = " "
        pos += 1
    return "".join(chars)


def _wrap_width(lines: list[str]) -> int | None:
    """The column the text is wrapped at, or None when it is not wrapped."""
    going_on = [len(a.rstrip()) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    if len(going_on) < _MIN_LINES:
        return None
    width = max(len(line.rstrip()) for line in lines)
    if not _NARROWEST_WRAP <= width <= _WIDEST_WRAP:
        return None
    full = sum(1 for n in going_on if n >= width - _RAGGED)
    return width if full >= _SHARE_FULL * len(going_on) else None


# A dash after a wrap goes on with the sentence (`a proud Muslim\n— but you`).
_DASH_GOING_ON = re.compile(r"[ \t]*[—–-][ \t]")


def _wrapped_at(line: str, following: str, width: int) -> bool:
    """Whether the break after line is a wrap: line filled to near the
    column, and the next line neither blank nor the start of a list item
    (a dash opens one only after a sentence or a colon ends)."""
    if len(line.rstrip()) < width - _RAGGED or not following.strip():
        return False
    if _DASH_GOING_ON.match(following):
        return line.rstrip()[-1:] not in ".!?:;"
    return not _LINE_START.match(following)


# What the parsed text depends on here, for caches of parsed documents.
WRAPPING_RULES = ("unwrapped 1", "line ends 1", "plain spaces 1", _MIN_LINES, _RAGGED, _SHARE_FULL,
                  _NARROWEST_WRAP, _WIDEST_WRAP, _LINE_START.pattern, _DASH_GOING_ON.pattern)
