"""The statement as a Word document a paralegal edits (python-docx), on pleading paper.

Times New Roman 12 (``PageLayout.font_family``), the identification block and caption
single-spaced, a two-column caption table closed by rules, the body double-spaced with
headings, signature blocks kept together, and a footer with the page number above the short
title and case number. ``[MISSING: ...]`` gaps are bold and highlighted so none is missed.

Pleading paper: Word's own line numbering counts text lines, so it cannot show the 28 lines of
California pleading paper. As common pleading templates do, the header holds a page-anchored
text box with the numbers 1-28 at the layout's line pitch, beside a double rule down the left
margin (and a single rule on the right), so every page shows them whatever the text
(``_pleading_paper_runs``: DrawingML shapes, which Word 2010+ and LibreOffice read; a user
edits them by opening the header). The body is on the same grid: every paragraph has *exact*
line spacing, a double-spaced line one pitch and a single-spaced line half of it; the top
margin is the top of numbered line 1 and the bottom margin leaves room for exactly 28 lines.
Blocks start on a numbered line and take a whole number of pitches, so the text after them
stays on the numbers; a single-spaced block's height depends on how Word wraps its lines, so
it is estimated with the PDF's metrics of the same face. Double-spaced lines share the
numbers' baselines in any word processor; a single-spaced line sits where the word processor
puts text in a half-pitch line (LibreOffice: about 2 points below the number's baseline).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from meetconfer_gui.export.layout import PageLayout
from meetconfer_gui.export.textblocks import Block, BlockKind, Column, split_missing

if TYPE_CHECKING:
    from meetconfer_gui.export.statement import StatementDocument

EMU_PER_POINT = 12700
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
_WPS_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
#: Names of the header's shapes (``wp:docPr``), which tests and users can find them by.
NUMBERS_NAME = "Pleading line numbers"
RULE_NAME = "Pleading rule"


def _pleading_paper_runs(layout: PageLayout) -> list[Any]:
    """The header runs that draw pleading paper: line numbers and vertical rules.

    Each run holds one DrawingML shape anchored to the page behind the text, so it repeats on
    every page and never moves the body: a text box of ``lines_per_page`` right-aligned
    numbers, one per paragraph at exact ``line_pitch`` spacing from ``top`` (where the body's
    first line starts, so both fall on the same baselines), a double rule at ``number_rule``
    as the PDF draws it, and a rule at ``right_rule``.

    Args:
        layout: The page layout the body uses.

    Returns:
        ``w:r`` elements to append to a header paragraph.
    """
    from docx.oxml import parse_xml

    def emu(points: float) -> int:
        return round(points * EMU_PER_POINT)

    def anchor(shape_id: int, name: str, x: float, y: float, cx: float, cy: float,
               shape: str) -> Any:
        return parse_xml(
            f'<w:r {_NS}><w:rPr><w:noProof/></w:rPr><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
            f'relativeHeight="{251658240 + shape_id}" behindDoc="1" locked="1" '
            f'layoutInCell="1" allowOverlap="1">'
            f'<wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x)}</wp:posOffset>'
            f'</wp:positionH>'
            f'<wp:positionV relativeFrom="page"><wp:posOffset>{emu(y)}</wp:posOffset>'
            f'</wp:positionV>'
            f'<wp:extent cx="{emu(cx)}" cy="{emu(cy)}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
            f'<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="{_WPS_URI}"><wps:wsp>{shape}</wps:wsp>'
            f'</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')

    def xfrm(cx: float, cy: float, geometry: str) -> str:
        return (f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(cx)}" cy="{emu(cy)}"/></a:xfrm>'
                f'<a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>')

    height = layout.pt(layout.page_height)
    runs: list[Any] = []

    def rule(shape_id: int, x: float) -> None:
        line = (f'<wps:cNvCnPr/><wps:spPr>{xfrm(0, height, "line")}'
                f'<a:ln w="{emu(0.6)}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
                f'</a:ln></wps:spPr><wps:bodyPr/>')
        runs.append(anchor(shape_id, RULE_NAME, x, 0, 0, height, line))

    if layout.line_numbers:
        rx = layout.pt(layout.number_rule)
        width = layout.pt(0.5)
        box_height = (layout.lines_per_page + 0.5) * layout.line_pitch  # room to spare
        face = layout.font_family
        size = round(layout.font_size * 2)
        numbers = "".join(
            f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" '
            f'w:line="{round(layout.line_pitch * 20)}" w:lineRule="exact"/><w:jc w:val="right"/>'
            f'</w:pPr><w:r><w:rPr><w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:cs="{face}"/>'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr><w:t>{n}</w:t></w:r></w:p>'
            for n in range(1, layout.lines_per_page + 1))
        box = (f'<wps:cNvSpPr txBox="1"/><wps:spPr>{xfrm(width, box_height, "rect")}'
               f'<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
               f'<wps:txbx><w:txbxContent>{numbers}</w:txbxContent></wps:txbx>'
               f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" '
               f'bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>')
        # The numbers end 8 points left of the rule, as in the PDF.
        runs.append(anchor(9001, NUMBERS_NAME, rx - 8 - width, layout.pt(layout.top), width,
                           box_height, box))
        rule(9002, rx)
        rule(9003, rx + 2.5)
    if layout.right_rule is not None:
        rule(9004, layout.pt(layout.page_width - layout.right_rule))
    return runs


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


def _raise_run(run: Any, points: float) -> None:
    """Raise a run above the baseline (``w:position``, in half-points)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    position = OxmlElement("w:position")
    position.set(qn("w:val"), str(round(points * 2)))
    run._r.get_or_add_rPr().insert_element_before(
        position, "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
        "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
        "w:specVanish", "w:oMath")


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
    """Writes one document on the pleading-paper grid.

    ``row`` counts half-pitch rows (a single-spaced line) since the body began; every block
    starts and ends on an even row, the top of a numbered line's slot, so a block that Word
    moves to the next page (kept together, or after a page break) keeps the grid.
    """

    def __init__(self, doc: StatementDocument, layout: PageLayout) -> None:
        from docx import Document
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.src, self.L = doc, layout
        self.d = Document()
        self.text_width = layout.page_width - layout.left - layout.right
        self.half = layout.line_pitch / 2
        self._sw = stringWidth
        self.regular, self.bold = layout.pdf_fonts
        self.row = 0

    # --- the grid ---------------------------------------------------------------------
    def grid(self, paragraph: Any, rows: int) -> None:
        """Give a paragraph exact line spacing of ``rows`` half-pitches and no spacing."""
        from docx.shared import Pt

        fmt = paragraph.paragraph_format
        fmt.line_spacing = Pt(self.half * rows)  # a Length: python-docx writes "exact"
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0)

    def spacer(self, rows: int, *, keep: bool = False) -> Any:
        """An empty paragraph ``rows`` half-pitches high (kept with the next if ``keep``)."""
        p = self.para(rows=rows)
        p.paragraph_format.keep_with_next = keep or None
        self.row += rows
        return p

    def space_above(self, paragraph: Any) -> None:
        """A blank numbered line above a paragraph, except at the top of a page.

        Word drops a paragraph's space before at the top of a page, so this is space before
        rather than an empty paragraph; one whole pitch, so the grid holds either way.
        """
        from docx.shared import Pt

        paragraph.paragraph_format.space_before = Pt(self.L.line_pitch)

    def gap(self, rows: int) -> None:
        """Leave at least ``rows`` half-pitches, ending at the top of a numbered line."""
        self.spacer(rows + (self.row + rows) % 2)

    def count_lines(self, text: str, width: float, *, first: float = 0.0,
                    hanging: float = 0.0, bold: bool = False) -> int:
        """How many lines a paragraph wraps to in ``width`` points, estimated.

        Word's line breaks are not known here; the PDF's metrics of the same face (Times,
        Helvetica, Courier) and the same greedy breaking give the count a block's height
        needs to stay on the grid.
        """
        size = self.L.font_size
        widths: list[float] = []
        glue = False
        for run, missing in split_missing(text):
            face = self.bold if bold or missing else self.regular
            for k, word in enumerate(run.split()):
                w = self._sw(word, face, size)
                if k == 0 and glue and not run[0].isspace() and widths:
                    widths[-1] += w
                else:
                    widths.append(w)
            glue = not run[-1].isspace()
        space = self._sw(" ", self.regular, size)
        lines, used, room = 1, 0.0, width - first
        for w in widths:
            if used and used + space + w > room:
                lines, used, room = lines + 1, 0.0, width - hanging
            used += (space if used else 0.0) + w
        return lines

    # --- paragraphs ---------------------------------------------------------------------
    def runs(self, paragraph: Any, text: str, *, bold: bool = False) -> None:
        """Add text, setting ``[MISSING: ...]`` gaps bold and highlighted."""
        from docx.enum.text import WD_COLOR_INDEX

        for run_text, missing in split_missing(text):
            run = paragraph.add_run(run_text)
            run.bold = bold or missing or None
            if missing:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            if run_text and not run_text.strip("_"):
                _raise_run(run, 2.0)  # as the PDF lifts it: clear of the name's highlight

    def para(self, text: str = "", *, rows: int = 1, indent: float = 0.0, first: float = 0.0,
             right: float = 0.0, align: str = "left", bold: bool = False,
             container: Any = None) -> Any:
        """Add a paragraph on the grid (``rows`` 2: double-spaced); lengths in inches."""
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Inches

        p = (self.d if container is None else container).add_paragraph()
        self.grid(p, rows)
        fmt = p.paragraph_format
        if indent:
            fmt.left_indent = Inches(indent)
        if first:
            fmt.first_line_indent = Inches(first)
        if right:
            fmt.right_indent = Inches(right)
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        if text:
            self.runs(p, text, bold=bold)
        return p

    # --- page furniture -----------------------------------------------------------------
    def setup(self) -> None:
        from docx.oxml.ns import qn
        from docx.shared import Inches, Pt

        lay = self.L
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Inches(lay.page_width), Inches(lay.page_height)
        # The body is exactly the 28 numbered lines: line 1's slot starts at the top margin.
        body = lay.lines_per_page * lay.line_pitch
        bottom = lay.pt(lay.page_height - lay.top) - body
        sec.top_margin = Pt(lay.pt(lay.top))
        sec.bottom_margin = Pt(bottom)
        sec.left_margin, sec.right_margin = Inches(lay.left), Inches(lay.right)
        sec.header_distance = Pt(lay.pt(lay.top) / 2)
        # The footer (page number, rule, short title: about 30 points) must fit below the
        # body, or Word would shorten the body and lose line 28.
        sec.footer_distance = Pt(max(4.0, min(25.0, bottom - 30)))
        normal = self.d.styles["Normal"]
        normal.font.name = lay.font_family
        normal.font.size = Pt(lay.font_size)
        # What a user types in Word stays on the grid: double-spaced, no paragraph spacing.
        normal.paragraph_format.line_spacing = Pt(lay.line_pitch)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.space_before = Pt(0)
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

    def header(self) -> None:
        """Pleading paper: numbers and rules drawn from the header on every page."""
        from docx.shared import Pt

        p = self.d.sections[0].header.paragraphs[0]
        fmt = p.paragraph_format
        fmt.line_spacing = Pt(1)  # the shapes float; the header takes no room above line 1
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0)
        for run in _pleading_paper_runs(self.L):
            p._p.append(run)

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

    # --- page one -----------------------------------------------------------------------
    def letter_head(self) -> None:
        """A letter's head: date, how sent, the judge's address, "Re:"; single-spaced."""
        cap = self.src.caption
        width = self.L.pt(self.text_width)
        self.spacer(1)
        for text in (*cap.filer_block, *([""] if cap.filer_block else []), *cap.letter):
            if not text:
                self.spacer(1)
                continue
            indent = 0.5 if text.startswith(("Re:", " ")) else 0.0
            first = -0.5 if text.startswith("Re:") else 0.0
            self.para(text.strip(), indent=indent, first=first)
            self.row += self.count_lines(text.strip(), width, first=indent * 72 + first * 72,
                                         hanging=indent * 72)
        self.gap(2)

    def caption(self) -> None:
        """Identification block, court, caption box, each line where the PDF puts it."""
        from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
        from docx.shared import Inches, Pt

        cap = self.src.caption
        lay = self.L
        if cap.is_letter:
            self.letter_head()
            return
        # The identification block keeps to the left half (the clerk's area is on the
        # right), wrapped lines hanging, as the PDF sets it.
        left_width = lay.pt(self.text_width) / 2 - 18
        self.spacer(1)  # its first line on numbered line 1
        for line in cap.filer_block:
            self.para(line, indent=0.25, first=-0.25,
                      right=self.text_width - left_width / 72)
            self.row += self.count_lines(line, left_width, hanging=18)
        self.gap(1)
        for line in cap.court:
            self.para(line, rows=2, align="center")
            self.row += 2
        self.spacer(2)  # a blank numbered line before the caption box
        table = self.d.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        # The PDF's box rule is 6 points left of the middle; its right column starts there.
        split = self.text_width / 2 - 6 / 72
        margins = 2 * 5.4  # the Normal Table style's cell margins, left and right
        left, right = table.rows[0].cells
        for column, cell, width in zip(table.columns, (left, right),
                                       (split, self.text_width - split), strict=True):
            column.width = cell.width = Inches(width)  # LibreOffice reads the grid
        _set_cell_borders(left, right="single", bottom="single")
        _set_cell_borders(right)
        # Left: the parties, each on a numbered line. Right: single-spaced, starting on
        # the same line.
        left_rows = 0
        for k, ln in enumerate(cap.parties):
            p = left.paragraphs[0] if k == 0 else left.add_paragraph()
            self.grid(p, 2)
            p.paragraph_format.left_indent = Inches(ln.indent)
            self.runs(p, ln.text)
            left_rows += 2 * self.count_lines(ln.text,
                                              lay.pt(split - ln.indent) - margins)
        self.grid(right.paragraphs[0], 1)
        right_rows = 1
        for part in cap.right_column:
            bold = part == cap.title
            hang = 0 if bold else 12
            p = self.para(container=right, indent=hang / 72, first=-hang / 72)
            if part:
                self.runs(p, part, bold=bold)
            right_rows += self.count_lines(part, lay.pt(self.text_width - split) - margins,
                                           hanging=hang, bold=bold)
        rows = max(left_rows, right_rows)
        rows += rows % 2
        table.rows[0].height = Pt(rows * self.half)
        table.rows[0].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        self.row += rows
        self.spacer(2)  # a blank numbered line after it

    # --- body ---------------------------------------------------------------------------
    def kept(self, block: Block, *, gap_above: bool = False) -> None:
        """Single-spaced lines kept together; "Dated:" shares a line with the block.

        ``gap_above`` leaves a blank numbered line above it, except at the top of a page.
        """
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Inches

        mid = self.text_width / 2 - 0.5  # as the PDF sets signature blocks
        hang = 0.25  # wrapped lines hang, as in the PDF
        full = self.L.pt(self.text_width)
        lines = list(block.lines)
        paragraphs = [self.spacer(1)]  # the first line on a numbered line
        if gap_above:
            self.space_above(paragraphs[0])
        i = 0
        while i < len(lines):
            ln = lines[i]
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            pair = (ln.column is Column.LEFT and nxt is not None
                    and nxt.column is Column.RIGHT and len(ln.text) < 36)
            shown = nxt if pair and nxt is not None else ln
            if shown.text and not shown.text.strip("_"):
                paragraphs.append(self.spacer(2))  # room to sign by hand
            indent = {Column.LEFT: 0.0, Column.INDENT: 0.5, Column.RIGHT: mid}[shown.column]
            if pair:
                # "Dated:" at the margin, the block from the middle, its wrapped lines too.
                p = self.para(indent=mid, first=-mid)
                p.paragraph_format.tab_stops.add_tab_stop(Inches(mid), WD_TAB_ALIGNMENT.LEFT)
                self.runs(p, ln.text)
                p.add_run("\t")
                self.runs(p, shown.text)
                lines_used = self.count_lines(shown.text, full - self.L.pt(mid))
            else:
                p = self.para(ln.text, indent=indent + hang, first=-hang)
                lines_used = self.count_lines(ln.text, full - self.L.pt(indent),
                                              hanging=self.L.pt(hang))
            self.row += lines_used
            paragraphs.append(p)
            i += 2 if pair else 1
        if self.row % 2:
            paragraphs.append(self.spacer(1))
        for p in paragraphs[:-1]:
            p.paragraph_format.keep_with_next = True

    def body(self) -> None:
        blocks = list(self.src.blocks)
        page_break_next = False
        for i, b in enumerate(blocks):
            prev = blocks[i - 1] if i else None
            if b.kind is BlockKind.PAGE_BREAK:
                page_break_next = True
                continue
            before = len(self.d.paragraphs)
            if b.kind is BlockKind.PARAGRAPH:
                p = self.para(b.text, rows=2, first=self.L.paragraph_indent, align="justify")
                p.paragraph_format.widow_control = True
            elif b.kind is BlockKind.HEADING:
                p = self.para(b.text, rows=2, bold=True)
                p.paragraph_format.keep_with_next = True
            elif b.kind is BlockKind.TITLE:
                p = self.para(b.text, rows=2, bold=True, align="center")
                p.paragraph_format.keep_with_next = True
                if not page_break_next:
                    self.space_above(p)  # room above a centred title in running text
            else:
                # A blank line between the text and the signatures.
                self.kept(b, gap_above=prev is not None and prev.kind is BlockKind.PARAGRAPH
                          and bool(b.lines) and b.lines[0].text.startswith("Dated:"))
            if page_break_next:
                self.d.paragraphs[before].paragraph_format.page_break_before = True
                page_break_next = False

    def save(self, path: Path) -> None:
        self.setup()
        self.header()
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
