"""Find quoted passages in raw text, tolerating the mess scraped text brings.

Typographic (“ ” ‘ ’), straight (" '), doubled ('' ``) and continental
(« » „ “) marks are paired within a paragraph. A paragraph that opens a quote and never closes it
continues into the next paragraph (the newspaper convention for long quotes);
any other unmatched mark is ignored, never an error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A line; a line broken before a lowercase word is one line wrapped mid-sentence
# (hard-wrapped text: `"The pier is closed until spring and we have\nno money,"`).
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?=[a-z])[^\n]+)*")
# Open/close pairs tried in this order; straight marks are their own partner.
# Scraped text mixes styles (“ closed by "), so those pairs come last.
_PAIRS = (("``", "''"), ("''", "''"), ("‘", "’"), ("'", "'"), ("“", "’"))
# Double marks (“ ” ") are paired in reading order instead, each told opening
# or closing by what is around it: scraped text mixes the styles within one
# paragraph ("Never,” Varga said. “One of ... here.").
_DOUBLE = re.compile(r"[“”\"]")
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # just past the closing mark (or the paragraph end when unclosed)
    inner_start: int
    inner_end: int

    @property
    def inner(self) -> tuple[int, int]:
        return (self.inner_start, self.inner_end)

    def encloses(self, span: tuple[int, int]) -> bool:
        """Whether span lies within the quoted words."""
        return self.inner_start <= span[0] and span[1] <= self.inner_end


def find_quotes(text: str) -> list[Quote]:
    """All top-level quotes in text, sorted by start, never overlapping."""
    text = _single_straight_marks(text)
    quotes: list[Quote] = []
    left_open = False
    for para in _PARAGRAPH.finditer(text):
        found = _paragraph_quotes(text, para.start(), para.end())
        resumed = _resumed_without_mark(text, para.start(), para.end()) if left_open else None
        if resumed is not None and not any(q.start < resumed.end for q in found):
            found.append(resumed)
        quotes.extend(found)
        left_open = _ends_open(text, para.end(), found)
    return sorted((_without_spaces_inside(text, q) for q in quotes), key=lambda q: q.start)


def _without_spaces_inside(text, q: Quote) -> Quote:
    """`“ Hello, ” she said`, `''We did, '' he said`: the quoted words without
    the spaces set between them and the marks, so that the rules reading the
    punctuation that ends a quote find it."""
    inner_start, inner_end = q.inner_start, q.inner_end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    if inner_start == inner_end or (inner_start, inner_end) == q.inner:
        return q
    end = inner_end if q.end == q.inner_end else q.end  # a quote left open ends with its words
    return Quote(q.start, end, inner_start, inner_end)


# Straight marks doubled the way a CSV file escapes them: `""We did,"" she said`.
_DOUBLED_CLOSING = re.compile(r'(?<=[\w,.!?])""(?=[\s,.;:]|$)')
_DOUBLED_OPENING = re.compile(r'(?:^|(?<=\s))""(?=\w)')


def _single_straight_marks(text: str) -> str:
    """The text with each doubled straight mark read as one: the mark away
    from the quoted words is blanked, so that every offset stays the same."""
    if '""' not in text:
        return text
    chars = list(text)
    for m in _DOUBLED_CLOSING.finditer(text):
        chars[m.start() + 1] = " "
    for m in _DOUBLED_OPENING.finditer(text):
        chars[m.start()] = " "
    return "".join(chars)


def _ends_open(text, end, found) -> bool:
    """Whether a quote of the paragraph runs to its end with no closing mark."""
    words_end = len(text[:end].rstrip())
    return any(q.end == q.inner_end and q.end >= words_end for q in found)


def _resumed_without_mark(text, start, end) -> Quote | None:
    """`Keel said: “The pier is closed.` then `We have no money for it.”`: the
    paragraph after one whose quote was left open, which lost its opening mark
    in scraping, goes on with the quote up to the closing mark it starts with.
    Only after a blank line: a single line break before `Amy Pope, adviser."`
    sets a pull quote's speaker under it."""
    if not text[:start].endswith("\n\n"):
        return None
    m = _DOUBLE.search(text, start, end)
    if m is None or text[start:end].lstrip()[:1] in "“\"‘'`":
        return None
    i = m.start()
    if text[i] == "“" or text[i] == '"' and _double_role(text, i, inside=False) != "close":
        return None
    if len(text[start:i].split()) < 3:
        return None
    return Quote(start, i + 1, start, i)


def _paragraph_quotes(text, start, end):
    taken = _european_quotes(text, start, end)
    _add_pairs(taken, _double_quotes(text, start, end, skip=list(taken)))
    # “… spring.’ closes with a single mark, unless a ‘ opened in between.
    _add_pairs(taken, (q for q in _pairs_of(text, start, end, "“", "’", taken)
                       if _next_mark(text, q.inner_start, q.inner_end, "‘", opening=True) < 0))
    # A double mark left open runs to the paragraph end, and single marks
    # after it are nested in it: `she said: "We never heard the phrase
    # 'harbour tax.' It is new.` goes on in the next paragraph.
    dangling = _unclosed_tail(text, start, end, taken, doubled=False)
    if dangling:
        taken.append(dangling)
    for opener, closer in _PAIRS:
        _add_pairs(taken, _pairs_of(text, start, end, opener, closer, taken))
        if opener == "‘":
            _add_enclosing(taken, _pairs_of(text, start, end, opener, closer, taken))
    dangling = None if dangling else _unclosed_paragraph_quote(text, start, end, taken) \
        or _unclosed_tail(text, start, end, taken)
    if dangling:
        taken = [t for t in taken if not (dangling.start < t.start and t.end <= dangling.end)]
        taken.append(dangling)
    return taken


# «French», »German« and „German“ (or „Polish”) marks, paired before the
# double marks so that the “ closing „...“ opens nothing.
_EUROPEAN_PAIRS = (("«", "»"), ("»", "«"), ("„", "“"), ("„", "”"))


def _european_quotes(text, start, end) -> list[Quote]:
    """`Varga said: «The pier stays closed.»`, `„The pier stays closed“, Varga
    said`: quotes in the marks of continental papers."""
    taken: list[Quote] = []
    for opener, closer in _EUROPEAN_PAIRS:
        if opener in text[start:end]:
            _add_pairs(taken, _pairs_of(text, start, end, opener, closer, taken))
    return taken


def _add_pairs(taken: list[Quote], pairs) -> None:
    for q in pairs:
        if not any(q.start < t.end and t.start < q.end for t in taken):
            taken.append(q)


def _add_enclosing(taken: list[Quote], pairs) -> None:
    """`‘He said, “Well done,” and left,’ Varga said`: in British papers the
    single marks quote and the double ones are nested in them. A ‘…’ pair
    that wholly encloses the double-mark quotes it meets takes their place."""
    for q in pairs:
        met = [t for t in taken if q.start < t.end and t.start < q.end]
        if met and all(q.start < t.start and t.end <= q.end - 1 for t in met):
            for t in met:
                taken.remove(t)
            taken.append(q)


def _double_quotes(text, start, end, skip=()):
    """Pair double marks in order: an opening mark waits for the next closing
    one; a second opening mark before any close replaces the first (whose
    closing mark was lost), unless both are curly. Marks within the quotes
    in skip (the “ closing „...“) are passed over."""
    opened, nested = None, 0
    for m in _DOUBLE.finditer(text, start, end):
        i = m.start()
        if any(q.start <= i < q.end for q in skip) or _inch_mark(text, i):
            continue
        role = _double_role(text, i, opened is not None)
        if role == "open":
            if opened is None:
                opened = i
            elif text[i] == text[opened] == "“":
                closed = _closed_by_a_single_mark(text, opened, i)
                if closed is not None:
                    yield closed
                    opened = i
                # else “A “B” C”: a curly mark opened inside a curly quote is a slip
            elif text[i] == text[opened] == '"' and text.count('"', i + 1, end) >= 2:
                nested += 1  # "A says, "B," C.": a quote within the quote
            else:
                opened = i
        elif role == "close" and opened is not None:
            if nested:
                nested -= 1
                continue
            if i > opened + 1:
                yield Quote(opened, i + 1, opened + 1, i)
            opened = None


# A single mark closing a sentence, the next one after it: `spring.’ The`.
_SINGLE_CLOSE = re.compile(r"(?<=[.!?,])’(?=[ \t]+[A-Z])")


def _closed_by_a_single_mark(text, opened, i) -> Quote | None:
    """`Varga wrote: “We rebuild.’ Varga spoke on Monday, at the “old” pier.`:
    a quote opened with “ and closed with ’ ends there when another “ opens
    after it, rather than running over the writer's words to the next ”;
    unless a ‘ opened inside it, whose closing mark that is."""
    m = _SINGLE_CLOSE.search(text, opened + 1, i)
    if m is None or _next_mark(text, opened + 1, m.start(), "‘", opening=True) >= 0:
        return None
    return Quote(opened, m.end(), opened + 1, m.start())


# `“He is 6’2” and fast,” the coach said`: feet and inches, not a quote.
_FEET_AND_INCHES = re.compile(r"\d['’]\d{1,2}$")


def _inch_mark(text, i) -> bool:
    """Whether the double mark at i is the inch sign of a height (6’2”)."""
    return _FEET_AND_INCHES.search(text, max(0, i - 4), i) is not None


# A straight mark between spaces after the comma or colon that introduces a
# quote, a word after it: `Varga said, " The pier is closed."`.
_SPACED_OPENING = re.compile(r"[,:] \" \w")


def _typod_close(before: str, after: str) -> bool:
    """A “ typed for ” closes when no word follows it: after punctuation
    (“Apparently not,“ he said), after a word (called “Harlow Wins“ that ...)
    or at the end of its line (“They see that. “)."""
    if _WORD_CHAR.match(after):
        return False
    return before in ",.!?" or _WORD_CHAR.match(before) is not None or after in "\n"


# What a “ typed for ” and set apart by a space closes: a sentence's or a
# nested quote's last mark.
_SPACED_CLOSE_AFTER = frozenset(",.!?’'…")


def _double_role(text, i, inside: bool) -> str | None:
    mark = text[i]
    before = text[i - 1] if i > 0 else " "
    if unicodedata.category(before) == "Cf":
        before = " "  # an invisible direction mark (U+202A) before “ or ” is no word
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark == "“":
        if inside and before.isspace() and after in " \t" and text[i - 2:i - 1] in _SPACED_CLOSE_AFTER:
            return "close"  # `say, ‘Well done,’ “ said Russo`, `mean? “ she asked`
        return "close" if inside and _typod_close(before, after) else "open"
    if mark == "”":
        return "open" if not inside and before.isspace() and _WORD_CHAR.match(after) else "close"
    # `". . . I just`, `".@harbourboard`: punctuation may open the words too.
    after2 = text[i + 2] if i + 2 < len(text) else " "
    can_open = not after.isspace() and (after not in ",.;:!?)" or after in "." and not after2.isspace()
                                        or text[i + 1:i + 4] == ". .")
    can_close = not before.isspace()
    if can_open and can_close:
        return "close" if inside else "open"
    if not can_open and not can_close:
        # `'Oh, this is important,' " Magel said`: set apart after a nested quote;
        # `Varga said, " The pier ...`: set apart from the words it opens.
        if inside:
            return "close"
        return "open" if i >= 2 and _SPACED_OPENING.match(text, i - 2) else None
    return "open" if can_open else "close"


def _unclosed_tail(text, start, end, taken, doubled=True):
    """`..., Clark said. "We have a deep bench.` (the closing mark lost in
    scraping): a last opening mark after a sentence end runs to the paragraph
    end. `doubled=False` looks only at double marks, not at a doubled ''."""
    last = max((t.end for t in taken), default=start)
    doubled_at = _doubled_opening(text, last, end) if doubled else -1
    i = max(text.rfind("“", last, end), _straight_opening(text, last, end), doubled_at)
    if i < 0 or text[last:i].strip() == "" and last != start:
        return None
    before = text[max(start, i - 2):i].strip()
    if before and before[-1] not in ".:,":
        return None
    mark = 2 if text.startswith(("''", "``"), i) else 1
    tail = _before_a_cue(text, i + mark, end)
    while tail > i and text[tail - 1].isspace():
        tail -= 1
    if len(text[i + mark:tail].split()) < 3:
        return None
    return Quote(i, tail, i + mark, tail)


def _straight_opening(text, start, end) -> int:
    """The last straight mark that can open a quote, or -1: one followed by a
    space closes (`June," according to the notice`, its opening mark lost)."""
    i = text.rfind('"', start, end)
    while i >= 0 and text[i + 1:i + 2].isspace():
        i = text.rfind('"', start, i)
    return i


def _doubled_opening(text, start, end) -> int:
    """`''People make claims,'' she said. ''And it's hard ...` (NYT style,
    the quote going on in the next paragraph), or ```And it's hard ...``
    (a pair of backticks, PTB style): the last doubled opening mark before a
    word, or -1."""
    i = text.rfind("''", start, end)
    apostrophes = i if i >= 0 and _WORD_CHAR.match(text[i + 2:i + 3]) and text[i - 1:i] != "'" else -1
    i = text.rfind("``", start, end)
    backticks = i if i >= 0 and _WORD_CHAR.match(text[i + 2:i + 3]) else -1
    return max(apostrophes, backticks)


def _pairs_of(text, start, end, opener, closer, taken):
    pos = start
    while True:
        o = _next_mark(text, pos, end, opener, opening=True)
        if o < 0:
            return
        inside = next((t for t in taken if t.start <= o < t.end), None)
        if inside is not None:
            pos = inside.end  # that mark is already part of a quote
            continue
        c = _next_mark(text, o + len(opener), end, closer, opening=False)
        if opener == "‘":
            c = _single_close(text, o + 1, c, end)
        if c < 0:
            return
        if closer == "''" and _closes_nested_single(text, o + len(opener), c):
            c += 1
        elif closer in ("’", "'"):
            c = _past_plural_possessive(text, c, end, opener, closer)
        inner_start, inner_end = o + len(opener), c
        if inner_end - inner_start > 0:
            yield Quote(o, c + len(closer), inner_start, inner_end)
        pos = c + len(closer)


# A ‘ typed for ’ (the word processor turned it the wrong way): after the
# punctuation ending the words and before a space, or set apart by a space
# after a question (`‘It’s unusual,‘ said Noble`, `mean? ‘ she asked`).
_TYPOD_SINGLE_CLOSE = re.compile(r"(?<=[,.!?])‘(?=\s|$)|(?<=[?!] )‘(?=[ \t])")


def _single_close(text, pos, c, end) -> int:
    """The mark closing a ‘ quote: the ’ at c (-1 for none), or a ‘ typed
    for ’ before it."""
    m = _TYPOD_SINGLE_CLOSE.search(text, pos, c if c >= 0 else end)
    return m.start() if m else c


def _closes_nested_single(text, inner_start, c) -> bool:
    """`''We call it 'the Harlow way.''' she said`: of three marks, the first
    closes the single quote opened inside and the last two close the quote."""
    if text[c + 2:c + 3] != "'":
        return False
    marks = [i for i in range(inner_start, c) if text[i] == "'"]
    opened = sum(1 for i in marks if _plausible(text, i, "'", opening=True))
    closed = sum(1 for i in marks if _plausible(text, i, "'", opening=False))
    return opened > closed


# `residents’ money`: a plural's apostrophe, a word going on after it.
_PLURAL_POSSESSIVE = re.compile(r"(?<=s)['’] [a-z]")


def _past_plural_possessive(text, c, end, opener, closer) -> int:
    """`‘It’s the residents’ money,’ she said`: a single mark after a plural
    with a lowercase word after it is an apostrophe when a later mark closes
    the sentence's punctuation and no quote opens in between."""
    if not _PLURAL_POSSESSIVE.match(text, c):
        return c
    later = _next_mark(text, c + 1, end, closer, opening=False)
    if later < 0 or text[later - 1] not in ",.?!":
        return c
    if _next_mark(text, c + 1, later, opener, opening=True) >= 0:
        return c
    return later


def _next_mark(text, pos, end, mark, opening):
    while True:
        i = text.find(mark, pos, end)
        if i < 0:
            return -1
        if _plausible(text, i, mark, opening):
            return i
        pos = i + 1


# An apostrophe for letters left out, not an opening mark: 'Tis, 'em, '90s.
_ELISION = re.compile(r"(?:[Tt]is|[Tt]was|em|cause|til|n|\d\ds?)\b")


def _plausible(text, i, mark, opening):
    """Tell quotation marks from apostrophes: an opening mark starts a word,
    a closing mark ends one (so "Russia’s" and "don't" are not quotes)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if mark == "“" and not opening:
        # The “ closing „German“ marks ends a word (or punctuation).
        return not before.isspace() and not _WORD_CHAR.match(after)
    if mark == "''":
        # Doubled apostrophes (NYT style) open before a word and close after one.
        if opening:
            return not _WORD_CHAR.match(before)
        return not before.isspace() or _spaced_doubled_close(text, i)
    if mark in ("’", "'"):
        if opening:
            return not _WORD_CHAR.match(before) and _WORD_CHAR.match(after) is not None \
                and not _ELISION.match(text, i + 1)
        return not _WORD_CHAR.match(after) and not before.isspace()
    return True


# `'Primates of Park Avenue,'  '' Ms. Ferriss noted`: scraped NYT text sets a
# closing '' apart from the punctuation or the nested quote it follows.
_SPACED_DOUBLED_CLOSE = re.compile(r"[,.?!'’][ \t]+$")


def _spaced_doubled_close(text, i) -> bool:
    """A '' after spaces still closes when the spaces follow a sentence's
    punctuation or a closing single mark and no word follows it (an opening
    '' always comes right before its word)."""
    after = text[i + 2:i + 3]
    return not _WORD_CHAR.match(after) and _SPACED_DOUBLED_CLOSE.search(text, max(0, i - 8), i) is not None


def _unclosed_paragraph_quote(text, start, end, taken):
    """A paragraph that starts with an opening mark nobody closed (“ or ",
    or ‘ where single marks quote, as in British papers)."""
    head = text[start:end].lstrip()
    offset = end - start - len(head)
    if not head or head[0] not in "“\"‘":
        return None
    first = start + offset
    if any(t.start == first for t in taken):
        return None
    if any(t.start < first < t.end for t in taken):
        return None
    # It runs to the paragraph's end, or to the next quote ("Without a ferry,
    # she added, "the island is cut off ..."), over the quotes nested in it.
    tail = min([t.start for t in taken if t.start > first and not _nested_style(text, first, t)] + [end])
    if _leads_in_to(text, first, tail):
        return None
    tail = _before_a_cue(text, first + 1, tail)
    while tail > first and text[tail - 1].isspace():
        tail -= 1
    return Quote(first, tail, first + 1, tail) if tail - first > 1 else None


def _leads_in_to(text, first, tail) -> bool:
    """`"Varga cut him off by interjecting, “Not the pier.” Then ...`: a
    straight mark left open at a paragraph's start, then words that a comma
    or colon ends right before a curly quote of their own, is a scraped
    wrapper's stray mark; the words introduce that quote and are nobody's."""
    return text[first] == '"' and text[tail:tail + 1] == "“" and text[first:tail].rstrip().endswith((",", ":"))


# A quote in the middle of a sentence: a word before it, a lowercase word after.
_WORD_BEFORE = re.compile(r"\w[ \t]$")
_LOWERCASE_AFTER = re.compile(r"[ \t]+[a-z]")


def _nested_style(text, first, q: Quote) -> bool:
    """`"The office isn’t about “Equal Justice” anymore. It’s ...`: in a
    quote opened by a straight mark, a curly quote in the middle of a
    sentence is nested in it (where `"“A,” Rubio said."` or `"..., “A.” But`
    are quotes of their own that scraping wrapped in straight marks); single
    marks nest in any double."""
    mark = text[q.start]
    if mark in "‘'":
        return True
    return text[first] == '"' and mark == "“" and _WORD_BEFORE.search(text, max(0, q.start - 2), q.start) is not None \
        and _LOWERCASE_AFTER.match(text, q.end) is not None


_SAY = r"(?:said|says|added|adds|asked|asks|wrote|writes|explained|noted|continued|told|tells)"
# The attribution that the lost closing mark should have set apart: ", said
# Odo Brandt", ", she added, “", ", Varga told reporters." (or that a mark
# of the other style closes off: `"The pier is closed,'' Varga said`).
_CUE_CLAUSE = re.compile(
    rf",(?:''|[”\"’'])?[ \t]+(?:{_SAY}[ \t]+(?:[A-Z]|he\b|she\b|the\b|an?\b)"
    rf"|(?:he|she|they|[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){{0,3}})[ \t]+{_SAY}\b[^,.\n“\"]{{0,40}}"
    rf"(?:\.|,[ \t]*(?:[“\"]|$)))")


def _before_a_cue(text, start, tail) -> int:
    """Where an unclosed quote really ends: `"There was never enough money,
    said Odo Brandt, whose ...` and `"Without a boat, she added, "the
    island ...` lost the closing mark before the cue, which is no part of
    the quoted words."""
    m = _CUE_CLAUSE.search(text, start, tail)
    return m.start() if m is not None and _WORD_CHAR.search(text, start, m.start()) else tail
