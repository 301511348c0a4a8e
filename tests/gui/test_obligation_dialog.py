"""Adding an item of one's own, and changing how an order's item is dated."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

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


def test_a_new_item_starts_with_what_to_do_not_an_error(qtbot):
    """An empty new item says "To continue" (not red), and Save/Cancel like the other dialogs."""
    from meetconfer_gui.ui.widgets import Severity

    dlg = ObligationDialog(sample_matter(), TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert ok_button(dlg).text() == "Save" and not ok_button(dlg).isEnabled()
    assert dlg.message.severity() is Severity.INFO
    assert "title" in dlg.message.text()
    qtbot.keyClicks(dlg.title, "Serve amended responses")
    assert ok_button(dlg).isEnabled() and dlg.message.severity() is Severity.OK
    dlg.kind.setCurrentIndex(dlg.kind.findData(Kind.NOTICE))  # a notice with a period: wrong
    assert dlg.message.severity() is Severity.ERROR and not ok_button(dlg).isEnabled()
    dlg.no_date.click()
    assert dlg.message.severity() is Severity.OK


def test_the_several_clocks_note_stays_while_the_input_is_valid(qtbot):
    from meetconfer_gui.ui.widgets import Severity

    m = sample_matter()
    dlg = ObligationDialog(m, TODAY, m.obligation("statement_file"))
    qtbot.addWidget(dlg)
    dlg.days.setValue(10)
    assert dlg.message.severity() is Severity.INFO and "several clocks" in dlg.message.text()


def test_the_lock_dialog_saves_and_releases(qtbot):
    """The lock dialog has the same Save/Cancel bar; an order's '<' reads as written."""
    from dataclasses import replace

    from meetconfer_gui.domain.matter import LockedDate
    from meetconfer_gui.ui.lock_dialog import LockDialog

    m = sample_matter()
    item = compute_schedule(m, TODAY).item("contact")
    item = replace(item, obligation=replace(item.obligation, title="Serve <all> & file"))
    dlg = LockDialog(item, TODAY)
    qtbot.addWidget(dlg)
    assert dlg.ok_button.text() == "Save"
    intro = dlg.findChildren(QLabel)[0]
    assert "Serve &lt;all&gt; &amp; file" in intro.text()
    locked = replace(item, lock=LockedDate("contact", date(2017, 11, 8), "extension"))
    again = LockDialog(locked, TODAY)
    qtbot.addWidget(again)
    texts = [b.text() for b in again.buttons.buttons()]
    assert "&Release lock" in texts and "Save" in texts


def test_the_lock_dialogs_reason_is_shown_whole(qtbot):
    """The reason field is wide enough for its default text; the example sits below it."""
    from meetconfer_gui.ui.lock_dialog import LockDialog
    from tests.gui.dialog_support import assert_accessible, clipped

    item = compute_schedule(sample_matter(), TODAY).item("contact")
    dlg = LockDialog(item, TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    fm = dlg.reason.fontMetrics()
    assert fm.horizontalAdvance(dlg.reason.text()) < dlg.reason.width() - 8
    assert "ECF No. 52" in dlg.reason.accessibleDescription()
    assert not clipped(dlg)
    assert_accessible(dlg)
