"""Reading text in any common encoding, and refusing what is not text."""

from __future__ import annotations

import codecs

import pytest

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.importer import (
    OrderImportError,
    OrderText,
    ReadLimits,
    decode_text,
    extract,
    read_order_text,
)

ORDER = ("Defendants\u2019 counsel shall file the Joint Statement within fourteen (14) days "
         "of the date of this order. Caf\u00e9 \u00a7 1983 \u201cquoted\u201d\n")


@pytest.mark.parametrize(("data", "encoding"), [
    (ORDER.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ORDER.encode("utf-8"), "utf-8-sig"),
    (ORDER.encode("utf-16"), "utf-16"),
    (ORDER.encode("utf-16-le"), "utf-16-le"),
    (ORDER.encode("utf-16-be"), "utf-16-be"),
    (ORDER.encode("cp1252"), "cp1252"),
])
def test_encodings(data, encoding):
    order = read_order_text(data, name="order.txt")
    assert order.encoding == encoding
    assert order.text == ORDER.rstrip("\n") + "\n" or order.lines[0] == ORDER.rstrip("\n")
    assert order.lines[0] == ORDER.rstrip("\n")
    if encoding not in ("utf-8", "utf-8-sig"):
        assert order.notes and encoding in order.notes[0]
    result = extract(order)
    assert result.obligations[0].days == 14


def test_latin1_bytes_cp1252_cannot_decode():
    data = "Se\u00f1or shall file within 7 days of the date of this order.\x81".encode("latin-1")
    text, encoding = decode_text(data)
    assert encoding == "latin-1"
    assert text.startswith("Se\u00f1or")


@pytest.mark.parametrize(("data", "words"), [
    (b"\x00\x01\x02binary\x00stuff" * 10, "NUL bytes"),
    (bytes(range(1, 32)) * 20, "control characters"),
    (b"PK\x03\x04" + b"\x00" * 40, "Word document"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "image"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "image"),
    (b"{\\rtf1\\ansi hello}", "rich-text"),
])
def test_binary_files_are_refused(data, words):
    with pytest.raises(OrderImportError, match=words):
        read_order_text(data, name="order.txt")


def test_error_is_a_domain_error():
    assert issubclass(OrderImportError, DomainError)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", codecs.BOM_UTF8])
def test_empty(data):
    with pytest.raises(OrderImportError, match="empty"):
        read_order_text(data)


def test_file_errors(tmp_path):
    with pytest.raises(OrderImportError, match="no such file"):
        read_order_text(tmp_path / "missing.txt")
    with pytest.raises(OrderImportError, match="is a folder"):
        read_order_text(tmp_path)
    fake = tmp_path / "order.pdf"
    fake.write_text("just text", encoding="utf-8")
    with pytest.raises(OrderImportError, match="not a PDF"):
        read_order_text(fake)


def test_size_limits(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(OrderImportError, match="larger than"):
        read_order_text(big, limits=ReadLimits(max_bytes=1000))
    with pytest.raises(OrderImportError, match="larger than"):
        read_order_text(b"a" * 2000, limits=ReadLimits(max_bytes=1000))
    with pytest.raises(OrderImportError, match="characters"):
        OrderText.from_string("word " * 400, limits=ReadLimits(max_chars=1000))


def test_line_breaks_and_pages():
    order = OrderText.from_string("one\r\ntwo\rthree\u2028four\x0cfive\nsix")
    assert order.lines == ("one", "two", "three", "four", "five", "six")
    assert order.text.split("\n") == list(order.lines)
    assert order.page_starts == (1, 5)
    assert order.page_of(4) == 1
    assert order.page_of(6) == 2


def test_bom_is_dropped_from_pasted_text():
    assert OrderText.from_string("\ufeffhello").lines == ("hello",)


def test_file_name_in_messages(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x00" * 100)
    with pytest.raises(OrderImportError, match=r"^scan\.txt is a binary file"):
        read_order_text(path)


def test_line_limit():
    with pytest.raises(OrderImportError, match="lines"):
        OrderText.from_string("x\n" * 50, limits=ReadLimits(max_lines=40))


@pytest.mark.parametrize("text", [
    "failure to comply shall within 10 days of " * 5000,  # one 200,000-character "sentence"
    "\u201c" * 200_000,
    "Defendants shall file the joint statement by January 1, 2016 " * 3000,
])
def test_pathological_text_is_read_in_bounded_time(text):
    import time

    started = time.monotonic()
    result = extract(OrderText.from_string(text))
    assert time.monotonic() - started < 10
    assert all(len(o.what) <= 400 for o in result.obligations)
