"""Pleading paper in the Word document: numbers 1-28 and rules in the header, text on the grid."""

from __future__ import annotations

import itertools
import shutil
import subprocess

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from meetconfer_gui.export.docx_writer import NUMBERS_NAME, RULE_NAME, write_docx
from meetconfer_gui.export.layout import PageLayout
from meetconfer_gui.export.statement import build_statement
from tests.unit.export.conftest import TODAY

EMU = 12700  # per point
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main", "wps": WPS}


def shapes(document, name):
    """The header's page anchors whose shape is called ``name``."""
    hdr = document.sections[0].header._element
    return [a for a in hdr.iterfind(".//wp:anchor", NS)
            if a.find("wp:docPr", NS).get("name") == name]


def offset(anchor, axis):
    pos = anchor.find(f"wp:position{axis}", NS)
    assert pos.get("relativeFrom") == "page"
    return int(pos.find("wp:posOffset", NS).text)


def write(matter, tmp_path, layout=None, name="js.docx"):
    path = write_docx(build_statement(matter, TODAY).document(), tmp_path / name, layout)
    return path, docx.Document(str(path))


def test_header_holds_numbers_and_rules(matter, tmp_path):
    _, d = write(matter, tmp_path)
    lay = PageLayout()
    (box,) = shapes(d, NUMBERS_NAME)
    assert box.get("behindDoc") == "1"
    assert box.find(".//a:graphicData", NS).get("uri") == WPS
    paras = box.findall(".//w:txbxContent/w:p", NS)
    assert ["".join(t.text for t in p.iterfind(".//w:t", NS)) for p in paras] == [
        str(n) for n in range(1, 29)]
    for p in paras:  # one number per line pitch, right-aligned
        spacing = p.find("w:pPr/w:spacing", NS)
        assert (spacing.get(qn("w:line")), spacing.get(qn("w:lineRule"))) == ("480", "exact")
        assert p.find("w:pPr/w:jc", NS).get(qn("w:val")) == "right"
    # Line 1's slot starts at the top margin, as the body's first line does.
    assert offset(box, "V") == lay.pt(lay.top) * EMU == d.sections[0].top_margin.emu
    right_edge = offset(box, "H") + int(box.find("wp:extent", NS).get("cx"))
    assert right_edge == round((lay.pt(lay.number_rule) - 8) * EMU)  # as the PDF sets them
    body_pr = box.find(".//wps:bodyPr", NS)
    assert [body_pr.get(k) for k in ("lIns", "tIns", "rIns", "bIns")] == ["0"] * 4
    # The double rule down the left margin and the rule on the right, the page's height.
    rules = shapes(d, RULE_NAME)
    xs = sorted(offset(r, "H") for r in rules)
    assert xs == [round(x * EMU) for x in (97.2, 99.7, 576.0)]
    for r in rules:
        assert r.find(".//a:prstGeom", NS).get("prst") == "line"
        assert offset(r, "V") == 0 and int(r.find("wp:extent", NS).get("cy")) == 792 * EMU
        assert r.find(".//a:ln/a:solidFill", NS) is not None
    # Still a document python-docx reads and writes.
    d.save(str(tmp_path / "again.docx"))
    assert len(shapes(docx.Document(str(tmp_path / "again.docx")), RULE_NAME)) == 3


def test_body_on_the_grid(matter, tmp_path):
    _, d = write(matter, tmp_path)
    sec = d.sections[0]
    # The body is exactly 28 lines of 24 points.
    assert sec.top_margin == Pt(54)
    assert sec.page_height - sec.top_margin - sec.bottom_margin == Pt(28 * 24)
    cells = [p for t in d.tables for c in t.rows[0].cells for p in c.paragraphs]
    for p in [*d.paragraphs, *cells]:
        fmt = p.paragraph_format
        assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY, p.text
        assert fmt.line_spacing in (Pt(12), Pt(24)), p.text
        assert fmt.space_after == 0 and fmt.space_before in (0, Pt(24)), p.text
    double = [p.text for p in d.paragraphs if p.paragraph_format.line_spacing == Pt(24)]
    assert "I. MEET-AND-CONFER CONFERENCE" in double and "UNITED STATES DISTRICT COURT" in double
    assert any(t.startswith("The parties met and conferred") for t in double)
    single = [p.text for p in d.paragraphs if p.paragraph_format.line_spacing == Pt(12)]
    assert "Office of the Attorney General of California" in single
    assert any(t.startswith("Dated:") for t in single)
    # What a user adds in Word is double-spaced on the grid too.
    normal = d.styles["Normal"].paragraph_format
    assert normal.line_spacing == Pt(24) and normal.space_after == 0


def test_layout_changes_the_paper(matter, tmp_path):
    _, d = write(matter, tmp_path, PageLayout(lines_per_page=26, font_family="Arial"))
    (box,) = shapes(d, NUMBERS_NAME)
    assert [t.text for t in box.iterfind(".//w:t", NS)] == [str(n) for n in range(1, 27)]
    assert box.find(".//w:rFonts", NS).get(qn("w:ascii")) == "Arial"
    sec = d.sections[0]
    assert sec.page_height - sec.top_margin - sec.bottom_margin == Pt(26 * 24)
    _, d = write(matter, tmp_path, PageLayout(line_numbers=False), "plain.docx")
    assert not shapes(d, NUMBERS_NAME) and len(shapes(d, RULE_NAME)) == 1  # the right rule
    _, d = write(matter, tmp_path, PageLayout(line_numbers=False, right_rule=None), "bare.docx")
    assert not shapes(d, RULE_NAME)


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def positions(page):
    """(x, y, text) of each piece of text on a PDF page, in points from the bottom left."""
    items = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            items.append((x, y, text.strip()))

    page.extract_text(visitor_text=visit)
    return items


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_numbers_beside_the_lines(sample, tmp_path):
    """Converted by LibreOffice, every page has 1-28 in the margin on the text's baselines."""
    import pypdf

    assert SOFFICE is not None
    path, _ = write(sample, tmp_path)
    profile = (tmp_path / "lo-profile").as_uri()  # not the user's, nor another run's
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=90)
    reader = pypdf.PdfReader(str(tmp_path / "js.pdf"))
    assert len(reader.pages) >= 2
    rule_x = PageLayout().pt(PageLayout().number_rule)
    for page in reader.pages:
        lines = page.extract_text().splitlines()
        numbers = [ln.strip() for ln in lines if ln.strip().isdigit()][:28]
        assert numbers == [str(n) for n in range(1, 29)]
        items = positions(page)
        margin = [(y, t) for x, y, t in items if x < rule_x and t.isdigit()]
        assert [t for _, t in margin] == [str(n) for n in range(1, 29)]
        ys = [y for y, _ in margin]
        assert all(abs((a - b) - 24) < 0.2 for a, b in itertools.pairwise(ys))
        assert ys[0] == pytest.approx(792 - 54 - 24 + 4.8, abs=3)  # line 1, about an inch down
    # Double-spaced lines share a number's baseline (within the caption rule's width).
    page1 = positions(reader.pages[0])
    baselines = [y for x, y, t in page1 if x < rule_x and t.isdigit()]
    for start in ("UNITED STATES DISTRICT COURT", "I. MEET-AND-CONFER CONFERENCE",
                  "II. STATUS OF THE MOTION", "Plaintiff MERRICK JOSE MOORE, proceeding"):
        y = next(y for x, y, t in page1 if x > rule_x and t.startswith(start))
        assert min(abs(y - n) for n in baselines) < 1.5, start
