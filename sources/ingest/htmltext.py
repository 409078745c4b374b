"""HTML to text: whole pages through trafilatura (imported only when an HTML
file arrives, so plain-text imports never pay for it), CMS body fragments
through a small stdlib converter that keeps every paragraph."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .types import Detected, Excluded, UnreadableDocument

_TAG = re.compile(r"<(p|div|br|h[1-6]|ul|ol|li|blockquote|a|em|strong|b|i|span|figure|figcaption|img|table)\b[^>]*>",
                  re.I)
_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 ul ol li blockquote figure figcaption section article header "
                    "footer aside table tr pre hr".split())
_MIN_WORDS = 10
_SKIPPED = frozenset("script style noscript template iframe svg".split())


def looks_like_html(body: str) -> bool:
    return _TAG.search(body) is not None


def extract_page(raw: str) -> tuple[str, dict[str, Detected]]:
    """Main text and metadata of a whole web page."""
    import trafilatura  # lazy: about 150 ms to import, needed only for HTML

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=True)
    text = (doc.text or "") if doc is not None else ""
    words = len(text.split())
    # trafilatura falls back to whatever text there is, so a page of only a
    # menu comes back as "Home": too little to be an article.
    if words < _MIN_WORDS:
        found = f"only {words} word{'s' if words != 1 else ''}: {text.strip()[:60]!r}" if words else "no text"
        raise UnreadableDocument(
            f"HTML has no article text ({found} outside navigation, scripts and markup): check the file is "
            "the article page itself and not a redirect, login, consent or index page, and save it again"
        )
    return text, _page_metadata(doc)


def _page_metadata(doc) -> dict[str, Detected]:
    fields = {"title": doc.title, "byline": doc.author, "published": doc.date, "url": doc.url,
              "outlet": doc.sitename}
    found = {key: Detected(value.strip(), "html-meta") for key, value in fields.items() if value and value.strip()}
    if "published" in found and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", found["published"].value):
        del found["published"]
    return found


def fragment_to_text(fragment: str) -> tuple[str, list[Excluded]]:
    """Text of an HTML fragment, paragraphs separated by blank lines, with
    <figcaption> text kept but marked as a caption."""
    converter = _FragmentText()
    converter.feed(fragment)
    converter.close()
    return converter.result()


class _FragmentText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._length = 0
        self._skip = 0
        self._pre = 0
        self._caption_start: int | None = None
        self._captions: list[tuple[int, int]] = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self._skip += 1
        elif tag == "br":
            self._emit("\n")
        elif tag in _BLOCKS:
            self._break()
            self._pre += tag == "pre"
            if tag == "figcaption":
                self._caption_start = self._length

    def handle_endtag(self, tag):
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            if tag == "figcaption" and self._caption_start is not None:
                self._captions.append((self._caption_start, self._length))
                self._caption_start = None
            self._pre -= tag == "pre" and self._pre > 0
            self._break()

    def handle_data(self, data):
        if self._skip:
            return
        if not self._pre:
            # HTML collapses whitespace; a space at a line start is an artefact.
            data = re.sub(r"\s+", " ", data)
            if self._at_line_start():
                data = data.lstrip()
        self._emit(data)

    def _at_line_start(self) -> bool:
        return not self._parts or self._parts[-1].endswith("\n")

    def _emit(self, piece: str):
        if piece:
            self._parts.append(piece)
            self._length += len(piece)

    def _break(self):
        # Trailing spaces before a paragraph break are markup whitespace, not text.
        while self._parts and self._parts[-1].endswith(" "):
            last = self._parts.pop()
            self._length -= len(last)
            self._emit(last.rstrip(" "))
        if self._parts and not "".join(self._parts[-2:]).endswith("\n\n"):
            self._emit("\n\n" if not self._parts[-1].endswith("\n") else "\n")

    def result(self) -> tuple[str, list[Excluded]]:
        text = "".join(self._parts)
        stripped = text.rstrip()
        excluded = []
        for start, end in self._captions:
            piece = stripped[start:end]
            lead = len(piece) - len(piece.lstrip())
            start, end = start + lead, start + len(piece.rstrip())
            if end > start:
                excluded.append(Excluded(start, end, "caption"))
        return stripped, excluded
