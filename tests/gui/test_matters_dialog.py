"""The matter list dialog, driven through its real widgets (never exec())."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from meetconfer_gui.domain.matter import Completion
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage.base import MemoryRepository
from meetconfer_gui.storage.repository import open_repository
from meetconfer_gui.ui.matters_dialog import OPEN_MARK, ROW_ROLE, MattersDialog
from tests.gui.dialog_support import assert_accessible, assert_buddies, assert_tab_reaches

TODAY = date(2017, 10, 24)


@pytest.fixture
def repo(tmp_path):
    r = open_repository(tmp_path / "store")
    moore = r.create(sample_matter(), user="ana")  # contact due 2017-10-25: this week
    r.create(replace(sample_matter(order_date=date(2017, 9, 1)), name="Old order",
                     case_name="Doe v. Roe", case_number="2:17-cv-00099"), user="ana")
    r.create(replace(sample_matter(order_date=date(2018, 3, 1)), name="Later order",
                     case_name="Poe v. Coe", case_number="3:18-cv-00123"), user="ana")
    r.set_setting("last_matter", moore.id)
    r.set_setting("user_name", "Ana")
    yield r
    r.close()


@pytest.fixture
def dialog(qtbot, repo):
    d = MattersDialog(repo, TODAY)
    qtbot.addWidget(d)
    d.show()
    return d


def _names(d: MattersDialog) -> list[str]:
    return [d.model.summary(r).name for r in range(d.model.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, dialog):
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.agenda_model)


def test_list_is_sorted_by_next_deadline_and_marks_the_open_matter(dialog):
    assert _names(dialog) == ["Old order", "Moore v. Gipson (sample order)", "Later order"]
    m = dialog.model
    assert m.data(m.index(1, 0)) == OPEN_MARK and m.data(m.index(0, 0)) == ""
    assert m.data(m.index(1, 3)).startswith("Wed Oct 25, 2017 (in 1 day)")
    assert m.data(m.index(0, 3)).endswith("overdue)")
    assert dialog.selected() is not None and dialog.selected().name.startswith("Moore")
    assert m.data(m.index(1, 1), ROW_ROLE).case_number == "1:13-cv-01820-DAD-BAM (PC)"


def test_search_by_case_name_or_number(qtbot, dialog):
    qtbot.keyClicks(dialog.search, "doe v")
    assert _names(dialog) == ["Old order"]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "18cv00123")
    assert _names(dialog) == ["Later order"]
    dialog.search.clear()
    assert len(_names(dialog)) == 3


def test_open_returns_the_selected_id(qtbot, dialog):
    dialog.select("2")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_id == "2"


def test_new_from_sample_and_blank(qtbot, dialog, repo):
    qtbot.mouseClick(dialog.new_sample_button, Qt.MouseButton.LeftButton)
    assert dialog.selected().id == "4"
    assert repo.get("4").case_name == "Moore v. Gipson"
    qtbot.mouseClick(dialog.new_blank_button, Qt.MouseButton.LeftButton)
    blank = repo.get("5")
    assert (blank.name, blank.case_name, blank.case_number, blank.parties) == (
        "New matter", "", "", ())
    assert blank.order.signed == TODAY and len(blank.obligations) == 14
    assert dialog.selected().id == "5"
    assert [h.user for h in repo.history("5")] == ["Ana"]


def test_rename_and_archive_are_saved(qtbot, dialog, repo):
    dialog.select("2")
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Doe, renamed")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert repo.get("2").name == "Doe, renamed"
    assert repo.history("2")[-1].detail == "renamed 'Old order' to 'Doe, renamed'"
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert repo.get("2").archived
    assert "Doe, renamed" not in _names(dialog)
    dialog.show_archived.setChecked(True)
    dialog.select("2")
    assert dialog.archive_button.text() == "Unar&chive"
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert not repo.get("2").archived


def test_delete_asks_then_can_be_undone(qtbot, dialog, repo):
    repo.save(repo.get("2").with_completion(Completion("contact", date(2017, 9, 5), "Ana")),
              user="Ana", action="tick", obligation="contact")
    dialog.refresh()
    dialog.select("2")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm_bar.isVisible() and "Old order" in dialog.confirm_text.text()
    qtbot.mouseClick(dialog.cancel_delete_button, Qt.MouseButton.LeftButton)
    assert not dialog.confirm_bar.isVisible() and len(_names(dialog)) == 3
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.matter_deleted) as sig:
        qtbot.mouseClick(dialog.confirm_delete_button, Qt.MouseButton.LeftButton)
    assert sig.args[0].id == "2"
    assert "Old order" not in _names(dialog)
    assert dialog.undo_bar.isVisible()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert "Old order" in _names(dialog) and not dialog.undo_bar.isVisible()
    back = repo.get("2")
    assert back.completion("contact") is not None  # it came back as it was
    assert [h.action for h in repo.history("2")][-3:] == ["tick", "delete", "restore"]


def test_agenda_shows_overdue_and_this_week_across_matters(qtbot, dialog):
    m = dialog.agenda_model
    rows = [m.entry(r) for r in range(m.rowCount())]
    assert rows, "the sample has a deadline this week"
    assert {e.matter_name for e in rows} == {"Old order", "Moore v. Gipson (sample order)"}
    overdue = [e for e in rows if e.urgency.value == "overdue"]
    assert overdue and all(e.due < TODAY for e in overdue)
    assert all(e.due <= date(2017, 10, 30) for e in rows)
    contact = next(e for e in rows if e.matter_name.startswith("Moore"))
    assert (contact.obligation_id, contact.due) == ("contact", date(2017, 10, 25))
    assert "Overdue" in m.data(m.index(0, 1))
    assert "A&genda (" in dialog.tabs.tabText(1)
    dialog.tabs.setCurrentIndex(1)
    moore_row = next(r for r in range(m.rowCount()) if m.entry(r).matter_name.startswith("M"))
    dialog.agenda_table.selectRow(moore_row)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.agenda_open_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_id == "1"


def test_read_only_store_disables_changes(qtbot):
    mem = MemoryRepository()
    mem.create(sample_matter(), user="ana")
    mem.read_only = True
    d = MattersDialog(mem, TODAY)
    qtbot.addWidget(d)
    assert d.open_button.isEnabled()
    for b in (d.new_sample_button, d.new_blank_button, d.rename_button, d.archive_button,
              d.delete_button):
        assert not b.isEnabled()
    assert "read-only" in d.message.text()


def test_accessible_and_keyboard_reachable(qtbot, dialog):
    assert_accessible(dialog)
    assert_buddies(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert_tab_reaches(dialog, [dialog.search, dialog.table, dialog.name_edit,
                                dialog.open_button, dialog.new_sample_button,
                                dialog.delete_button])


def test_a_matter_whose_order_sets_no_date_is_not_called_nothing_due(qtbot, tmp_path):
    """The list says no dated step is open, and its tooltip why, not "nothing due"."""
    from tests.gui.test_newcomer import no_date_matter

    r = open_repository(tmp_path / "undated")
    try:
        r.create(no_date_matter(), user="ana")
        d = MattersDialog(r, TODAY)
        qtbot.addWidget(d)
        d.show()
        cell = d.model.index(0, 3)
        assert d.model.data(cell, Qt.ItemDataRole.DisplayRole) == "no dated step open"
        assert "set none" in str(d.model.data(cell, Qt.ItemDataRole.ToolTipRole))
    finally:
        r.close()
