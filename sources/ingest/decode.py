"""Bytes to text: refuse what is not text, decode what is, normalise newlines.

Order matters: size and binary signatures are checked before any decoding, so a
50 MB video or a PNG renamed .txt is refused without ever being decoded.
"""

from __future__ import annotations

import codecs
import re

from .types import UnreadableDocument

# File signatures of formats people drop into inboxes by mistake. Checked on the
# raw bytes, before decoding: a renamed file keeps its magic number.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"OggS", "an Ogg audio/video file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that never occur in text (tab, newline, CR and form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Bytes cp1252 leaves undefined: a "cp1252" file containing them is not cp1252.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_NEWLINES = re.compile(r"\r\n?")
_ASCII = bytes(range(128))
_WHITESPACE = re.compile(rb"\s")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)

MAX_BYTES_SETTING = "FACTCHECK_MAX_FILE_BYTES"


def check_size(data: bytes, max_bytes: int | None) -> None:
    check_file_size(len(data), max_bytes)


def check_file_size(size: int, max_bytes: int | None) -> None:
    """Refuse by size alone, so a caller can check a file before reading it."""
    if not size:
        raise UnreadableDocument(
            "file is empty (0 bytes): nothing to import; remove it or replace it with the article text"
        )
    if max_bytes is not None and size > max_bytes:
        raise UnreadableDocument(
            f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes "
            f"({MAX_BYTES_SETTING}): an article is rarely over a few hundred kB, so check it is "
            f"the right file; if it is, raise {MAX_BYTES_SETTING} and retry"
        )


def check_signature(data: bytes) -> None:
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise UnreadableDocument(
                f"file is {what}, not text (its first bytes are {data[:8]!r}): "
                "import articles as plain text, HTML or CMS JSON; export the text and drop that in instead"
            )


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding) with newlines normalised to \\n, or refuse the file."""
    check_signature(data)
    text, encoding = _decode_with_bom(data) or _decode_utf16_without_bom(data) or _decode_plain(data)
    _check_controls(text)
    return _NEWLINES.sub("\n", text), encoding


def _decode_with_bom(data: bytes) -> tuple[str, str] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise UnreadableDocument(
                    f"file starts with a {encoding.upper()} byte-order mark but byte {exc.start} is not valid "
                    f"{encoding.upper()}: the file is damaged or mislabelled; re-export it as UTF-8"
                ) from None
    return None


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    # Mostly-ASCII UTF-16 has a NUL in every other byte; binary files have NULs
    # scattered everywhere. Only the first pattern is worth decoding.
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    for encoding, nuls, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if nuls > 0.6 * half and others == 0 and len(data) % 2 == 0:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


def _decode_plain(data: bytes) -> tuple[str, str]:
    if b"\x00" in data:
        raise UnreadableDocument(
            "file contains NUL bytes, so it is binary, not text (or UTF-16 without a byte-order mark): "
            "import articles as plain text, HTML or CMS JSON saved as UTF-8"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = _declared_charset(data)
    if declared:
        return declared
    if _mostly_utf8(data):
        raise UnreadableDocument(
            f"file is UTF-8 except for invalid bytes (the first at byte {utf8_error.start}: "
            f"{data[utf8_error.start:utf8_error.start + 1]!r}), so it was damaged in transfer or editing: "
            "re-export or re-download it and import it again"
        )
    text = _decode_cp1252(data)
    if text is None:
        raise UnreadableDocument(_undecodable_reason(data, utf8_error))
    return text, "cp1252"


def _declared_charset(data: bytes) -> tuple[str, str] | None:
    """An HTML page that is not UTF-8 usually says what it is in a meta tag;
    trust that over guessing, but only when the bytes decode under it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
        return data.decode(name), name
    except (LookupError, UnicodeDecodeError):
        return None


def _mostly_utf8(data: bytes) -> bool:
    """Valid multi-byte UTF-8 sequences are rare in real cp1252 text; if nearly
    all non-ASCII bytes form them, decoding as cp1252 would turn every accent and
    curly quote into mojibake."""
    non_ascii = len(data.translate(None, _ASCII))
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return in_sequences >= 4 and in_sequences >= 0.9 * non_ascii


def _decode_cp1252(data: bytes) -> str | None:
    """cp1252 decodes almost any byte string, so accept it only when the result
    looks like Western European text: no undefined bytes, few non-ASCII letters."""
    if _CP1252_UNDEFINED.intersection(data):
        return None
    text = data.decode("cp1252")
    visible = len(data) - len(_WHITESPACE.findall(data))
    non_ascii = len(data.translate(None, _ASCII))
    # Even dense French or German stays under a third non-ASCII; Cyrillic,
    # Greek or CJK bytes read as cp1252 are mostly non-ASCII.
    if visible and non_ascii / visible > 0.4:
        return None
    return text


def _undecodable_reason(data: bytes, exc: UnicodeDecodeError) -> str:
    # No guess at the real encoding: on short texts every detector guesses
    # wrong, and a wrong hint sends the operator the wrong way.
    return (
        f"file is not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}) and not readable "
        "as Windows-1252 either: re-save or re-export it as UTF-8 and import it again"
    )


def _check_controls(text: str) -> None:
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    if controls and controls / len(sample) > 0.01:
        raise UnreadableDocument(
            f"file decodes to text full of control characters ({controls} in the first {len(sample)} "
            "characters), so it is binary or damaged: import articles as plain text, HTML or CMS JSON"
        )
