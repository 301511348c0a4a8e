"""The court calendar dialog, driven through its widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from meetconfer_gui.domain.calendars import CalendarChoices, Certainty, Closure
from meetconfer_gui.domain.matter import LockedDate
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.ui.calendar_dialog import (
    COUNTS,
    NOT_COUNTED,
    UNDECIDED,
    CourtCalendarDialog,
    matter_years,
)
from tests.gui.dialog_support import (
    TODAY,
    assert_accessible,
    assert_buddies,
    assert_tab_reaches,
    check_scaled,
    click_box,
    clipped,
    run_modal,
)

ADMISSION_DAY = date(2017, 9, 9)


@pytest.fixture
def dialog(qtbot):
    dlg = CourtCalendarDialog(sample_matter(), TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def cell(dlg: CourtCalendarDialog, day: date, column: int) -> str:
    row = dlg.row_of(day)
    assert row >= 0, day
    return str(dlg.holidays_model.data(dlg.holidays_model.index(row, column)))


def test_lists_the_matters_years_with_name_source_reach_and_certainty(dialog):
    assert (dialog.first_day, dialog.last_day) == (date(2017, 1, 1), date(2018, 12, 31))
    days = {h.day for h in dialog.holidays()}
    assert date(2017, 11, 23) in days  # Thanksgiving
    assert date(2018, 12, 25) in days
    assert cell(dialog, date(2017, 11, 23), 0) == "Thu Nov 23, 2017"
    assert cell(dialog, date(2017, 11, 23), 1) == "Thanksgiving Day"
    assert cell(dialog, date(2017, 11, 23), 2) == "both"
    assert cell(dialog, date(2017, 11, 23), 3) == "settled"
    assert cell(dialog, date(2017, 11, 23), 4) == "counts"
    assert cell(dialog, date(2017, 11, 23), 5) == "5 U.S.C. 6103(a)"
    assert cell(dialog, date(2017, 11, 24), 1) == "Day after Thanksgiving"
    assert cell(dialog, date(2017, 11, 24), 2) == "after an event only"
    assert cell(dialog, ADMISSION_DAY, 3) == "disputed"
    assert cell(dialog, ADMISSION_DAY, 4) == "undecided"
    assert cell(dialog, date(2018, 12, 5), 3) == "disputed"  # national day of mourning
    assert ("Eastern District of California: federal legal holidays and California's state "
            "holidays, from Sunday, January 1, 2017 to Monday, December 31, 2018"
            in dialog.intro.text())


def test_a_settled_day_cannot_be_switched(dialog):
    dialog.select_holiday(dialog.row_of(date(2017, 11, 23)))
    assert not dialog.decision.isEnabled()
    assert "A settled legal holiday: it always counts." in dialog.detail.text()


def test_decide_a_disputed_day_emits_the_choices(qtbot, dialog):
    dialog.select_holiday(dialog.row_of(ADMISSION_DAY))
    assert dialog.decision.isEnabled()
    assert dialog.decision.currentData() == UNDECIDED
    assert "California courts stay open" in dialog.detail.text()
    dialog.decision.setFocus()
    with qtbot.waitSignal(dialog.choices_changed) as blocker:
        qtbot.keyClick(dialog.decision, Qt.Key.Key_Down)  # counts
    assert blocker.args == [CalendarChoices(counted=frozenset({ADMISSION_DAY}))]
    assert cell(dialog, ADMISSION_DAY, 4) == "counts (your choice)"
    with qtbot.waitSignal(dialog.choices_changed) as blocker:
        qtbot.keyClick(dialog.decision, Qt.Key.Key_Down)  # does not count
    assert blocker.args == [CalendarChoices(not_counted=frozenset({ADMISSION_DAY}))]
    assert cell(dialog, ADMISSION_DAY, 4) == "does not count (your choice)"
    assert "1 not counted" in dialog.summary.text()
    with qtbot.waitSignal(dialog.choices_changed) as blocker:
        dialog.decide(ADMISSION_DAY, UNDECIDED)
    assert blocker.args == [CalendarChoices()]


def test_filter_shows_only_days_that_need_a_decision(qtbot, dialog):
    total = dialog.holidays_model.rowCount()
    click_box(qtbot, dialog.only_uncertain)
    rows = dialog.holidays_model.rows()
    assert 0 < len(rows) < total
    assert all(h.certainty is not Certainty.SETTLED for h in rows)
    assert dialog.current_holiday() is not None
    click_box(qtbot, dialog.only_uncertain)
    assert dialog.holidays_model.rowCount() == total


def test_add_and_remove_a_closure_day(qtbot, dialog):
    dialog.closure_day.set_value(date(2017, 11, 8))
    dialog.closure_reason.selectAll()
    qtbot.keyClicks(dialog.closure_reason, "Power outage")
    with qtbot.waitSignal(dialog.choices_changed) as blocker:
        qtbot.mouseClick(dialog.add_closure_button, Qt.MouseButton.LeftButton)
    (choices,) = blocker.args
    assert choices.closures == (Closure(date(2017, 11, 8), "Power outage"),)
    assert dialog.closures_model.rowCount() == 1
    assert not dialog.closures_empty.isVisible()
    assert "already a closure day" in dialog.closure_message.text()
    assert dialog.remove_closure_button.isEnabled()
    with qtbot.waitSignal(dialog.choices_changed) as blocker:
        qtbot.mouseClick(dialog.remove_closure_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [CalendarChoices()]
    assert dialog.closures_model.rowCount() == 0
    assert dialog.closures_empty.isVisible()


def test_closure_needs_a_reason_and_warns_on_a_weekend(qtbot, dialog):
    dialog.closure_reason.clear()
    assert not dialog.add_closure_button.isEnabled()
    assert dialog.closure_message.heading() == "Cannot add"
    assert "Give a reason" in dialog.closure_message.text()
    qtbot.keyClicks(dialog.closure_reason, "Snow")
    assert dialog.add_closure_button.isEnabled()
    dialog.closure_day.set_value(date(2017, 11, 11))  # a Saturday
    assert dialog.closure_message.heading() == "Warning"
    assert "weekend" in dialog.closure_message.text()


def test_enter_in_the_closure_fields_adds_and_keeps_the_dialog_open(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.closure_day.setFocus()
    qtbot.keyClicks(dialog.closure_day, "20171108")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.closure_reason
    with qtbot.waitSignal(dialog.choices_changed):
        qtbot.keyClick(dialog.closure_reason, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.value().closures == (Closure(date(2017, 11, 8), "Clerk's office inaccessible"),)


def test_cancel_restores_and_announces_the_original_choices(qtbot):
    original = CalendarChoices(counted=frozenset({ADMISSION_DAY}))
    matter = sample_matter().with_choices(original)
    dlg = CourtCalendarDialog(matter, TODAY)
    qtbot.addWidget(dlg)
    dlg.decide(ADMISSION_DAY, NOT_COUNTED)
    with qtbot.waitSignal(dlg.choices_changed) as blocker:
        dlg.reject()
    assert blocker.args == [original]
    assert dlg.value() == original


def test_done_keeps_the_choices(qtbot, dialog):
    dialog.decide(ADMISSION_DAY, COUNTS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.accepted_value == CalendarChoices(counted=frozenset({ADMISSION_DAY}))


def test_years_reach_the_latest_date():
    matter = sample_matter().with_lock(LockedDate("statement_file", date(2020, 1, 10)))
    assert matter_years(matter, TODAY) == (date(2017, 1, 1), date(2020, 12, 31))


def test_other_states_days_are_marked_for_review(qtbot):
    dlg = CourtCalendarDialog(replace(sample_matter(), district_code="nysd"), TODAY)
    qtbot.addWidget(dlg)
    review = [h for h in dlg.holidays() if h.certainty is Certainty.REVIEW]
    assert review
    dlg.select_holiday(dlg.row_of(review[0].day))
    assert dlg.decision.isEnabled()
    assert cell(dlg, review[0].day, 3) == "review"


def test_accessible(dialog):
    assert_accessible(dialog)
    assert_buddies(dialog)
    assert_tab_reaches(dialog, [dialog.holidays_table, dialog.decision, dialog.closure_day,
                                dialog.closure_reason, dialog.add_closure_button,
                                dialog.ok_button])
    assert clipped(dialog) == []


def test_models(qtbot, qtmodeltester):
    matter = sample_matter()
    matter = matter.with_choices(matter.choices.with_closure(Closure(date(2017, 11, 8))))
    dlg = CourtCalendarDialog(matter, TODAY)
    qtbot.addWidget(dlg)
    qtmodeltester.check(dlg.holidays_model)
    qtmodeltester.check(dlg.closures_model)


def test_ask(qtbot):
    def decide(dlg: QDialog) -> None:
        assert isinstance(dlg, CourtCalendarDialog)
        dlg.decide(ADMISSION_DAY, COUNTS)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(decide)
    choices = CourtCalendarDialog.ask(None, sample_matter(), TODAY)
    assert not errors
    assert choices == CalendarChoices(counted=frozenset({ADMISSION_DAY}))
    errors = run_modal(lambda dlg: dlg.reject())
    assert CourtCalendarDialog.ask(None, sample_matter(), TODAY) is None
    assert not errors


@pytest.mark.slow
def test_nothing_clipped_at_150_percent(tmp_path):
    check_scaled(tmp_path, "calendar")
