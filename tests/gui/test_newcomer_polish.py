"""What a newcomer sees in the dialogs a first walk-through left: words, buttons, dates.

Each test drives the real widgets (never ``exec()``) and checks the text on screen.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QPushButton, QTableView, QWidget

from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage.repository import open_repository
from meetconfer_gui.ui.matters_dialog import MattersDialog
from meetconfer_gui.ui.preferences_dialog import Preferences, PreferencesDialog
from tests.gui.dialog_support import assert_accessible


def _click_heading(qtbot, view: QTableView, column: int) -> None:
    header: QHeaderView = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


# --- Preferences: the same Save/Cancel bar as the other record dialogs -----------------------
def test_preferences_has_save_and_cancel_like_the_record_dialogs(qtbot):
    dlg = PreferencesDialog(Preferences("Pat Lee", 7), "Moore v. Gipson")
    qtbot.addWidget(dlg)
    dlg.show()
    texts = [b.text().replace("&", "") for b in dlg.buttons.buttons()]
    assert sorted(texts) == ["Cancel", "Save"]
    assert "OK" not in texts
    assert dlg.ok_button.text() == "Save"
    assert dlg.ok_button.accessibleName() == "Save the preferences"
    dlg.user_name.clear()
    assert not dlg.ok_button.isEnabled()  # no name: Save waits, the reason shows inline
    qtbot.keyClicks(dlg.user_name, "Jordan")
    with qtbot.waitSignal(dlg.accepted):
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.accepted_value == Preferences("Jordan", 7)
    assert_accessible(dlg)


# --- File > Matters: dates in words, sorted by the date ------------------------------------
@pytest.fixture
def matters(qtbot, tmp_path):
    r = open_repository(tmp_path / "store")
    moore = r.create(sample_matter(), user="ana")  # contact due Wed Oct 25, 2017
    r.create(replace(sample_matter(order_date=date(2017, 9, 1)), name="Old order",
                     case_name="Doe v. Roe", case_number="2:17-cv-00099"), user="ana")
    r.create(replace(sample_matter(order_date=date(2018, 3, 1)), name="Later order",
                     case_name="Poe v. Coe", case_number="3:18-cv-00123"), user="ana")
    r.set_setting("last_matter", moore.id)
    d = MattersDialog(r, date(2017, 10, 24))
    qtbot.addWidget(d)
    d.show()
    yield d
    r.close()


def _column(d: MattersDialog, column: int) -> list[str]:
    return [str(d.model.data(d.model.index(r, column))) for r in range(d.model.rowCount())]


def test_matter_list_writes_dates_in_words(matters):
    due = _column(matters, 3)
    assert due[1] == "Wed Oct 25, 2017 (in 1 day)"
    assert due[0].startswith("Fri Sep 22, 2017 (")
    assert due[2].startswith("Thu Mar 22, 2018 (")
    assert not any("2017-" in t or "2018-" in t for t in due)
    changed = _column(matters, 4)
    assert all("a.m." in t or "p.m." in t for t in changed), changed
    assert not any(t[:4].isdigit() for t in changed)  # not "2026-11-30 08:37"
    agenda = matters.agenda_model
    shown = [agenda.data(agenda.index(r, 0)) for r in range(agenda.rowCount())]
    assert "Wed Oct 25, 2017" in shown
    assert all(re.fullmatch(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2}, \d{4}", t) for t in shown)


def test_matter_list_sorts_by_the_date_not_its_words(qtbot, matters):
    names = lambda: [n.split(" (")[0] for n in _column(matters, 1)]  # noqa: E731
    # Soonest first; alphabetically "Fri Sep" < "Thu Mar" < "Wed Oct" would be wrong.
    assert names() == ["Old order", "Moore v. Gipson", "Later order"]
    header = matters.table.horizontalHeader()
    assert header.sortIndicatorSection() == 3
    _click_heading(qtbot, matters.table, 3)  # again: latest first
    assert names() == ["Later order", "Moore v. Gipson", "Old order"]
    _click_heading(qtbot, matters.table, 1)
    assert names() == ["Later order", "Moore v. Gipson", "Old order"]  # by name, A-Z
    _click_heading(qtbot, matters.table, 3)
    assert names() == ["Old order", "Moore v. Gipson", "Later order"]
    # The selection follows its matter through a sort, and a refresh keeps the order.
    matters.select(matters.model.summary(2).id)
    _click_heading(qtbot, matters.table, 3)
    assert matters.selected() is not None and matters.selected().name == "Later order"
    matters.refresh()
    assert names() == ["Later order", "Moore v. Gipson", "Old order"]


def test_matter_list_buttons_are_reachable(matters):
    buttons = [b for b in matters.findChildren(QPushButton) if b.isVisibleTo(matters)]
    assert all(b.text().replace("&", "").strip() for b in buttons)
    assert isinstance(matters.close_box, QDialogButtonBox)


# --- the calendar legend: one row a group, under the calendar, light and dark ----------------
def test_calendar_legend_reads_in_three_rows_under_the_calendar(make_window):
    from meetconfer_gui.ui import theme

    w = make_window()
    w.resize(1400, 880)
    view = w.calendar_view
    legend = view.legend
    text = legend.text()
    # Every mark in words, each beside a sample of how the calendar draws it.
    for words in ("overdue", "due soon", "due later", "done", "weekend or holiday",
                  "disputed holiday", "today", "clerk's office closed", "<b>start</b>",
                  "counted", "skipped", "due day"):
        assert words in text, words
    assert text.count("<tr>") == 3  # Deadlines, Days, Selected item
    # The status shapes the calendar draws on a due day are in the legend too.
    for shape in ("overdue", "due-soon", "open", "done"):
        assert f":/icons/{shape}.svg" in text
    assert "<s>25</s>" in text and "<i>25</i>" in text and "<u>25</u>" in text
    # Under the calendar and the day's list, as wide as both, and not cut off.
    assert legend.geometry().top() >= view.calendar.geometry().bottom()
    assert legend.width() >= view.calendar.width() + view.day_list.width()
    assert legend.height() >= legend.heightForWidth(legend.width())
    assert "Hover over a day" in legend.toolTip()
    assert "struck through" in legend.accessibleDescription()
    # Dark: the legend is drawn again in the dark palette's colours.
    light_hol = theme.colour("holiday", view.palette()).name()
    assert light_hol in text
    view.setPalette(theme.dark_palette())
    dark = legend.text()
    assert theme.colour("holiday", theme.dark_palette()).name() in dark
    assert light_hol not in dark


# --- Help > Glossary: the words a pro se reader meets in other courts' orders ---------------
def test_glossary_explains_the_words_other_courts_orders_use(qtbot, make_window):
    from PySide6.QtWidgets import QTextBrowser

    from meetconfer_gui.ui.glossary_dialog import GlossaryDialog

    w = make_window()
    w.act_glossary.trigger()
    (dlg,) = [d for d in w.findChildren(GlossaryDialog) if d.isVisible()]
    page = dlg.tabs.currentWidget()
    assert isinstance(page, QTextBrowser)
    text = page.toPlainText()
    for term in ("Joint Letter", "Docket", "Court days / business days", "Pro se", "ECF",
                 "Served / service"):
        assert term in text, term
    assert "without a lawyer" in text
    assert "entry number 43 on the case's docket" in text
    assert "Rule of Civil Procedure 6(a)(1)" in text  # plain "days" count every day
    # Terms in alphabetical order, as a reader looks them up.
    terms = [t for t in (page.document().findBlockByNumber(i).text()
                         for i in range(page.document().blockCount())) if t]
    firsts = [t for t in terms if t in ("Court days / business days", "Discovery", "Docket",
                                        "ECF", "Joint Letter", "Pro se", "Vacated")]
    assert firsts == sorted(firsts, key=str.casefold)
    dlg.close()


# --- Edit > History: times in words on screen, ISO in the CSV --------------------------------
def test_history_shows_times_in_words_and_exports_iso(qtbot, tmp_path):
    import csv

    from meetconfer_gui.ui.history_dialog import HistoryDialog

    r = open_repository(tmp_path / "store")
    m = r.create(sample_matter(), user="Ana")
    d = HistoryDialog(r, m.id)
    qtbot.addWidget(d)
    d.show()
    at = d.model.entry(0).at
    shown = str(d.model.data(d.model.index(0, 0)))
    assert re.fullmatch(r"[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d:\d\d [ap]\.m\.",
                        shown), shown
    assert str(at.year) in shown and "-" not in shown
    assert str(d.model.data(d.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)).startswith(
        ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
    out = tmp_path / "h.csv"
    d.export_csv(out)
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][0] == at.isoformat(timespec="seconds")  # spreadsheets get ISO
    r.close()


# --- Edit > Court calendar: the same Save/Cancel bar; Edit > Undo names the locked date -----
def test_court_calendar_saves_with_save_and_undo_names_a_lock_in_words(qtbot, make_window):
    from meetconfer_gui.ui.calendar_dialog import CourtCalendarDialog
    from meetconfer_gui.ui.calendar_view import to_qdate
    from meetconfer_gui.ui.lock_dialog import LockDialog

    w = make_window()
    w.act_calendar.trigger()
    dlg = w.findChild(CourtCalendarDialog)
    assert dlg is not None and dlg.isVisible()
    texts = sorted(b.text().replace("&", "") for b in dlg.buttons.buttons())
    assert texts == ["Cancel", "Save"]
    assert dlg.ok_button.accessibleName() == "Save these calendar choices"
    dlg.add_closure(date(2017, 10, 25), "power outage")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert [c.day for c in w.matter.choices.closures] == [date(2017, 10, 25)]
    w.select_item("contact")
    w.lock_due_date()
    lock = w.findChild(LockDialog)
    assert lock is not None and lock.isVisible()
    lock.date_edit.setDate(to_qdate(date(2017, 11, 8)))
    lock.reason.setText("order of Oct 24, ECF No. 50")
    lock.accept()
    assert w.act_undo.text().replace("&", "").endswith("Lock due date to Wed Nov 8, 2017")


# --- buttons that say what they do; the calendar's picture-only arrows get a tooltip ---------
def test_calendar_arrows_have_tooltips_and_names(qtbot, make_window):
    from PySide6.QtWidgets import QToolButton, QWidget

    from meetconfer_gui.ui.widgets import DateEdit

    w = make_window()
    cal = w.calendar_view.calendar
    prev = cal.findChild(QToolButton, "qt_calendar_prevmonth")
    nxt = cal.findChild(QToolButton, "qt_calendar_nextmonth")
    assert prev is not None and nxt is not None
    assert prev.accessibleName() == "Previous month" and "Page Up" in prev.toolTip()
    assert nxt.accessibleName() == "Next month" and "Page Down" in nxt.toolTip()
    shown = cal.monthShown()
    qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
    assert cal.monthShown() == shown % 12 + 1
    edit = DateEdit(date(2017, 10, 4), "Date of the session")
    qtbot.addWidget(edit)
    popup = edit.calendarWidget()
    for name in ("qt_calendar_prevmonth", "qt_calendar_nextmonth", "qt_calendar_monthbutton",
                 "qt_calendar_yearbutton"):
        part = popup.findChild(QWidget, name)
        assert part is not None and part.toolTip() and part.accessibleName(), name


def test_an_attachment_button_says_it_opens_the_file(qtbot):
    from meetconfer_gui.ui.contact_dialog import ContactLogDialog
    from tests.gui.dialog_support import contact_matter

    dlg = ContactLogDialog(contact_matter(), date(2017, 10, 30), "jdoe")
    qtbot.addWidget(dlg)
    dlg.show()
    texts = [b.text() for b in dlg.findChildren(QPushButton) if b.isVisibleTo(dlg)]
    assert "Open file" in texts and "Open" not in texts


# --- every menu item says what it does in the status bar -------------------------------------
def test_every_menu_item_has_a_status_tip(qtbot, make_window):
    from PySide6.QtGui import QStatusTipEvent
    from PySide6.QtWidgets import QApplication

    w = make_window()
    missing = []
    for top in w.menuBar().actions():
        for a in top.menu().actions():
            if a.isSeparator() or a in (w.act_undo, w.act_redo):
                continue  # Undo and Redo name the edit they undo or redo
            if not a.statusTip().strip():
                missing.append(a.text())
    assert not missing, missing
    # Hovering an item shows its tip in the status bar.
    QApplication.sendEvent(w, QStatusTipEvent(w.act_contact.statusTip()))
    assert "call, letter or e-mail" in w.statusBar().currentMessage()
    assert "Joint Statement was filed" in w.act_filing.statusTip()


# --- the Joint Statement's dates say their weekday, as every other date field does -----------
def test_statement_dates_show_their_weekday(qtbot):
    from PySide6.QtWidgets import QLabel

    from meetconfer_gui.ui.statement_dialog import StatementDialog

    d = StatementDialog(sample_matter(), date(2017, 10, 20), ask_path=lambda *a: "")
    qtbot.addWidget(d)
    d.show()
    weekdays = [lbl.text() for lbl in d.findChildren(QLabel, "weekday") if lbl.isVisibleTo(d)]
    assert weekdays[:2] == ["Friday", "Friday"]
    d.dated.set_value(date(2017, 10, 23))
    assert "Monday" in [lbl.text() for lbl in d.findChildren(QLabel, "weekday")]


def test_statement_kind_names_the_orders_joint_paper(qtbot):
    from meetconfer_gui.ui.statement_dialog import StatementDialog
    from tests.gui.test_newcomer import letter_matter

    d = StatementDialog(sample_matter(), date(2017, 10, 20), ask_path=lambda *a: "")
    qtbot.addWidget(d)
    assert d.kind.itemText(0) == "Joint Statement, signed by all parties"
    letter = StatementDialog(letter_matter(), date(2017, 10, 20), ask_path=lambda *a: "")
    qtbot.addWidget(letter)
    assert letter.kind.itemText(0) == "Joint Letter, signed by all parties"
    assert letter.sent_on.accessibleName() == "Proposed Joint Letter sent on"


# --- Lock due date: the same date field as every other dialog --------------------------------
def test_lock_dialog_date_field_matches_the_others(qtbot):
    from PySide6.QtWidgets import QLabel

    from meetconfer_gui.domain.schedule import compute_schedule
    from meetconfer_gui.ui.lock_dialog import LockDialog
    from meetconfer_gui.ui.widgets import DateEdit
    from tests.gui.dialog_support import assert_buddies, clipped

    item = compute_schedule(sample_matter(), date(2017, 10, 20)).item("contact")
    dlg = LockDialog(item, date(2017, 10, 20))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert isinstance(dlg.date_edit, DateEdit)
    assert dlg.date_edit.text() == "2017-10-25"
    weekday = dlg.findChild(QLabel, "weekday")
    assert weekday is not None and weekday.text() == "Wednesday"
    qtbot.keyClick(dlg.date_edit, Qt.Key.Key_Up)  # the day's section: the 26th
    assert weekday.text() == "Thursday"
    due_label = next(lbl for lbl in dlg.findChildren(QLabel) if lbl.text() == "&Due date:")
    assert due_label.buddy() is dlg.date_edit
    assert_buddies(dlg)
    assert_accessible(dlg)
    assert clipped(dlg) == []
    # Focus starts on the date, and Tab goes date, reason, Save.
    assert dlg.focusWidget() is dlg.date_edit
    order: list[QWidget] = []
    w: QWidget | None = dlg.date_edit
    for _ in range(50):
        w = w.nextInFocusChain() if w is not None else None
        if w is None or w is dlg.date_edit:
            break
        if w is dlg.reason or w is dlg.ok_button:
            order.append(w)
    assert order == [dlg.reason, dlg.ok_button]


# --- Welcome: the button that closes it says what happens then ------------------------------
def test_welcome_skip_says_the_sample_opens_anyway(qtbot):
    from meetconfer_gui.ui.welcome_dialog import WelcomeDialog
    from tests.gui.dialog_support import clipped

    dlg = WelcomeDialog(date(2026, 11, 30))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    texts = sorted(b.text() for b in dlg.buttons.buttons())
    assert texts == ["Open the sample order", "Skip"]
    skip = dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert "read as the plaintiff" in skip.accessibleName()
    assert "View > Read as" in skip.toolTip()
    assert clipped(dlg) == []
    with qtbot.waitSignal(dlg.rejected):
        qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)


# --- dialogs as tall as their content: no empty band above the buttons ---------------------
def test_short_dialogs_have_no_empty_band_above_the_buttons(qtbot):
    from meetconfer_gui.ui.filing_dialog import FilingDialog
    from tests.gui.dialog_support import clipped, conference_matter

    prefs = PreferencesDialog(Preferences("Pat Lee", 7), "Moore v. Gipson")
    filing = FilingDialog(conference_matter(), date(2017, 10, 30))
    for dlg in (prefs, filing):
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        layout = dlg.layout()
        assert layout is not None
        need = layout.totalHeightForWidth(dlg.width())
        assert dlg.height() <= need + 2, (type(dlg).__name__, dlg.height(), need)
        assert clipped(dlg) == []
        # The buttons sit just under the last line of text, not a band below it.
        gap = dlg.buttons.geometry().top() - max(
            w.geometry().bottom() for w in dlg.findChildren(QWidget)
            if w.isVisible() and w.parentWidget() is dlg and w is not dlg.buttons)
        assert gap < 30, gap


# --- a window is called what the menu item that opens it says ------------------------------
def test_matter_details_window_is_named_as_its_menu_item(qtbot, make_window):
    from meetconfer_gui.ui.setup_dialog import MatterSetupDialog

    w = make_window()
    assert w.act_details.text().replace("&", "").rstrip(".") == "Matter details"
    dlg = MatterSetupDialog(w.matter, w)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Matter details"
