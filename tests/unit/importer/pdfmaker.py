"""PDFs for the importer's tests, made on the fly: pleading paper, scans, broken and hostile."""

from __future__ import annotations

import io
import textwrap
import zlib
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ORDERS = Path(__file__).parent / "orders"
SAMPLE = Path(__file__).parents[3] / "meetconfer_gui" / "data" / "meet-and-confer-order.txt"


def sample_lines() -> list[str]:
    """The sample order's text as lines, without its printed line numbers and "///"."""
    text = SAMPLE.read_text(encoding="utf-8")
    out = []
    for line in text.split("\n"):
        number, _, body = line.partition(" ")
        if line.strip().isdigit() or line.strip() in ("28 ///", "///"):
            continue
        out.append(body if number.isdigit() and body else line)
    return out


def pleading_pdf(lines: list[str], *, header: str | None = None, numbers_first: bool = True,
                 width: int = 92, slashes: bool = True) -> bytes:
    """A pleading-paper PDF: line numbers 1-28 in the margin, an ECF header on each page.

    Args:
        lines: The text's lines, flowed 27 to a page (long lines are wrapped).
        header: An ECF header with ``{page}`` and ``{pages}`` to fill in.
        numbers_first: Draw the margin numbers before the text (they come out of the text
            layer as a run of their own) rather than after it.
        width: Wrap lines longer than this.
        slashes: End each page but the last with "///".
    """
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, width, break_on_hyphens=False) or [""])
    per_page = 27
    pages = [wrapped[i:i + per_page] for i in range(0, len(wrapped), per_page)] or [[]]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setTitle("Order")

    def margin() -> None:
        c.setFont("Times-Roman", 10)
        for n in range(1, 29):
            c.drawRightString(60, 720 - (n - 1) * 24, str(n))

    for number, page in enumerate(pages, 1):
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(72, 760, header.format(page=number, pages=len(pages)))
        if numbers_first:
            margin()
        c.setFont("Times-Roman", 11)
        for i, line in enumerate(page):
            c.drawString(80, 720 - i * 24, line)
        if slashes and number < len(pages):
            c.drawString(80, 720 - 27 * 24, "///")
        if not numbers_first:
            margin()
        c.showPage()
    c.save()
    return buf.getvalue()


def text_pdf(text: str) -> bytes:
    """A plain one-page PDF of some text."""
    return pleading_pdf(text.split("\n"), slashes=False)


def encrypted(data: bytes, user_password: str) -> bytes:
    """``data`` encrypted with RC4 (pypdf reads RC4 without extra packages)."""
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-" + user_password,
                   algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf(tmp: Path) -> bytes:
    """A 'scan': one page holding only a picture, no text layer."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(image)
    for y in range(100, 1000, 30):
        draw.rectangle((80, y, 770, y + 12), fill=40)
    path = tmp / "page.png"
    image.save(path)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.drawImage(str(path), 0, 0, width=612, height=792)
    c.showPage()
    c.save()
    return buf.getvalue()


def raw_pdf(content: bytes, *, flate: bool = False) -> bytes:
    """A one-page PDF built by hand around a content stream (already compressed if flate)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + (b" /Filter /FlateDecode" if flate
                                                        else b"") + b" >>\nstream\n"
        + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              f"%%EOF\n".encode())
    return out.getvalue()


def bomb_pdf(inflated_mb: int = 300) -> bytes:
    """A small PDF whose one content stream inflates to ``inflated_mb`` megabytes."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    parts = [comp.compress(chunk) for _ in range(inflated_mb)]
    parts.append(comp.flush())
    return raw_pdf(b"".join(parts), flate=True)


def huge_stream_pdf(megabytes: int) -> bytes:
    """An uncompressed content stream of ``megabytes`` of text operators."""
    op = b"BT /F1 12 Tf 72 700 Td (Filler text that goes on and on) Tj ET\n"
    return raw_pdf(op * (megabytes * 1024 * 1024 // len(op)))
