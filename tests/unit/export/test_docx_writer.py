"""The statement's Word document, read back with python-docx."""

from __future__ import annotations

import docx
from docx.enum.text import WD_COLOR_INDEX, WD_LINE_SPACING
from docx.shared import Pt

from meetconfer_gui.export.statement import OutputFormat, build_statement, write_statement
from tests.unit.export.conftest import TODAY


def read(path):
    d = docx.Document(str(path))
    text = [p.text for p in d.paragraphs]
    for table in d.tables:
        for cell in table.rows[0].cells:
            text += [p.text for p in cell.paragraphs]
    return d, "\n".join(text)


def test_docx_reads_back(matter, tmp_path):
    path = write_statement(build_statement(matter, TODAY), tmp_path / "js.docx")
    d, text = read(path)
    for fact in ("JANE ROE, State Bar No. 123456", "UNITED STATES DISTRICT COURT",
                 "EASTERN DISTRICT OF CALIFORNIA", "MERRICK JOSE MOORE,", "GIPSON, et al.,",
                 "Case No. 1:13-cv-01820-DAD-BAM (PC)",
                 "JOINT STATEMENT REGARDING MEET-AND-CONFER CONFERENCE", "(ECF Nos. 43, 48)",
                 "October 20, 2017", "October 23, 2017", "(ECF No. 43)",
                 "Request for Production No. 4, Set One", "Interrogatory No. 7, Set Two",
                 "/s/ Jane Roe",
                 "/s/ MERRICK JOSE MOORE (original signature retained by attorney Jane Roe)",
                 "CERTIFICATE OF SERVICE", "Corcoran, CA 93212"):
        assert fact in text, fact
    # The caption table: the left cell closed by a right and a bottom rule.
    left = d.tables[0].rows[0].cells[0]._tc.xml
    assert 'w:right w:val="single"' in left and 'w:bottom w:val="single"' in left


def test_docx_format(matter, tmp_path):
    path = write_statement(build_statement(matter, TODAY), tmp_path / "js.docx",
                           OutputFormat.DOCX)
    d, _ = read(path)
    normal = d.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(12)
    body = [p for p in d.paragraphs if p.text.startswith("The parties met and conferred")]
    # Double-spaced on pleading paper: exactly one 24-point line pitch per line.
    assert body[0].paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert body[0].paragraph_format.line_spacing == Pt(24)
    heading = next(p for p in d.paragraphs if p.text.startswith("I. MEET-AND-CONFER"))
    assert all(r.bold for r in heading.runs)
    footer = d.sections[0].footer
    assert "fldSimple" in footer.paragraphs[0]._p.xml and "PAGE" in footer.paragraphs[0]._p.xml
    assert footer.paragraphs[1].text == ("Joint Statement re Meet-and-Confer Conference "
                                         "(1:13-cv-01820-DAD-BAM (PC))")
    breaks = [p.text for p in d.paragraphs if p.paragraph_format.page_break_before]
    assert breaks == ["SIGNATURE PAGE OF PLAINTIFF MERRICK JOSE MOORE",
                      "CERTIFICATE OF SERVICE"]
    assert d.core_properties.title == "JOINT STATEMENT REGARDING MEET-AND-CONFER CONFERENCE"


def test_gaps_are_bold_and_highlighted(sample, tmp_path):
    path = write_statement(build_statement(sample, TODAY), tmp_path / "gaps.docx")
    d, text = read(path)
    assert "[MISSING: date(s) and method of the meet-and-confer conference" in text
    runs = [r for p in d.paragraphs for r in p.runs if r.text.startswith("[MISSING:")]
    assert runs and all(r.bold and r.font.highlight_color == WD_COLOR_INDEX.YELLOW
                        for r in runs)
