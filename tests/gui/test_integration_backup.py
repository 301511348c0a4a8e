"""File > Back up store and Restore from backup: what the backup holds, then the restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage.base import MemoryRepository
from meetconfer_gui.storage.repository import describe_backup
from meetconfer_gui.ui.checklist_model import COL_STATUS
from meetconfer_gui.ui.restore_dialog import RestoreDialog
from tests.gui.conftest import USER


def _restore_dialog(w) -> RestoreDialog:
    (dlg,) = [d for d in w.findChildren(RestoreDialog) if d.isVisible()]
    assert isinstance(dlg, RestoreDialog)
    return dlg


def test_back_up_change_restore_and_reload(qtbot, make_window, repo, tmp_path, monkeypatch):
    w = make_window()
    backup = tmp_path / "backup.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    assert w.act_backup.isEnabled() and w.act_restore.isEnabled()
    assert w.act_restore in w.menuBar().actions()[0].menu().actions()
    w.act_backup.trigger()
    assert backup.is_file()
    # A change after the backup: tick an item.
    w.select_item("good_faith")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    assert repo.get(w.matter.id).completion("good_faith") is not None

    w.act_restore.trigger()
    dlg = _restore_dialog(w)
    assert dlg.summary.text() == describe_backup(backup).describe()
    assert "holds 1 matter" in dlg.summary.text()
    assert "kept first, as" in dlg.findChildren(type(dlg.summary))[1].text()
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    # The store and the window show the backup's content again; the old one is kept aside.
    assert repo.get(w.matter.id).completion("good_faith") is None
    assert w.matter.completion("good_faith") is None
    assert w.model.data(w.model.index_of("good_faith", COL_STATUS)) == "Open"
    assert w.undo_stack.count() == 0
    kept = sorted(Path(repo.data_dir).glob("meetconfer-before-restore-*.sqlite3"))
    assert len(kept) == 1
    assert "the store as it was is kept as" in w.statusBar().currentMessage()
    assert describe_backup(kept[0]).matters == 1


def test_cancel_changes_nothing_and_a_bad_file_is_refused(qtbot, make_window, repo, tmp_path,
                                                          monkeypatch):
    w = make_window()
    backup = tmp_path / "b.sqlite3"
    repo.backup(backup)
    w.select_item("good_faith")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    w.act_restore.trigger()
    dlg = _restore_dialog(w)
    qtbot.keyClick(dlg, Qt.Key.Key_Return)  # Enter is Cancel, not Restore
    assert repo.get(w.matter.id).completion("good_faith") is not None
    bad = tmp_path / "notes.txt"
    bad.write_text("not a store")
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warned.append(text))
    w.act_restore.trigger()
    assert warned and "Nothing was changed" in warned[0]
    assert not [d for d in w.findChildren(RestoreDialog) if d.isVisible()]
    assert repo.get(w.matter.id).completion("good_faith") is not None


def test_disabled_without_a_store_on_disk(qtbot, make_window):
    memory = MemoryRepository()
    w = make_window(memory.create(sample_matter(), user=USER), repository=memory)
    assert not w.act_backup.isEnabled()
    assert not w.act_restore.isEnabled()
    assert "in memory" in w.act_restore.toolTip()
