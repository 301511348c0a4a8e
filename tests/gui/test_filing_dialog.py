"""The Joint Statement filing and further-order dialogs, driven through their widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import Filing, FurtherOrder
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.ui.filing_dialog import FilingDialog, FurtherOrderDialog
from tests.gui.dialog_support import (
    TODAY,
    assert_accessible,
    assert_buddies,
    check_scaled,
    click_box,
    clipped,
    conference_matter,
    run_modal,
)


@pytest.fixture
def filing(qtbot):
    dlg = FilingDialog(conference_matter(), TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


@pytest.fixture
def further(qtbot):
    dlg = FurtherOrderDialog(conference_matter(), TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_filing_recorded(qtbot, filing):
    assert "due by Friday, October 27, 2017" in filing.intro.text()
    filing.on.set_value(date(2017, 10, 26))
    qtbot.mouseClick(filing.ecf, Qt.MouseButton.LeftButton)  # over "not known"
    qtbot.wait(10)
    qtbot.keyClicks(filing.ecf, "55")
    click_box(qtbot, filing.separate)
    assert filing.ok_button.isEnabled()
    assert filing.message.text() == ("A separate statement filed on Thursday, October 26, 2017 "
                                     "as ECF No. 55.")
    assert not filing.note.isVisible()
    qtbot.mouseClick(filing.ok_button, Qt.MouseButton.LeftButton)
    assert filing.result() == QDialog.DialogCode.Accepted
    assert filing.accepted_value == Filing(date(2017, 10, 26), 55, separate=True)


def test_late_filing_is_a_warning(filing):
    filing.on.set_value(date(2017, 10, 30))
    assert filing.ok_button.isEnabled()
    assert filing.note.heading() == "Warning"
    assert "after the due date, Friday, October 27, 2017" in filing.note.text()


def test_filing_dates_checked(qtbot, filing):
    filing.on.set_value(date(2017, 10, 3))
    assert not filing.ok_button.isEnabled()
    assert "before the order of Wednesday, October 4, 2017" in filing.message.text()
    filing.on.set_value(date(2017, 10, 31))
    assert not filing.ok_button.isEnabled()
    assert "after today (Monday, October 30, 2017)" in filing.message.text()
    filing.on.set_value(date(2017, 10, 10))  # before the conference of October 18
    assert not filing.ok_button.isEnabled()
    assert "before the conference" in filing.message.text()
    with pytest.raises(DomainError):
        filing.value()
    filing.accept()
    assert filing.isVisible()
    assert filing.accepted_value is None


def test_recorded_filing_is_shown(qtbot):
    matter = conference_matter().with_filing(Filing(date(2017, 10, 25), 60, separate=True))
    dlg = FilingDialog(matter, TODAY)
    qtbot.addWidget(dlg)
    assert dlg.on.value() == date(2017, 10, 25)
    assert dlg.ecf.value() == 60
    assert dlg.separate.isChecked()
    assert dlg.value() == Filing(date(2017, 10, 25), 60, separate=True)


def test_filing_without_a_conference_has_no_due_line(qtbot):
    dlg = FilingDialog(sample_matter(), TODAY)
    qtbot.addWidget(dlg)
    assert dlg.value() == Filing(TODAY, None)


def test_filing_keyboard_only(qtbot, filing):
    filing.activateWindow()
    qtbot.waitActive(filing)
    filing.on.setFocus()
    focus = QApplication.focusWidget
    qtbot.keyClicks(filing.on, "20171027")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is filing.ecf
    qtbot.keyClicks(filing.ecf, "61")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() is filing.separate
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert filing.accepted_value == Filing(date(2017, 10, 27), 61)


def test_further_order_recorded(qtbot, further):
    further.on.set_value(date(2017, 10, 27))
    qtbot.mouseClick(further.ecf, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    qtbot.keyClicks(further.ecf, "62")
    qtbot.keyClicks(further.summary, "Motion granted in part.")
    assert further.message.text() == "Order of Friday, October 27, 2017 (ECF No. 62)."
    qtbot.mouseClick(further.ok_button, Qt.MouseButton.LeftButton)
    assert further.accepted_value == FurtherOrder(date(2017, 10, 27), 62,
                                                  "Motion granted in part.")


def test_further_order_dates_checked(further):
    further.on.set_value(date(2017, 10, 2))
    assert not further.ok_button.isEnabled()
    assert "The further order is dated Monday, October 2, 2017, before the order" in \
        further.message.text()
    further.on.set_value(date(2017, 11, 2))
    assert not further.ok_button.isEnabled()
    assert "after today" in further.message.text()


def test_summary_tab_moves_on(qtbot, further):
    further.activateWindow()
    qtbot.waitActive(further)
    further.summary.setFocus()
    qtbot.keyClick(further.summary, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is further.ok_button


@pytest.mark.parametrize("kind", [FilingDialog, FurtherOrderDialog])
def test_accessible(qtbot, kind):
    dlg = kind(conference_matter(), TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert_accessible(dlg)
    assert_buddies(dlg)
    assert clipped(dlg) == []


def test_ask(qtbot):
    def fill(dlg: QDialog) -> None:
        assert isinstance(dlg, FilingDialog)
        dlg.on.set_value(date(2017, 10, 26))
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    assert FilingDialog.ask(None, conference_matter(), TODAY) == Filing(date(2017, 10, 26))
    assert not errors

    def fill_further(dlg: QDialog) -> None:
        assert isinstance(dlg, FurtherOrderDialog)
        qtbot.keyClicks(dlg.summary, "Denied")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill_further)
    assert FurtherOrderDialog.ask(None, conference_matter(), TODAY) == FurtherOrder(
        TODAY, None, "Denied")
    assert not errors
    errors = run_modal(lambda dlg: dlg.reject())
    assert FurtherOrderDialog.ask(None, conference_matter(), TODAY) is None
    assert not errors


@pytest.mark.slow
def test_nothing_clipped_at_150_percent(tmp_path):
    check_scaled(tmp_path, "filing", "further-order")
