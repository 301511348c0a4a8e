"""The statement as a PDF laid out like California pleading paper (reportlab, no Qt).

Every page has numbered lines 1-28 in the left margin beside a double vertical rule, and the
text sits on the same grid: a double-spaced line on a numbered line, a single-spaced line on a
numbered line or half-way between two. Page one carries the identification block, the
court's title and the caption box; signature blocks are never split across pages; a page
break in the body starts a new page (the signature page, the certificate of service). The
built-in Times face needs no installed font, and the text stays searchable.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from meetconfer_gui.export.layout import PageLayout
from meetconfer_gui.export.textblocks import Block, BlockKind, Column, split_missing

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from meetconfer_gui.export.statement import StatementDocument

Word = tuple[str, bool]  # (text, bold)
Unit = list[Word]  # words with no space between them ("[MISSING: x]," is two words, one unit)


def _is_rule(text: str) -> bool:
    """Whether a line is a signature rule (underscores only)."""
    return bool(text) and not text.strip("_")


def _words(text: str, *, bold: bool = False) -> list[Unit]:
    """Split text into units separated by spaces; a ``[MISSING: ...]`` run is bold."""
    units: list[Unit] = []
    space_before = True
    for run, missing in split_missing(text):
        parts = run.split()
        if not parts:
            space_before = True
            continue
        for k, part in enumerate(parts):
            glued = k == 0 and not run[0].isspace() and not space_before and units
            if glued:
                units[-1].append((part, bold or missing))
            else:
                units.append([(part, bold or missing)])
        space_before = run[-1].isspace()
    return units


@dataclass(slots=True)
class _Row:
    """A line to draw on one row of the grid."""

    words: list[Unit]
    x: float
    width: float
    justify: bool = False
    center: bool = False


class _PdfWriter:
    """Lays out one document on the pleading-paper grid."""

    def __init__(self, doc: StatementDocument, layout: PageLayout, canvas: Canvas) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.doc, self.L, self.c = doc, layout, canvas
        self._sw = stringWidth
        self.regular, self.bold = layout.pdf_fonts
        self.size = layout.font_size
        self.half = layout.line_pitch / 2
        self.rows = layout.lines_per_page * 2
        self.W = layout.pt(layout.page_width)
        self.H = layout.pt(layout.page_height)
        self.x0 = layout.pt(layout.left)
        self.x1 = self.W - layout.pt(layout.right)
        self.mid = (self.x0 + self.x1) / 2
        # Signature blocks start half an inch left of the middle, as AG filings set them,
        # so an office's name fits on one line.
        self.sig_x = self.mid - layout.pt(0.5)
        self.page = 0
        self.row = 0

    # --- measuring and drawing ------------------------------------------------------
    def width(self, unit: Unit) -> float:
        return sum(self._sw(w, self.bold if b else self.regular, self.size) for w, b in unit)

    @property
    def space(self) -> float:
        return self._sw(" ", self.regular, self.size)

    def wrap(self, units: list[Unit], width: float, first_indent: float = 0.0,
             hanging: float = 0.0) -> list[tuple[list[Unit], float]]:
        """Break units into lines: (units, indent) each."""
        lines: list[tuple[list[Unit], float]] = []
        cur: list[Unit] = []
        used = 0.0
        indent = first_indent
        for u in units:
            uw = self.width(u)
            if cur and used + self.space + uw > width - indent:
                lines.append((cur, indent))
                cur, used, indent = [], 0.0, hanging
            if cur:
                used += self.space
            cur.append(u)
            used += uw
        if cur or not lines:
            lines.append((cur, indent))
        return lines

    def baseline(self, row: int) -> float:
        """The baseline of a row: the bottom of its half-line less the descent."""
        return self.H - self.L.pt(self.L.top) - (row + 1) * self.half + self.size * 0.25

    def draw(self, row: int, line: _Row) -> None:
        if not line.words:
            return
        units = line.words
        natural = sum(self.width(u) for u in units) + self.space * (len(units) - 1)
        x = line.x + (line.width - natural) / 2 if line.center else line.x
        gaps = len(units) - 1
        ws = 0.0
        if line.justify and gaps:
            ws = (line.width - natural) / gaps
            if ws > self.space * 3:
                ws = 0.0  # a line with a few long words reads better ragged
        # (text, bold) pieces; a space ends every unit but the last, so Tw stretches it
        pieces: list[Word] = []
        for i, u in enumerate(units):
            for j, (w, b) in enumerate(u):
                tail = " " if j == len(u) - 1 and i < len(units) - 1 else ""
                pieces.append((w + tail, b))
        lift = 2.0 if len(units) == 1 and _is_rule(units[0][0][0]) else 0.0
        text = self.c.beginText(x, self.baseline(row) + lift)
        text.setWordSpace(ws)
        i = 0
        while i < len(pieces):
            bold = pieces[i][1]
            j = i
            while j < len(pieces) and pieces[j][1] == bold:
                j += 1
            text.setFont(self.bold if bold else self.regular, self.size)
            text.textOut("".join(w for w, _ in pieces[i:j]))
            i = j
        self.c.drawText(text)

    # --- pages ------------------------------------------------------------------------
    def new_page(self) -> None:
        if self.page:
            self.end_page()
        self.page += 1
        self.row = 0

    def end_page(self) -> None:
        # Drawn last, so text extraction and screen readers meet the body first.
        self.furniture()
        self.c.showPage()

    def furniture(self) -> None:
        """Line numbers, rules, page number and footer."""
        c, lay = self.c, self.L
        c.setLineWidth(0.6)
        if lay.line_numbers:
            rx = lay.pt(lay.number_rule)
            c.line(rx, 0, rx, self.H)
            c.line(rx + 2.5, 0, rx + 2.5, self.H)
            c.setFont(self.regular, self.size)
            for n in range(1, lay.lines_per_page + 1):
                c.drawRightString(rx - 8, self.baseline(2 * n - 1), str(n))
        if lay.right_rule is not None:
            x = self.W - lay.pt(lay.right_rule)
            c.line(x, 0, x, self.H)
        bottom = self.baseline(self.rows - 1) - self.size * 0.25
        c.setFont(self.regular, self.size)
        c.drawCentredString(self.W / 2, bottom - 20, str(self.page))
        if lay.footer:
            c.line(self.x0, bottom - 25, self.x1, bottom - 25)
            c.setFont(self.regular, lay.footer_size)
            c.drawCentredString((self.x0 + self.x1) / 2, bottom - 25 - lay.footer_size - 1,
                                self.doc.caption.footer)

    def room(self) -> int:
        return self.rows - self.row

    def to_line(self) -> None:
        """Move to the next numbered line (an odd row)."""
        if self.row % 2 == 0:
            self.row += 1

    # --- page one ---------------------------------------------------------------------
    def letter_head(self) -> None:
        """A letter's head: date, how sent, the judge's address, "Re:"; single-spaced."""
        cap = self.doc.caption
        width = self.x1 - self.x0
        self.row = 1
        for text in (*cap.filer_block, *([""] if cap.filer_block else []), *cap.letter):
            if not text:
                self.row += 1
                continue
            indent = self.L.pt(0.5) if text.startswith(("Re:", " ")) else 0.0
            first = 0.0 if text.startswith("Re:") else indent
            for words, ind in self.wrap(_words(text.strip()), width, first, indent):
                self.draw(self.row, _Row(words, self.x0 + ind, width - ind))
                self.row += 1
        self.row += 2
        self.to_line()

    def caption(self) -> None:
        cap = self.doc.caption
        if cap.is_letter:
            self.letter_head()
            return
        left_width = self.mid - 18 - self.x0
        self.row = 1
        for text in cap.filer_block:
            for words, indent in self.wrap(_words(text), left_width, 0, 18):
                self.draw(self.row, _Row(words, self.x0 + indent, left_width))
                self.row += 1
        self.row += 2
        self.to_line()
        for text in cap.court:
            self.draw(self.row, _Row(_words(text), self.x0, self.x1 - self.x0, center=True))
            self.row += 2
        self.row += 2  # a blank numbered line before the caption box
        start = self.row
        lrow = start
        for ln in cap.parties:
            for words, indent in self.wrap(_words(ln.text), left_width - self.L.pt(ln.indent),
                                           0, 18):
                self.draw(lrow, _Row(words, self.x0 + self.L.pt(ln.indent) + indent,
                                     left_width))
                lrow += 2
        rx = self.mid + 6
        rwidth = self.x1 - rx
        rrow = start
        for part in cap.right_column:
            if not part:
                rrow += 1
                continue
            bold = part == cap.title
            for words, indent in self.wrap(_words(part, bold=bold), rwidth, 0,
                                           0 if bold else 12):
                self.draw(rrow, _Row(words, rx + indent, rwidth))
                rrow += 1
        end = max(lrow - 1, rrow)
        top_y = self.baseline(start) + self.size
        bottom_y = self.baseline(end) - self.size * 0.1
        rule_x = self.mid - 6
        self.c.setLineWidth(0.6)
        self.c.line(rule_x, top_y, rule_x, bottom_y)
        self.c.line(self.x0, bottom_y, rule_x, bottom_y)
        self.row = end + 2
        self.to_line()

    # --- body -------------------------------------------------------------------------
    def double_lines(self, rows: list[_Row], keep: int = 1) -> None:
        """Place double-spaced lines; ``keep`` of them must start on the same page."""
        self.to_line()
        if self.room() < keep * 2 - 1:
            self.new_page()
            self.to_line()
        avail = (self.room() + 1) // 2
        # No widow: a paragraph's last line never starts a page alone.
        widow = len(rows) - avail == 1 and avail >= 3
        for i, r in enumerate(rows):
            if self.row >= self.rows or (widow and i == avail - 1):
                self.new_page()
                self.to_line()
            self.draw(self.row, r)
            self.row += 2

    def paragraph(self, block: Block) -> None:
        width = self.x1 - self.x0
        lines = self.wrap(_words(block.text), width, self.L.pt(self.L.paragraph_indent))
        rows = [_Row(words, self.x0 + indent, width - indent, justify=i < len(lines) - 1)
                for i, (words, indent) in enumerate(lines)]
        self.double_lines(rows, keep=min(2, len(rows)))

    def heading(self, block: Block, nxt: Block | None) -> None:
        width = self.x1 - self.x0
        center = block.kind is BlockKind.TITLE
        rows = [_Row(words, self.x0 + indent, width - indent, center=center)
                for words, indent in self.wrap(_words(block.text, bold=True), width)]
        follow = 0
        if nxt is not None and nxt.kind is BlockKind.PARAGRAPH:
            follow = min(2, len(self.wrap(_words(nxt.text), width,
                                          self.L.pt(self.L.paragraph_indent))))
        self.double_lines(rows, keep=len(rows) + follow)

    def column(self, column: Column) -> tuple[float, float]:
        """Left edge and width of a kept line's column."""
        if column is Column.RIGHT:
            return self.sig_x, self.x1 - self.sig_x
        if column is Column.INDENT:
            return self.x0 + self.L.pt(0.5), self.x1 - self.x0 - self.L.pt(0.5)
        return self.x0, self.x1 - self.x0

    def kept(self, block: Block) -> None:
        """Single-spaced lines kept on one page where they fit.

        A left line followed by a right one shares its row ("Dated:" beside the signature
        block); a signature rule gets two empty rows above it to sign in.
        """
        placed: list[tuple[int, _Row]] = []
        r = 0
        lines = list(block.lines)
        i = 0
        while i < len(lines):
            ln = lines[i]
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            pair = (ln.column is Column.LEFT and nxt is not None and nxt.column is Column.RIGHT
                    and self.x0 + self.width([(ln.text, False)]) < self.sig_x - 12)
            group = [ln, nxt] if pair and nxt is not None else [ln]
            if any(_is_rule(g.text) for g in group):
                r += 2  # room above a line for a handwritten signature
            used = 0
            for g in group:
                x, width = self.column(g.column)
                rr = r
                for words, indent in self.wrap(_words(g.text), width, 0, 18):
                    placed.append((rr, _Row(words, x + indent, width - indent)))
                    rr += 1
                used = max(used, rr - r)
            r += used
            i += len(group)
        self.to_line()
        if r > self.room() and r <= self.rows:
            self.new_page()
            self.to_line()
        base = self.row
        for offset, row in placed:
            while base + offset >= self.rows:  # longer than a page: go on to the next
                self.new_page()
                self.to_line()
                base = self.row - offset
            self.draw(base + offset, row)
        self.row = base + r + 1

    def body(self) -> None:
        blocks = list(self.doc.blocks)
        for i, b in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if b.kind is BlockKind.PAGE_BREAK:
                if self.row > 1:
                    self.new_page()
            elif b.kind is BlockKind.PARAGRAPH:
                self.paragraph(b)
            elif b.kind in (BlockKind.HEADING, BlockKind.TITLE):
                if b.kind is BlockKind.TITLE and self.row > 1:
                    self.row += 2  # room above a centred title in running text
                self.heading(b, nxt)
            else:
                prev = blocks[i - 1] if i else None
                if (prev is not None and prev.kind is BlockKind.PARAGRAPH and b.lines
                        and b.lines[0].text.startswith("Dated:") and self.row > 1):
                    self.row += 2  # a blank line between the text and the signatures
                self.kept(b)

    def run(self) -> None:
        cap = self.doc.caption
        self.c.setTitle(cap.title)
        self.c.setSubject(f"{cap.case_name}, Case No. {cap.case_number}")
        self.c.setCreator("meetconfer")
        self.new_page()
        self.caption()
        self.body()
        self.end_page()


def render_pdf(doc: StatementDocument, layout: PageLayout | None = None) -> bytes:
    """Lay a statement out as a PDF.

    Args:
        doc: The caption and the body text.
        layout: Page layout (default: 28 numbered lines, Times 12, US Letter).

    Returns:
        The PDF file's bytes.
    """
    from reportlab.pdfgen.canvas import Canvas

    page = layout or PageLayout()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(page.pt(page.page_width), page.pt(page.page_height)),
                    invariant=True,
                    # The stubs type it float; reportlab takes the face's name. Without it
                    # Helvetica is added to every page's resources, unused.
                    initialFontName=page.pdf_fonts[0],  # type: ignore[arg-type]
                    initialFontSize=page.font_size)
    _PdfWriter(doc, page, canvas).run()
    canvas.save()
    return buf.getvalue()


def write_pdf(doc: StatementDocument, path: str | Path, layout: PageLayout | None = None) -> Path:
    """Write a statement as a PDF file.

    Args:
        doc: The caption and the body text.
        path: Where to write.
        layout: Page layout.

    Returns:
        The path written.
    """
    out = Path(path)
    out.write_bytes(render_pdf(doc, layout))
    return out
