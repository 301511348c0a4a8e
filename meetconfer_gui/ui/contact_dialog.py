"""The contact log dialog: each attempt to reach the other side, and what came of it.

It returns the whole log (a tuple of ``ContactAttempt`` in date order); the caller replaces
the matter's contacts with it.

A letter or e-mail kept as proof of an attempt can be attached to it (``AttachmentList``
in ``ui/attachments.py``, shared with the conference dialog).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import long_date, short_date
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import (
    ContactAttempt,
    ContactMethod,
    ContactOutcome,
    Events,
    Matter,
)
from meetconfer_gui.ui.attachments import (
    NO_STORE_TIP,
    AskFile,
    Attach,
    AttachmentList,
    Locate,
    OpenUrl,
    attachment_name,
    files_column,
)
from meetconfer_gui.ui.widgets import (
    Column,
    DateEdit,
    DraftModel,
    InlineMessage,
    ListEditor,
    ValueDialog,
    add_row,
    capitalized,
    clamp,
    fit_to_screen,
    save_cancel_buttons,
    set_tab_order,
    with_weekday,
)

METHOD_LABELS = {
    ContactMethod.TELEPHONE: "Telephone",
    ContactMethod.IN_PERSON: "In person",
    ContactMethod.LETTER: "Letter",
    ContactMethod.EMAIL: "E-mail",
    ContactMethod.VIDEO: "Video",
    ContactMethod.OTHER: "Other",
}
OUTCOME_LABELS = {
    ContactOutcome.REACHED: "Reached: contact made",
    ContactOutcome.LEFT_MESSAGE: "Left a message",
    ContactOutcome.NO_ANSWER: "No answer",
    ContactOutcome.SENT: "Sent (letter or e-mail)",
    ContactOutcome.REFUSED: "Refused",
    ContactOutcome.OTHER: "Other",
}


@dataclass(slots=True)
class AttemptDraft:
    """A contact attempt as the form holds it while the user edits it."""

    id: str
    on: date
    by: str
    method: ContactMethod = ContactMethod.TELEPHONE
    outcome: ContactOutcome = ContactOutcome.REACHED
    notes: str = ""
    attachments: tuple[str, ...] = ()

    @classmethod
    def of(cls, attempt: ContactAttempt) -> AttemptDraft:
        """The draft of a logged attempt."""
        return cls(attempt.id, attempt.on, attempt.by, attempt.method, attempt.outcome,
                   attempt.notes, attempt.attachments)

    def build(self) -> ContactAttempt:
        """The domain value."""
        return ContactAttempt(self.id, self.on, self.method, self.by.strip(), self.outcome,
                              self.notes.strip(), self.attachments)


class ContactLogDialog(ValueDialog[tuple[ContactAttempt, ...]]):
    """Keep the log of attempts to reach the other side.

    Args:
        matter: The matter; its log is shown first.
        today: Today's date (an attempt cannot be later).
        user: Who a new attempt is by, at first.
        parent: The parent widget.
        attach: Copies a file into the store (None: no store on disk).
        locate: Finds an attached file from its relative path.
        ask_file: Asks which file to attach (tests).
        open_url: Opens an attached file (tests).

    Attributes:
        accepted_value: The whole log, once the dialog is accepted.
    """

    def __init__(self, matter: Matter, today: date, user: str,
                 parent: QWidget | None = None, *, attach: Attach | None = None,
                 locate: Locate | None = None, ask_file: AskFile | None = None,
                 open_url: OpenUrl | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Contact log")
        self._matter = matter
        self._today = today
        self._user = user
        self._loading = False

        intro = QLabel(
            f"{matter.case_name or matter.name}: every call, letter, e-mail or meeting to reach "
            f"the other side since the order of {long_date(matter.order.signed)}, with what "
            "came of it.")
        intro.setWordWrap(True)

        columns: list[Column[AttemptDraft]] = [
            Column("Date", lambda a: short_date(a.on), tip=lambda a: long_date(a.on)),
            Column("Method", lambda a: METHOD_LABELS[a.method]),
            Column("By", lambda a: a.by),
            Column("Outcome", lambda a: OUTCOME_LABELS[a.outcome]),
            Column("Notes", lambda a: a.notes, stretch=True),
            files_column(),
        ]
        self.model: DraftModel[AttemptDraft] = DraftModel(
            columns, [AttemptDraft.of(a) for a in matter.events.contacts], self)
        self.log = ListEditor(self.model, "attempt", self._new_attempt, (4,))
        self.log.table.setAccessibleName("Contact attempts")
        self.log.empty_label.setText("No attempt logged yet: choose Add attempt for each call, "
                                     "letter or e-mail.")

        self.on = DateEdit(clamp(today, matter.order.signed, today), "Date of the attempt")
        self.method = QComboBox()
        for m, text in METHOD_LABELS.items():
            self.method.addItem(text, m)
        self.by = QLineEdit()
        self.by.setPlaceholderText("Who made the attempt")
        self.outcome = QComboBox()
        for o, text in OUTCOME_LABELS.items():
            self.outcome.addItem(text, o)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText("e.g. left a voicemail asking for a call back")
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, "&Date:", with_weekday(self.on), "Date of the attempt", buddy=self.on)
        add_row(form, "&Method:", self.method, "Method of the attempt")
        add_row(form, "&By:", self.by, "Made by")
        add_row(form, "O&utcome:", self.outcome, "Outcome of the attempt")
        add_row(form, "&Notes:", self.notes, "Notes on the attempt")
        self.log.focus_after_add = self.on
        self.attachments = AttachmentList("attempt", attach, locate, ask_file=ask_file,
                                          open_url=open_url)
        self.contact_note = QLabel()
        self.contact_note.setWordWrap(True)

        box = QGroupBox("Attempts")
        inner = QVBoxLayout(box)
        inner.addWidget(self.log, 1)
        inner.addWidget(self.form)
        inner.addWidget(self.attachments)
        inner.addWidget(self.contact_note)

        self.message = InlineMessage()
        self.buttons, self.ok_button = save_cancel_buttons(self, "Save the contact log")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        set_tab_order(self.log.table, self.log.add_button, self.log.remove_button, self.on,
                      self.method, self.by, self.outcome, self.notes,
                      *self.attachments.widgets(), self.ok_button,
                      self.buttons.button(QDialogButtonBox.StandardButton.Cancel))

        self.log.current_changed.connect(self._on_log_current_changed)
        self.log.rows_changed.connect(self._revalidate)
        self.on.value_changed.connect(self._on_field_edited)
        self.method.currentIndexChanged.connect(self._on_field_edited)
        self.by.textEdited.connect(self._on_field_edited)
        self.outcome.currentIndexChanged.connect(self._on_field_edited)
        self.notes.textEdited.connect(self._on_field_edited)
        self.attachments.changed.connect(self._on_attachments_changed)

        self.log.select(self.model.rowCount() - 1)
        self._on_log_current_changed(self.log.current_row())
        self._revalidate()
        fit_to_screen(self, 820, 640)

    def _new_attempt(self) -> AttemptDraft:
        day = clamp(self._today, self._matter.order.signed, self._today)
        return AttemptDraft(f"contact-{uuid.uuid4().hex[:8]}", day, self._user)

    # --- reading ---
    def problems(self) -> list[str]:
        """Why the log cannot be saved yet, in words; empty when it can."""
        out: list[str] = []
        signed = self._matter.order.signed
        for n, a in enumerate(self.model.rows(), 1):
            if a.on < signed:
                out.append(f"Attempt {n} is dated {long_date(a.on)}, before the order of "
                           f"{long_date(signed)}: check the date.")
            elif a.on > self._today:
                out.append(f"Attempt {n} is dated {long_date(a.on)}, after today "
                           f"({long_date(self._today)}): log only attempts already made.")
            if not a.by.strip():
                out.append(f"Attempt {n} needs the name of the person who made it.")
        if not out:
            try:
                self._build()
            except DomainError as err:
                out.append(capitalized(str(err)))
        return out

    def _build(self) -> tuple[ContactAttempt, ...]:
        attempts = [d.build() for d in self.model.rows()]
        matter = self._matter
        for a in attempts:
            matter = matter.with_contact(a)  # the matter's own checks
        return tuple(sorted(attempts, key=lambda a: (a.on, a.id)))

    # --- keeping the form in step ---
    @Slot()
    def _revalidate(self) -> None:
        problems = self.problems()
        n = self.model.rowCount()
        self.message.set_problems(
            problems, f"{n} attempt{'s' if n != 1 else ''} logged." if n
            else "The log is empty.")
        self.ok_button.setEnabled(not problems)
        made = Events(contacts=tuple(d.build() for d in self.model.rows())).contact_made
        if made is None:
            self.contact_note.setText("No attempt is marked \"Reached: contact made\" yet.")
        else:
            self.contact_note.setText(f"Contact was first made on {long_date(made.on)} "
                                      f"({METHOD_LABELS[made.method].lower()}, by {made.by}).")

    @Slot(int)
    def _on_log_current_changed(self, row: int) -> None:
        self.form.setEnabled(row >= 0)
        self._loading = True
        try:
            if row >= 0:
                a = self.model.row(row)
                self.on.set_value(a.on)
                self.method.setCurrentIndex(self.method.findData(a.method))
                self.by.setText(a.by)
                self.outcome.setCurrentIndex(self.outcome.findData(a.outcome))
                self.notes.setText(a.notes)
            else:
                self.by.clear()
                self.notes.clear()
        finally:
            self._loading = False
        self.attachments.show_row(self.model, row)

    @Slot(object)
    def _on_attachments_changed(self, paths: tuple[str, ...]) -> None:
        if self.attachments.store_row(self.log, paths):
            self._revalidate()

    @Slot()
    def _on_field_edited(self) -> None:
        row = self.log.current_row()
        if self._loading or row < 0:
            return
        a = self.model.row(row)
        a.on = self.on.value()
        a.method = ContactMethod(self.method.currentData())
        a.by = self.by.text()
        a.outcome = ContactOutcome(self.outcome.currentData())
        a.notes = self.notes.text()
        self.model.refresh(row)
        self._revalidate()

    # --- closing ---
    @classmethod
    def ask(cls, parent: QWidget | None, matter: Matter, today: date, user: str, *,
            attach: Attach | None = None,
            locate: Locate | None = None) -> tuple[ContactAttempt, ...] | None:
        """Show the dialog and wait.

        Args:
            parent: The window it belongs to.
            matter: The matter.
            today: Today's date.
            user: Who new attempts are by, at first.
            attach: Copies a file into the store (None: no store on disk).
            locate: Finds an attached file from its relative path.

        Returns:
            The whole log in date order, or None if the user cancelled.
        """
        return cls(matter, today, user, parent, attach=attach, locate=locate)._run()


__all__ = ["METHOD_LABELS", "NO_STORE_TIP", "OUTCOME_LABELS", "AttachmentList", "AttemptDraft",
           "ContactLogDialog", "attachment_name"]
