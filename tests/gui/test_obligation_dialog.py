"""Adding an item of one's own, and changing how an order's item is dated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from meetconfer_gui.domain.obligations import Kind, TriggerKind
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.ui.obligation_dialog import ObligationDialog

TODAY = date(2017, 10, 10)


def ok_button(dlg: ObligationDialog):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_change_21_days_to_14(qtbot):
    m = sample_matter()
    dlg = ObligationDialog(m, TODAY, m.obligation("contact"))
    qtbot.addWidget(dlg)
    assert dlg.days.value() == 21
    assert "October 25, 2017" in dlg.preview.text()
    dlg.days.setValue(14)
    assert "October 18, 2017" in dlg.preview.text()
    qtbot.mouseClick(ok_button(dlg), Qt.MouseButton.LeftButton)
    ob = dlg.accepted_value
    assert ob is not None and ob.id == "contact" and not ob.custom
    assert compute_schedule(m.with_obligation(ob), TODAY).item("contact").due == date(2017, 10, 18)


def test_statement_keeps_its_second_clock(qtbot):
    m = sample_matter()
    dlg = ObligationDialog(m, TODAY, m.obligation("statement_file"))
    qtbot.addWidget(dlg)
    assert "several clocks" in dlg.message.text()
    dlg.days.setValue(10)
    qtbot.mouseClick(ok_button(dlg), Qt.MouseButton.LeftButton)
    ob = dlg.accepted_value
    assert ob is not None
    assert [r.days for r in ob.rules] == [10, 30]


def test_add_own_item_counted_back_from_a_hearing(qtbot):
    m = sample_matter()
    dlg = ObligationDialog(m, TODAY)
    qtbot.addWidget(dlg)
    assert not ok_button(dlg).isEnabled()
    assert "title" in dlg.message.text()
    qtbot.keyClicks(dlg.title, "File the joint statement for the hearing")
    dlg.trigger.setCurrentIndex(dlg.trigger.findData(TriggerKind.HEARING))
    dlg.direction.setCurrentIndex(1)
    dlg.hearing.set_value(date(2023, 4, 14))
    assert ok_button(dlg).isEnabled()
    assert "March 31, 2023" in dlg.preview.text()
    qtbot.mouseClick(ok_button(dlg), Qt.MouseButton.LeftButton)
    ob = dlg.accepted_value
    assert ob is not None and ob.custom and ob.kind is Kind.DEADLINE
    assert ob.id == "file_the_joint_statement_for"


def test_a_notice_cannot_have_a_due_date(qtbot):
    m = sample_matter()
    dlg = ObligationDialog(m, TODAY)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.title, "The hearing is vacated")
    dlg.kind.setCurrentIndex(dlg.kind.findData(Kind.NOTICE))
    assert not ok_button(dlg).isEnabled()
    assert "no due date" in dlg.message.text()
    dlg.no_date.setChecked(True)
    assert ok_button(dlg).isEnabled()
