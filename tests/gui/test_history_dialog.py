"""The history dialog: entries per item and per matter, CSV export."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from meetconfer_gui.domain.matter import Completion
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage.repository import open_repository
from meetconfer_gui.ui.history_dialog import MATTER_ONLY, HistoryDialog
from tests.gui.dialog_support import assert_accessible, assert_buddies


@pytest.fixture
def repo(tmp_path):
    r = open_repository(tmp_path / "store")
    m = r.create(sample_matter(), user="Ana")
    m = m.with_completion(Completion("contact", date(2017, 10, 12), "Ana"))
    r.save(m, user="Ana", action="tick", obligation="contact", detail="called, reached")
    m = m.without_completion("contact")
    r.save(m, user="Ben", action="untick", obligation="contact", detail="wrong matter, ❌")
    m = m.with_note("good_faith", "ask about RFP 4")
    r.save(m, user="Ben", action="note", obligation="good_faith", detail='said "fine", ok')
    yield r
    r.close()


def test_model_passes_the_model_tester(qtbot, qtmodeltester, repo):
    d = HistoryDialog(repo, "1")
    qtbot.addWidget(d)
    qtmodeltester.check(d.model)


def test_all_entries_then_per_item_and_matter_only(qtbot, repo):
    d = HistoryDialog(repo, "1")
    qtbot.addWidget(d)
    assert [e.action for e in d.shown()] == ["create", "tick", "untick", "note"]
    m = d.model
    assert [m.data(m.index(1, c)) for c in range(1, 5)] == [
        "Ana", "Ticked", "Defense counsel must call you or set up an in-person meeting",
        "called, reached"]
    d.set_filter("contact")
    assert [e.action for e in d.shown()] == ["tick", "untick"]
    d.set_filter(MATTER_ONLY)
    assert [e.action for e in d.shown()] == ["create"]
    d.filter.setCurrentIndex(0)
    assert len(d.shown()) == 4
    assert "4 entries shown of 4" in d.count_label.text()


def test_opens_on_one_item(qtbot, repo):
    d = HistoryDialog(repo, "1", "good_faith")
    qtbot.addWidget(d)
    assert [e.obligation for e in d.shown()] == ["good_faith"]
    assert d.filter.currentData() == "good_faith"


def test_export_csv_through_the_button(qtbot, repo, tmp_path, monkeypatch):
    d = HistoryDialog(repo, "1", "contact")
    qtbot.addWidget(d)
    target = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV files (*.csv)")))
    qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["time", "user", "action", "item id", "item", "detail"]
    assert [(r[1], r[2], r[3], r[5]) for r in rows[1:]] == [
        ("Ana", "tick", "contact", "called, reached"), ("Ben", "untick", "contact",
                                                         "wrong matter, ❌")]
    assert "Saved 2 entries" in d.message.text()


def test_history_of_a_deleted_matter_is_still_shown(qtbot, repo):
    repo.delete("1", user="Ana")
    d = HistoryDialog(repo, "1")
    qtbot.addWidget(d)
    assert [e.action for e in d.shown()][-1] == "delete"
    assert d.windowTitle() == "History of matter 1"


def test_accessible(qtbot, repo):
    d = HistoryDialog(repo, "1")
    qtbot.addWidget(d)
    d.show()
    assert_accessible(d)
    assert_buddies(d)
