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
