"""Attachments end to end: a letter attached to a contact attempt or a conference session is
copied into the store, listed, opened and removed, through the main window's dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage.base import MemoryRepository
from meetconfer_gui.ui.conference_dialog import ConferenceDialog
from meetconfer_gui.ui.contact_dialog import NO_STORE_TIP, ContactLogDialog
from tests.gui.conftest import USER, WINDOW_TODAY
from tests.gui.dialog_support import assert_accessible, run_modal


def _letter(tmp_path: Path, name: str = "letter to AG.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4 a letter asking to confer")
    return path


def test_attach_open_and_remove_in_the_contact_log(qtbot, make_window, repo, tmp_path):
    w = make_window()
    letter = _letter(tmp_path)
    opened: list[QUrl] = []
    asked: list[str] = []

    def ask_file(_parent, caption, _folder, _filters) -> str:
        asked.append(caption)
        return str(letter)

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    dlg = ContactLogDialog(w.matter, WINDOW_TODAY, USER, w, ask_file=ask_file,
                           open_url=open_url, **w.attachment_functions())
    qtbot.addWidget(dlg)
    dlg.show()
    box = dlg.attachments
    assert not box.attach_button.isEnabled()  # no attempt selected yet
    qtbot.mouseClick(dlg.log.add_button, Qt.MouseButton.LeftButton)
    assert box.attach_button.isEnabled()
    assert not box.open_button.isEnabled() and not box.remove_button.isEnabled()
    qtbot.mouseClick(box.attach_button, Qt.MouseButton.LeftButton)
    assert asked == ["Attach a letter or e-mail to the attempt"]
    assert [box.list.item(i).text() for i in range(box.list.count())] == ["letter to AG.pdf"]
    (rel,) = box.paths()
    stored = repo.attachment_path(rel)
    assert stored.read_bytes() == letter.read_bytes()
    assert "copied into the store" in box.message.text()
    assert dlg.model.data(dlg.model.index(0, 5)) == "1"  # the Files column counts it
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(stored))]
    assert_accessible(dlg)
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert dlg.accepted_value is not None
    (attempt,) = dlg.accepted_value
    assert attempt.attachments == (rel,)


def test_attach_through_the_window_is_saved_and_undoable(qtbot, make_window, repo, tmp_path,
                                                         monkeypatch):
    w = make_window()
    letter = _letter(tmp_path, "email.eml")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(letter), ""))
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)

    def add_session_with_letter(dlg) -> None:
        assert isinstance(dlg, ConferenceDialog)
        qtbot.mouseClick(dlg.sessions.add_button, Qt.MouseButton.LeftButton)
        dlg.held_on.set_value(date(2017, 10, 19))
        qtbot.mouseClick(dlg.attachments.attach_button, Qt.MouseButton.LeftButton)
        assert dlg.attachments.list.count() == 1
        qtbot.mouseClick(dlg.attachments.open_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(add_session_with_letter)
    w.act_conference.trigger()
    assert not errors
    (session,) = repo.get(w.matter.id).events.sessions
    (rel,) = session.attachments
    assert rel.endswith("-email.eml")
    assert repo.attachment_path(rel).is_file()
    assert opened == [QUrl.fromLocalFile(str(repo.attachment_path(rel)))]

    def remove_the_letter(dlg) -> None:
        assert isinstance(dlg, ConferenceDialog)
        assert dlg.attachments.list.count() == 1
        qtbot.mouseClick(dlg.attachments.remove_button, Qt.MouseButton.LeftButton)
        assert dlg.attachments.list.count() == 0
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(remove_the_letter)
    w.act_conference.trigger()
    assert not errors
    assert repo.get(w.matter.id).events.sessions[0].attachments == ()
    assert repo.attachment_path(rel).is_file()  # only the reference goes
    w.act_undo.trigger()
    assert repo.get(w.matter.id).events.sessions[0].attachments == (rel,)


def test_a_missing_file_says_so(qtbot, make_window, tmp_path):
    w = make_window()
    letter = _letter(tmp_path)
    dlg = ContactLogDialog(w.matter, WINDOW_TODAY, USER, w,
                           ask_file=lambda *a: str(letter), open_url=lambda url: True,
                           **w.attachment_functions())
    qtbot.addWidget(dlg)
    qtbot.mouseClick(dlg.log.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.attachments.attach_button, Qt.MouseButton.LeftButton)
    w.repo.attachment_path(dlg.attachments.paths()[0]).unlink()
    qtbot.mouseClick(dlg.attachments.open_button, Qt.MouseButton.LeftButton)
    assert "missing from the store" in dlg.attachments.message.text()
    # A file that cannot be read is refused with the store's message.
    dlg.attachments._ask_file = lambda *a: str(tmp_path / "gone.pdf")
    qtbot.mouseClick(dlg.attachments.attach_button, Qt.MouseButton.LeftButton)
    assert dlg.attachments.message.heading() == "Not attached"
    assert dlg.attachments.list.count() == 1


def test_without_a_store_the_button_says_why(qtbot, make_window):
    memory = MemoryRepository()
    w = make_window(memory.create(sample_matter(), user=USER), repository=memory)
    functions = w.attachment_functions()
    assert functions["attach"] is None
    for dlg in (ContactLogDialog(w.matter, WINDOW_TODAY, USER, w, **functions),
                ConferenceDialog(w.matter, WINDOW_TODAY, w, **functions)):
        qtbot.addWidget(dlg)
        add = dlg.log.add_button if isinstance(dlg, ContactLogDialog) \
            else dlg.sessions.add_button
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        button = dlg.attachments.attach_button
        assert not button.isEnabled()
        assert button.toolTip() == NO_STORE_TIP
        assert "--data-dir" in button.toolTip()


def test_a_letter_attached_in_a_cancelled_dialog_is_not_kept(qtbot, make_window, repo,
                                                              tmp_path, monkeypatch):
    w = make_window()
    letter = _letter(tmp_path, "wrong letter.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(letter), ""))
    copied: list[Path] = []

    def attach_then_cancel(dlg) -> None:
        assert isinstance(dlg, ContactLogDialog)
        qtbot.mouseClick(dlg.log.add_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dlg.attachments.attach_button, Qt.MouseButton.LeftButton)
        (rel,) = dlg.attachments.paths()
        copied.append(repo.attachment_path(rel))
        assert copied[0].is_file()
        dlg.reject()

    errors = run_modal(attach_then_cancel)
    w.act_contact.trigger()
    assert not errors
    assert copied and not copied[0].exists()  # the copy the user took back is gone
    assert letter.is_file()  # the user's own file is never touched


def test_only_the_copies_the_saved_matter_keeps_stay(qtbot, make_window, repo, tmp_path,
                                                     monkeypatch):
    w = make_window()
    letters = iter([_letter(tmp_path, "kept.pdf"), _letter(tmp_path, "dropped.pdf")])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(next(letters)), ""))

    def attach_two_remove_one(dlg) -> None:
        assert isinstance(dlg, ConferenceDialog)
        qtbot.mouseClick(dlg.sessions.add_button, Qt.MouseButton.LeftButton)
        dlg.held_on.set_value(date(2017, 10, 19))
        box = dlg.attachments
        qtbot.mouseClick(box.attach_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(box.attach_button, Qt.MouseButton.LeftButton)
        box.list.setCurrentRow(1)
        qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(attach_two_remove_one)
    w.act_conference.trigger()
    assert not errors
    (rel,) = repo.get(w.matter.id).events.sessions[0].attachments
    assert rel.endswith("-kept.pdf") and repo.attachment_path(rel).is_file()
    folder = repo.attachment_path(rel).parent
    assert sorted(p.name.split("-", 1)[1] for p in folder.iterdir()) == ["kept.pdf"]
