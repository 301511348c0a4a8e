"""Confirm a restore from a backup: what it holds, and where the current store is kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget


class RestoreDialog(QDialog):
    """Confirm a restore: what the backup holds, and where the current store will be kept."""

    def __init__(self, description: str, keep: Path, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.setObjectName("restoreDialog")
        self.summary = QLabel(description, self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName("What the backup holds")
        note = QLabel("Restoring replaces every matter in the store with the backup's. The "
                      f"store as it is now is kept first, as {keep}, so nothing is lost.", self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            "&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName("Restore the backup")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter does not replace the store by accident
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(note)
        lay.addWidget(self.buttons)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())
