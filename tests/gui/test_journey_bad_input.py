"""End to end: bad input along the way, and what the user is told.

A date typed wrong, an order file that is binary or empty, a store that stops taking writes
in the middle of a session, and closing the window with a note still being typed. Each test
drives the real window or dialog and checks what the user sees, and that nothing typed or
saved is lost.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard

from meetconfer_gui.ui.checklist_model import COL_STATUS
from meetconfer_gui.ui.contact_dialog import ContactLogDialog
from meetconfer_gui.ui.import_wizard import ImportWizard
from tests.gui.conftest import open_store
from tests.gui.dialog_support import contact_matter, run_modal

ORDERS = Path(__file__).resolve().parents[1] / "unit" / "importer"
TODAY = date(2017, 10, 30)


def _type_date(qtbot, edit, text: str) -> None:
    """Type a date as a user does: to the start of the field, then the keys."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClicks(edit, text)


# --- a malformed date -------------------------------------------------------------------------
def test_a_date_typed_wrong_is_said_to_be_wrong(qtbot):
    """'2017-10-40' would silently become October 4 (the order's own date, so valid)."""
    dlg = ContactLogDialog(contact_matter(), TODAY, "me")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    warning = dlg.findChild(type(dlg.contact_note), "dateWarning")
    assert warning is not None and not warning.isVisibleTo(dlg)

    _type_date(qtbot, dlg.on, "2017-10-40")
    assert dlg.on.value() == date(2017, 10, 4)  # what Qt kept
    assert warning.isVisibleTo(dlg)
    assert "\u201c0\u201d was not taken" in warning.text()
    assert "Wednesday, October 4, 2017" in warning.text()
    assert "not taken" in dlg.on.accessibleDescription()  # read out, not only shown

    # Letters are never part of a date.
    _type_date(qtbot, dlg.on, "Oct")
    assert warning.isVisibleTo(dlg) and "\u201cOct\u201d" in warning.text()

    # Typing the date again from the start clears the warning.
    _type_date(qtbot, dlg.on, "2017-10-24")
    assert dlg.on.value() == date(2017, 10, 24)
    assert not warning.isVisibleTo(dlg)
    assert dlg.ok_button.isEnabled()


def test_a_date_typed_right_raises_no_warning(qtbot):
    dlg = ContactLogDialog(contact_matter(), TODAY, "me")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    for typed, day in (("2017-10-16", date(2017, 10, 16)), ("2017-10-20", date(2017, 10, 20)),
                       ("2017-9-5", date(2017, 9, 5))):
        _type_date(qtbot, dlg.on, typed)
        assert dlg.on.value() == day
        assert dlg.on.warning() == "", typed


# --- a binary or empty order file -------------------------------------------------------------
def test_the_wizard_refuses_binary_and_empty_files_then_reads_a_good_one(qtbot, make_window,
                                                                         repo, tmp_path,
                                                                         monkeypatch):
    w = make_window()
    binary = tmp_path / "order.txt"
    binary.write_bytes(b"\x00\x01PK\x03\x04" + bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    fake_pdf = tmp_path / "scan.pdf"
    fake_pdf.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    good = ORDERS / "orders_heldout" / "sdny_initial_conference.txt"
    files = iter([binary, empty, fake_pdf, good, empty])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(next(files)), ""))
    before = len(repo.list_matters())

    def drive(wiz) -> None:
        assert isinstance(wiz, ImportWizard)
        page = wiz.source_page
        nxt = wiz.button(QWizard.WizardButton.NextButton)
        for name, words in (("order.txt", "is a binary file"), ("empty.txt", "is empty"),
                            ("scan.pdf", "is not a PDF")):
            qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
            assert name in page.error.text() and words in page.error.text(), page.error.text()
            assert page.error.text().startswith("\u26a0")
            assert not nxt.isEnabled()  # nothing to read: Next stays greyed out
            assert page.hint.isVisibleTo(page)
            assert wiz.currentPage() is page
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        assert page.error.text().startswith("Read sdny_initial_conference.txt")
        assert nxt.isEnabled()
        # A bad file after a good one: the text stays, and the message says whose it is.
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        assert "is empty" in page.error.text()
        assert "still the order from sdny_initial_conference.txt" in page.error.text()
        assert "RAMANATHAN" in page.text.toPlainText()
        wiz.reject()  # the user changes their mind: nothing is created

    errors = run_modal(drive)
    w.act_import.trigger()
    assert not errors, errors
    assert len(repo.list_matters()) == before


# --- a store that stops taking writes ---------------------------------------------------------
class _ReadOnlyConnection:
    """A connection whose writes fail as SQLite's do when the store's folder turns read-only.

    The tests run as root here, where chmod does not stop a write; this fails the same way.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.lstrip().upper().startswith(("BEGIN", "INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self._conn, name)


def _make_read_only(repo) -> None:
    repo._conn = _ReadOnlyConnection(repo._conn)


def _make_writable(repo) -> None:
    """The folder's permissions fixed: writes work again."""
    if isinstance(repo._conn, _ReadOnlyConnection):
        repo._conn = repo._conn._conn


def _capture_warnings(monkeypatch) -> list[str]:
    said: list[str] = []

    def warning(_parent, title, text, *_a, **_k):
        said.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return said


def test_a_store_turned_read_only_says_so_and_keeps_what_was_saved(qtbot, make_window, repo,
                                                                     monkeypatch):
    w = make_window()
    w.select_item("good_faith")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)  # saved while the store works
    assert repo.get(w.matter.id).completion("good_faith") is not None

    _make_read_only(repo)
    said = _capture_warnings(monkeypatch)
    w.select_item("statement_prepare")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    assert said, "the failed save said nothing"
    assert "read-only" in said[0] and "could not save the change" in said[0]
    assert "Not saved" in w.statusBar().currentMessage()
    # The checklist shows what is stored: the failed tick is not shown as done...
    status = str(w.model.data(w.model.index_of("statement_prepare", COL_STATUS)))
    assert not status.startswith("Done")
    # ...and what was saved before is still there, in the window and in the store.
    assert str(w.model.data(w.model.index_of("good_faith", COL_STATUS))).startswith("Done")
    assert w.matter.completion("good_faith") is not None
    assert w.undo_stack.canUndo()  # the earlier tick can still be undone once writable


def test_a_note_the_store_refused_stays_in_the_box(qtbot, make_window, repo, monkeypatch):
    w = make_window()
    w.select_item("contact")
    _make_read_only(repo)
    said = _capture_warnings(monkeypatch)
    note = "Called the Deputy AG at 10 a.m.; left a voicemail."
    try:
        w.detail.notes.setFocus()
        qtbot.keyClicks(w.detail.notes, note)
        w.detail.commit_note()  # the pause in typing, or leaving the box
        assert said and "read-only" in said[0]
        assert w.detail.notes.toPlainText() == note  # not replaced by the stored (empty) note
        assert "not saved" in w.detail.notes_label.text().lower()
        # One failure, one message: leaving the box does not say it again and again.
        w.tree.setFocus()
        w.detail.commit_note()
        assert len(said) == 1
        # Another item and back: the note is still there, still marked not saved.
        w.select_item("good_faith")
        assert w.detail.notes.toPlainText() == ""
        w.select_item("contact")
        assert w.detail.notes.toPlainText() == note
        assert "not saved" in w.detail.notes_label.text().lower()
        assert w.detail.unsaved_notes() == {"contact": note}
        # The folder fixed: the next commit saves the note, and the warning goes.
        _make_writable(repo)
        w.detail.commit_note()
        assert repo.get(w.matter.id).note("contact") == note
        assert w.detail.unsaved_notes() == {}
        assert "not saved" not in w.detail.notes_label.text().lower()
    finally:
        _make_writable(repo)  # closing at teardown would otherwise ask about the note


def test_closing_with_a_note_being_typed_saves_it(qtbot, make_window, repo, store_dir):
    w = make_window()
    w.select_item("contact")
    w.detail.notes.setFocus()
    qtbot.keyClicks(w.detail.notes, "Letter sent October 12")
    mid = w.matter.id
    assert w.close()
    assert repo.get(mid).note("contact") == "Letter sent October 12"


def test_closing_with_a_note_the_store_refused_asks_first(qtbot, make_window, repo,
                                                          monkeypatch):
    w = make_window()
    w.select_item("contact")
    _make_read_only(repo)
    _capture_warnings(monkeypatch)
    w.detail.notes.setFocus()
    qtbot.keyClicks(w.detail.notes, "Do not lose this")
    asked: list[str] = []

    def keep_open(dlg) -> None:
        asked.append(dlg.text())
        dlg.reject()  # Escape: keep the window open

    try:
        errors = run_modal(keep_open)
        assert not w.close()
        assert not errors, errors
        assert asked and "not saved" in asked[0].lower()
        assert w.isVisible()
        assert w.detail.notes.toPlainText() == "Do not lose this"

        def close_anyway(dlg) -> None:
            (button,) = [b for b in dlg.buttons()
                         if "Close without" in b.text().replace("&", "")]
            button.click()

        errors = run_modal(close_anyway)
        assert w.close()
        assert not errors, errors
    finally:
        _make_writable(repo)  # a failure above must not leave a question at teardown


def test_a_reopened_store_after_the_failure_has_everything_saved(qtbot, make_window, repo,
                                                                  store_dir, monkeypatch):
    w = make_window()
    w.select_item("good_faith")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    mid = w.matter.id
    _make_read_only(repo)
    _capture_warnings(monkeypatch)
    w.select_item("statement_prepare")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    again = open_store(store_dir)
    try:
        m = again.get(mid)
        assert m.completion("good_faith") is not None
        assert m.completion("statement_prepare") is None
    finally:
        again.close()


def test_a_conference_the_store_refused_opens_again_with_what_was_entered(qtbot, make_window,
                                                                          repo, monkeypatch):
    """Nothing typed in a record dialog is lost when the save fails: it comes back."""
    from meetconfer_gui.ui.conference_dialog import ConferenceDialog

    w = make_window()
    _make_read_only(repo)
    said = _capture_warnings(monkeypatch)
    seen: list[str] = []

    def again(dlg) -> None:
        assert isinstance(dlg, ConferenceDialog)
        assert dlg.sessions_model.rowCount() == 1  # the session entered before, kept
        seen.append(dlg.participants.text())
        dlg.reject()  # the user gives up for now

    def fill(dlg) -> None:
        assert isinstance(dlg, ConferenceDialog)
        qtbot.mouseClick(dlg.sessions.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dlg.participants, "Rosa Diaz, Deputy AG")
        later.append(run_modal(again))
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    later: list[list[BaseException]] = []
    try:
        errors = run_modal(fill)
        w.act_conference.trigger()
        assert not errors and len(later) == 1 and not later[0], (errors, later)
        assert seen == ["Rosa Diaz, Deputy AG"]
        assert len(said) == 1
        assert "read-only" in said[0] and "opens again with it" in said[0]
        assert w.matter.events.sessions == ()
        assert not w.undo_stack.canUndo()
    finally:
        _make_writable(repo)
