"""The contact log dialog: each attempt to reach the other side, and what came of it.

It returns the whole log (a tuple of ``ContactAttempt`` in date order); the caller replaces
the matter's contacts with it.

A letter or e-mail kept as proof of an attempt can be attached to it (``AttachmentList``,
shared with the conference dialog): the caller passes ``attach``, which copies the file into
the store and returns the relative path the entry keeps, and ``locate``, which finds it again.
Without a store on disk there is nothing to attach to, and the button says so. Tests pass
``ask_file`` and ``open_url`` so no file dialog or other program opens.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
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
from meetconfer_gui.ui.widgets import (
    Column,
    DateEdit,
    DraftModel,
    InlineMessage,
    ListEditor,
    Severity,
    ValueDialog,
    add_row,
    capitalized,
    clamp,
    fit_to_screen,
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

    Removing takes the reference off the entry; the copy stays in the store's folder.

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
        self.open_button = QPushButton("Open")
        self.open_button.setAccessibleName("Open the selected file")
        self.remove_button = QPushButton("Remove file")
        self.remove_button.setAccessibleName(f"Remove the selected file from the {what}")
        self.remove_button.setToolTip("Takes the file off this entry; the copy stays in the "
                                      "store's folder.")
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
            Column("Files", lambda a: str(len(a.attachments)) if a.attachments else "",
                   tip=lambda a: ", ".join(attachment_name(p) for p in a.attachments)),
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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Save")
        self.ok_button.setAccessibleName("Save the contact log")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

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

    def value(self) -> tuple[ContactAttempt, ...]:
        """The whole log, in date order.

        Raises:
            DomainError: If an entry is invalid (the message says which and why).
        """
        problems = self.problems()
        if problems:
            raise DomainError(problems[0])
        return self._build()

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
        self.attachments.set_entry(self.model.row(row).attachments if row >= 0 else None)

    @Slot(object)
    def _on_attachments_changed(self, paths: tuple[str, ...]) -> None:
        row = self.log.current_row()
        if row < 0:
            return
        self.model.row(row).attachments = tuple(paths)
        self.model.refresh(row)
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
