"""The working record the rules build before statements are assembled."""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass
class Attribution:
    cue: Span  # character span of the cue words
    lemma: str  # "say", "according to", "reportedly", ...
    content: list[Span]  # one or more fragments, in text order
    source: Span | None = None  # where the text names the source (None: unnamed)
    source_head: int | None = None  # token index of the source's head word
    cue_head: int | None = None  # token index of the cue's head word
    kind: str = "verb"  # verb, according, hedge, quote, continuation
    platform: str | None = None
    direct: bool = False  # content is (or includes) a quotation
    indirect: bool = True  # content has unquoted reported words
    confidence: float = 0.5
    parent: Attribution | None = None
    speaker: object = None  # filled in by speakers.resolve
    said_when: Span | None = None  # where the text dates the utterance
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]

    def covers(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.content)

    def add_fragment(self, span: Span) -> None:
        self.content = merge_spans(self.content + [span])


def merge_spans(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


_EDGE = " \t\n,;:—–-"
_TRAILING_WORDS = (" and", " but", " or", " while", " as")


def tidy_fragments(text: str, a: Attribution) -> None:
    """Cut the punctuation and dangling conjunctions that clipping leaves at
    the edges ("A, and" -> "A")."""
    out = []
    for s, e in a.content:
        while True:
            while s < e and text[s] in _EDGE:
                s += 1
            while e > s and text[e - 1] in _EDGE:
                e -= 1
            word = next((w for w in _TRAILING_WORDS if text[s:e].lower().endswith(w)), None)
            if not word:
                break
            e -= len(word)
        s, e = _unpaired_marks_off(text, s, e)
        if e > s:
            out.append((s, e))
    a.content = out


_OPENERS, _CLOSERS = "“‘\"'", "”’\"'"


def _unpaired_marks_off(text: str, s: int, e: int) -> tuple[int, int]:
    """A fragment cut from a split quote starts with an opening mark it does
    not close (or ends with one it did not open): leave the mark out."""
    frag = text[s:e]
    if frag and frag[0] in _OPENERS and not any(c in _CLOSERS for c in frag[1:]):
        s += 1
    frag = text[s:e]
    if frag and frag[-1] in _CLOSERS and not any(c in _OPENERS for c in frag[:-1]):
        e -= 1
    return s, e


def doc_entities(doc) -> list:
    """The named entities, found once: spaCy rebuilds Doc.ents on every
    access as well."""
    ents = doc.user_data.get("entities")
    if ents is None:
        ents = doc.user_data["entities"] = list(doc.ents)
    return ents


def doc_text(doc) -> str:
    """The parsed text, built once: spaCy rebuilds Doc.text from the tokens on
    every access, which made the rules slower than the parse."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text
