"""The main window, driven through its widgets: ticking, undo, records, selection, keyboard."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
)

from meetconfer_gui.domain.matter import Completion
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.domain.ordertext import normalise
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.domain.schedule import Status
from meetconfer_gui.ui.calendar_view import to_qdate
from meetconfer_gui.ui.checklist_model import COL_DUE, COL_STATUS, COL_TITLE
from meetconfer_gui.ui.glossary_dialog import GlossaryDialog, about_text
from meetconfer_gui.ui.lock_dialog import LockDialog
from meetconfer_gui.ui.main_window import DEFAULT_SIZE, MainWindow
from tests.gui.conftest import USER, WINDOW_TODAY, open_store


def cell(w: MainWindow, oid: str, col: int, role=Qt.ItemDataRole.DisplayRole):
    return w.model.data(w.model.index_of(oid, col), role)


def click_check(qtbot, w: MainWindow, oid: str) -> None:
    """Click the check box of an item's row, where a user would."""
    index = w.model.index_of(oid, COL_TITLE)
    w.tree.scrollTo(index)
    opt = QStyleOptionViewItem()
    w.tree.initViewItemOption(opt)
    delegate: Any = w.tree.itemDelegate()
    delegate.initStyleOption(opt, index)
    opt.rect = w.tree.visualRect(index)
    rect = w.tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt,
                                         w.tree)
    assert rect.isValid() and not rect.isEmpty()
    qtbot.mouseClick(w.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_tick_an_item_and_see_it_done_with_its_date(qtbot, make_window, repo):
    w = make_window()
    assert cell(w, "good_faith", COL_STATUS) == "Open"
    click_check(qtbot, w, "good_faith")
    assert cell(w, "good_faith", COL_STATUS) == "Done Fri Oct 20, 2017"
    assert cell(w, "good_faith", COL_TITLE, Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    done = w.matter.completion("good_faith")
    assert done == Completion("good_faith", WINDOW_TODAY, USER)
    assert repo.get(w.matter.id).completion("good_faith") == done  # saved at once
    last = repo.history(w.matter.id)[-1]
    assert (last.action, last.obligation, last.user) == ("tick", "good_faith", USER)
    # The stage heading counts it.
    stage = w.model.stage_index(w.matter.obligation("good_faith").stage)
    assert "(1 of 2 done)" in w.model.data(stage)


def test_untick_undo_and_redo_restore_the_store(qtbot, make_window, repo):
    w = make_window()
    w.select_item("good_faith")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    assert w.schedule.item("good_faith").status is Status.DONE
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    assert w.schedule.item("good_faith").status is not Status.DONE
    assert repo.get(w.matter.id).completion("good_faith") is None
    assert w.undo_stack.count() == 2
    assert w.act_undo.text().startswith("&Undo Untick 'Act in good faith")
    w.act_undo.trigger()
    assert w.schedule.item("good_faith").status is Status.DONE
    assert repo.get(w.matter.id).completion("good_faith") is not None
    w.act_undo.trigger()
    assert repo.get(w.matter.id).completion("good_faith") is None
    assert cell(w, "good_faith", COL_STATUS) == "Open"
    w.act_redo.trigger()
    assert cell(w, "good_faith", COL_STATUS) == "Done Fri Oct 20, 2017"
    assert repo.get(w.matter.id).completion("good_faith") is not None
    actions = [h.action for h in repo.history(w.matter.id)]
    assert actions[-5:] == ["tick", "untick", "undo", "undo", "tick"]


def test_record_conference_moves_the_joint_statement(qtbot, make_window, repo):
    from meetconfer_gui.domain.matter import ResolutionStatus
    from meetconfer_gui.ui.conference_dialog import ConferenceDialog
    from tests.gui.dialog_support import click_box, run_modal

    w = make_window()
    assert cell(w, "statement_file", COL_DUE) == "Fri Nov 3, 2017"
    assert w.calendar_view.date_format(date(2017, 11, 3)).fontWeight() == 700

    def fill(dlg) -> None:
        assert isinstance(dlg, ConferenceDialog)
        qtbot.mouseClick(dlg.sessions.add_button, Qt.MouseButton.LeftButton)
        dlg.held_on.set_value(date(2017, 10, 20))
        click_box(qtbot, dlg.outcome_buttons[ResolutionStatus.NONE.value])
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    w.act_conference.trigger()
    assert not errors
    # The 7-day clock now binds: Friday, October 27, 2017 (DOMAIN.md).
    assert cell(w, "statement_file", COL_DUE) == "Fri Oct 27, 2017"
    assert w.schedule.item("statement_file").binding == "after_conference"
    assert cell(w, "meet_and_confer", COL_STATUS) == "Done Fri Oct 20, 2017"
    fmt = w.calendar_view.date_format(date(2017, 10, 27))
    assert fmt.fontWeight() == 700
    assert "Due: Defense counsel must file the Joint Statement" in fmt.toolTip()
    assert "Other clock" in " ".join(w.calendar_view.items_on(date(2017, 11, 3)))
    assert "The other clock" in w.calendar_view.date_format(date(2017, 11, 3)).toolTip()
    assert repo.get(w.matter.id).events.conference is not None
    # Undo puts the 30-day clock back, in the store too.
    w.act_undo.trigger()
    assert cell(w, "statement_file", COL_DUE) == "Fri Nov 3, 2017"
    assert repo.get(w.matter.id).events.sessions == ()


def test_record_conference_through_the_command_path(qtbot, make_window):
    from meetconfer_gui.domain.matter import ConferenceMethod, ConferenceSession

    w = make_window()
    session = ConferenceSession("s1", date(2017, 10, 20), ConferenceMethod.TELEPHONE)
    assert w.apply_edit(w.matter.with_sessions((session,), None), "Record conference",
                        action="conference", obligation="meet_and_confer")
    assert cell(w, "statement_file", COL_DUE) == "Fri Oct 27, 2017"
    w.select_item("statement_file")
    html = w.detail.summary.toPlainText()
    assert "binds" in html and "7 days after the parties' conference" in html


def test_select_an_item_highlights_its_words_and_marks_its_count(qtbot, make_window):
    w = make_window()
    w.select_item("contact")
    assert w.detail.title_text == "Defense counsel must call you or set up an in-person meeting"
    assert "Defense counsel must call you" in w.detail.title.text()
    (quote,) = w.matter.obligation("contact").quotes
    qtbot.waitUntil(lambda: bool(w.detail.highlighted_text()))  # read after the first paint
    (text,) = w.detail.highlighted_text()
    assert normalise(text).startswith("Defense counsel is directed to contact Plaintiff")
    assert normalise(quote.text) in w.detail.order_view.toPlainText().replace("\n", " ") or True
    (sel,) = w.detail.order_view.extraSelections()
    assert normalise(sel.cursor.selectedText().replace("\u2029", "\n")) == normalise(text)
    cal = w.calendar_view
    assert "Trigger day" in cal.date_format(date(2017, 10, 4)).toolTip()
    assert "Counted day 8" in cal.date_format(date(2017, 10, 12)).toolTip()
    due = cal.date_format(date(2017, 10, 25))
    assert due.fontUnderline() and "Due day of the count" in due.toolTip()
    assert "1. The period starts from Wednesday, October 4, 2017" in \
        w.detail.summary.toPlainText().replace("\u2029", "\n") or \
        "The period starts from Wednesday, October 4, 2017" in w.detail.summary.toPlainText()
    assert "FRCP 6(a)(1)(A)" in w.detail.summary.toPlainText()


def test_skipped_days_are_struck_out(qtbot, make_window, repo):
    # 21 days after Saturday, October 7, 2017 is Saturday the 28th: the weekend is skipped.
    matter = repo.create(sample_matter(order_date=date(2017, 10, 7)), user=USER)
    w = make_window(matter)
    w.select_item("contact")
    assert w.schedule.item("contact").due == date(2017, 10, 30)
    cal = w.calendar_view
    for day in (date(2017, 10, 28), date(2017, 10, 29)):
        fmt = cal.date_format(day)
        assert fmt.fontStrikeOut(), day
        assert "Skipped" in fmt.toolTip()
    assert [d for d, _ in cal.count.skipped] == [date(2017, 10, 28), date(2017, 10, 29)]


def test_clicking_a_date_lists_what_is_due(qtbot, make_window):
    w = make_window()
    cal = w.calendar_view
    cal.select_date(date(2017, 10, 25))
    texts = [cal.day_list.item(i).text() for i in range(cal.day_list.count())]
    assert texts[0] == ("Due: Defense counsel must call you or set up an in-person meeting - "
                        "Due soon")
    assert "Wednesday, October 25, 2017" in cal.day_label.text()
    # Activating the line selects the item in the checklist.
    w.select_item("good_faith")
    cal.day_list.setCurrentRow(0)
    cal.day_list.itemActivated.emit(cal.day_list.item(0))
    assert w.current_item() is not None and w.current_item().id == "contact"
    cal.select_date(date(2017, 11, 10))
    assert any("Veterans Day" in t for t in cal.items_on(date(2017, 11, 10)))


def test_notices_have_no_check_box(qtbot, make_window):
    w = make_window()
    for oid, kind in (("briefing_stayed", "Notice"), ("no_further_filings", "Prohibition"),
                      ("sanctions_warning", "Warning")):
        index = w.model.index_of(oid, COL_TITLE)
        assert not w.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        assert w.model.data(index, Qt.ItemDataRole.CheckStateRole) is None
        assert cell(w, oid, COL_STATUS) == kind
        assert not cell(w, oid, COL_TITLE, Qt.ItemDataRole.DecorationRole).isNull()


def test_keyboard_only(qtbot, make_window):
    w = make_window()
    with qtbot.waitActive(w):
        w.activateWindow()
    w.tree.setFocus()
    assert w.tree.hasFocus(), (QApplication.activeWindow(), QApplication.focusWidget())
    w.tree.setCurrentIndex(w.model.index_of("contact"))
    # Down past the two notices and the next stage heading to "meet and confer", then "good faith".
    for _ in range(5):
        qtbot.keyClick(w.tree, Qt.Key.Key_Down)
    assert w.current_item().id == "good_faith"
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    assert w.schedule.item("good_faith").status is Status.DONE
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.schedule.item("good_faith").status is not Status.DONE
    qtbot.keyClick(w.tree, Qt.Key.Key_Return)
    assert w.detail.summary.hasFocus()
    # Tab reaches every pane; each control has an accessible name.
    seen = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    for widget in (w.detail.order_view, w.detail.notes, w.tree, w.calendar_view.calendar,
                   w.calendar_view.day_list):
        assert any(s is widget or (s is not None and widget.isAncestorOf(s)) for s in seen), \
            widget.objectName()
        assert widget.accessibleName()
    # Menus have mnemonics; every action a shortcut or a menu mnemonic.
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    for menu_action in w.menuBar().actions():
        for a in menu_action.menu().actions():
            assert a.isSeparator() or "&" in a.text() or a.text().startswith("Read as"), a.text()


def test_notes_are_saved_and_undoable(qtbot, make_window, repo):
    w = make_window()
    w.select_item("contact")
    w.detail.notes.setFocus()
    qtbot.keyClicks(w.detail.notes, "Called 10/18")
    w.detail.commit_note()
    assert repo.get(w.matter.id).note("contact") == "Called 10/18"
    qtbot.keyClicks(w.detail.notes, ", no answer")
    w.detail.commit_note()
    assert repo.get(w.matter.id).note("contact") == "Called 10/18, no answer"
    assert w.undo_stack.count() == 1  # typing in one note merges into one step
    w.tree.setFocus()
    w.act_undo.trigger()
    assert repo.get(w.matter.id).note("contact") == ""
    assert w.detail.notes.toPlainText() == ""


def test_ticking_editing_and_undoing_survive_reopening(qtbot, make_window, store_dir,
                                                       window_settings):
    first_repo = open_store(store_dir)
    w = make_window(repository=first_repo)
    matter_id = w.matter.id
    click_check(qtbot, w, "good_faith")
    click_check(qtbot, w, "statement_prepare")
    w.act_undo.trigger()  # statement_prepare open again
    w.select_item("contact")
    w.detail.notes.setPlainText("Left a message")
    w.detail.commit_note()
    w.act_persp[Perspective.DEFENSE].trigger()
    w.resize(780, 560)  # fits the offscreen screen, so restoring it changes nothing
    w.main_split.setSizes([400, 370])
    sizes = w.main_split.sizes()
    w.close()
    first_repo.close()

    second_repo = open_store(store_dir)
    try:
        again = MainWindow(second_repo, second_repo.get(matter_id), WINDOW_TODAY,
                           settings=QSettings(window_settings.fileName(),
                                              QSettings.Format.IniFormat), user=USER)
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        assert again.schedule.item("good_faith").status is Status.DONE
        assert again.schedule.item("statement_prepare").status is not Status.DONE
        assert again.matter.note("contact") == "Left a message"
        assert again.matter.perspective is Perspective.DEFENSE
        assert cell(again, "contact", COL_TITLE) == ("Contact plaintiff by telephone or set up "
                                                     "an in-person meeting")
        assert again.main_split.sizes() == sizes
        assert again.undo_stack.count() == 0
        # Editing goes on in the new window and is saved.
        click_check(qtbot, again, "statement_prepare")
        assert second_repo.get(matter_id).completion("statement_prepare") is not None
        again.close()
    finally:
        second_repo.close()


def test_conflict_with_another_window_reloads(qtbot, make_window, store_dir, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a: told.append(text))
    w = make_window()
    other = open_store(store_dir)
    try:
        theirs = other.get(w.matter.id)
        other.save(theirs.with_note("contact", "from the other window"), user="Other",
                   action="note", obligation="contact")
        click_check(qtbot, w, "good_faith")
        assert told and "another window" in told[0]
        assert w.matter.note("contact") == "from the other window"
        assert w.schedule.item("good_faith").status is not Status.DONE
        qtbot.waitUntil(lambda: w.undo_stack.count() == 0)
        click_check(qtbot, w, "good_faith")  # works again after the reload
        assert other.get(w.matter.id).completion("good_faith") is not None
    finally:
        other.close()


def test_lock_and_not_applicable(qtbot, make_window):
    w = make_window()
    w.select_item("contact")
    w.lock_due_date()
    dlg = w.findChild(LockDialog)
    assert dlg is not None and dlg.isVisible()
    # The item as the checklist reads it to the pro se plaintiff, not in the third person.
    assert "Defense counsel must call you" in dlg.findChildren(QLabel)[0].text()
    dlg.date_edit.setDate(to_qdate(date(2017, 11, 8)))
    dlg.reason.setText("order of Oct 24, ECF No. 50")
    dlg.accept()
    assert cell(w, "contact", COL_DUE) == "Wed Nov 8, 2017 (locked)"
    assert "order of Oct 24" in w.detail.summary.toPlainText()
    w.act_undo.trigger()
    assert cell(w, "contact", COL_DUE) == "Wed Oct 25, 2017"
    w.select_item("good_faith")
    w.act_na.trigger()
    assert cell(w, "good_faith", COL_STATUS) == "Not applicable"
    w.act_na.trigger()
    assert cell(w, "good_faith", COL_STATUS) == "Open"


def test_banner_says_the_next_step(qtbot, make_window):
    w = make_window()
    assert ("Defense counsel must call you or set up an in-person meeting by Wednesday, "
            "October 25, 2017 - 5 days left") in w.banner.text()
    click_check(qtbot, w, "statement_prepare")
    w.act_persp[Perspective.DEFENSE].trigger()
    assert "Contact plaintiff by telephone" in w.banner.text()
    assert w.act_persp[Perspective.DEFENSE].isChecked()
    w.act_undo.trigger()
    assert w.act_persp[Perspective.PLAINTIFF].isChecked()


def test_status_bar_and_help(qtbot, make_window):
    w = make_window()
    assert "Moore v. Gipson" in w.matter_label.text()
    assert w.today_label.text() == "Today: Friday, October 20, 2017"
    assert w.store_label_w.text() == "Store: test"
    w.show_help(1)
    dlg = w.findChild(GlossaryDialog)
    assert dlg is not None and dlg.tabs.currentIndex() == 1
    dlg.close()
    text = about_text()
    assert "not legal advice" in text.lower() and "0." in text


def test_read_only_store_refuses_edits(qtbot, make_window, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a: told.append(text))
    w = make_window()
    w.repo.read_only = True
    w._update_actions()
    assert not w.act_conference.isEnabled()
    click_check(qtbot, w, "good_faith")
    assert told and "read-only" in told[0]
    assert w.schedule.item("good_faith").status is not Status.DONE


@pytest.mark.parametrize("perspective", list(Perspective))
def test_model_passes_the_tester(qtmodeltester, make_window, perspective):
    w = make_window(perspective=perspective)
    qtmodeltester.check(w.model)
    assert w.model.rowCount(QModelIndex()) == 4


CLIP_CHECK = r"""
import sys
from datetime import date
from PySide6.QtWidgets import QApplication
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage.base import MemoryRepository
from meetconfer_gui.ui.main_window import MainWindow
from tests.gui.test_main_window import clipped_rows
from tests.gui.dialog_support import clipped

app = QApplication([])
repo = MemoryRepository()
w = MainWindow(repo, repo.create(sample_matter(), user="t"), date(2017, 10, 20))
w.show()
app.processEvents()
problems = clipped(w) + clipped_rows(w)
print("\n".join(problems))
sys.exit(1 if problems else 0)
"""


def clipped_rows(w: MainWindow) -> list[str]:
    """Checklist cells whose wrapped text is taller than the row that shows it."""
    out = []
    model, tree = w.model, w.tree
    stages = [model.index(r, 0) for r in range(model.rowCount())]
    for stage in stages:
        rows = [stage] + [model.index(r, c, stage) for r in range(model.rowCount(stage))
                          for c in range(model.columnCount())]
        for index in rows:
            option = QStyleOptionViewItem()
            tree.initViewItemOption(option)
            need = tree.itemDelegate().sizeHint(option, index).height()
            have = tree.visualRect(index).height()
            if need > have + 1:
                out.append(f"row {model.data(index)!r} needs {need}px, has {have}px")
    return out


def test_nothing_clipped_at_the_default_size(qtbot, make_window):
    from tests.gui.dialog_support import clipped

    w = make_window()
    w.resize(*DEFAULT_SIZE)  # as on a screen with room for it (this one is 800x800)
    assert (w.width(), w.height()) == (1400, 880)
    assert clipped(w) == []
    assert clipped_rows(w) == []


@pytest.mark.slow
def test_nothing_clipped_at_150_percent():
    import os
    import subprocess
    import sys
    from pathlib import Path

    # A 1920x1080 screen at 150%: 1280x720 logical pixels, the window fitted to it.
    root = Path(__file__).resolve().parents[2]
    screen = root / "meetconfer_gui" / "data" / "screenshot-screen.json"
    env = dict(os.environ, QT_SCALE_FACTOR="1.5",
               QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    result = subprocess.run([sys.executable, "-c", CLIP_CHECK], env=env, cwd=root,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_court_calendar_recomputes_at_once_and_is_undoable(qtbot, make_window, repo):
    from meetconfer_gui.ui.calendar_dialog import CourtCalendarDialog

    w = make_window()
    w.act_calendar.trigger()
    dlg = w.findChild(CourtCalendarDialog)
    assert dlg is not None and dlg.isVisible()
    # The clerk's office closed on the contact deadline: the period runs to the next day.
    dlg.add_closure(date(2017, 10, 25), "power outage")
    assert cell(w, "contact", COL_DUE) == "Thu Oct 26, 2017"  # recomputed while open
    assert repo.get(w.matter.id).choices.closures == ()  # nothing saved yet
    dlg.accept()
    assert cell(w, "contact", COL_DUE) == "Thu Oct 26, 2017"
    assert [c.day for c in repo.get(w.matter.id).choices.closures] == [date(2017, 10, 25)]
    assert "Clerk's office closed" in w.calendar_view.date_format(date(2017, 10, 25)).toolTip()
    w.act_undo.trigger()
    assert cell(w, "contact", COL_DUE) == "Wed Oct 25, 2017"
    # Cancelling puts the schedule back.
    w.act_calendar.trigger()
    dlg = next(d for d in w.findChildren(CourtCalendarDialog) if d.isVisible())
    dlg.add_closure(date(2017, 10, 25), "storm")
    assert cell(w, "contact", COL_DUE) == "Thu Oct 26, 2017"
    dlg.reject()
    assert cell(w, "contact", COL_DUE) == "Wed Oct 25, 2017"
    assert w.undo_stack.index() == 0


def test_record_dialogs_apply_their_values(qtbot, make_window, repo, monkeypatch):
    """Each record dialog's value goes through one undoable command (the dialogs' own tests
    drive their widgets)."""
    from dataclasses import replace

    from meetconfer_gui.domain.matter import (
        ContactAttempt,
        ContactMethod,
        ContactOutcome,
        Filing,
        FurtherOrder,
    )
    from meetconfer_gui.ui import contact_dialog, filing_dialog, setup_dialog

    w = make_window()
    log = (ContactAttempt("c1", date(2017, 10, 18), ContactMethod.TELEPHONE, "Deputy AG",
                          ContactOutcome.REACHED),)
    monkeypatch.setattr(contact_dialog.ContactLogDialog, "ask",
                        classmethod(lambda cls, *a, **k: log))
    # Ticking an item that needs facts opens its dialog instead of ticking it.
    click_check(qtbot, w, "contact")
    assert cell(w, "contact", COL_STATUS) == "Done Wed Oct 18, 2017"
    assert repo.get(w.matter.id).events.contacts == log
    monkeypatch.setattr(filing_dialog.FilingDialog, "ask",
                        classmethod(lambda cls, *a: Filing(date(2017, 10, 30), 52)))
    w.act_filing.trigger()
    assert cell(w, "statement_file", COL_STATUS) == "Done Mon Oct 30, 2017"
    monkeypatch.setattr(filing_dialog.FurtherOrderDialog, "ask",
                        classmethod(lambda cls, *a: FurtherOrder(date(2017, 11, 8), 53)))
    w.act_further.trigger()
    assert "recorded" in cell(w, "further_order", COL_STATUS)
    monkeypatch.setattr(setup_dialog.MatterSetupDialog, "ask", classmethod(
        lambda cls, _parent, matter: replace(matter, judge="Another Judge")))
    w.act_details.trigger()
    assert repo.get(w.matter.id).judge == "Another Judge"
    assert w.undo_stack.count() == 4
    for _ in range(4):
        w.act_undo.trigger()
    stored = repo.get(w.matter.id)
    assert stored.events.contacts == () and stored.events.filing is None
    assert stored.judge == sample_matter().judge
    # Cancelling a dialog changes nothing.
    monkeypatch.setattr(contact_dialog.ContactLogDialog, "ask",
                        classmethod(lambda cls, *a, **k: None))
    click_check(qtbot, w, "contact")
    assert cell(w, "contact", COL_STATUS) == "Due soon"
    assert w.undo_stack.index() == 0



def test_file_menu_commands(qtbot, make_window, repo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from meetconfer_gui.ui import matters_dialog
    from meetconfer_gui.ui.history_dialog import HistoryDialog
    from meetconfer_gui.ui.statement_dialog import StatementDialog

    w = make_window()
    first_id = w.matter.id
    saved: list[str] = []

    def save_as(_parent, _title, suggested, _pattern):
        path = tmp_path / suggested.rsplit("/", 1)[-1]
        saved.append(str(path))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    w.act_ics.trigger()
    w.act_report.trigger()
    w.act_backup.trigger()
    assert [p.rsplit("/", 1)[-1] for p in saved] == [
        "meetconfer.ics", "meetconfer-status.pdf", "meetconfer-backup-2017-10-20.sqlite3"]
    ics, pdf, backup = (tmp_path / p.rsplit("/", 1)[-1] for p in saved)
    assert b"BEGIN:VCALENDAR" in ics.read_bytes()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert backup.stat().st_size > 0
    # New matter from the sample, dated today.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.act_new.trigger()
    assert w.matter.id != first_id
    assert w.matter.order.signed == WINDOW_TODAY
    assert repo.setting("last_matter") == w.matter.id
    assert w.undo_stack.count() == 0
    # Open the first one again through the matter list.
    monkeypatch.setattr(matters_dialog.MattersDialog, "ask",
                        classmethod(lambda cls, *a: first_id))
    w.act_open.trigger()
    assert w.matter.id == first_id and repo.setting("last_matter") == first_id
    # History and the Joint Statement open beside the window.
    w.select_item("contact")
    w.act_history.trigger()
    assert any(d.isVisible() for d in w.findChildren(HistoryDialog))
    w.act_statement.trigger()
    assert any(d.isVisible() for d in w.findChildren(StatementDialog))
    for d in w.findChildren(QDialog):
        d.close()


def test_enter_on_a_stage_folds_it(qtbot, make_window):
    w = make_window()
    stage = w.model.stage_index(w.matter.obligation("contact").stage)
    w.tree.setCurrentIndex(stage)
    w.tree.setFocus()
    assert w.tree.isExpanded(stage)
    qtbot.keyClick(w.tree, Qt.Key.Key_Return)
    assert not w.tree.isExpanded(stage)
    qtbot.keyClick(w.tree, Qt.Key.Key_Return)
    assert w.tree.isExpanded(stage)


def test_window_paints_before_the_matter_loads(qtbot, repo, window_settings):
    w = MainWindow(None, None, WINDOW_TODAY, settings=window_settings)
    qtbot.addWidget(w)
    w.show()
    assert not w.loaded and "Opening" in w.banner.text()
    # The menu bar shows its titles; its items (nothing can be done yet) come with the matter.
    menus = [m for a in w.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert len(menus) == 4 and not any(m.actions() for m in menus)
    assert not hasattr(w, "act_conference")
    assert w.model.rowCount() == 0
    matter = repo.create(sample_matter(), user=USER)
    w.load(repo, matter, user=USER, store_label="Store: test")
    assert w.act_conference.isEnabled() and w.act_conference in menus[1].actions()
    assert w.model.rowCount() == 4
    assert w.store_label_w.text() == "Store: test"
    assert "Next step" in w.banner.text()


def test_hidden_panes_are_remembered_and_their_menu_items_agree(qtbot, repo, window_settings):
    from meetconfer_gui.ui import settings as ui_settings

    w = MainWindow(None, None, WINDOW_TODAY, settings=window_settings)
    qtbot.addWidget(w)
    assert w.ui_state().show_detail and w.ui_state().show_calendar  # before it is ever shown
    matter = repo.create(sample_matter(), user=USER)
    w.load(repo, matter, user=USER)
    w.act_show_detail.setChecked(False)
    assert w.detail.isHidden() and not w.ui_state().show_detail
    ui_settings.save(window_settings, w.ui_state())

    again = MainWindow(None, None, WINDOW_TODAY, settings=window_settings)
    qtbot.addWidget(again)
    again.show()
    assert again.detail.isHidden() and not again.calendar_view.isHidden()
    again.load(repo, matter, user=USER)
    assert not again.act_show_detail.isChecked() and again.act_show_calendar.isChecked()
    again.act_show_detail.setChecked(True)
    assert not again.detail.isHidden()


def test_the_first_size_fits_a_small_screen(monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    from meetconfer_gui.ui import main_window

    class Small:
        def availableGeometry(self) -> QRect:
            return QRect(0, 0, 1280, 720)  # 1920x1080 at 150%

    monkeypatch.setattr(QGuiApplication, "primaryScreen", staticmethod(lambda: Small()))
    size = main_window.default_size()
    assert size.width() <= 1280 - 16 and size.height() <= 720 - 48
    monkeypatch.setattr(QGuiApplication, "primaryScreen", staticmethod(lambda: None))
    assert (main_window.default_size().width(), main_window.default_size().height()) == \
        main_window.DEFAULT_SIZE
