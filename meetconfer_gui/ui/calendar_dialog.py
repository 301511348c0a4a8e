"""The court calendar dialog: the legal holidays applied to a matter, and the user's choices.

Every change (a disputed day decided, a closure day added or removed) is emitted at once as
``choices_changed`` so the main window recomputes the schedule while the dialog is open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.calendars import (
    CalendarChoices,
    Certainty,
    Closure,
    CourtCalendar,
    CourtHoliday,
    Direction,
    HolidayCategory,
    court_calendar,
)
from meetconfer_gui.domain.dates import long_date, short_date
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import Matter
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.ui.widgets import (
    Column,
    DateEdit,
    DraftModel,
    InlineMessage,
    Severity,
    add_row,
    clamp,
    fit_to_screen,
    make_table,
    save_cancel_buttons,
    set_tab_order,
    with_weekday,
)

UNDECIDED, COUNTS, NOT_COUNTED = "undecided", "counts", "not counted"
DECISION_LABELS = {
    UNDECIDED: "Undecided: use the earlier date, show the later one",
    COUNTS: "Counts as a legal holiday in this matter",
    NOT_COUNTED: "Does not count in this matter",
}
CERTAINTY_LABELS = {
    Certainty.SETTLED: "settled",
    Certainty.DISPUTED: "disputed",
    Certainty.REVIEW: "review",
}
DEFAULT_REASON = "Clerk's office inaccessible"


def matter_years(matter: Matter, today: date) -> tuple[date, date]:
    """The days the dialog lists: the order's year through the year after, or the latest date.

    Args:
        matter: The matter.
        today: Today's date (the schedule's statuses depend on it; the dates do not).

    Returns:
        ``(first, last)``: January 1 of the order's year and December 31 of the last year.
    """
    last_year = matter.order.signed.year + 1
    try:
        schedule = compute_schedule(matter, today)
    except DomainError:
        schedule = None
    if schedule is not None:
        for item in schedule.items:
            for day in (item.due, item.latest, item.target):
                if day is not None:
                    last_year = max(last_year, day.year)
    return date(matter.order.signed.year, 1, 1), date(last_year, 12, 31)


class CourtCalendarDialog(QDialog):
    """Show the legal holidays that apply to a matter and record the matter's own choices.

    Args:
        matter: The matter (its court and its present choices).
        today: Today's date (the default day for a new closure).
        parent: The parent widget.

    Attributes:
        accepted_value: The choices, once the dialog is accepted.
    """

    choices_changed = Signal(object)  # the new CalendarChoices, on every change

    def __init__(self, matter: Matter, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Court calendar")
        self._matter = matter
        self._original = matter.choices
        self._choices = matter.choices
        self._loading = False
        self.accepted_value: CalendarChoices | None = None
        district = matter.district
        self.calendar: CourtCalendar = court_calendar(district.state, district)
        self.first_day, self.last_day = matter_years(matter, today)
        self._holidays = self.calendar.between(self.first_day, self.last_day)

        self.intro = intro = QLabel(
            f"{district.court_name}: {self.calendar.description.split(': ', 1)[-1]}, from "
            f"{long_date(self.first_day)} to {long_date(self.last_day)}. Disputed days and "
            "days marked for review count only if you say so for this matter; while "
            "undecided, the app gives the earlier date and shows the later one beside it.")
        intro.setWordWrap(True)

        # --- holidays ---
        columns: list[Column[CourtHoliday]] = [
            Column("Date", lambda h: short_date(h.day), tip=lambda h: long_date(h.day)),
            Column("Holiday", lambda h: h.name, tip=lambda h: h.label()),
            Column("Counts for", self._directions),
            Column("Certainty", lambda h: CERTAINTY_LABELS[h.certainty],
                   tip=lambda h: h.note or CERTAINTY_LABELS[h.certainty]),
            Column("This matter", self._decision_text),
            Column("Source", lambda h: h.source, stretch=True),
        ]
        self.holidays_model: DraftModel[CourtHoliday] = DraftModel(columns, self._holidays, self)
        self.holidays_table = make_table(self.holidays_model, "Legal holidays", (5,))
        self.only_uncertain = QCheckBox("Show only the days that need a &decision")
        self.only_uncertain.setAccessibleName("Show only the days that need a decision")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.decision = QComboBox()
        for key, text in DECISION_LABELS.items():
            self.decision.addItem(text, key)
        decision_form = QFormLayout()
        add_row(decision_form, "For this &matter:", self.decision,
                "Whether the selected day counts as a legal holiday in this matter")
        holidays_box = QGroupBox("Legal holidays (FRCP 6(a)(6))")
        hbox = QVBoxLayout(holidays_box)
        hbox.addWidget(self.only_uncertain)
        hbox.addWidget(self.holidays_table, 1)
        hbox.addWidget(self.detail)
        hbox.addLayout(decision_form)

        # --- closures ---
        closure_columns: list[Column[Closure]] = [
            Column("Date", lambda c: short_date(c.day), tip=lambda c: long_date(c.day)),
            Column("Reason", lambda c: c.reason, stretch=True),
        ]
        self.closures_model: DraftModel[Closure] = DraftModel(
            closure_columns, self._choices.closures, self)
        self.closures_table = make_table(self.closures_model, "Closure days", (1,))
        self.closures_empty = QLabel("No closure day added.")
        self.closure_day = DateEdit(clamp(today, self.first_day, self.last_day),
                                    "Date the clerk's office was closed")
        self.closure_reason = QLineEdit(DEFAULT_REASON)
        self.add_closure_button = QPushButton("Add closure day")
        self.add_closure_button.setAccessibleName("Add the closure day")
        self.remove_closure_button = QPushButton("Remove closure day")
        self.remove_closure_button.setAccessibleName("Remove the selected closure day")
        self.closure_message = InlineMessage()
        closure_form = QFormLayout()
        add_row(closure_form, "Da&te closed:", with_weekday(self.closure_day),
                "Date the clerk's office was closed", buddy=self.closure_day)
        add_row(closure_form, "&Reason:", self.closure_reason, "Reason for the closure")
        closure_buttons = QHBoxLayout()
        closure_buttons.addWidget(self.add_closure_button)
        closure_buttons.addWidget(self.remove_closure_button)
        closure_buttons.addStretch(1)
        closures_note = QLabel(
            "A day the clerk's office was inaccessible (weather, an outage, a closure the "
            "court ordered) is not a legal holiday: it extends a period only when it is the "
            "period's last day, to the next day the office is open (FRCP 6(a)(3)).")
        closures_note.setWordWrap(True)
        closures_box = QGroupBox("Days the clerk's office was closed")
        cbox = QHBoxLayout(closures_box)
        closure_left = QVBoxLayout()
        closure_left.addWidget(closures_note)
        closure_left.addLayout(closure_form)
        closure_left.addWidget(self.closure_message)
        closure_left.addLayout(closure_buttons)
        closure_left.addStretch(1)
        closure_right = QVBoxLayout()
        closure_right.addWidget(self.closures_table, 1)
        closure_right.addWidget(self.closures_empty)
        cbox.addLayout(closure_left, 1)
        cbox.addLayout(closure_right, 1)
        row_height = self.closures_table.verticalHeader().defaultSectionSize()
        self.closures_table.setMinimumHeight(row_height * 4)
        self.closures_table.setMaximumHeight(row_height * 6)

        # --- bottom ---
        self.summary = InlineMessage()
        # The shared Save/Cancel bar: the choices are saved to the matter only on Save.
        self.buttons, self.ok_button = save_cancel_buttons(self, "Save these calendar choices")

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(holidays_box, 3)
        layout.addWidget(closures_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        set_tab_order(self.only_uncertain, self.holidays_table, self.decision,
                      self.closures_table, self.closure_day, self.closure_reason,
                      self.add_closure_button, self.remove_closure_button, self.ok_button,
                      self.buttons.button(QDialogButtonBox.StandardButton.Cancel))

        self.only_uncertain.toggled.connect(self._on_only_uncertain_toggled)
        self.holidays_table.selectionModel().currentRowChanged.connect(
            self._on_holidays_current_changed)
        self.decision.activated.connect(self._on_decision_activated)
        self.closures_table.selectionModel().currentRowChanged.connect(self._update_closures)
        self.closure_day.value_changed.connect(self._update_closures)
        self.closure_reason.textChanged.connect(self._update_closures)
        self.add_closure_button.clicked.connect(self._on_add_closure_button_clicked)
        self.remove_closure_button.clicked.connect(self._on_remove_closure_button_clicked)

        first = self._first_uncertain_row()
        self.select_holiday(first if first >= 0 else 0)
        self._on_holidays_current_changed()
        self._update_closures()
        self._update_summary()
        fit_to_screen(self, 1100, 760)

    # --- reading ---
    def value(self) -> CalendarChoices:
        """The matter's calendar choices as they now stand."""
        return self._choices

    def choices(self) -> CalendarChoices:
        """The matter's calendar choices as they now stand (the same as :meth:`value`)."""
        return self._choices

    def holidays(self) -> list[CourtHoliday]:
        """Every holiday listed for the matter's years (whatever the filter shows)."""
        return list(self._holidays)

    def current_holiday(self) -> CourtHoliday | None:
        """The holiday selected in the table."""
        index = self.holidays_table.currentIndex()
        return self.holidays_model.row(index.row()) if index.isValid() else None

    def select_holiday(self, row: int) -> None:
        """Select a row of the holiday table."""
        if 0 <= row < self.holidays_model.rowCount():
            self.holidays_table.selectRow(row)
            self.holidays_table.setCurrentIndex(self.holidays_model.index(row, 0))

    def row_of(self, day: date) -> int:
        """The table row of the first holiday on ``day``, or -1."""
        for i, h in enumerate(self.holidays_model.rows()):
            if h.day == day:
                return i
        return -1

    @staticmethod
    def _directions(h: CourtHoliday) -> str:
        return "both" if h.applies_to(Direction.BEFORE) else "after an event only"

    def _decision(self, h: CourtHoliday) -> str:
        if h.day in self._choices.not_counted:
            return NOT_COUNTED
        if h.day in self._choices.counted or not h.uncertain:
            return COUNTS
        return UNDECIDED

    def _decision_text(self, h: CourtHoliday) -> str:
        decision = self._decision(h)
        if not h.uncertain:
            return "counts" if decision == COUNTS else "does not count (your choice)"
        return {UNDECIDED: "undecided", COUNTS: "counts (your choice)",
                NOT_COUNTED: "does not count (your choice)"}[decision]

    def _first_uncertain_row(self) -> int:
        return next((i for i, h in enumerate(self.holidays_model.rows()) if h.uncertain), -1)

    # --- changing ---
    def decide(self, day: date, decision: str) -> None:
        """Record whether a day counts in this matter (UNDECIDED, COUNTS or NOT_COUNTED)."""
        counts = {UNDECIDED: None, COUNTS: True, NOT_COUNTED: False}[decision]
        self._set_choices(self._choices.deciding(day, counts))

    def add_closure(self, day: date, reason: str) -> None:
        """Add a closure day (replacing one on the same day)."""
        self._set_choices(self._choices.with_closure(Closure(day, reason.strip())))
        self.closures_model.set_rows(self._choices.closures)
        row = next(i for i, c in enumerate(self._choices.closures) if c.day == day)
        self.closures_table.selectRow(row)

    def remove_closure(self, day: date) -> None:
        """Remove the closure day on ``day``."""
        self._set_choices(self._choices.without_closure(day))
        self.closures_model.set_rows(self._choices.closures)

    def _set_choices(self, choices: CalendarChoices) -> None:
        if choices == self._choices:
            return
        self._choices = choices
        self.holidays_model.refresh()
        self._update_summary()
        self._update_closures()
        self.choices_changed.emit(choices)

    def _update_summary(self) -> None:
        c = self._choices
        undecided = sum(1 for h in self._holidays if self._decision(h) == UNDECIDED)
        text = (f"{len(c.counted)} disputed day{'s' if len(c.counted) != 1 else ''} counted, "
                f"{len(c.not_counted)} not counted, {undecided} undecided; "
                f"{len(c.closures)} closure day{'s' if len(c.closures) != 1 else ''}.")
        self.summary.set_message(text, Severity.OK, "This matter")

    @Slot(bool)
    def _on_only_uncertain_toggled(self, only: bool) -> None:  # noqa: FBT001
        current = self.current_holiday()
        rows = [h for h in self._holidays if h.uncertain] if only else self._holidays
        self.holidays_model.set_rows(rows)
        row = self.row_of(current.day) if current is not None else -1
        self.select_holiday(max(row, 0))
        self._on_holidays_current_changed()

    @Slot()
    def _on_holidays_current_changed(self) -> None:
        h = self.current_holiday()
        self._loading = True
        try:
            if h is None:
                self.detail.setText("No holiday selected.")
                self.decision.setEnabled(False)
                return
            reach = ("It counts for periods measured after an event only (a state day, FRCP "
                     "6(a)(6)(C))." if h.category is HolidayCategory.STATE
                     else "It counts for periods in both directions.")
            text = f"{long_date(h.day)}: {h.name} ({h.source}). {reach}"
            if h.note:
                text += f" {h.note[:1].upper()}{h.note[1:]}."
            if not h.uncertain:
                text += " A settled legal holiday: it always counts."
            self.detail.setText(text)
            self.decision.setEnabled(h.uncertain)
            self.decision.setCurrentIndex(self.decision.findData(self._decision(h)))
        finally:
            self._loading = False

    @Slot(int)
    def _on_decision_activated(self, _index: int) -> None:
        h = self.current_holiday()
        if self._loading or h is None or not h.uncertain:
            return
        self.decide(h.day, str(self.decision.currentData()))

    def _closure_problem(self) -> str:
        if not self.closure_reason.text().strip():
            return "Give a reason for the closure (e.g. the clerk's office closed for snow)."
        return ""

    @Slot()
    def _update_closures(self) -> None:
        empty = self.closures_model.rowCount() == 0
        self.closures_empty.setVisible(empty)
        self.remove_closure_button.setEnabled(self.closures_table.currentIndex().isValid())
        problem = self._closure_problem()
        self.add_closure_button.setEnabled(not problem)
        day = self.closure_day.value()
        if problem:
            self.closure_message.set_message(problem, Severity.ERROR, "Cannot add")
        elif day in self._choices.closed_days:
            self.closure_message.set_message(
                f"{long_date(day)} is already a closure day: adding replaces its reason.",
                Severity.INFO)
        elif day.weekday() >= 5:
            self.closure_message.set_message(
                f"{long_date(day)} is a weekend day; a closure matters only on a day the "
                "clerk's office would be open.", Severity.WARNING)
        else:
            self.closure_message.set_message("")

    @Slot()
    def _on_add_closure_button_clicked(self) -> None:
        if self._closure_problem():
            return
        self.add_closure(self.closure_day.value(), self.closure_reason.text())

    @Slot()
    def _on_remove_closure_button_clicked(self) -> None:
        index = self.closures_table.currentIndex()
        if index.isValid():
            row = index.row()
            self.remove_closure(self.closures_model.row(row).day)
            if self.closures_model.rowCount():
                self.closures_table.selectRow(min(row, self.closures_model.rowCount() - 1))
            self._update_closures()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QDialog.keyPressEvent: Enter in the closure fields adds the closure."""
        in_closure = self.focusWidget() in (self.closure_day, self.closure_reason,
                                            self.closure_day.lineEdit())
        if in_closure and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_add_closure_button_clicked()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- closing ---
    def accept(self) -> None:
        """Override QDialog.accept: keep the choices."""
        self.accepted_value = self._choices
        super().accept()

    def reject(self) -> None:
        """Override QDialog.reject: put back the choices the matter had, and say so."""
        if self._choices != self._original:
            self._choices = self._original
            self.choices_changed.emit(self._original)
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, matter: Matter,
            today: date) -> CalendarChoices | None:
        """Show the dialog and wait.

        Connect to ``choices_changed`` through :meth:`open` instead to recompute while the
        dialog is open; ``ask`` only returns the result.

        Args:
            parent: The window it belongs to.
            matter: The matter.
            today: Today's date.

        Returns:
            The choices, or None if the user cancelled.
        """
        dialog = cls(matter, today, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.accepted_value
            return None
        finally:
            dialog.deleteLater()


__all__ = ["COUNTS", "DECISION_LABELS", "NOT_COUNTED", "UNDECIDED", "CourtCalendarDialog",
           "matter_years"]
