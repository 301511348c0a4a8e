"""PDFs: the text layer is read; encrypted, truncated, scanned and hostile files are refused
with one clear message, within seconds."""

from __future__ import annotations

import contextlib
import time

import pytest

from meetconfer_gui.importer import OrderImportError, ReadLimits, import_order, read_order_text
from tests.unit.importer.pdfmaker import (
    bomb_pdf,
    encrypted,
    huge_stream_pdf,
    pleading_pdf,
    raw_pdf,
    sample_lines,
    scanned_pdf,
    text_pdf,
)

SHORT = ("Plaintiff shall serve responses within ten (10) days of the date of this order.\n"
         "IT IS SO ORDERED.\nDated: March 1, 2016")


def test_text_layer(tmp_path):
    path = tmp_path / "order.pdf"
    path.write_bytes(text_pdf(SHORT))
    order, result = import_order(path)
    assert order.kind == "pdf"
    assert order.source == "order.pdf"
    assert order.lines[0].startswith("1")  # the margin's numbers come first
    (item,) = result.obligations
    assert (item.who, item.days) == ("plaintiff", 10)
    assert order.lines[item.text_lines[0] - 1].startswith("Plaintiff shall serve")


def test_pdf_named_txt_is_read_as_pdf(tmp_path):
    path = tmp_path / "order.txt"
    path.write_bytes(text_pdf(SHORT))
    assert read_order_text(path).kind == "pdf"


def test_encrypted_with_password_is_refused(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted(text_pdf(SHORT), "secret"))
    with pytest.raises(OrderImportError, match="password"):
        read_order_text(path)


def test_encrypted_without_user_password_is_read():
    """Court PDFs often carry an owner password only (printing restrictions): read them."""
    order = read_order_text(encrypted(text_pdf(SHORT), ""))
    assert "ten (10) days" in order.text


def test_scan_without_text_layer(tmp_path):
    with pytest.raises(OrderImportError, match=r"no text layer.*scan"):
        read_order_text(scanned_pdf(tmp_path), name="scan.pdf")


def test_truncated_pdf_within_seconds():
    data = pleading_pdf(sample_lines())
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        started = time.monotonic()
        message = ""
        try:
            order = read_order_text(data[:cut], name="cut.pdf")
        except OrderImportError as err:
            message = str(err)
        else:
            message = " ".join(order.notes)
        assert "cut.pdf" in message
        assert "cut short" in message
        assert time.monotonic() - started < 5


def test_garbage_after_header():
    with pytest.raises(OrderImportError, match=r"damaged|cut short|no text|no pages"):
        read_order_text(b"%PDF-1.7\n" + b"garbage " * 500, name="bad.pdf")


def test_decompression_bomb_is_refused_quickly():
    data = bomb_pdf(100)  # about 100 KB that inflate to 100 MB
    assert len(data) < 2_000_000
    started = time.monotonic()
    with pytest.raises(OrderImportError, match=r"inflate|contents"):
        read_order_text(data, name="bomb.pdf")
    assert time.monotonic() - started < 5


def test_huge_content_stream_is_refused():
    data = huge_stream_pdf(3)
    started = time.monotonic()
    with pytest.raises(OrderImportError):
        read_order_text(data, limits=ReadLimits(max_page_content=1024 * 1024))
    assert time.monotonic() - started < 5


def test_page_and_character_limits():
    data = pleading_pdf(sample_lines())
    with pytest.raises(OrderImportError, match="pages"):
        read_order_text(data, limits=ReadLimits(max_pages=1))
    with pytest.raises(OrderImportError, match="characters"):
        read_order_text(data, limits=ReadLimits(max_chars=500))


def test_hand_made_pdf_text():
    content = b"BT /F1 12 Tf 72 700 Td (Counsel shall meet and confer within 7 days.) Tj ET"
    order = read_order_text(raw_pdf(content))
    assert "Counsel shall meet and confer within 7 days." in order.text


def test_no_pypdf_warnings_on_stderr(capfd):
    data = pleading_pdf(sample_lines())
    with contextlib.suppress(OrderImportError):
        read_order_text(data[: len(data) // 2])
    assert capfd.readouterr().err == ""
