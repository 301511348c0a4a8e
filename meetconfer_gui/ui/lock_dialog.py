"""Lock an item's due date by hand (a court-granted extension), or release the lock."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from meetconfer_gui.ui.calendar_view import from_qdate
from meetconfer_gui.ui.widgets import DateEdit, save_cancel_buttons, with_weekday

if TYPE_CHECKING:
    from meetconfer_gui.domain.matter import LockedDate
    from meetconfer_gui.domain.schedule import ScheduledItem


class LockDialog(QDialog):
    """Fix an item's due date by hand (a court-granted extension), or release the lock."""

    RELEASE = 2

    def __init__(self, item: ScheduledItem, today: date, parent: QWidget | None = None, *,
                 title: str = "") -> None:
        """Build the dialog; ``title`` is the item as the checklist shows it ("... call you")."""
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit

        super().__init__(parent)
        self.setWindowTitle("Lock due date")
        self.item = item
        ob = item.obligation
        title = html.escape(title or ob.title, quote=False)
        intro = QLabel(f"Fix the due date of <b>{title}</b> by hand, for example when the "
                       "court grants an extension. A locked date overrides the order's clocks "
                       "and is not recomputed.", self)
        intro.setWordWrap(True)
        # The same date field as every other dialog: typed as year-month-day, with its
        # weekday beside it and a calendar pop-up.
        start = item.lock.due if item.lock else (item.due or today)
        self.date_edit = DateEdit(start, "Locked due date", self)
        self.reason = QLineEdit(item.lock.reason if item.lock else "extension granted by the "
                                "court", self)
        self.reason.setAccessibleName("Reason for the lock")
        form = QFormLayout()
        due_label = QLabel("&Due date:", self)
        due_label.setBuddy(self.date_edit)
        form.addRow(due_label, with_weekday(self.date_edit))
        form.addRow("&Reason:", self.reason)
        # The example under the field, not in its label: the label stays short and the
        # field keeps the room to show the reason whole.
        hint = QLabel("For example: order of Nov 1 granting an extension, ECF No. 52", self)
        hint.setWordWrap(True)
        self.reason.setAccessibleDescription(hint.text())
        form.addRow("", hint)
        # The same Save/Cancel bar as the other dialogs that record something.
        self.buttons, self.ok_button = save_cancel_buttons(self, "Save the locked date")
        if item.lock is not None:
            release = self.buttons.addButton("&Release lock",
                                             QDialogButtonBox.ButtonRole.DestructiveRole)
            release.clicked.connect(lambda: self.done(self.RELEASE))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 70)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        # The date first: the date box, made after the field, would otherwise put it last.
        QWidget.setTabOrder(self.date_edit, self.reason)
        QWidget.setTabOrder(self.reason, self.ok_button)
        self.date_edit.setFocus()

    def lock(self) -> LockedDate:
        """The lock the dialog describes."""
        reason = self.reason.text().strip() or "set by the court"
        from meetconfer_gui.domain.matter import LockedDate

        return LockedDate(self.item.id, from_qdate(self.date_edit.date()), reason)
