"""Finding a quoted span again in a new version of its article: plain Python.

An anchor is the exact quote with a little text before and after it (as in the W3C
Web Annotation TextQuoteSelector). The exact quote is tried first, the context
choosing among repeats; then a fuzzy match, for a quote whose wording was touched.
"""

from __future__ import annotations

from rapidfuzz import fuzz

CONTEXT = 32  # characters of prefix and suffix kept with an anchor
FUZZY_MIN_SCORE = 90.0  # below this a quote counts as gone, not moved


def anchor_context(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]


def anchor_find(text: str, exact: str, prefix: str = "", suffix: str = "", hint: int | None = None):
    """The (start, end) of ``exact`` in ``text``, or None if it is no longer there."""
    if not exact:
        return None
    spans = _exact_spans(text, exact)
    if spans:
        return max(spans, key=lambda span: _fit(text, span, prefix, suffix, hint))
    return _fuzzy_span(text, exact)


def _exact_spans(text: str, exact: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(exact)
    while at != -1:
        spans.append((at, at + len(exact)))
        at = text.find(exact, at + 1)
    return spans


def _fit(text: str, span: tuple[int, int], prefix: str, suffix: str, hint: int | None) -> tuple[int, int]:
    before, after = anchor_context(text, *span)
    context = _common_suffix(before, prefix) + _common_prefix(after, suffix)
    nearness = -abs(span[0] - hint) if hint is not None else 0
    return context, nearness


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _fuzzy_span(text: str, exact: str):
    found = fuzz.partial_ratio_alignment(exact, text, score_cutoff=FUZZY_MIN_SCORE)
    if found is None or found.dest_end <= found.dest_start:
        return None
    return found.dest_start, found.dest_end
