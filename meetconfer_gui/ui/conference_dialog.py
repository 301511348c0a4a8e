"""The conference dialog: the sessions of the parties' conference and how it ended.

It returns ``(sessions, resolution)`` for ``Matter.with_sessions`` and never anything
half-valid: while an entry is wrong, OK stays disabled and the reason is shown in words.
A letter or e-mail can be attached to the selected session (``ui/attachments.py``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import long_date, short_date
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import (
    ConferenceMethod,
    ConferenceSession,
    DiscoveryRequest,
    Events,
    Matter,
    Resolution,
    ResolutionStatus,
)
from meetconfer_gui.ui.attachments import (
    AskFile,
    Attach,
    AttachmentList,
    Locate,
    OpenUrl,
    files_column,
)
from meetconfer_gui.ui.widgets import (
    Column,
    DateEdit,
    DraftModel,
    InlineMessage,
    ListEditor,
    NumberEdit,
    Severity,
    ValueDialog,
    add_row,
    capitalized,
    clamp,
    fit_to_screen,
    save_cancel_buttons,
    set_tab_order,
    tab_to_checked,
    with_weekday,
)
from meetconfer_gui.ui.wording import conference_period

ConferenceRecord = tuple[tuple[ConferenceSession, ...], Resolution | None]

METHOD_LABELS = {
    ConferenceMethod.TELEPHONE: "Telephone",
    ConferenceMethod.IN_PERSON: "In person",
    ConferenceMethod.VIDEO: "Video",
    ConferenceMethod.WRITTEN: "Letters or e-mail",
    ConferenceMethod.OTHER: "Other",
}

_NOT_KNOWN = "unknown"  # the "not yet known" choice: no Resolution
_OUTCOMES: tuple[tuple[str, str], ...] = (
    (_NOT_KNOWN, "Not &yet known"),
    (ResolutionStatus.FULL.value, "&Resolved in full"),
    (ResolutionStatus.PART.value, "Resolved in &part"),
    (ResolutionStatus.NONE.value, "Not reso&lved"),
)


@dataclass(slots=True)
class SessionDraft:
    """A session as the form holds it while the user edits it."""

    id: str
    held_on: date
    method: ConferenceMethod = ConferenceMethod.TELEPHONE
    participants: str = ""  # names separated by commas
    minutes: int = 0  # 0: not recorded
    concluded: bool = False
    notes: str = ""
    attachments: tuple[str, ...] = ()

    @classmethod
    def of(cls, session: ConferenceSession) -> SessionDraft:
        """The draft of a recorded session."""
        return cls(session.id, session.held_on, session.method, ", ".join(session.participants),
                   session.minutes or 0, session.concluded, session.notes, session.attachments)

    def build(self) -> ConferenceSession:
        """The domain value (raises DomainError if invalid)."""
        names = tuple(n.strip() for n in self.participants.split(",") if n.strip())
        return ConferenceSession(self.id, self.held_on, self.method, names,
                                 self.minutes or None, self.concluded, self.notes.strip(),
                                 self.attachments)

    @property
    def method_text(self) -> str:
        """The method for the table: a method the order does not name says so in words."""
        text = METHOD_LABELS[self.method]
        return text if self.method.satisfies_order else f"{text} (warning)"


@dataclass(slots=True)
class RequestDraft:
    """A discovery request still at issue, as the form holds it."""

    label: str = ""
    set_name: str = ""
    description: str = ""
    plaintiff_position: str = ""
    defense_position: str = ""

    @classmethod
    def of(cls, request: DiscoveryRequest) -> RequestDraft:
        """The draft of a recorded request."""
        return cls(request.label, request.set_name, request.description,
                   request.plaintiff_position, request.defense_position)

    def build(self) -> DiscoveryRequest:
        """The domain value (raises DomainError if invalid)."""
        return DiscoveryRequest(self.label.strip(), self.set_name.strip(),
                                self.description.strip(), self.plaintiff_position.strip(),
                                self.defense_position.strip())


def _plain(text: str) -> str:
    return text.replace("&", "")


class ConferenceDialog(ValueDialog[ConferenceRecord]):
    """Record the sessions of the parties' conference and how it ended.

    Args:
        matter: The matter; its recorded sessions and resolution are shown first.
        today: Today's date (a held session cannot be later).
        parent: The parent widget.
        attach: Copies a file into the store (None: no store on disk).
        locate: Finds an attached file from its relative path.
        ask_file: Asks which file to attach (tests).
        open_url: Opens an attached file (tests).

    Attributes:
        accepted_value: What the user saved, once the dialog is accepted.
    """

    def __init__(self, matter: Matter, today: date, parent: QWidget | None = None, *,
                 attach: Attach | None = None, locate: Locate | None = None,
                 ask_file: AskFile | None = None, open_url: OpenUrl | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Record the conference")
        self._matter = matter
        self._today = today
        self._loading = False

        order_day = matter.order.signed
        intro = QLabel(
            f"{matter.case_name or matter.name}: order of {long_date(order_day)}. Record each "
            "session of the parties' conference, then how it ended.")
        intro.setWordWrap(True)

        # --- sessions ---
        columns: list[Column[SessionDraft]] = [
            Column("Date", lambda s: short_date(s.held_on)),
            Column("Method", lambda s: s.method_text),
            Column("Participants", lambda s: s.participants, stretch=True),
            Column("Minutes", lambda s: str(s.minutes) if s.minutes else ""),
            Column("Concluded", lambda s: "yes" if s.concluded else ""),
            files_column(),
        ]
        self.sessions_model: DraftModel[SessionDraft] = DraftModel(
            columns, [SessionDraft.of(s) for s in matter.events.sessions], self)
        self.sessions = ListEditor(self.sessions_model, "session", self._new_session, (2,))
        self.sessions.empty_label.setText(
            "No session recorded yet: choose Add session for each time the parties conferred.")
        self.sessions.table.setAccessibleName("Conference sessions")

        self.held_on = DateEdit(clamp(today, order_day, today), "Date of the session")
        self.method = QComboBox()
        for m, text in METHOD_LABELS.items():
            self.method.addItem(text, m)
        self.method_warning = InlineMessage()
        self.participants = QLineEdit()
        self.participants.setPlaceholderText("Names, separated by commas")
        self.minutes = NumberEdit(None, "not recorded", 24 * 60)
        self.minutes.setSuffix(" minutes")
        self.concluded = QCheckBox("This session &concluded the conference")
        self.concluded.setAccessibleName("This session concluded the conference")
        period = conference_period(matter)
        self.concluded.setToolTip(
            f"{period[:1].upper()}{period[1:]} count from the first session, unless you mark "
            "a later one as the session that concluded the conference.")
        self.session_notes = QLineEdit()

        self.session_form = QWidget()
        form = QFormLayout(self.session_form)
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, "&Date:", with_weekday(self.held_on), "Date of the session",
                buddy=self.held_on)
        add_row(form, "&Method:", self.method, "Method of the session")
        form.addRow(self.method_warning)
        add_row(form, "P&articipants:", self.participants, "Participants in the session")
        add_row(form, "Len&gth:", self.minutes, "Length of the session in minutes")
        form.addRow(self.concluded)
        add_row(form, "Session n&otes:", self.session_notes, "Notes on the session")
        self.attachments = AttachmentList("session", attach, locate, ask_file=ask_file,
                                          open_url=open_url)
        self.clock_note = QLabel()
        self.clock_note.setWordWrap(True)
        self.sessions.focus_after_add = self.held_on

        sessions_box = QGroupBox("Conference sessions")
        left = QVBoxLayout(sessions_box)
        left.addWidget(self.sessions, 1)
        left.addWidget(self.session_form)
        left.addWidget(self.attachments)
        left.addWidget(self.clock_note)

        # --- outcome ---
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        grid = QGridLayout()
        for i, (key, text) in enumerate(_OUTCOMES):
            button = QRadioButton(text)
            button.setAccessibleName(_plain(text))
            self.outcome_buttons[key] = button
            self.outcome_group.addButton(button, i)
            grid.addWidget(button, i // 2, i % 2)
        self.outcome_hint = QLabel()
        self.outcome_hint.setWordWrap(True)
        self.good_faith = QCheckBox("I confirm the parties conferred in good &faith")
        self.good_faith.setAccessibleName("I confirm the parties conferred in good faith")

        req_columns: list[Column[RequestDraft]] = [
            Column("Request", lambda r: r.label, stretch=True),
            Column("Set", lambda r: r.set_name),
            Column("Description", lambda r: r.description, stretch=True),
        ]
        resolution = matter.events.resolution
        self.requests_model: DraftModel[RequestDraft] = DraftModel(
            req_columns, [RequestDraft.of(r) for r in resolution.at_issue] if resolution else [],
            self)
        self.requests = ListEditor(self.requests_model, "request", RequestDraft, (0, 2))
        self.requests.table.setAccessibleName("Requests still at issue")
        self.requests.empty_label.setText("No request listed as still at issue.")
        self.req_label = QLineEdit()
        self.req_label.setPlaceholderText("e.g. Request for Production No. 4")
        self.req_set = QLineEdit()
        self.req_set.setPlaceholderText("optional, e.g. Set One")
        self.req_description = QLineEdit()
        self.req_plaintiff = QLineEdit()
        self.req_defense = QLineEdit()
        self.request_form = QWidget()
        rform = QFormLayout(self.request_form)
        rform.setContentsMargins(0, 0, 0, 0)
        add_row(rform, "La&bel:", self.req_label, "Label of the request")
        add_row(rform, "S&et:", self.req_set, "Set of the request")
        add_row(rform, "Descr&iption:", self.req_description, "Description of the request")
        add_row(rform, "Plaintiff's posi&tion:", self.req_plaintiff, "Plaintiff's position")
        add_row(rform, "Defense positio&n:", self.req_defense, "Defense position")
        self.requests.focus_after_add = self.req_label
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText("What was agreed, what is left, next steps")
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4)
        notes_label = QLabel("Notes on the o&utcome:")
        notes_label.setBuddy(self.notes)
        self.notes.setAccessibleName("Notes on the outcome")

        outcome_box = QGroupBox("How the conference ended")
        right = QVBoxLayout(outcome_box)
        right.addLayout(grid)
        right.addWidget(self.outcome_hint)
        right.addWidget(self.good_faith)
        requests_heading = QLabel("Requests still at issue:")
        requests_heading.setBuddy(self.requests.table)
        right.addWidget(requests_heading)
        right.addWidget(self.requests, 1)
        right.addWidget(self.request_form)
        right.addWidget(notes_label)
        right.addWidget(self.notes)

        # --- bottom ---
        self.message = InlineMessage()
        self.buttons, self.ok_button = save_cancel_buttons(self, "Save the conference record")

        columns_row = QHBoxLayout()
        columns_row.addWidget(sessions_box, 1)
        columns_row.addWidget(outcome_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns_row, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        set_tab_order(
            self.sessions.table, self.sessions.add_button, self.sessions.remove_button,
            self.held_on, self.method, self.participants, self.minutes, self.concluded,
            self.session_notes, *self.attachments.widgets(), *self.outcome_buttons.values(),
            self.good_faith,
            self.requests.table, self.requests.add_button, self.requests.remove_button,
            self.req_label, self.req_set, self.req_description, self.req_plaintiff,
            self.req_defense, self.notes, self.ok_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel))

        # --- initial values and wiring ---
        key = resolution.status.value if resolution else _NOT_KNOWN
        self.outcome_buttons[key].setChecked(True)
        tab_to_checked(*self.outcome_buttons.values())
        if resolution:
            self.good_faith.setChecked(resolution.good_faith)
            self.notes.setPlainText(resolution.notes)

        self.sessions.current_changed.connect(self._on_sessions_current_changed)
        self.sessions.rows_changed.connect(self._revalidate)
        self.requests.current_changed.connect(self._on_requests_current_changed)
        self.requests.rows_changed.connect(self._revalidate)
        self.held_on.value_changed.connect(self._on_session_field_edited)
        self.method.currentIndexChanged.connect(self._on_session_field_edited)
        self.participants.textEdited.connect(self._on_session_field_edited)
        self.minutes.valueChanged.connect(self._on_session_field_edited)
        self.concluded.toggled.connect(self._on_session_field_edited)
        self.session_notes.textEdited.connect(self._on_session_field_edited)
        self.attachments.changed.connect(self._on_attachments_changed)
        for edit in (self.req_label, self.req_set, self.req_description, self.req_plaintiff,
                     self.req_defense):
            edit.textEdited.connect(self._on_request_field_edited)
        self.outcome_group.idToggled.connect(self._on_outcome_group_toggled)
        self.good_faith.toggled.connect(self._revalidate)

        self.sessions.select(0 if self.sessions_model.rowCount() else -1)
        self.requests.select(0 if self.requests_model.rowCount() else -1)
        self._on_sessions_current_changed(self.sessions.current_row())
        self._on_requests_current_changed(self.requests.current_row())
        self._revalidate()
        fit_to_screen(self, 1080, 700)

    # --- reading the form ---
    def status(self) -> ResolutionStatus | None:
        """The outcome chosen, or None while not yet known."""
        for key, button in self.outcome_buttons.items():
            if button.isChecked():
                return None if key == _NOT_KNOWN else ResolutionStatus(key)
        return None

    def set_status(self, status: ResolutionStatus | None) -> None:
        """Choose an outcome (None: not yet known)."""
        self.outcome_buttons[status.value if status else _NOT_KNOWN].setChecked(True)

    def _new_session(self) -> SessionDraft:
        day = clamp(self._today, self._matter.order.signed, self._today)
        return SessionDraft(f"session-{uuid.uuid4().hex[:8]}", day)

    def _build(self) -> ConferenceRecord:
        sessions = tuple(d.build() for d in self.sessions_model.rows())
        status = self.status()
        resolution = None
        if status is not None:
            resolution = Resolution(status, tuple(r.build() for r in self.requests_model.rows()),
                                    self.good_faith.isChecked(),
                                    self.notes.toPlainText().strip())
        self._matter.with_sessions(sessions, resolution)  # the matter's own checks
        return sessions, resolution

    def problems(self) -> list[str]:
        """Why the entries cannot be saved yet, in words; empty when they can."""
        out: list[str] = []
        signed = self._matter.order.signed
        drafts = self.sessions_model.rows()
        for n, s in enumerate(drafts, 1):
            if s.held_on < signed:
                out.append(f"Session {n} is dated {long_date(s.held_on)}, before the order of "
                           f"{long_date(signed)}: check the date.")
            elif s.held_on > self._today:
                out.append(f"Session {n} is dated {long_date(s.held_on)}, after today "
                           f"({long_date(self._today)}): record only sessions already held.")
        requests = self.requests_model.rows()
        for n, r in enumerate(requests, 1):
            if not r.label.strip():
                out.append(f"Request {n} at issue needs a label, e.g. "
                           "'Request for Production No. 4'.")
        status = self.status()
        if status is not None and not drafts:
            out.append("Add the session at which the parties conferred before choosing how "
                       "the conference ended.")
        if status is None and requests:
            out.append(f"Choose how the conference ended to keep the {len(requests)} "
                       f"request{'s' if len(requests) > 1 else ''} at issue, or remove them.")
        if not out:
            try:
                self._build()
            except DomainError as err:
                out.append(capitalized(str(err)))
        return out

    def _ready_text(self) -> str:
        n = self.sessions_model.rowCount()
        if n == 0:
            return "No session recorded; saving leaves the conference unrecorded."
        status = self.status()
        outcome = status.label if status else "outcome not yet known"
        k = self.requests_model.rowCount()
        text = f"{n} session{'s' if n > 1 else ''}; {outcome}"
        if k:
            text += f"; {k} request{'s' if k > 1 else ''} still at issue"
        return text + "."

    # --- keeping the form in step ---
    @Slot()
    def _revalidate(self) -> None:
        problems = self.problems()
        self.message.set_problems(problems, self._ready_text())
        self.ok_button.setEnabled(not problems)
        self._update_clock_note()
        known = self.status() is not None
        self.good_faith.setEnabled(known)
        self.notes.setEnabled(known)
        self.outcome_hint.setText(
            "" if known else "Choose how the conference ended to confirm good faith and add "
            "notes on the outcome.")
        self.outcome_hint.setVisible(not known)

    def _update_clock_note(self) -> None:
        try:
            sessions = tuple(d.build() for d in self.sessions_model.rows())
        except DomainError:
            sessions = ()
        counted = Events(sessions=sessions).conference
        if counted is None:
            self.clock_note.setText("")
            self.clock_note.setVisible(False)
            return
        why = ("the session marked as concluding the conference" if counted.concluded
               else "the first session")
        period = conference_period(self._matter)
        self.clock_note.setText(f"{period[:1].upper()}{period[1:]} count from "
                                f"{long_date(counted.held_on)} ({why}).")
        self.clock_note.setVisible(True)

    @Slot(int)
    def _on_sessions_current_changed(self, row: int) -> None:
        self.session_form.setEnabled(row >= 0)
        self._loading = True
        try:
            if row >= 0:
                s = self.sessions_model.row(row)
                self.held_on.set_value(s.held_on)
                self.method.setCurrentIndex(self.method.findData(s.method))
                self.participants.setText(s.participants)
                self.minutes.setValue(s.minutes)
                self.concluded.setChecked(s.concluded)
                self.session_notes.setText(s.notes)
            else:
                self.participants.clear()
                self.session_notes.clear()
                self.concluded.setChecked(False)
        finally:
            self._loading = False
        self.attachments.show_row(self.sessions_model, row)
        self._update_method_warning()

    @Slot(object)
    def _on_attachments_changed(self, paths: tuple[str, ...]) -> None:
        if self.attachments.store_row(self.sessions, paths):
            self._revalidate()

    @Slot()
    def _on_session_field_edited(self) -> None:
        row = self.sessions.current_row()
        if self._loading or row < 0:
            return
        s = self.sessions_model.row(row)
        s.held_on = self.held_on.value()
        s.method = ConferenceMethod(self.method.currentData())
        s.participants = self.participants.text()
        s.minutes = self.minutes.value()
        if self.concluded.isChecked() and not s.concluded:
            # One session concludes the conference: marking this one unmarks the others.
            for other in self.sessions_model.rows():
                other.concluded = False
        s.concluded = self.concluded.isChecked()
        s.notes = self.session_notes.text()
        self.sessions_model.refresh()
        self._update_method_warning()
        self._revalidate()

    def _update_method_warning(self) -> None:
        row = self.sessions.current_row()
        if row < 0:
            self.method_warning.set_message("")
            return
        s = self.sessions_model.row(row)
        if s.method.satisfies_order:
            self.method_warning.set_message("")
        else:
            self.method_warning.set_message(
                f"The order asks for a conference by telephone or in person; this session "
                f"was held by {s.method.value}.", Severity.WARNING)

    @Slot(int)
    def _on_requests_current_changed(self, row: int) -> None:
        self.request_form.setEnabled(row >= 0)
        self._loading = True
        try:
            r = self.requests_model.row(row) if row >= 0 else RequestDraft()
            self.req_label.setText(r.label)
            self.req_set.setText(r.set_name)
            self.req_description.setText(r.description)
            self.req_plaintiff.setText(r.plaintiff_position)
            self.req_defense.setText(r.defense_position)
        finally:
            self._loading = False

    @Slot()
    def _on_request_field_edited(self) -> None:
        row = self.requests.current_row()
        if self._loading or row < 0:
            return
        r = self.requests_model.row(row)
        r.label = self.req_label.text()
        r.set_name = self.req_set.text()
        r.description = self.req_description.text()
        r.plaintiff_position = self.req_plaintiff.text()
        r.defense_position = self.req_defense.text()
        self.requests_model.refresh(row)
        self._revalidate()

    @Slot(int, bool)
    def _on_outcome_group_toggled(self, _id: int, checked: bool) -> None:  # noqa: FBT001
        if checked:
            self._revalidate()

    # --- closing ---
    @classmethod
    def ask(cls, parent: QWidget | None, matter: Matter, today: date, *,
            attach: Attach | None = None,
            locate: Locate | None = None) -> ConferenceRecord | None:
        """Show the dialog and wait.

        Args:
            parent: The window it belongs to.
            matter: The matter.
            today: Today's date.
            attach: Copies a file into the store (None: no store on disk).
            locate: Finds an attached file from its relative path.

        Returns:
            ``(sessions, resolution)`` as saved, or None if the user cancelled.
        """
        return cls(matter, today, parent, attach=attach, locate=locate)._run()


__all__ = ["METHOD_LABELS", "ConferenceDialog", "ConferenceRecord", "RequestDraft",
           "SessionDraft"]
