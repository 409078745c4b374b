"""Canonical outlet names, so "the FT", "The Financial Times Limited" and
"ft.com" all become one outlet instead of three."""

from __future__ import annotations

import re

# canonical name: aliases (lower case, without a leading "the")
_KNOWN = {
    "Financial Times": ("financial times", "ft", "ft.com", "financial times limited"),
    "The Daily Beast": ("daily beast", "thedailybeast.com"),
    "Euronews": ("euronews", "euronews.com"),
    "The Wall Street Journal": ("wall street journal", "wsj", "wsj.com"),
    "The New York Times": ("new york times", "nyt", "nytimes.com", "new york times company"),
    "The Washington Post": ("washington post", "washingtonpost.com"),
    "The Guardian": ("guardian", "theguardian.com", "guardian news & media limited", "guardian news and media"),
    "Reuters": ("reuters", "reuters.com", "thomson reuters"),
    "Associated Press": ("associated press", "ap", "apnews.com", "the associated press"),
    "AFP": ("afp", "agence france-presse", "agence france presse"),
    "BBC": ("bbc", "bbc.com", "bbc.co.uk", "bbc news"),
    "Bloomberg": ("bloomberg", "bloomberg.com", "bloomberg l.p.", "bloomberg lp"),
    "CNN": ("cnn", "cnn.com", "cable news network"),
    "USA Today": ("usa today", "usatoday.com"),
    "Politico": ("politico", "politico.com", "politico.eu"),
    "The Economist": ("economist", "economist.com", "economist newspaper limited"),
    "Al Jazeera": ("al jazeera", "aljazeera.com"),
    "The Kyiv Independent": ("kyiv independent", "kyivindependent.com"),
    "Deutsche Welle": ("deutsche welle", "dw", "dw.com"),
}
_ALIASES = {alias: name for name, aliases in _KNOWN.items() for alias in (*aliases, name.lower())}
_CORPORATE = re.compile(r"[,.]?\s+(limited|ltd|llc|inc|plc|gmbh|ag|s\.a\.|l\.p\.)\.?$", re.I)


def canonical_outlet(name: str) -> str:
    """The known spelling of an outlet, else the name with corporate suffixes removed."""
    cleaned = " ".join(name.split()).strip(" .,;:")
    key = _strip_the(cleaned.lower())
    if key in _ALIASES:
        return _ALIASES[key]
    bare = _CORPORATE.sub("", cleaned)
    # Mid-sentence "the Lakeside Courier" is the outlet "The Lakeside Courier".
    bare = "The" + bare[3:] if bare.startswith("the ") else bare
    return _ALIASES.get(_strip_the(bare.lower()), bare)


def known_outlet(name: str) -> str | None:
    key = _strip_the(" ".join(name.split()).strip(" .,;:").lower())
    return _ALIASES.get(key) or _ALIASES.get(_strip_the(_CORPORATE.sub("", key)))


def outlet_from_host(url: str) -> str | None:
    match = re.match(r"^[a-z]+://(?:www\.|amp\.|m\.)?([^/:?#]+)", url.strip(), re.I)
    if not match:
        return None
    host = match.group(1).lower()
    # Subdomains (edition.cnn.com, uk.reuters.com) belong to the registered domain.
    parts = host.split(".")
    candidates = {".".join(parts[i:]) for i in range(len(parts) - 1)}
    return next((_ALIASES[c] for c in sorted(candidates, key=len, reverse=True) if c in _ALIASES), None)


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key
