"""The detail pane's order view: emphasis marks shown as bold words, highlights still exact."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from meetconfer_gui.domain.ordertext import normalise
from meetconfer_gui.ui.detail_pane import shown_text


def test_shown_text_takes_the_marks_out_and_maps_every_offset():
    raw = "Within **seven (7) days** of it."
    text, where, bold = shown_text(raw)
    assert text == "Within seven (7) days of it."
    assert len(where) == len(raw) + 1
    assert bold == [(7, 21)] and text[7:21] == "seven (7) days"
    assert where[raw.index("of")] == text.index("of")
    assert where[len(raw)] == len(text)


def test_an_unpaired_or_empty_mark_makes_nothing_bold():
    assert shown_text("a **b")[0] == "a b" and shown_text("a **b")[2] == []
    assert shown_text("a ****b")[2] == []
    assert shown_text("no marks") == ("no marks", list(range(9)), [])


def test_the_sample_order_shows_bold_words_and_highlights_the_quote(qtbot, make_window):
    w = make_window()
    view = w.detail.order_view
    shown = view.toPlainText()
    assert "**" not in shown
    at = shown.index("twenty-one (21) days")
    cur = QTextCursor(view.document())
    cur.setPosition(at + 3)
    assert cur.charFormat().fontWeight() == 700
    cur.setPosition(shown.index("regarding the parties") + 3)
    assert cur.charFormat().fontWeight() != 700

    w.select_item("contact")
    qtbot.waitUntil(lambda: bool(view.extraSelections()))
    (sel,) = view.extraSelections()
    selected = normalise(sel.cursor.selectedText().replace("\u2029", "\n"))
    (quote,) = w.matter.obligation("contact").quotes
    # The highlight covers the quote in the text shown: the marks' removal shifted nothing.
    assert selected.startswith("Defense counsel is directed to contact Plaintiff")
    assert selected.endswith("of the date of this order.")
    assert "twenty-one (21) days" in selected
    assert normalise(quote.text).split()[-1] in selected


ND_CAL = (
    "UNITED STATES DISTRICT COURT\n"
    "OKONKWO FARMS, LLC,\n"
    "               Plaintiff,                    Case No. 23-cv-04410-JCS\n"
    "-------------------------------------------------------------x\n"
    "TO ALL PARTIES AND COUNSEL OF RECORD:\n"
    "\n"
    "     It appears that counsel have not made adequate efforts to resolve this matter\r\n"
    "without the need for Court intervention. IT IS HEREBY ORDERED that not later than\n"
    "(10) calendar days from the date of this Order, lead trial counsel shall meet and\n"
    "confer in person. The parties shall then:\n"
    "(a) file a detailed Joint Letter to the Court.\n"
    "\n"
    "     IT IS SO ORDERED.\n")


def test_paragraphs_of_an_order_typed_at_page_width_flow_in_the_pane():
    """Breaks inside prose become spaces; captions, ruled lines and list items keep theirs."""
    from meetconfer_gui.ui.detail_pane import reflowed

    text = reflowed(ND_CAL)
    assert len(text) == len(ND_CAL)  # every offset stays: the highlight stays on its words
    assert "this matter  without the need" in text  # a CR LF is two spaces
    assert "later than (10) calendar days" in text  # "(10)" inside a sentence is no list item
    assert "then:\n(a) file" in text  # a list item after a colon keeps its line
    assert "Plaintiff,                    Case No." in text and "OKONKWO FARMS, LLC,\n" in text
    assert "-x\nTO ALL PARTIES" in text
    assert "ORDERED.\n" in text


def test_an_order_with_line_numbers_keeps_every_line():
    from meetconfer_gui.domain.sample import sample_matter
    from meetconfer_gui.ui.detail_pane import reflowed

    raw = sample_matter().order.text
    assert reflowed(raw) == raw


def test_another_courts_order_reads_as_paragraphs_and_keeps_its_highlight(qtbot, make_window,
                                                                         repo):
    from dataclasses import replace

    from meetconfer_gui.domain.matter import Order
    from meetconfer_gui.domain.obligations import Quote
    from tests.gui.conftest import USER
    from tests.gui.test_newcomer import letter_matter

    m = letter_matter()
    meet = replace(m.obligations[0], quotes=(Quote(
        "lead trial counsel shall meet and confer in person.", 1),))
    m = replace(m, order=Order(m.order.signed, ND_CAL, None, None, m.order.service, "Order"),
                obligations=(meet, *m.obligations[1:]))
    w = make_window(repo.create(m, user=USER))
    w.select_item("meet")
    view = w.detail.order_view
    assert "later than (10) calendar days from the date of this Order, lead" in (
        view.toPlainText())
    qtbot.waitUntil(lambda: bool(view.extraSelections()))
    (sel,) = view.extraSelections()
    assert sel.cursor.selectedText() == "lead trial counsel shall meet and confer in person."
