"""The editable text form of a statement's body reads back to the same blocks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from meetconfer_gui.export.textblocks import (
    PAGE_BREAK,
    Block,
    BlockKind,
    Column,
    Line,
    format_blocks,
    missing_in,
    parse_body,
    split_missing,
)

BODY = """Plaintiff and Defendants submit this Joint Statement. It goes on
over a second line the writer re-flows.

I. MEET-AND-CONFER CONFERENCE

The parties met and conferred by telephone on October 20, 2017.

Dated: October 26, 2017
                                        /s/ Jane Roe
                                        JANE ROE

[PAGE BREAK]

CERTIFICATE OF SERVICE

Case Name: Moore v. Gipson
Case No.: 1:13-cv-01820-DAD-BAM (PC)

    MERRICK JOSE MOORE
    CDCR No. [MISSING: CDCR number]
"""


def test_conventions():
    blocks = parse_body(BODY)
    assert [b.kind for b in blocks] == [
        BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LINES,
        BlockKind.PAGE_BREAK, BlockKind.TITLE, BlockKind.LINES, BlockKind.LINES]
    assert blocks[0].text.endswith("It goes on over a second line the writer re-flows.")
    assert blocks[3].lines == (Line("Dated: October 26, 2017"),
                               Line("/s/ Jane Roe", Column.RIGHT),
                               Line("JANE ROE", Column.RIGHT))
    assert blocks[7].lines[0] == Line("MERRICK JOSE MOORE", Column.INDENT)


def test_round_trip_of_written_blocks():
    blocks = parse_body(BODY)
    assert parse_body(format_blocks(blocks)) == blocks


def test_a_long_indented_line_is_prose_and_windows_newlines_are_read():
    text = "    " + "word " * 20 + "\r\n\r\nII. STATUS\r\n"
    blocks = parse_body(text)
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.HEADING]


def test_page_break_inside_a_paragraph_splits_it():
    blocks = parse_body(f"First line\n{PAGE_BREAK}\nSecond line that is long enough to be "
                        "prose and not a short kept line at all")
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.PAGE_BREAK,
                                        BlockKind.PARAGRAPH]


def test_missing_markers():
    text = "A [MISSING: one] and [MISSING: two], then [MISSING: one] again."
    assert missing_in(text) == ["one", "two"]
    runs = split_missing("x [MISSING: y].")
    assert runs == [("x ", False), ("[MISSING: y]", True), (".", False)]
    assert "".join(r for r, _ in runs) == "x [MISSING: y]."


_words = st.text(alphabet="abcdefghij ,.;", min_size=1, max_size=40).map(
    lambda s: " ".join(s.split())).filter(lambda s: bool(s) and s[0].isalpha())


@given(st.lists(st.one_of(
    _words.map(lambda s: Block.paragraph("Prose " + s + " " * 0 + "x" * 60)),
    st.integers(1, 3).map(lambda n: Block.heading(f"{'I' * n}. HEADING")),
    st.lists(_words, min_size=1, max_size=4).map(
        lambda ws: Block.kept(Line("Dated: today"), *(Line(w, Column.RIGHT) for w in ws))),
    st.just(Block.page_break()),
), max_size=8))
def test_round_trip_property(blocks):
    assert parse_body(format_blocks(blocks)) == tuple(blocks)
