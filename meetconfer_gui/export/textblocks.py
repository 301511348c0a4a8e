"""The editable plain-text form of a filing's body, and the blocks the writers lay out.

The Joint Statement's body is edited as plain text (the preview dialog, or a text file), then
laid out as DOCX or PDF. The text keeps its structure by a few visible conventions, so a
person can edit it without markup:

- Paragraphs are separated by blank lines. A paragraph's own line breaks do not matter: it is
  re-flowed and double-spaced.
- A one-line paragraph starting with a roman numeral and a period ("I. MEET-AND-CONFER
  CONFERENCE") is a heading.
- Any other one-line paragraph in capitals ("CERTIFICATE OF SERVICE") is a centred title.
- A paragraph that starts with "Dated:", that has an indented line, or whose lines are all
  shorter than 50 characters keeps its lines as written, single-spaced: signature blocks,
  addresses. A line indented by 8 spaces or more
  goes to the right-hand column (where signature blocks sit); a line indented less is indented
  half an inch.
- A paragraph reading ``[PAGE BREAK]`` starts a new page.
- ``[MISSING: ...]`` marks a fact the matter does not record; writers show it in bold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum

PAGE_BREAK = "[PAGE BREAK]"
#: Leading spaces that put a line in the right-hand column, as ``format_blocks`` writes it.
RIGHT_INDENT = " " * 40
#: Leading spaces of an indented line (an address in a certificate of service).
SMALL_INDENT = " " * 4
_RIGHT_AT = 8
_SHORT = 50

_HEADING = re.compile(r"^[IVXLC]+\.\s+\S")
_MISSING = re.compile(r"\[MISSING:[^\]]*\]")


class BlockKind(StrEnum):
    """What a block of the body is."""

    HEADING = "heading"
    TITLE = "title"
    PARAGRAPH = "paragraph"
    LINES = "lines"
    PAGE_BREAK = "page_break"


class Column(IntEnum):
    """Where a kept line sits."""

    LEFT = 0
    INDENT = 1
    RIGHT = 2


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a LINES block."""

    text: str
    column: Column = Column.LEFT


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the body.

    Attributes:
        kind: Heading, title, paragraph, kept lines or page break.
        text: The text of a heading, title or paragraph (one line, re-flowed by the writer).
        lines: The lines of a LINES block.
    """

    kind: BlockKind
    text: str = ""
    lines: tuple[Line, ...] = ()

    @staticmethod
    def heading(text: str) -> Block:
        """A section heading ("I. MEET-AND-CONFER CONFERENCE")."""
        return Block(BlockKind.HEADING, text)

    @staticmethod
    def title(text: str) -> Block:
        """A centred title in capitals."""
        return Block(BlockKind.TITLE, text.upper())

    @staticmethod
    def paragraph(text: str) -> Block:
        """A body paragraph."""
        return Block(BlockKind.PARAGRAPH, " ".join(text.split()))

    @staticmethod
    def kept(*lines: Line) -> Block:
        """Lines kept as written (a signature block, an address)."""
        return Block(BlockKind.LINES, lines=tuple(lines))

    @staticmethod
    def page_break() -> Block:
        """A new page."""
        return Block(BlockKind.PAGE_BREAK)


def _indent_of(line: str) -> int:
    expanded = line.expandtabs(8)
    return len(expanded) - len(expanded.lstrip(" "))


def _column(indent: int) -> Column:
    if indent >= _RIGHT_AT:
        return Column.RIGHT
    return Column.INDENT if indent > 0 else Column.LEFT


def _classify(raw: list[str]) -> Block:
    first = raw[0].strip()
    if len(raw) == 1 and first == PAGE_BREAK:
        return Block.page_break()
    indents = [_indent_of(x) for x in raw]
    single = len(raw) == 1
    if single and indents[0] == 0 and _HEADING.match(first) and len(first) <= 120:
        return Block.heading(first)
    prose_line = single and indents[0] <= _RIGHT_AT and len(first) > 60
    short_lines = len(raw) > 1 and all(len(x.strip()) < _SHORT for x in raw)
    if not prose_line and (first.startswith("Dated:") or any(indents) or short_lines):
        return Block.kept(*(Line(x.strip(), _column(i)) for x, i in zip(raw, indents,
                                                                          strict=True)))
    if (single and any(c.isalpha() for c in first) and first == first.upper()
            and len(first) <= 80 and not _MISSING.search(first)):
        return Block.title(first)
    return Block.paragraph(" ".join(x.strip() for x in raw))


def parse_body(text: str) -> tuple[Block, ...]:
    """Read the plain-text body into blocks (the conventions of this module's docstring).

    Args:
        text: The body as the user edited it.

    Returns:
        The blocks, in order.
    """
    blocks: list[Block] = []
    para: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").split("\n"):
        line = raw.rstrip()
        if line.strip():
            if line.strip() == PAGE_BREAK and para:
                blocks.append(_classify(para))
                para = []
            para.append(line)
            if line.strip() == PAGE_BREAK:
                blocks.append(_classify(para))
                para = []
        elif para:
            blocks.append(_classify(para))
            para = []
    if para:
        blocks.append(_classify(para))
    return tuple(blocks)


def format_blocks(blocks: tuple[Block, ...] | list[Block]) -> str:
    """Write blocks as plain text that ``parse_body`` reads back to the same blocks.

    Args:
        blocks: The blocks.

    Returns:
        The text, paragraphs separated by blank lines, ending with a newline.
    """
    out: list[str] = []
    for b in blocks:
        if b.kind is BlockKind.PAGE_BREAK:
            out.append(PAGE_BREAK)
        elif b.kind is BlockKind.LINES:
            lead = {Column.LEFT: "", Column.INDENT: SMALL_INDENT, Column.RIGHT: RIGHT_INDENT}
            # A kept block has no empty line: a blank line would end the paragraph.
            out.append("\n".join(lead[ln.column] + ln.text for ln in b.lines if ln.text))
        else:
            out.append(b.text)
    return "\n\n".join(out) + "\n"


def missing_in(text: str) -> list[str]:
    """The ``[MISSING: ...]`` gaps left in a text, each once, in order.

    Args:
        text: Any text of the draft.

    Returns:
        The descriptions inside the markers.
    """
    seen: list[str] = []
    for m in _MISSING.finditer(text):
        what = m.group(0)[len("[MISSING:"):-1].strip()
        if what not in seen:
            seen.append(what)
    return seen


def split_missing(text: str) -> list[tuple[str, bool]]:
    """Split a text into runs, marking the ``[MISSING: ...]`` ones (writers set them in bold).

    Args:
        text: A paragraph or line.

    Returns:
        ``(text, is_missing)`` runs covering the text in order.
    """
    runs: list[tuple[str, bool]] = []
    pos = 0
    for m in _MISSING.finditer(text):
        if m.start() > pos:
            runs.append((text[pos:m.start()], False))
        runs.append((m.group(0), True))
        pos = m.end()
    if pos < len(text):
        runs.append((text[pos:], False))
    return runs
