"""End to end: a paralegal with many matters, through the real window, wizard and dialogs.

Three orders from other courts come in through File > Import order... (one names no court
the app knows, so the wizard asks); the matters dialog (its search and its agenda) switches
between them; items are ticked, a date locked, an item marked not applicable; one matter's
calendar goes to an .ics file; the store is backed up and restored; and everything is still
there when the window is closed and a new one opens on the same store.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from meetconfer_gui.app import first_matter
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.domain.schedule import Status
from meetconfer_gui.ui.checklist_model import COL_DUE, COL_STATUS
from meetconfer_gui.ui.import_wizard import ImportWizard
from meetconfer_gui.ui.lock_dialog import LockDialog
from meetconfer_gui.ui.main_window import MainWindow
from meetconfer_gui.ui.matters_dialog import MattersDialog
from meetconfer_gui.ui.restore_dialog import RestoreDialog
from tests.gui.conftest import USER, open_store
from tests.gui.dialog_support import run_modal

TODAY = date(2026, 1, 12)
ORDERS = Path(__file__).resolve().parents[1] / "unit" / "importer"
#: (file, the court the wizard should end on, whether it must ask for it, words of the name)
IMPORTS = (
    ("orders_heldout/sdny_initial_conference.txt", "nysd", False, "RAMANATHAN"),
    ("orders_heldout/ndcal_pleading_discovery.txt", "cand", False, "ORTEGA"),
    ("orders_heldout12/dneb_docket_sheet_paste.txt", "ned", True, "Prairie Wind"),
)


def _window(qtbot, repo, settings, matter) -> MainWindow:
    w = MainWindow(repo, matter, TODAY, settings=settings, user=USER, store_label="Store: test")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _import(qtbot, w: MainWindow, monkeypatch, rel: str, court: str, *, asks: bool) -> None:
    """File > Import order...: open the file, review, choose the court if asked, finish."""
    path = ORDERS / rel
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: dict[str, object] = {}

    def drive(wiz) -> None:
        assert isinstance(wiz, ImportWizard)
        page = wiz.source_page
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        assert page.error.text().startswith(f"Read {path.name}"), page.error.text()
        nxt = wiz.button(QWizard.WizardButton.NextButton)
        assert nxt.isEnabled()
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
        assert wiz.currentPage() is wiz.review_page
        seen["proposed"] = wiz.review_page.model.rowCount()
        assert wiz.review_page.model.accepted(), "the wizard kept no item"
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
        details = wiz.details_page
        assert wiz.currentPage() is details
        finish = wiz.button(QWizard.WizardButton.FinishButton)
        seen["asked"] = details.chosen_district() is None
        if details.chosen_district() is None:
            assert "Choose the court" in details.court_prompt.text()
            assert not finish.isEnabled()
            details.district.setCurrentIndex(details.district.findData(court))
        assert details.chosen_district() == court
        assert finish.isEnabled()
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    errors = run_modal(drive)
    w.act_import.trigger()
    assert not errors, errors
    assert seen["asked"] is asks
    assert w.matter.district_code == court


def _open_via_dialog(qtbot, w: MainWindow, search: str) -> None:
    """File > Open matter...: search, check the agenda, open the one matter found."""
    def pick(dlg) -> None:
        assert isinstance(dlg, MattersDialog)
        assert dlg.model.rowCount() == 4  # the sample and three imported orders
        qtbot.keyClicks(dlg.search, search)
        assert dlg.model.rowCount() == 1, [dlg.model.summary(r).name
                                           for r in range(dlg.model.rowCount())]
        assert "As of Monday, January 12, 2026" in dlg.agenda_note.text()
        dlg.table.selectRow(0)
        qtbot.mouseClick(dlg.open_button, Qt.MouseButton.LeftButton)

    errors = run_modal(pick)
    w.act_open.trigger()
    assert not errors, errors


def _first_task(w: MainWindow, *, skip: tuple[str, ...] = ()) -> str:
    """The first open item a paralegal can tick (a task, not done by a record)."""
    for it in w.schedule.items:
        if (it.obligation.kind.is_task and not it.obligation.needs_record
                and it.status is not Status.DONE and it.id not in skip):
            return it.id
    raise AssertionError("no item to tick")


def _tick(qtbot, w: MainWindow, oid: str) -> None:
    w.select_item(oid)
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    assert str(w.model.data(w.model.index_of(oid, COL_STATUS))).startswith("Done")


def _lock(qtbot, w: MainWindow, oid: str, day: date) -> None:
    w.select_item(oid)
    assert w.act_lock.isEnabled()
    w.act_lock.trigger()
    (dlg,) = [d for d in w.findChildren(LockDialog) if d.isVisible()]
    dlg.date_edit.set_value(day)
    dlg.reason.clear()
    qtbot.keyClicks(dlg.reason, "Order of Jan 9 granting an extension, ECF No. 31")
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)


@pytest.mark.timeout(60)
def test_paralegal_many_matters_survive_a_restart(qtbot, store_dir, window_settings, tmp_path,
                                                  monkeypatch):
    repo = open_store(store_dir)
    sample = repo.create(sample_matter(perspective=Perspective.DEFENSE), user=USER)
    w = _window(qtbot, repo, window_settings, sample)

    ids: dict[str, str] = {}
    for rel, court, asks, words in IMPORTS:
        _import(qtbot, w, monkeypatch, rel, court, asks=asks)
        assert words.lower() in w.windowTitle().lower()
        assert words.lower() in w.matter_label.text().lower()
        ids[court] = w.matter.id
    assert len(repo.list_matters()) == 4

    # Switch to each imported matter through the dialog; work in each.
    done: dict[str, str] = {}
    for _rel, court, _asks, words in IMPORTS:
        _open_via_dialog(qtbot, w, words.split()[0])
        assert w.matter.id == ids[court]
        assert w.undo_stack.count() == 0  # each matter's undo history starts afresh
        oid = _first_task(w)
        _tick(qtbot, w, oid)
        done[court] = oid

    # The agenda across all matters: the Nebraska order's conference is due this week.
    def from_agenda(dlg) -> None:
        assert isinstance(dlg, MattersDialog)
        dlg.tabs.setCurrentIndex(1)
        rows = dlg.agenda_model.rowCount()
        assert rows and dlg.tabs.tabText(1) == f"A&genda ({rows})"
        steps = [dlg.agenda_model.entry(r) for r in range(rows)]
        (row,) = [r for r, e in enumerate(steps) if e.matter_id == ids["ned"]][:1]
        dlg.agenda_table.selectRow(row)
        qtbot.mouseClick(dlg.agenda_open_button, Qt.MouseButton.LeftButton)

    _open_via_dialog(qtbot, w, "ORTEGA")
    errors = run_modal(from_agenda)
    w.act_open.trigger()
    assert not errors, errors
    assert w.matter.id == ids["ned"]

    # In the S.D.N.Y. matter: lock a dated item's due date, mark another not applicable.
    _open_via_dialog(qtbot, w, "RAMANATHAN")
    dated = [it for it in w.schedule.items if it.obligation.rules and it.due is not None]
    assert dated, "the S.D.N.Y. order has no dated item"
    locked_id = dated[0].id
    _lock(qtbot, w, locked_id, date(2026, 2, 13))
    assert w.model.data(w.model.index_of(locked_id, COL_DUE)) == "Fri Feb 13, 2026 (locked)"
    na_id = _first_task(w, skip=(done["nysd"], locked_id))
    w.select_item(na_id)
    w.act_na.trigger()
    assert str(w.model.data(w.model.index_of(na_id, COL_STATUS))).startswith("Not applicable")
    assert w.act_na.isChecked()

    # Its calendar as an .ics file.
    ics = tmp_path / "ramanathan.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ics), ""))
    w.act_ics.trigger()
    text = ics.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in text
    assert "20260213" in text  # the locked date
    assert str(ics) in w.statusBar().currentMessage()

    # Back up; change something; restore: the change is gone, the rest is back.
    backup = tmp_path / "backup.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    w.act_backup.trigger()
    assert backup.is_file() and backup.stat().st_size > 0
    extra = _first_task(w, skip=(done["nysd"], locked_id, na_id))
    _tick(qtbot, w, extra)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    w.act_restore.trigger()
    (dlg,) = [d for d in w.findChildren(RestoreDialog) if d.isVisible()]
    assert "4 matters" in dlg.summary.text()
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert w.matter.id == ids["nysd"]
    assert w.matter.completion(extra) is None
    assert w.matter.completion(done["nysd"]) is not None

    # Close the window; a new one on the same store reopens the last matter with its work.
    w.close()
    repo.close()
    repo2 = open_store(store_dir)
    try:
        matter, _user = first_matter(repo2, TODAY, welcome=False)
        assert matter.id == ids["nysd"]
        w2 = _window(qtbot, repo2, window_settings, matter)
        assert len(repo2.list_matters()) == 4
        item = w2.schedule.find(locked_id)
        assert item is not None and item.lock is not None and item.due == date(2026, 2, 13)
        assert str(w2.model.data(w2.model.index_of(na_id, COL_STATUS))).startswith(
            "Not applicable")
        for court, oid in done.items():
            m = repo2.get(ids[court])
            assert m.completion(oid) is not None, court
            assert m.district_code == court
        w2.close()
    finally:
        repo2.close()
