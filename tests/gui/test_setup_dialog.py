"""The matter set-up dialog, driven through its widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from meetconfer_gui.domain.deadlines import Service
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import ContactAttempt, ContactMethod, ContactOutcome, Role
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.ui.setup_dialog import MatterSetupDialog
from tests.gui.dialog_support import (
    assert_accessible,
    assert_buddies,
    assert_tab_reaches,
    check_scaled,
    click_box,
    clipped,
    run_modal,
)


@pytest.fixture
def dialog(qtbot):
    dlg = MatterSetupDialog(sample_matter())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def retype(qtbot, widget, text: str) -> None:
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_shows_the_matter_and_saves_it_unchanged(qtbot, dialog):
    assert dialog.district_code() == "caed"
    assert dialog.court.currentText() == "caed - Eastern District of California"
    assert dialog.case_name.text() == "Moore v. Gipson"
    assert dialog.motion_ecf.value() == 43
    assert dialog.order_ecf.value() == 48
    assert dialog.order_date.value() == date(2017, 10, 4)
    assert dialog.perspective() is Perspective.PLAINTIFF
    assert dialog.parties_model.rowCount() == 2
    assert dialog.party_name.text() == "MERRICK JOSE MOORE"
    assert dialog.pro_se_note.text() == "Pro se: the party represents itself."
    assert dialog.served.isChecked()
    assert dialog.service_method.currentData() == Service.MAIL
    assert dialog.ok_button.isEnabled()
    assert dialog.message.heading() == "Ready"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.accepted_value == sample_matter()


# Typing in the court box opens the completer's pop-up, which offscreen cannot grab keys for.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


@POPUP
def test_edit_case_court_order_and_perspective(qtbot, dialog):
    retype(qtbot, dialog.case_name, "Doe v. Roe")
    retype(qtbot, dialog.case_number, "1:20-cv-00001")
    retype(qtbot, dialog.judge, "Jane Judge")
    dialog.court.setFocus()
    retype(qtbot, dialog.court.lineEdit(), "nysd - Southern District of New York")
    assert dialog.district_code() == "nysd"
    dialog.order_date.set_value(date(2017, 10, 2))
    dialog.order_ecf.setValue(0)  # not known
    click_box(qtbot, dialog.perspective_buttons[Perspective.DEFENSE])
    assert dialog.ok_button.isEnabled(), dialog.message.text()
    m = dialog.value()
    assert (m.case_name, m.case_number, m.judge, m.district_code) == (
        "Doe v. Roe", "1:20-cv-00001", "Jane Judge", "nysd")
    assert m.order.signed == date(2017, 10, 2)
    assert m.order.ecf is None
    assert m.perspective is Perspective.DEFENSE
    assert m.obligations == sample_matter().obligations


@POPUP
def test_court_must_be_one_of_the_list(qtbot, dialog):
    retype(qtbot, dialog.court.lineEdit(), "Nowhere court")
    assert dialog.district_code() is None
    assert not dialog.ok_button.isEnabled()
    assert "Choose the court from the list" in dialog.message.text()
    retype(qtbot, dialog.court.lineEdit(), "E.D. Cal.")  # an abbreviation in full
    assert dialog.district_code() == "caed"
    assert dialog.ok_button.isEnabled()
    retype(qtbot, dialog.court.lineEdit(), "NYSD")
    assert dialog.district_code() == "nysd"


def test_court_search_completes_on_part_of_the_name(qtbot, dialog):
    completer = dialog.court.completer()
    completer.setCompletionPrefix("Mariana")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "nmid - District of the Northern Mariana Islands"
    assert dialog.court.count() == 94


def test_service_before_the_order_date(qtbot, dialog):
    dialog.served_on.set_value(date(2017, 10, 3))
    assert not dialog.ok_button.isEnabled()
    assert ("served on MERRICK JOSE MOORE on Tuesday, October 3, 2017, before its date"
            in dialog.message.text())
    with pytest.raises(DomainError, match="before its date"):
        dialog.value()
    dialog.served_on.set_value(date(2017, 10, 6))
    dialog.service_method.setCurrentIndex(dialog.service_method.findData(Service.PERSONAL))
    assert dialog.ok_button.isEnabled()
    service = dialog.value().order.service_on("plaintiff")
    assert service is not None
    assert (service.served_on, service.method) == (date(2017, 10, 6), Service.PERSONAL)
    assert dialog.parties_model.data(dialog.parties_model.index(0, 2)) == "Oct 6, 2017, personal"


def test_service_can_be_left_unrecorded(qtbot, dialog):
    click_box(qtbot, dialog.served)
    assert not dialog.served_on.isEnabled()
    assert dialog.value().order.service_on("plaintiff") is None
    assert dialog.value().order.service_on("defendants") is not None


def test_each_side_needs_a_party_and_each_party_a_name(qtbot, dialog):
    dialog.parties.select(1)
    qtbot.mouseClick(dialog.parties.remove_button, Qt.MouseButton.LeftButton)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text().startswith("Add a party on the defense side.")
    qtbot.mouseClick(dialog.parties.add_button, Qt.MouseButton.LeftButton)
    assert dialog.party_role.currentData() == Role.DEFENDANT  # the side still missing
    assert QApplication.focusWidget() in (dialog.party_name, None)
    assert "Party 2 needs a name" in dialog.message.text()
    qtbot.keyClicks(dialog.party_name, "WARDEN SMITH")
    qtbot.keyClicks(dialog.counsel, "A. Lawyer")
    qtbot.keyClicks(dialog.firm, "Office of the Attorney General")
    qtbot.keyClicks(dialog.bar_number, "123456")
    qtbot.keyClicks(dialog.address, "1 Main St")
    qtbot.keyClicks(dialog.email, "a@example.org")
    qtbot.keyClicks(dialog.phone, "555-0100")
    assert dialog.pro_se_note.text() == "Represented by counsel."
    assert dialog.ok_button.isEnabled(), dialog.message.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    parties = dialog.accepted_value.parties
    assert [p.name for p in parties] == ["MERRICK JOSE MOORE", "WARDEN SMITH"]
    added = parties[1]
    assert (added.role, added.counsel, added.firm, added.bar_number, added.address,
            added.email, added.phone) == (Role.DEFENDANT, "A. Lawyer",
                                          "Office of the Attorney General", "123456",
                                          "1 Main St", "a@example.org", "555-0100")
    assert not added.pro_se
    served = dialog.accepted_value.order.service_on(added.id)
    assert served is None  # a new party's service is recorded only when ticked


def test_order_date_after_recorded_events(qtbot):
    matter = sample_matter().with_contact(ContactAttempt(
        "c1", date(2017, 10, 10), ContactMethod.TELEPHONE, "me", ContactOutcome.REACHED))
    dlg = MatterSetupDialog(matter)
    qtbot.addWidget(dlg)
    dlg.order_date.set_value(date(2017, 10, 12))
    assert not dlg.ok_button.isEnabled()
    # Service on both parties is now before the order too; the first problem is shown.
    assert "before its date" in dlg.message.text()
    assert any("records a contact on Tuesday, October 10, 2017" in p for p in dlg.problems())


def test_plaintiff_with_counsel_is_a_warning(qtbot, dialog):
    assert not dialog.perspective_warning.isVisible()
    qtbot.keyClicks(dialog.counsel, "Some Lawyer")
    assert dialog.perspective_warning.isVisible()
    assert dialog.perspective_warning.heading() == "Warning"
    assert dialog.ok_button.isEnabled()


def test_accessible(dialog):
    assert_accessible(dialog)
    assert_buddies(dialog)
    assert_tab_reaches(dialog, [dialog.court, dialog.order_date, dialog.party_name,
                                dialog.address, dialog.served_on, dialog.service_method,
                                dialog.ok_button])
    assert clipped(dialog) == []


def test_keyboard_edit_and_enter(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.case_name.setFocus()
    qtbot.keyClick(dialog.case_name, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.case_name, " II")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.case_number
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.accepted_value is not None
    assert dialog.accepted_value.case_name == "Moore v. Gipson II"


def test_model(qtmodeltester):
    dlg = MatterSetupDialog(sample_matter())
    qtmodeltester.check(dlg.parties_model)
    dlg.deleteLater()


def test_ask(qtbot):
    def fill(dlg: QDialog) -> None:
        assert isinstance(dlg, MatterSetupDialog)
        retype(qtbot, dlg.judge, "Another Judge")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    matter = MatterSetupDialog.ask(None, sample_matter())
    assert not errors
    assert matter is not None
    assert matter.judge == "Another Judge"
    errors = run_modal(lambda dlg: dlg.reject())
    assert MatterSetupDialog.ask(None, sample_matter()) is None
    assert not errors


@pytest.mark.slow
def test_nothing_clipped_at_150_percent(tmp_path):
    check_scaled(tmp_path, "setup")


def test_a_newcomer_is_told_what_an_ecf_number_is_and_who_has_an_inmate_number(qtbot, dialog):
    """The form explains ECF numbers beside them, and the inmate field says it is for prison."""
    assert dialog.ecf_note.isVisible()
    assert "number the court's docket gives each paper" in dialog.ecf_note.text()
    buddies = {lbl.buddy(): lbl.text() for lbl in dialog.findChildren(QLabel) if lbl.buddy()}
    assert buddies[dialog.inmate_number] == "Inma&te (prisoner) number:"
    assert "prison" in dialog.inmate_number.placeholderText()
    assert "CDCR" in dialog.inmate_number.placeholderText()  # California's, beside the BOP's
    assert "prison" in dialog.inmate_number.accessibleName()
    # The placeholder fits its field: nothing of it is cut off at the dialog's size.
    fm = dialog.inmate_number.fontMetrics()
    assert fm.horizontalAdvance(dialog.inmate_number.placeholderText()) < (
        dialog.inmate_number.width() - 8)
    assert not clipped(dialog)


def _unknown_counsel_matter():
    from dataclasses import replace

    from meetconfer_gui.domain.matter import UNKNOWN_COUNSEL

    m = sample_matter()
    parties = tuple(replace(p, counsel=UNKNOWN_COUNSEL) if p.role is Role.DEFENDANT else p
                    for p in m.parties)
    return replace(m, parties=parties)


def _select_defendant(qtbot, dlg) -> None:
    row = next(i for i, d in enumerate(dlg.parties_model.rows()) if d.role is Role.DEFENDANT)
    dlg.parties.select(row)
    qtbot.waitUntil(lambda: dlg.party_role.currentData() == Role.DEFENDANT)


def test_unknown_counsel_reads_as_not_known_and_is_kept(qtbot):
    """An import that names nobody for a side: no marker text in the field, no 'pro se'."""
    matter = _unknown_counsel_matter()
    dlg = MatterSetupDialog(matter)
    qtbot.addWidget(dlg)
    dlg.show()
    _select_defendant(qtbot, dlg)
    assert dlg.counsel.text() == ""
    assert dlg.counsel.placeholderText().startswith("Not known yet")
    assert "does not say who speaks for this party" in dlg.pro_se_note.text()
    assert dlg.mark_pro_se.isVisible()
    shown = [dlg.parties_model.data(dlg.parties_model.index(r, c))
             for r in range(dlg.parties_model.rowCount())
             for c in range(dlg.parties_model.columnCount())]
    assert "Defendant, counsel not known" in shown
    # Editing another field keeps it unknown; saving keeps the marker for the documents.
    retype(qtbot, dlg.phone, "555-0100")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    saved = dlg.accepted_value
    assert saved is not None
    defendant = next(p for p in saved.parties if p.role is Role.DEFENDANT)
    assert not defendant.representation_known and not defendant.pro_se
    assert defendant.phone == "555-0100"


def test_unknown_counsel_becomes_a_name_or_pro_se(qtbot):
    dlg = MatterSetupDialog(_unknown_counsel_matter())
    qtbot.addWidget(dlg)
    dlg.show()
    _select_defendant(qtbot, dlg)
    qtbot.keyClicks(dlg.counsel, "Dana Lee")
    assert not dlg.mark_pro_se.isVisible()
    assert dlg.pro_se_note.text() == "Represented by counsel."
    retype(qtbot, dlg.counsel, "")
    assert dlg.mark_pro_se.isVisible()  # emptied again: still not known, not pro se
    qtbot.mouseClick(dlg.mark_pro_se, Qt.MouseButton.LeftButton)
    assert not dlg.mark_pro_se.isVisible()
    assert dlg.pro_se_note.text() == "Pro se: the party represents itself."
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.accepted_value is not None
    defendant = next(p for p in dlg.accepted_value.parties if p.role is Role.DEFENDANT)
    assert defendant.pro_se and defendant.representation_known
