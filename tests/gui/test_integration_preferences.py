"""Edit > Preferences: the name for the history, "due soon" days, calendar alarms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from meetconfer_gui.ui.checklist_model import COL_STATUS
from meetconfer_gui.ui.preferences_dialog import (
    Preferences,
    PreferencesDialog,
    alarm_days_from_setting,
    parse_alarm_days,
)
from tests.gui.conftest import USER
from tests.gui.dialog_support import assert_accessible, assert_buddies


def _open(w) -> PreferencesDialog:
    w.act_prefs.trigger()
    (dlg,) = [d for d in w.findChildren(PreferencesDialog) if d.isVisible()]
    assert isinstance(dlg, PreferencesDialog)
    return dlg


def _status(w, oid: str) -> str:
    return str(w.model.data(w.model.index_of(oid, COL_STATUS)))


def test_preferences_are_kept_and_due_soon_is_undoable(qtbot, make_window, repo):
    w = make_window()
    assert w.act_prefs in w.menuBar().actions()[1].menu().actions()
    dlg = _open(w)
    assert dlg.user_name.text() == USER
    assert dlg.due_soon.value() == 7
    assert dlg.alarms.text() == "7, 1"
    assert_accessible(dlg)
    assert_buddies(dlg)
    assert _status(w, "contact") == "Due soon"  # due Oct 25, today Oct 20
    dlg.user_name.clear()
    qtbot.keyClicks(dlg.user_name, "Jordan Paralegal")
    dlg.due_soon.setValue(2)
    dlg.alarms.clear()
    qtbot.keyClicks(dlg.alarms, "14, 3,3")
    assert dlg.ok_button.isEnabled()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert repo.setting("user_name") == "Jordan Paralegal"
    assert repo.setting("ics_alarms") == "14,3"
    assert w.matter.due_soon_days == 2
    assert repo.get(w.matter.id).due_soon_days == 2
    assert _status(w, "contact") == "Open"  # 5 days away is no longer "due soon"
    last = repo.history(w.matter.id)[-1]
    assert (last.action, last.user) == ("edit", USER)  # the edit is made under the old name
    # The next change is recorded under the new name.
    w.select_item("good_faith")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    assert repo.history(w.matter.id)[-1].user == "Jordan Paralegal"
    w.act_undo.trigger()
    w.act_undo.trigger()
    assert repo.get(w.matter.id).due_soon_days == 7
    assert _status(w, "contact") == "Due soon"
    dlg = _open(w)
    assert (dlg.user_name.text(), dlg.alarms.text()) == ("Jordan Paralegal", "14, 3")
    dlg.reject()


def test_invalid_entries_keep_ok_disabled_with_the_reason(qtbot, make_window, repo):
    w = make_window()
    dlg = _open(w)
    dlg.alarms.clear()
    qtbot.keyClicks(dlg.alarms, "7, tomorrow")
    assert not dlg.ok_button.isEnabled()
    assert "'tomorrow' is not a number of days" in dlg.message.text()
    assert dlg.message.isVisibleTo(dlg)
    dlg.alarms.clear()  # empty: no alarms, which is allowed
    assert dlg.ok_button.isEnabled()
    dlg.user_name.clear()
    assert not dlg.ok_button.isEnabled()
    assert "Enter your name" in dlg.message.text()
    dlg.accept()  # even if called, nothing invalid is kept
    assert dlg.isVisible() and dlg.accepted_value is None
    dlg.reject()
    assert repo.setting("ics_alarms") == ""
    assert w.undo_stack.count() == 0


def test_alarm_settings_read_and_write():
    assert parse_alarm_days("7,1") == (7, 1)
    assert parse_alarm_days(" 1 7 7 ") == (7, 1)
    assert parse_alarm_days("") == ()
    assert alarm_days_from_setting("") == (7, 1)
    assert alarm_days_from_setting("none") == ()
    assert alarm_days_from_setting("garbage") == (7, 1)
    assert Preferences("me", 0).alarm_days == (7, 1)
