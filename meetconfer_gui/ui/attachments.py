"""The letters and e-mails kept as proof of an entry (a contact attempt, a session).

The caller passes ``attach``, which copies the file into the store and returns the relative
path the entry keeps, and ``locate``, which finds it again. Without a store on disk there is
nothing to attach to, and the button says so. Tests pass ``ask_file`` and ``open_url`` so no
file dialog or other program opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.ui.widgets import (
    Column,
    DraftModel,
    InlineMessage,
    ListEditor,
    Severity,
    capitalized,
)


class HasAttachments(Protocol):
    """A draft row that keeps attached files (relative paths in the store)."""

    attachments: tuple[str, ...]


D = TypeVar("D", bound=HasAttachments)


#: Copies a file into the store; returns the relative path an entry's attachments hold.
Attach = Callable[[Path], str]
#: Where an attached file is, from its relative path (raises StoreError if it is not).
Locate = Callable[[str], Path]
#: (parent, caption, folder, filters) -> the chosen file, or "" when cancelled.
AskFile = Callable[[QWidget, str, str, str], str]
#: Opens a file in the program the system has for it; False if it could not.
OpenUrl = Callable[[QUrl], bool]

NO_STORE_TIP = ("Files can be attached only to a matter kept in a store on disk; this "
                "session keeps the matter in memory (start meetconfer with a writable data "
                "folder, --data-dir).")
_FILTERS = ("Letters and e-mails (*.pdf *.eml *.msg *.txt *.doc *.docx *.odt *.rtf *.png "
            "*.jpg *.jpeg *.tif *.tiff);;All files (*)")


def _ask_file(parent: QWidget, caption: str, folder: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, caption, folder, filters)
    return path


def _open_url(url: QUrl) -> bool:
    return bool(QDesktopServices.openUrl(url))


def attachment_name(relative: str) -> str:
    """The file's own name, from the store's relative path (without the store's prefix)."""
    base = relative.replace("\\", "/").rsplit("/", 1)[-1]
    return re.sub(r"^[0-9a-f]{8}-", "", base) or base


class AttachmentList(QWidget):
    """The letters and e-mails kept as proof of one entry: attach, open, remove.

    Removing takes the reference off the entry. The main window deletes the copies this
    dialog made that the saved matter does not keep (``MainWindow._discard_unused``); copies
    saved earlier stay in the store's folder, so Undo can bring them back.

    Args:
        what: What an entry is ("attempt", "session"), for the labels.
        attach: Copies a file into the store (None: no store on disk, attaching disabled).
        locate: Finds an attached file (None: the relative path as given).
        ask_file: Asks which file to attach (default: the system's open dialog).
        open_url: Opens a file (default: ``QDesktopServices.openUrl``).
        parent: The parent widget.
    """

    changed = Signal(object)  # the entry's new tuple of relative paths

    def __init__(self, what: str, attach: Attach | None = None, locate: Locate | None = None,
                 *, ask_file: AskFile | None = None, open_url: OpenUrl | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self._attach = attach
        self._locate = locate
        self._ask_file: AskFile = ask_file or _ask_file
        self._open_url: OpenUrl = open_url or _open_url
        self._paths: tuple[str, ...] | None = None  # None: no entry selected
        self.label = QLabel(f"Letters and e-mails kept as proof of this {what}:")
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(f"Files attached to the selected {what}")
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 3 + 12)
        self.label.setBuddy(self.list)
        self.attach_button = QPushButton("Attach letter or e-mail...")
        self.attach_button.setAccessibleName(f"Attach a letter or e-mail to the {what}")
        self.open_button = QPushButton("Open file")
        self.open_button.setAccessibleName("Open the selected file")
        self.remove_button = QPushButton("Remove file")
        self.remove_button.setAccessibleName(f"Remove the selected file from the {what}")
        self.remove_button.setToolTip("Takes the file off this entry. A file attached in "
                                      "this dialog is not kept; one saved earlier stays in "
                                      "the store's folder, so Undo can bring it back.")
        self.message = InlineMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label)
        box.addWidget(self.list)
        box.addLayout(buttons)
        box.addWidget(self.message)
        if attach is None:
            self.attach_button.setToolTip(NO_STORE_TIP)
        self.attach_button.clicked.connect(self._on_attach_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.list.currentRowChanged.connect(self._update_state)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.set_entry(None)

    def paths(self) -> tuple[str, ...]:
        """The entry's attachments (relative paths), as listed."""
        return self._paths or ()

    def set_entry(self, paths: tuple[str, ...] | None) -> None:
        """Show an entry's attachments (None: no entry is selected)."""
        self._paths = paths
        self.list.clear()
        for rel in paths or ():
            item = QListWidgetItem(attachment_name(rel))
            item.setToolTip(rel)
            self.list.addItem(item)
        if paths:
            self.list.setCurrentRow(0)
        self.message.set_message("", Severity.OK)
        self._update_state()

    def widgets(self) -> tuple[QWidget, ...]:
        """Its controls in tab order."""
        return (self.list, self.attach_button, self.open_button, self.remove_button)

    @Slot()
    def _update_state(self) -> None:
        has_entry = self._paths is not None
        chosen = has_entry and self.list.currentRow() >= 0
        self.list.setEnabled(has_entry)
        # An empty list has nothing to reach: Tab skips it until a file is attached.
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus if self.list.count()
                                 else Qt.FocusPolicy.NoFocus)
        self.attach_button.setEnabled(has_entry and self._attach is not None)
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    @Slot()
    def _on_attach_button_clicked(self) -> None:
        if self._attach is None or self._paths is None:
            return
        chosen = self._ask_file(self, f"Attach a letter or e-mail to the {self._what}",
                                str(Path.home()), _FILTERS)
        if not chosen:
            return
        try:
            rel = self._attach(Path(chosen))
        except (DomainError, OSError) as err:
            self.message.set_message(capitalized(str(err)), Severity.ERROR, "Not attached")
            return
        self.set_entry((*self._paths, rel))
        self.list.setCurrentRow(self.list.count() - 1)
        self.message.set_message(f"{attachment_name(rel)} was copied into the store.",
                                 Severity.OK)
        self.changed.emit(self.paths())

    @Slot()
    def _on_open_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        rel = self.paths()[row]
        try:
            path = self._locate(rel) if self._locate is not None else Path(rel)
        except DomainError as err:
            self.message.set_message(capitalized(str(err)), Severity.ERROR, "Cannot open")
            return
        if not path.is_file():
            self.message.set_message(f"{path} is missing from the store's folder.",
                                     Severity.ERROR, "Cannot open")
            return
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            self.message.set_message(f"No program opened {path}; open it from its folder.",
                                     Severity.ERROR, "Cannot open")

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, _item: QListWidgetItem) -> None:
        self._on_open_button_clicked()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        paths = list(self.paths())
        del paths[row]
        self.set_entry(tuple(paths))
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.changed.emit(self.paths())

    def show_row(self, model: DraftModel[D], row: int) -> None:
        """Show the attachments of a draft row (-1: no row is selected)."""
        self.set_entry(model.row(row).attachments if row >= 0 else None)

    @staticmethod
    def store_row(editor: ListEditor[D], paths: tuple[str, ...]) -> bool:
        """Put an entry's new attachments in the editor's current row.

        Returns:
            False if no row is current (nothing was stored).
        """
        row = editor.current_row()
        if row < 0:
            return False
        editor.model().row(row).attachments = tuple(paths)
        editor.model().refresh(row)
        return True


def files_column() -> Column[D]:
    """The table column that counts a row's attached files (their names in the tooltip)."""
    return Column("Files", lambda d: str(len(d.attachments)) if d.attachments else "",
                  tip=lambda d: ", ".join(attachment_name(p) for p in d.attachments))


__all__ = ["NO_STORE_TIP", "AskFile", "Attach", "AttachmentList", "HasAttachments", "Locate",
           "OpenUrl", "attachment_name", "files_column"]
