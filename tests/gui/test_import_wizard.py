"""The import wizard: paste, review, create a matter (issue 7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.domain.sample import sample_order_text
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.ui.checklist_model import COL_DUE
from meetconfer_gui.ui.import_wizard import ImportWizard

TODAY = date(2026, 11, 30)


def make(qtbot) -> ImportWizard:
    w = ImportWizard(TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def next_page(qtbot, w: ImportWizard) -> None:
    qtbot.mouseClick(w.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_sample_text_becomes_the_template(qtbot, qtmodeltester):
    w = make(qtbot)
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    w.source_page.text.setPlainText(sample_order_text())
    assert w.button(QWizard.WizardButton.NextButton).isEnabled()
    next_page(qtbot, w)
    assert w.currentPage() is w.review_page
    qtmodeltester.check(w.review_page.model)
    assert w.review_page.model.rowCount() >= 14
    # the selected row's words are highlighted in the order
    sel = w.review_page.order_view.extraSelections()
    assert sel and sel[0].cursor.selectedText().strip()
    next_page(qtbot, w)
    assert w.details_page.district.currentData() == "caed"
    assert w.details_page.order_date.value() == date(2017, 10, 4)
    qtbot.mouseClick(w.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    m = w.matter
    assert m is not None
    ids = {o.id for o in m.obligations}
    assert {"contact", "statement_file", "sanctions_warning", "statement_content_c"} <= ids
    s = compute_schedule(m, date(2017, 10, 10))
    assert s.deadlines_json()["contact"] == "2017-10-25"
    assert s.deadlines_json()["joint_statement"] == "2017-11-03"


def test_reject_and_edit_an_item(qtbot):
    w = make(qtbot)
    w.source_page.text.setPlainText(
        "Plaintiff shall file a status report within ten (10) days of the date of this "
        "order.\nDefendants shall respond within 14 days of service of the report.\n\n"
        "IT IS SO ORDERED.\nDated: March 3, 2020\n")
    next_page(qtbot, w)
    page = w.review_page
    model = page.model
    assert model.rowCount() >= 1
    first = model.item(0)
    assert first.days == 10
    page.table.selectRow(0)
    page.days.setValue(12)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert model.item(0).days == 12
    # reject every other row
    for row in range(1, model.rowCount()):
        model.setData(model.index(row, 0), Qt.CheckState.Unchecked,
                      Qt.ItemDataRole.CheckStateRole)
    assert len(model.accepted()) == 1
    next_page(qtbot, w)
    w.details_page.district.setCurrentIndex(w.details_page.district.findData("nysd"))
    qtbot.mouseClick(w.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    m = w.matter
    assert m is not None and m.district_code == "nysd"
    assert m.order.signed == date(2020, 3, 3)
    assert len(m.obligations) == 1
    assert m.obligations[0].rules[0].days == 12


def test_unreadable_text_stays_on_the_page(qtbot, tmp_path):
    w = make(qtbot)
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 not really a pdf")
    assert not w.source_page.load_file(str(bad))
    assert "\u26a0" in w.source_page.error.text()
    assert w.currentPage() is w.source_page


def test_the_when_column_shows_hours_and_the_dated_event(qtbot):
    w = make(qtbot)
    w.source_page.text.setPlainText(
        "ORDER\n\nIT IS ORDERED that lead counsel shall meet and confer in person no later "
        "than fourteen (14) days before the Final Pretrial Conference, which is set for "
        "February 9, 2026. Each party shall give at least 48 hours' notice before the "
        "hearing of any witness it will call.\n\nDated: January 5, 2026\n")
    next_page(qtbot, w)
    model = w.review_page.model
    when = [model.data(model.index(row, 3)) for row in range(model.rowCount())]
    assert "14 days before the hearing (2026-02-09)" in when, when
    assert any(isinstance(t, str) and "48 hours" in t for t in when), when


def test_text_with_nothing_found_says_what_to_do_and_locks_the_editor(qtbot):
    """An empty review: one plain message with what to do next; no field to edit nothing."""
    w = make(qtbot)
    w.source_page.text.setPlainText("Hello, this is a note to myself, not a court order.\n")
    next_page(qtbot, w)
    page = w.review_page
    assert w.currentPage() is page and page.model.rowCount() == 0
    text = page.summary.text()
    assert text.startswith("Nothing this text requires was found")
    assert "Edit > Add an item" in text
    assert "no obligation" not in text.lower()  # the importer's own note, said once
    for widget in (page.who, page.kind, page.days, page.trigger, page.apply_button):
        assert not widget.isEnabled()
    next_page(qtbot, w)  # refused: stays, and says why
    assert w.currentPage() is page and "Keep at least one item" in page.summary.text()


def test_the_importers_notes_read_as_sentences(qtbot):
    w = make(qtbot)
    w.source_page.text.setPlainText(
        "Plaintiff shall file a status report within ten (10) days of the date of this "
        "order.\n")  # no date of the order: the importer notes it
    next_page(qtbot, w)
    page = w.review_page
    assert page.model.rowCount() >= 1 and page.who.isEnabled()
    text = page.summary.text()
    assert text.startswith("1 item proposed") or "items proposed" in text
    assert "The order's date was not found" in text and ". the" not in text


# --- the last page: the court, the parties, dates from the order's conference --------------
ORDERS = Path(__file__).parents[1] / "unit" / "importer"


def to_details(qtbot, w: ImportWizard, path: Path) -> None:
    assert w.source_page.load_file(str(path))
    next_page(qtbot, w)
    assert w.currentPage() is w.review_page
    next_page(qtbot, w)
    assert w.currentPage() is w.details_page


def test_an_unknown_court_is_not_chosen_for_the_user(qtbot):
    w = make(qtbot)
    to_details(qtbot, w, ORDERS / "orders" / "edcal_briefing.txt")
    page = w.details_page
    finish = w.button(QWizard.WizardButton.FinishButton)
    assert page.district.currentData() is None
    assert page.district.currentText().startswith("Choose the court")
    assert "does not say which court" in page.court_prompt.text()
    assert "\u26a0" in page.court_prompt.text()  # a mark and words, not colour alone
    assert not finish.isEnabled()
    assert "Choose the court" in page.preview.toPlainText()
    page.district.setFocus()
    page.district.setCurrentIndex(page.district.findData("nysd"))
    assert finish.isEnabled()
    assert "Choose the court" not in page.preview.toPlainText()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert w.matter is not None and w.matter.district_code == "nysd"


def test_a_known_court_is_chosen_and_said_to_be_from_the_order(qtbot):
    w = make(qtbot)
    to_details(qtbot, w, ORDERS / "orders" / "ndill_minute_entry.txt")
    page = w.details_page
    assert page.district.currentData() == "ilnd"
    assert "Found in the order" in page.court_prompt.text()
    assert page.name.text() == "Tamika Reynolds v. Walgreen Co."


def test_sdny_order_named_parties_shown_and_conference_items_dated(qtbot, make_window, repo):
    w = make(qtbot)
    to_details(qtbot, w, ORDERS / "orders_heldout" / "sdny_initial_conference.txt")
    page = w.details_page
    assert page.name.text() == "Priya Ramanathan v. Harborview Capital Management LP"
    assert page.district.currentData() == "nysd"
    # the order names counsel for the plaintiff: the user is not a pro se plaintiff
    assert page.perspective.currentData() == Perspective.DEFENSE
    assert "pro se" not in page.parties.text()
    assert "Plaintiff: Priya Ramanathan \u2014 counsel, not named" in page.parties.text()
    assert "April 1, 2025" in page.preview.toPlainText()  # 7 days before the April 8 conference
    qtbot.mouseClick(w.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    matter = w.matter
    assert matter is not None and matter.case_number == "25-cv-1187 (JHR)"
    window = make_window(repo.create(matter, user="test"), today=date(2025, 3, 5))
    letter = next(o for o in matter.obligations if "joint letter" in o.title)
    due = window.model.data(window.model.index_of(letter.id, COL_DUE))
    assert due != "not dated yet" and "Apr 1, 2025" in due


def test_an_order_silent_on_counsel_shows_it_unknown(qtbot):
    w = make(qtbot)
    to_details(qtbot, w, ORDERS / "orders_heldout3" / "dnev_tabs_caps.txt")
    page = w.details_page
    page.perspective.setCurrentIndex(page.perspective.findData(Perspective.DEFENSE))
    text = page.parties.text()
    assert "Plaintiff:" in text and "not known yet" in text
    qtbot.mouseClick(w.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert w.matter is not None
    plaintiff = w.matter.parties[0]
    assert not plaintiff.representation_known and not plaintiff.pro_se
