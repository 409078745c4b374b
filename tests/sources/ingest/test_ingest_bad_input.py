import codecs
import struct
import zlib

import pytest

from tests.sources.ingest.helpers import ARTICLE, parse
from sources.ingest import UnreadableDocument


def reason(data, **kwargs):
    with pytest.raises(UnreadableDocument) as caught:
        parse(data, **kwargs)
    return caught.value.reason


def tiny_png() -> bytes:
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + body


def test_an_empty_file_is_refused_as_empty():
    assert reason(b"") == (
        "file is empty (0 bytes): nothing to import; remove it or replace it with the article text"
    )


def test_a_file_of_only_whitespace_is_refused():
    assert "only whitespace" in reason(b" \n\r\n\t\n")


def test_a_png_renamed_txt_is_refused_as_binary():
    message = reason(tiny_png(), name="photo.txt")
    assert "PNG image" in message and "not text" in message


def test_a_pdf_is_refused_by_its_signature_whatever_its_name():
    assert "PDF document" in reason(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", name="article.txt")


def test_bytes_with_nul_characters_are_refused_as_binary():
    assert "NUL bytes" in reason(b"abc\x00\x01\x02\x00\xff\x10binary\x00stuff\x03")


def test_text_full_of_control_characters_is_refused_as_binary():
    assert "control characters" in reason(bytes(range(1, 32)) * 10 + b"some text")


def test_invalid_utf8_that_is_not_sensible_cp1252_is_refused_with_the_offending_byte():
    data = "Москва сообщила о переговорах".encode("koi8-r") * 5
    message = reason(data)
    assert "not valid UTF-8" in message and "byte 0" in message
    assert "re-save or re-export it as UTF-8" in message


def test_bytes_undefined_in_cp1252_are_refused():
    assert "not valid UTF-8" in reason(b"Plain words and then \x81\x8d\x90 broken bytes")


def test_a_file_over_the_size_limit_names_its_size_the_limit_and_the_setting():
    message = reason(b"x" * 2_001, max_bytes=2_000)
    assert "2,001 bytes" in message and "2,000 bytes" in message
    assert "FACTCHECK_MAX_FILE_BYTES" in message


def test_a_file_exactly_at_the_size_limit_is_accepted():
    assert parse(ARTICLE, max_bytes=len(ARTICLE.encode())).text == ARTICLE


def test_a_damaged_utf16_file_is_refused_not_crashed_on():
    assert "UTF-16" in reason(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")


def test_word_documents_are_refused_with_advice_to_export_text():
    message = reason(b"anything", name="story.docx")
    assert "Word files (.docx) are not supported" in message


def test_a_sidecar_passed_as_an_article_is_refused():
    assert "sidecar" in reason(b'{"title": "x"}', name="story.txt.meta.json")


@pytest.mark.parametrize("data", [b"\xff", b"\xfe", b"\xef\xbb", b"\x00", b"\r", b"{", b"<", b"\xff\xfe\x00"])
def test_tiny_odd_files_never_raise_anything_but_unreadable(data):
    try:
        parse(data)
    except UnreadableDocument as exc:
        assert exc.reason


def test_utf8_with_a_damaged_byte_is_refused_rather_than_read_as_cp1252_mojibake():
    data = "“Quoted” words – and more “quotes” in Zürich".encode("utf-8")
    damaged = data[:5] + b"\xff" + data[6:]
    message = reason(damaged)
    assert "UTF-8 except for invalid bytes" in message and "byte 5" in message


def test_a_file_of_nothing_but_page_furniture_is_refused():
    assert "no article text" in reason("Advertisement\n\nShare this article\nLeave a Comment\nScroll to Top\n")
