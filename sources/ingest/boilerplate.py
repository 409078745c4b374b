"""Mark web boilerplate as excluded ranges; never delete it.

The rules are line based because scraped articles keep the page's line
structure: widgets, captions and footers sit on lines of their own. Each rule
errs towards keeping a line, since an excluded paragraph hides statements from
extraction while a kept widget line only costs a little noise.
"""

from __future__ import annotations

import re

from .dates import parse_whole_date
from .lines import Line, looks_like_headline, split_lines
from .types import Excluded

# Whole lines that are page furniture, compared lower-cased with the trailing
# punctuation removed.
_PHRASES = {
    "navigation": (
        "loader", "loading", "advertisement", "advert", "sponsored", "skip to content",
        "skip to main content", "go to accessibility shortcuts", "scroll to top", "back to top",
        "menu", "close menu", "search", "home", "sign in", "log in", "previous article", "next article",
        "follow the topics in this article", "topics", "tags", "more on this story",
    ),
    "share": (
        "share", "share comments", "share close button", "share this article", "share this", "share article",
        "copy link", "link copied", "print", "email", "tweet", "facebook", "twitter", "whatsapp", "linkedin",
        "save", "save article", "gift this article", "gift article",
    ),
    "comments": (
        "comments", "comment", "leave a comment", "leave a reply", "add a comment", "show comments",
        "view comments", "jump to comments section", "join the conversation",
    ),
    "widget": ("no time to read?", "get a summary", "listen to this article", "listen", "summarise this article"),
    "read-more": (
        "read more", "related", "related articles", "related stories", "related content", "more from",
        "most read", "most popular", "recommended", "recommended for you", "you may also like", "more stories",
        "see also", "also read", "read next", "more on this topic", "trending",
    ),
    "newsletter": ("newsletter", "newsletters", "sign up", "subscribe", "subscribe now"),
}
_PHRASE_KIND = {phrase: kind for kind, phrases in _PHRASES.items() for phrase in phrases}

_PATTERNS = (
    ("comments", re.compile(r"^your email address will not be published|^required fields are marked"
                            r"|^\d+ comments?$", re.I)),
    ("share", re.compile(r"^reuse this content|^share (on|via|to|this) |^follow us on ", re.I)),
    ("newsletter", re.compile(r"\bsign (me )?up\b.*\bnewsletter|\bnewsletter\b.*\b(sign up|subscribe|inbox)\b"
                              r"|^subscribe to (our|the)\b|^get (our|the) .{0,40}newsletter", re.I)),
    ("read-more", re.compile(r"^(read more|related|see also|also read|read next|more on this)\s*[:|»›-]\s*\S",
                             re.I)),
    ("credit", re.compile(r"^(additional (sources|reporting)|reporting by|editing by|writing by|"
                          r"(photo|photograph|image|picture|illustration|video)s?( by)?\s*[:/])", re.I)),
    ("dateline", re.compile(r"^(published|posted|updated|last updated|first published)\b(?!.*[.!?]\s+\w)", re.I)),
)

_COPYRIGHT = re.compile(r"^(copyright\b|©|\(c\)\s)", re.I)
_PHOTO_WORDS = re.compile(r"\b(photo|photograph|images?|picture|getty|shutterstock|alamy)\b|/", re.I)
# A photo credit at the end of a caption: "... © Jane Doe/Agency", "(Photo: ...)".
_CREDIT_TAIL = re.compile(
    r"\S.*(©\s*[^©]{2,80}"
    r"|\((photo|image|picture)s?( by)?:? [^)]+\)"
    r"|\b(photo(graph)?|image|picture|illustration|credit)s?( by)?:\s*[^:]{2,80}"
    r"|\b(AP|AFP|EPA|PA) Photo(/[^.]*)?"
    r"|/(Getty Images|AFP|Reuters|AP|EPA|EPA-EFE|Bloomberg|Shutterstock|Alamy|PA Wire|Sipa)"
    r"|\bGetty Images)$",
    re.I,
)
# "By Jane Doe", "By Jane Doe and Jan de Vries": capitalised names and joiners only.
_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][\w.'’-]*(\s+([A-Z][\w.'’-]*|and|&|de|van|von|der|da|,)){0,8},?"
                     r"(\s+[A-Z][\w .&-]*)?$")
_NAV_WORDS = frozenset(
    "home news world business politics economy sport sports culture opinion video videos podcasts podcast "
    "events newsletter newsletters live latest tech science health travel lifestyle markets money weather "
    "more menu search subscribe login account europe us uk africa asia americas middle east analysis "
    "features investigations climate entertainment arts books film tv music style".split()
)
_NAV_SEPARATORS = re.compile(r"\s*[|•·»›]\s*")


def find_boilerplate(text: str, lines: list[Line] | None = None) -> list[Excluded]:
    lines = lines if lines is not None else split_lines(text)
    kinds = [_line_kind(line) for line in lines]
    _mark_duplicated_captions(lines, kinds)
    _mark_alt_text(lines, kinds)
    _mark_linked_headlines(lines, kinds)
    return [Excluded(line.start, line.end, kind) for line, kind in zip(lines, kinds) if kind]


def _line_kind(line: Line) -> str | None:
    if line.blank:
        return None
    if line.words <= 6:
        kind = _PHRASE_KIND.get(line.text.lower().rstrip(" :.!»›>").strip())
        if kind:
            return kind
    if _COPYRIGHT.match(line.text):
        return "credit" if _PHOTO_WORDS.search(line.text) else "copyright"
    if line.words <= 20:
        for kind, pattern in _PATTERNS:
            if pattern.search(line.text):
                return kind
    if line.text[:2] in ("By", "by") and _BYLINE.match(line.text):
        return "byline"
    if line.words <= 8 and parse_whole_date(line.text):
        return "dateline"
    if is_navigation_bar(line):
        return "navigation"
    if _ends_with_credit(line):
        return "caption"
    return None


def is_navigation_bar(line: Line) -> bool:
    """A row of menu items: capitalised single words, no sentence punctuation,
    mostly section names ("News Business Sport Videos Podcasts")."""
    if line.words > 20 or "." in line.text or "," in line.text:
        return False
    tokens = [t for t in _NAV_SEPARATORS.split(line.text) for t in t.split()]
    if len(tokens) < 3 or any(not t[:1].isupper() or not t.isalpha() for t in tokens):
        return False
    return sum(t.lower() in _NAV_WORDS for t in tokens) * 2 >= len(tokens)


def _ends_with_credit(line: Line) -> bool:
    # Body sentences end with punctuation; a caption ends with its credit.
    return not line.text.endswith(".") and line.words <= 60 and bool(_CREDIT_TAIL.match(line.text))


def _mark_duplicated_captions(lines: list[Line], kinds: list[str | None]) -> None:
    """Scrapers often keep an image's alt text and its caption, the same words
    twice on consecutive lines, the second perhaps with a credit appended."""
    for a, b in zip(lines, lines[1:]):
        if a.words >= 4 and not b.blank and b.text.startswith(a.text):
            for line in (a, b):
                if kinds[line.index] in (None, "copyright", "credit"):
                    kinds[line.index] = "caption"


def _mark_alt_text(lines: list[Line], kinds: list[str | None]) -> None:
    """An image description on its own line directly above a credited caption,
    the two alone in their block (blank lines or text edges around them). In
    text without blank lines between paragraphs this never fires, which is
    the safe way round."""
    for i, line in enumerate(lines[:-1]):
        before_is_break = i == 0 or lines[i - 1].blank
        after_is_break = i + 2 >= len(lines) or lines[i + 2].blank
        if (kinds[i] is None and not line.blank and before_is_break and after_is_break and line.words <= 40
                and kinds[i + 1] == "caption"):
            kinds[i] = "caption"


def _mark_linked_headlines(lines: list[Line], kinds: list[str | None]) -> None:
    """Headlines listed under "Read more" or after "Previous/Next article" are
    links to other articles, not part of this one."""
    following: str | None = None
    for line in lines:
        if line.blank:
            continue
        key = line.text.lower().rstrip(" :.").strip()
        if kinds[line.index] == "read-more" or key in ("previous article", "next article"):
            following = "read-more" if kinds[line.index] == "read-more" else "navigation"
            continue
        if following and kinds[line.index] is None and looks_like_headline(line, max_words=20):
            kinds[line.index] = following
            # Previous/next introduce one headline; a "Read more" list runs on.
            following = following if following == "read-more" else None
            continue
        if kinds[line.index] is None:
            following = None
