"""The welcome dialog, driven through its widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.ui.welcome_dialog import WelcomeChoice, WelcomeDialog
from tests.gui.dialog_support import (
    assert_accessible,
    assert_buddies,
    check_scaled,
    click_box,
    clipped,
    run_modal,
)

TODAY = date(2026, 11, 30)


@pytest.fixture
def dialog(qtbot, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "jdoe")
    dlg = WelcomeDialog(TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_starts_asking_who_the_user_is(dialog):
    assert dialog.user_name.text() == "jdoe"
    assert dialog.replay.isChecked()
    assert "Monday, November 30, 2026" in dialog.replay.text()
    assert dialog.perspective() is None
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == "Choose who you are in the case."
    assert "not legal advice" in dialog.not_advice.text()
    with pytest.raises(DomainError):
        dialog.value()


def test_defense_without_replay(qtbot, dialog):
    click_box(qtbot, dialog.perspective_buttons[Perspective.DEFENSE])
    click_box(qtbot, dialog.replay)
    assert dialog.ok_button.isEnabled()
    assert dialog.message.text() == "You chose: defense counsel or staff."
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.accepted_value == WelcomeChoice(Perspective.DEFENSE, False, "jdoe")


def test_name_is_required(qtbot, dialog):
    click_box(qtbot, dialog.perspective_buttons[Perspective.PLAINTIFF])
    dialog.user_name.selectAll()
    qtbot.keyClick(dialog.user_name, Qt.Key.Key_Delete)
    assert not dialog.ok_button.isEnabled()
    assert "Enter your name" in dialog.message.text()
    qtbot.keyClicks(dialog.user_name, "Merrick Moore")
    assert dialog.ok_button.isEnabled()
    assert dialog.value() == WelcomeChoice(Perspective.PLAINTIFF, True, "Merrick Moore")


def test_keyboard_only(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.perspective_buttons[Perspective.PLAINTIFF].setFocus()
    focus = QApplication.focusWidget
    qtbot.keyClick(focus(), Qt.Key.Key_Space)  # choose "the plaintiff"
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is dialog.user_name
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is dialog.replay
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert dialog.accepted_value == WelcomeChoice(Perspective.PLAINTIFF, True, "jdoe")


def test_user_name_falls_back_when_the_system_has_none(qtbot, monkeypatch):
    def fail() -> str:
        raise OSError("no login name")

    monkeypatch.setattr("getpass.getuser", fail)
    dlg = WelcomeDialog(TODAY)
    qtbot.addWidget(dlg)
    assert dlg.user_name.text() == ""


def test_accessible(dialog):
    assert_accessible(dialog)
    assert_buddies(dialog)
    assert clipped(dialog) == []


def test_ask(qtbot, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "jdoe")

    def fill(dlg: QDialog) -> None:
        assert isinstance(dlg, WelcomeDialog)
        click_box(qtbot, dlg.perspective_buttons[Perspective.PLAINTIFF])
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    choice = WelcomeDialog.ask(None, TODAY)
    assert not errors
    assert choice == WelcomeChoice(Perspective.PLAINTIFF, True, "jdoe")
    errors = run_modal(lambda dlg: dlg.reject())
    assert WelcomeDialog.ask(None, TODAY) is None
    assert not errors


@pytest.mark.slow
def test_nothing_clipped_at_150_percent(tmp_path):
    check_scaled(tmp_path, "welcome")
