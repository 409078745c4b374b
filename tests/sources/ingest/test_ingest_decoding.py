import codecs

import pytest

from tests.sources.ingest.helpers import ARTICLE, parse

TEXT = "Café owners in Zürich said the “new rules” cost them €300 — naïvely, perhaps.\n"


def test_utf8_is_decoded_and_recorded():
    doc = parse(TEXT.encode("utf-8"))
    assert doc.text == TEXT
    assert doc.encoding == "utf-8"


def test_utf8_with_a_byte_order_mark_loses_the_mark_but_nothing_else():
    doc = parse(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert doc.text == TEXT
    assert doc.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_imports_fine(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    doc = parse(bom + ARTICLE.encode(codec))
    assert doc.text == ARTICLE
    assert doc.encoding == "utf-16"
    assert doc.title.value == "Harbour bridge reopens after six months of repairs"


def test_utf16_without_a_byte_order_mark_is_recognised_by_its_zero_bytes():
    doc = parse(ARTICLE.encode("utf-16-le"))
    assert doc.text == ARTICLE
    assert doc.encoding == "utf-16-le"


def test_windows_1252_text_is_decoded_as_cp1252():
    doc = parse(TEXT.encode("cp1252"))
    assert doc.text == TEXT
    assert doc.encoding == "cp1252"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_newlines_become_newlines(newline):
    doc = parse(ARTICLE.replace("\n", newline))
    assert doc.text == ARTICLE


def test_other_whitespace_is_kept_exactly():
    text = "Title line  \n\n\tIndented paragraph with  two spaces and a trailing tab\t\n\f\n"
    assert parse(text).text == text
