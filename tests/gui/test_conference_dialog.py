"""The conference dialog, driven through its widgets (never exec() but through ask())."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import (
    ConferenceMethod,
    Filing,
    ResolutionStatus,
)
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.ui.conference_dialog import ConferenceDialog
from tests.gui.dialog_support import (
    TODAY,
    assert_accessible,
    assert_buddies,
    assert_tab_reaches,
    check_scaled,
    click_box,
    clipped,
    conference_matter,
    run_modal,
)

ORDER = date(2017, 10, 4)


@pytest.fixture
def dialog(qtbot):
    dlg = ConferenceDialog(sample_matter(), TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def add_session(qtbot, dlg: ConferenceDialog, day: date,
                method: ConferenceMethod = ConferenceMethod.TELEPHONE) -> None:
    qtbot.mouseClick(dlg.sessions.add_button, Qt.MouseButton.LeftButton)
    dlg.held_on.set_value(day)
    dlg.method.setCurrentIndex(dlg.method.findData(method))


def add_request(qtbot, dlg: ConferenceDialog, label: str) -> None:
    qtbot.mouseClick(dlg.requests.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dlg.req_label, label)


def choose(qtbot, dlg: ConferenceDialog, status: ResolutionStatus | None) -> None:
    button = dlg.outcome_buttons[status.value if status else "unknown"]
    click_box(qtbot, button)
    assert button.isChecked()


def test_empty_matter_starts_empty_and_can_be_saved_as_nothing(qtbot, dialog):
    assert dialog.sessions_model.rowCount() == 0
    assert not dialog.session_form.isEnabled()
    assert dialog.sessions.empty_label.isVisible()
    assert dialog.ok_button.isEnabled()
    assert "No session recorded" in dialog.message.text()
    assert dialog.value() == ((), None)


def test_record_a_session_resolved_in_part(qtbot, dialog):
    add_session(qtbot, dialog, date(2017, 10, 20))
    qtbot.keyClicks(dialog.participants, "Merrick Moore, Deputy AG Smith")
    dialog.minutes.setValue(45)
    choose(qtbot, dialog, ResolutionStatus.PART)
    assert not dialog.ok_button.isEnabled()  # in part, but no request yet
    add_request(qtbot, dialog, "Request for Production No. 4")
    qtbot.keyClicks(dialog.req_set, "Set One")
    qtbot.keyClicks(dialog.req_description, "Grievance records")
    qtbot.keyClicks(dialog.req_plaintiff, "Relevant")
    qtbot.keyClicks(dialog.req_defense, "Overbroad")
    click_box(qtbot, dialog.good_faith)
    qtbot.keyClicks(dialog.notes, "RFP 4 remains.")
    assert dialog.ok_button.isEnabled()
    assert dialog.message.heading() == "Ready"
    assert dialog.message.text() == "1 session; resolved in part; 1 request still at issue."
    assert dialog.sessions_model.data(dialog.sessions_model.index(0, 0)) == "Fri Oct 20, 2017"

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    sessions, resolution = dialog.accepted_value
    (session,) = sessions
    assert session.held_on == date(2017, 10, 20)
    assert session.method is ConferenceMethod.TELEPHONE
    assert session.participants == ("Merrick Moore", "Deputy AG Smith")
    assert session.minutes == 45
    assert resolution is not None
    assert resolution.status is ResolutionStatus.PART
    assert resolution.good_faith
    assert resolution.notes == "RFP 4 remains."
    (req,) = resolution.at_issue
    assert (req.label, req.set_name, req.description, req.plaintiff_position,
            req.defense_position) == ("Request for Production No. 4", "Set One",
                                      "Grievance records", "Relevant", "Overbroad")
    # The value is one the matter accepts.
    sample_matter().with_sessions(sessions, resolution)


def test_session_before_the_order_keeps_ok_disabled(qtbot, dialog):
    add_session(qtbot, dialog, date(2017, 10, 3))
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.heading() == "Not ready to save"
    assert "before the order of Wednesday, October 4, 2017" in dialog.message.text()
    with pytest.raises(DomainError, match="before the order"):
        dialog.value()
    dialog.held_on.set_value(ORDER)
    assert dialog.ok_button.isEnabled()


def test_held_session_in_the_future_keeps_ok_disabled(qtbot, dialog):
    add_session(qtbot, dialog, date(2017, 10, 31))
    assert not dialog.ok_button.isEnabled()
    assert "after today (Monday, October 30, 2017)" in dialog.message.text()
    dialog.held_on.set_value(TODAY)
    assert dialog.ok_button.isEnabled()


def test_in_part_needs_a_request_and_in_full_allows_none(qtbot, dialog):
    add_session(qtbot, dialog, date(2017, 10, 20))
    choose(qtbot, dialog, ResolutionStatus.PART)
    assert not dialog.ok_button.isEnabled()
    assert "'resolved in part' needs at least one request" in dialog.message.text()
    add_request(qtbot, dialog, "Interrogatory No. 7")
    assert dialog.ok_button.isEnabled()
    choose(qtbot, dialog, ResolutionStatus.FULL)
    assert not dialog.ok_button.isEnabled()
    assert "'resolved in full' leaves no request at issue" in dialog.message.text()
    qtbot.mouseClick(dialog.requests.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.requests_model.rowCount() == 0
    assert dialog.ok_button.isEnabled()
    assert dialog.value()[1].status is ResolutionStatus.FULL


def test_request_needs_a_label(qtbot, dialog):
    add_session(qtbot, dialog, date(2017, 10, 20))
    choose(qtbot, dialog, ResolutionStatus.NONE)
    qtbot.mouseClick(dialog.requests.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()
    assert "Request 1 at issue needs a label" in dialog.message.text()
    qtbot.keyClicks(dialog.req_label, "RFP No. 2")
    assert dialog.ok_button.isEnabled()


def test_outcome_without_a_session_or_requests_without_an_outcome(qtbot, dialog):
    choose(qtbot, dialog, ResolutionStatus.NONE)
    assert not dialog.ok_button.isEnabled()
    assert "Add the session" in dialog.message.text()
    add_session(qtbot, dialog, date(2017, 10, 20))
    assert dialog.ok_button.isEnabled()
    add_request(qtbot, dialog, "RFP No. 1")
    choose(qtbot, dialog, None)
    assert not dialog.ok_button.isEnabled()
    assert "keep the 1 request at issue" in dialog.message.text()
    assert not dialog.good_faith.isEnabled()
    assert dialog.outcome_hint.isVisible()


def test_method_warning_in_words(qtbot, dialog):
    add_session(qtbot, dialog, date(2017, 10, 20))
    assert not dialog.method_warning.isVisible()
    dialog.method.setCurrentIndex(dialog.method.findData(ConferenceMethod.VIDEO))
    assert dialog.method_warning.isVisible()
    assert dialog.method_warning.heading() == "Warning"
    assert "telephone or in person" in dialog.method_warning.text()
    assert dialog.sessions_model.data(dialog.sessions_model.index(0, 1)) == "Video (warning)"
    assert dialog.ok_button.isEnabled()  # a warning, not an error
    dialog.method.setCurrentIndex(dialog.method.findData(ConferenceMethod.IN_PERSON))
    assert not dialog.method_warning.isVisible()


def test_one_session_concludes_and_the_clock_note_follows(qtbot, dialog):
    add_session(qtbot, dialog, date(2017, 10, 18))
    add_session(qtbot, dialog, date(2017, 10, 20))
    assert "count from Wednesday, October 18, 2017 (the first session)" in \
        dialog.clock_note.text()
    click_box(qtbot, dialog.concluded)
    assert "Friday, October 20, 2017 (the session marked" in dialog.clock_note.text()
    dialog.sessions.select(0)
    assert not dialog.concluded.isChecked()
    click_box(qtbot, dialog.concluded)
    concluded = [s.concluded for s in dialog.sessions_model.rows()]
    assert concluded == [True, False]
    qtbot.mouseClick(dialog.sessions.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.sessions_model.rowCount() == 1
    assert dialog.held_on.value() == date(2017, 10, 20)


def test_recorded_conference_is_shown_and_kept(qtbot):
    matter = conference_matter()
    dlg = ConferenceDialog(matter, TODAY)
    qtbot.addWidget(dlg)
    assert dlg.sessions_model.rowCount() == 2
    assert dlg.requests_model.rowCount() == 2
    assert dlg.status() is ResolutionStatus.PART
    assert dlg.good_faith.isChecked()
    assert dlg.held_on.value() == date(2017, 10, 18)
    assert dlg.req_label.text() == "Request for Production No. 4"
    assert dlg.value() == (matter.events.sessions, matter.events.resolution)


def test_accept_rechecks_and_stays_open(qtbot):
    # A filing recorded before the conference: the matter refuses the sessions.
    matter = sample_matter().with_filing(Filing(date(2017, 10, 10), 50))
    dlg = ConferenceDialog(matter, TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    add_session(qtbot, dlg, date(2017, 10, 20))
    assert not dlg.ok_button.isEnabled()
    assert "Joint Statement is recorded as filed before the conference" in dlg.message.text()
    dlg.accept()  # as if OK were pressed anyway
    assert dlg.isVisible()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.accepted_value is None


def test_keyboard_only(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.sessions.table.setFocus()

    def press(key: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key)

    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.sessions.add_button
    press(Qt.Key.Key_Return)  # the focused button is pressed
    assert dialog.sessions_model.rowCount() == 1
    assert QApplication.focusWidget() is dialog.held_on
    qtbot.keyClicks(dialog.held_on, "20171020")
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.method
    press(Qt.Key.Key_Down)  # In person
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.participants
    qtbot.keyClicks(dialog.participants, "Moore, Smith")
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.minutes
    qtbot.keyClicks(dialog.minutes, "30")
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.concluded
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.session_notes
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.outcome_buttons["unknown"]
    press(Qt.Key.Key_Right)  # the next outcome in the group: resolved in full
    assert dialog.status() is ResolutionStatus.FULL
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.good_faith
    press(Qt.Key.Key_Space)
    assert dialog.ok_button.isEnabled()
    press(Qt.Key.Key_Return)  # Enter presses Save
    assert dialog.result() == QDialog.DialogCode.Accepted
    (session,), resolution = dialog.accepted_value
    assert session.held_on == date(2017, 10, 20)
    assert session.method is ConferenceMethod.IN_PERSON
    assert session.participants == ("Moore", "Smith")
    assert session.minutes == 30
    assert session.concluded
    assert resolution is not None
    assert resolution.status is ResolutionStatus.FULL
    assert resolution.good_faith


def test_enter_does_not_save_while_invalid(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    add_session(qtbot, dialog, date(2017, 11, 20))
    dialog.participants.setFocus()
    qtbot.keyClick(dialog.participants, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.accepted_value is None


def test_accessible_names_buddies_and_tab_order(qtbot):
    dlg = ConferenceDialog(conference_matter(), TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert_accessible(dlg)
    assert_buddies(dlg)
    assert_tab_reaches(dlg, [dlg.held_on, dlg.method, dlg.participants, dlg.minutes,
                             dlg.concluded, dlg.session_notes, dlg.good_faith, dlg.req_label,
                             dlg.req_defense, dlg.notes, dlg.ok_button])
    assert clipped(dlg) == []


def test_models(qtmodeltester):
    dlg = ConferenceDialog(conference_matter(), TODAY)
    qtmodeltester.check(dlg.sessions_model)
    qtmodeltester.check(dlg.requests_model)
    dlg.deleteLater()


def test_ask_returns_the_record(qtbot):
    def fill(dlg: QDialog) -> None:
        assert isinstance(dlg, ConferenceDialog)
        add_session(qtbot, dlg, date(2017, 10, 20))
        choose(qtbot, dlg, ResolutionStatus.NONE)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    record = ConferenceDialog.ask(None, sample_matter(), TODAY)
    assert not errors
    assert record is not None
    sessions, resolution = record
    assert [s.held_on for s in sessions] == [date(2017, 10, 20)]
    assert resolution is not None
    assert resolution.status is ResolutionStatus.NONE


def test_ask_cancelled_returns_none(qtbot):
    errors = run_modal(lambda dlg: dlg.reject())
    assert ConferenceDialog.ask(None, sample_matter(), TODAY) is None
    assert not errors


def test_order_date_later_than_today_is_explained(qtbot):
    matter = replace(sample_matter(), order=replace(sample_matter().order, signed=TODAY,
                                                    service=()))
    dlg = ConferenceDialog(matter, date(2017, 10, 29))
    qtbot.addWidget(dlg)
    qtbot.mouseClick(dlg.sessions.add_button, Qt.MouseButton.LeftButton)
    assert not dlg.ok_button.isEnabled()
    assert "after today" in dlg.message.text()


@pytest.mark.slow
def test_nothing_clipped_at_150_percent(tmp_path):
    check_scaled(tmp_path, "conference")
