"""The statement as a Word document a paralegal edits (python-docx).

Times New Roman 12 (``PageLayout.font_family``), the identification block and caption
single-spaced, a two-column caption table closed by rules, the body double-spaced with
headings, signature blocks kept together, and a footer with the page number above the short
title and case number. ``[MISSING: ...]`` gaps are bold and highlighted so none is missed.
Word's own line numbering counts text lines rather than the 28 lines of pleading paper, so
the DOCX leaves numbering to a pleading template; the PDF draws it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from meetconfer_gui.export.layout import PageLayout
from meetconfer_gui.export.textblocks import Block, BlockKind, Column, split_missing

if TYPE_CHECKING:
    from meetconfer_gui.export.statement import StatementDocument


def _set_cell_borders(cell: Any, **edges: str) -> None:
    """Set a table cell's borders, e.g. ``right="single"``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), edges.get(edge, "nil"))
        if edge in edges:
            el.set(qn("w:sz"), "6")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tc_pr.append(borders)


def _add_field(paragraph: Any, instr: str) -> None:
    """Append a simple field (PAGE) to a paragraph."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _top_border(paragraph: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(k), v)
    bdr.append(top)
    p_pr.append(bdr)


class _DocxWriter:
    def __init__(self, doc: StatementDocument, layout: PageLayout) -> None:
        from docx import Document

        self.src, self.L = doc, layout
        self.d = Document()
        self.text_width = layout.page_width - layout.left - layout.right

    def runs(self, paragraph: Any, text: str, *, bold: bool = False) -> None:
        """Add text, setting ``[MISSING: ...]`` gaps bold and highlighted."""
        from docx.enum.text import WD_COLOR_INDEX

        for run_text, missing in split_missing(text):
            run = paragraph.add_run(run_text)
            run.bold = bold or missing or None
            if missing:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    def para(self, text: str = "", *, double: bool = False, indent: float = 0.0,
             first: float = 0.0, align: str = "left", bold: bool = False) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
        from docx.shared import Inches

        p = self.d.add_paragraph()
        fmt = p.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.DOUBLE if double else WD_LINE_SPACING.SINGLE
        fmt.space_after = 0
        fmt.space_before = 0
        if indent:
            fmt.left_indent = Inches(indent)
        if first:
            fmt.first_line_indent = Inches(first)
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if text:
            self.runs(p, text, bold=bold)
        return p

    def setup(self) -> None:
        from docx.oxml.ns import qn
        from docx.shared import Inches, Pt

        lay = self.L
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Inches(lay.page_width), Inches(lay.page_height)
        sec.top_margin = Inches(lay.top + lay.line_pitch / 72 / 2)
        sec.bottom_margin = Inches(1.0)
        sec.left_margin, sec.right_margin = Inches(lay.left), Inches(lay.right)
        sec.footer_distance = Inches(0.35)
        normal = self.d.styles["Normal"]
        normal.font.name = lay.font_family
        normal.font.size = Pt(lay.font_size)
        r_pr = normal.element.get_or_add_rPr()
        fonts = r_pr.find(qn("w:rFonts"))
        if fonts is not None:
            for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                fonts.set(qn(attr), lay.font_family)
        cap = self.src.caption
        props = self.d.core_properties
        props.title = cap.title
        props.subject = f"{cap.case_name}, Case No. {cap.case_number}"
        props.author = "meetconfer"

    def footer(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        footer = self.d.sections[0].footer
        p = footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_field(p, "PAGE")
        if self.L.footer:
            q = footer.add_paragraph()
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _top_border(q)
            run = q.add_run(self.src.caption.footer)
            run.font.size = Pt(self.L.footer_size)

    def caption(self) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT
        from docx.shared import Inches

        cap = self.src.caption
        for line in cap.filer_block:
            self.para(line)
        self.para()
        self.para()
        for line in cap.court:
            self.para(line, align="center")
        self.para()
        table = self.d.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        half = self.text_width / 2
        left, right = table.rows[0].cells
        left.width, right.width = Inches(half), Inches(half)
        _set_cell_borders(left, right="single", bottom="single")
        _set_cell_borders(right)
        for k, ln in enumerate(cap.parties):
            if k:
                left.add_paragraph()  # the court's captions leave a line between entries
            p = left.paragraphs[0] if k == 0 else left.add_paragraph()
            p.paragraph_format.left_indent = Inches(ln.indent)
            self.runs(p, ln.text)
        first = True
        for part in cap.right_column:
            p = right.paragraphs[0] if first else right.add_paragraph()
            first = False
            p.paragraph_format.left_indent = Inches(0.12)
            if part:
                self.runs(p, part, bold=part == cap.title)
        self.para()

    def kept(self, block: Block) -> None:
        """Single-spaced lines kept together; "Dated:" shares a line with the block."""
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Inches, Pt

        mid = self.text_width / 2 - 0.5  # as the PDF sets signature blocks
        lines = list(block.lines)
        paragraphs: list[Any] = []
        i = 0
        while i < len(lines):
            ln = lines[i]
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if ln.column is Column.LEFT and nxt is not None and nxt.column is Column.RIGHT \
                    and len(ln.text) < 36:
                p = self.para()
                p.paragraph_format.tab_stops.add_tab_stop(Inches(mid), WD_TAB_ALIGNMENT.LEFT)
                self.runs(p, ln.text)
                p.add_run("\t")
                self.runs(p, nxt.text)
                rule = nxt.text and not nxt.text.strip("_")
                i += 2
            else:
                indent = {Column.LEFT: 0.0, Column.INDENT: 0.5, Column.RIGHT: mid}[ln.column]
                p = self.para(ln.text, indent=indent)
                rule = ln.text and not ln.text.strip("_")
                i += 1
            if rule:
                p.paragraph_format.space_before = Pt(24)  # room to sign by hand
            paragraphs.append(p)
        for p in paragraphs[:-1]:
            p.paragraph_format.keep_with_next = True
        self.para()

    def body(self) -> None:
        blocks = list(self.src.blocks)
        page_break_next = False
        for b in blocks:
            if b.kind is BlockKind.PAGE_BREAK:
                page_break_next = True
                continue
            before = len(self.d.paragraphs)
            if b.kind is BlockKind.PARAGRAPH:
                p = self.para(b.text, double=True, first=self.L.paragraph_indent,
                              align="justify")
                p.paragraph_format.widow_control = True
            elif b.kind is BlockKind.HEADING:
                p = self.para(b.text, double=True, bold=True)
                p.paragraph_format.keep_with_next = True
            elif b.kind is BlockKind.TITLE:
                p = self.para(b.text, double=True, bold=True, align="center")
                p.paragraph_format.keep_with_next = True
            else:
                self.kept(b)
            if page_break_next:
                self.d.paragraphs[before].paragraph_format.page_break_before = True
                page_break_next = False

    def save(self, path: Path) -> None:
        self.setup()
        self.footer()
        self.caption()
        self.body()
        self.d.save(str(path))


def write_docx(doc: StatementDocument, path: str | Path,
               layout: PageLayout | None = None) -> Path:
    """Write a statement as a Word document.

    Args:
        doc: The caption and the body text.
        path: Where to write.
        layout: Page layout (font, size, margins).

    Returns:
        The path written.
    """
    out = Path(path)
    _DocxWriter(doc, layout or PageLayout()).save(out)
    return out
