"""Which format a file is, decided by its extension and confirmed by its content."""

from __future__ import annotations

import os
import re

from .types import UnreadableDocument

_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"}
_JSON_EXTENSIONS = {".json"}
_TEXT_EXTENSIONS = {".txt", ".text", ".md", ""}
# Formats we recognise but cannot read: say what to do instead of failing on them.
_UNSUPPORTED = {
    ".pdf": "PDF", ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument", ".rtf": "RTF",
    ".pages": "Pages", ".epub": "EPUB", ".xml": "XML", ".csv": "CSV",
}
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*(<!doctype html|<html\b|<head\b|<body\b|<article\b)", re.I | re.S)


def sniff_format(name: str, text: str) -> str:
    """"text", "html" or "json". Content wins over a wrong extension only when it
    is unambiguous, so a .txt export of an HTML page is read as HTML."""
    ext = extension(name)
    if ext in _UNSUPPORTED:
        raise UnreadableDocument(
            f"{_UNSUPPORTED[ext]} files ({ext}) are not supported: "
            "save the article as plain text (.txt), HTML (.html) or CMS JSON (.json) and import that"
        )
    if ext in _HTML_EXTENSIONS:
        return "html"
    if ext in _JSON_EXTENSIONS:
        return "json"
    if _HTML_START.match(text):
        return "html"
    if text.lstrip().startswith("{") and text.rstrip().endswith("}"):
        return "json"
    return "text"


def extension(name: str) -> str:
    base = os.path.basename(name).lower()
    if base.endswith(".meta.json"):
        return ".meta.json"
    return os.path.splitext(base)[1]
