"""The contact log dialog, driven through its widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import ContactMethod, ContactOutcome, Events
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.ui.contact_dialog import ContactLogDialog
from tests.gui.dialog_support import (
    TODAY,
    assert_accessible,
    assert_buddies,
    assert_tab_reaches,
    check_scaled,
    clipped,
    contact_matter,
    run_modal,
)


@pytest.fixture
def dialog(qtbot):
    dlg = ContactLogDialog(sample_matter(), TODAY, "jdoe")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def add(qtbot, dlg: ContactLogDialog, day: date) -> None:
    qtbot.mouseClick(dlg.log.add_button, Qt.MouseButton.LeftButton)
    dlg.on.set_value(day)


def test_empty_log(dialog):
    assert dialog.model.rowCount() == 0
    assert not dialog.form.isEnabled()
    assert dialog.ok_button.isEnabled()
    assert dialog.message.text() == "The log is empty."
    assert dialog.value() == ()


def test_log_attempts(qtbot, dialog):
    add(qtbot, dialog, date(2017, 10, 12))
    assert dialog.by.text() == "jdoe"
    dialog.method.setCurrentIndex(dialog.method.findData(ContactMethod.LETTER))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(ContactOutcome.SENT))
    qtbot.keyClicks(dialog.notes, "Letter proposing dates")
    add(qtbot, dialog, date(2017, 10, 10))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(ContactOutcome.NO_ANSWER))
    add(qtbot, dialog, date(2017, 10, 16))
    dialog.by.selectAll()
    qtbot.keyClicks(dialog.by, "Deputy AG")
    assert "first made on Monday, October 16, 2017 (telephone, by Deputy AG)" in \
        dialog.contact_note.text()
    assert dialog.ok_button.isEnabled()
    assert dialog.message.text() == "3 attempts logged."
    assert dialog.model.data(dialog.model.index(0, 3)) == "Sent (letter or e-mail)"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    log = dialog.accepted_value
    assert [a.on for a in log] == [date(2017, 10, 10), date(2017, 10, 12), date(2017, 10, 16)]
    assert [a.outcome for a in log] == [ContactOutcome.NO_ANSWER, ContactOutcome.SENT,
                                        ContactOutcome.REACHED]
    assert log[1].method is ContactMethod.LETTER
    assert log[1].notes == "Letter proposing dates"
    assert log[2].by == "Deputy AG"
    assert Events(contacts=log).contact_made == log[2]


def test_attempt_before_the_order_or_in_the_future(qtbot, dialog):
    add(qtbot, dialog, date(2017, 10, 3))
    assert not dialog.ok_button.isEnabled()
    assert "before the order of Wednesday, October 4, 2017" in dialog.message.text()
    with pytest.raises(DomainError, match="before the order"):
        dialog.value()
    dialog.on.set_value(date(2017, 10, 31))
    assert not dialog.ok_button.isEnabled()
    assert "after today (Monday, October 30, 2017)" in dialog.message.text()
    dialog.on.set_value(TODAY)
    assert dialog.ok_button.isEnabled()


def test_attempt_needs_a_person(qtbot, dialog):
    add(qtbot, dialog, date(2017, 10, 10))
    dialog.by.selectAll()
    qtbot.keyClick(dialog.by, Qt.Key.Key_Delete)
    assert not dialog.ok_button.isEnabled()
    assert "needs the name of the person" in dialog.message.text()


def test_edit_and_remove_logged_attempts(qtbot):
    dlg = ContactLogDialog(contact_matter(), TODAY, "jdoe")
    qtbot.addWidget(dlg)
    assert dlg.model.rowCount() == 2
    assert dlg.log.current_row() == 1  # the latest
    dlg.log.select(0)
    assert dlg.by.text() == "Deputy AG"
    dlg.notes.selectAll()
    qtbot.keyClicks(dlg.notes, "Letter sent by mail")
    qtbot.mouseClick(dlg.log.remove_button, Qt.MouseButton.LeftButton)
    assert dlg.model.rowCount() == 1
    assert [a.id for a in dlg.value()] == ["c2"]


def test_keyboard_only(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.log.add_button.setFocus()
    focus = QApplication.focusWidget
    qtbot.keyClick(focus(), Qt.Key.Key_Space)
    assert focus() is dialog.on
    qtbot.keyClicks(dialog.on, "20171011")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is dialog.method
    qtbot.keyClick(focus(), Qt.Key.Key_End)  # Other
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is dialog.by
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is dialog.outcome
    qtbot.keyClick(focus(), Qt.Key.Key_Down)  # left a message
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focus(), "Via the litigation coordinator")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    (attempt,) = dialog.accepted_value
    assert (attempt.on, attempt.method, attempt.by, attempt.outcome, attempt.notes) == (
        date(2017, 10, 11), ContactMethod.OTHER, "jdoe", ContactOutcome.LEFT_MESSAGE,
        "Via the litigation coordinator")


def test_accessible(qtbot):
    dlg = ContactLogDialog(contact_matter(), TODAY, "jdoe")
    qtbot.addWidget(dlg)
    dlg.show()
    assert_accessible(dlg)
    assert_buddies(dlg)
    assert_tab_reaches(dlg, [dlg.log.table, dlg.on, dlg.method, dlg.by, dlg.outcome,
                             dlg.notes, dlg.ok_button])
    assert clipped(dlg) == []


def test_model(qtmodeltester):
    dlg = ContactLogDialog(contact_matter(), TODAY, "jdoe")
    qtmodeltester.check(dlg.model)
    dlg.deleteLater()


def test_ask(qtbot):
    def fill(dlg: QDialog) -> None:
        assert isinstance(dlg, ContactLogDialog)
        add(qtbot, dlg, date(2017, 10, 10))
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    log = ContactLogDialog.ask(None, sample_matter(), TODAY, "jdoe")
    assert not errors
    assert log is not None
    assert [(a.on, a.by) for a in log] == [(date(2017, 10, 10), "jdoe")]
    errors = run_modal(lambda dlg: dlg.reject())
    assert ContactLogDialog.ask(None, sample_matter(), TODAY, "jdoe") is None
    assert not errors


@pytest.mark.slow
def test_nothing_clipped_at_150_percent(tmp_path):
    check_scaled(tmp_path, "contact")
