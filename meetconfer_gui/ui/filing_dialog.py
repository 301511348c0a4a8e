"""Two small dialogs: the Joint Statement as filed, and the court's further order."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import Filing, FurtherOrder, Matter
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.ui.widgets import (
    DateEdit,
    InlineMessage,
    NumberEdit,
    Severity,
    ValueDialog,
    add_row,
    capitalized,
    clamp,
    fit_to_screen,
    save_cancel_buttons,
    set_tab_order,
    with_weekday,
)
from meetconfer_gui.ui.wording import filing_name

V = TypeVar("V")


def ecf_box(value: int | None) -> NumberEdit:
    """A docket-number field; 0 reads "not known"."""
    box = NumberEdit(value)
    box.setToolTip("The docket number the court's electronic filing system gave it")
    return box


class _RecordDialog(ValueDialog[V]):
    """A dated record with an ECF number: the shared frame of the two dialogs below."""

    def __init__(self, matter: Matter, today: date, title: str, intro: str, day: date,
                 date_label: str, date_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._matter = matter
        self._today = today
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.on = DateEdit(day, date_name)
        self.form = QFormLayout()
        add_row(self.form, date_label, with_weekday(self.on), date_name, buddy=self.on)
        self.note = InlineMessage()
        self.message = InlineMessage()
        self.buttons, self.ok_button = save_cancel_buttons(self)
        self.on.value_changed.connect(self._revalidate)

    def _finish_layout(self, *tab_order: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        set_tab_order(self.on, *tab_order, self.ok_button,
                      self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self._revalidate()
        fit_to_screen(self, 560, 0)

    #: What the record is, at the start of a sentence ("The filing").
    what = ""

    def problems(self) -> list[str]:
        """Why the record cannot be saved yet, in words; empty when it can."""
        out = self._date_problems(self.what)
        if not out:
            try:
                self._build()
            except DomainError as err:
                out.append(capitalized(str(err)))
        return out

    def _date_problems(self, what: str) -> list[str]:
        day, signed = self.on.value(), self._matter.order.signed
        if day < signed:
            return [f"{what} is dated {long_date(day)}, before the order of {long_date(signed)}: "
                    "check the date."]
        if day > self._today:
            return [f"{what} is dated {long_date(day)}, after today ({long_date(self._today)}): "
                    "record it once it has happened."]
        return []

    def _build(self) -> V:
        raise NotImplementedError

    def _ready_text(self) -> str:
        return ""

    def _note(self) -> tuple[str, Severity]:
        return "", Severity.INFO

    @Slot()
    def _revalidate(self) -> None:
        problems = self.problems()
        self.message.set_problems(problems, self._ready_text())
        self.ok_button.setEnabled(not problems)
        text, severity = self._note() if not problems else ("", Severity.INFO)
        self.note.set_message(text, severity)


class FilingDialog(_RecordDialog[Filing]):
    """Record the Joint Statement as filed: the date, the ECF number, a separate statement.

    Args:
        matter: The matter; a recorded filing is shown first.
        today: Today's date (a filing cannot be later).
        parent: The parent widget.

    Attributes:
        accepted_value: The filing, once the dialog is accepted.
    """

    what = "The filing"

    def __init__(self, matter: Matter, today: date, parent: QWidget | None = None) -> None:
        filing = matter.events.filing
        due: date | None = None
        try:
            statement = compute_schedule(matter, today).statement
            due = statement.due if statement else None
        except DomainError:
            pass
        paper = filing_name(matter)  # "Joint Statement", or the order's own ("Joint Letter")
        self._paper = paper
        intro = f"Record the {paper} as filed with the court."
        if due is not None:
            intro += f" It is due by {long_date(due)}."
        signed = matter.order.signed
        super().__init__(matter, today, f"{paper[:1].upper()}{paper[1:]} filed", intro,
                         filing.filed_on if filing else clamp(today, signed, today),
                         "Filed &on:", f"Date the {paper} was filed", parent)
        self._due = due
        self.ecf = ecf_box(filing.ecf if filing else None)
        add_row(self.form, "&ECF No.:", self.ecf, f"ECF number of the {paper}")
        self.separate = QCheckBox(
            "Filed as a &separate statement because a party would not sign")
        self.separate.setAccessibleName(
            "Filed as a separate statement because a party would not sign")
        self.separate.setChecked(bool(filing and filing.separate))
        self.form.addRow(self.separate)
        self.ok_button.setAccessibleName("Save the filing")
        self.ecf.valueChanged.connect(self._revalidate)
        self.separate.toggled.connect(self._revalidate)
        self._finish_layout(self.ecf, self.separate)

    def _build(self) -> Filing:
        filing = Filing(self.on.value(), self.ecf.value() or None, self.separate.isChecked())
        self._matter.with_filing(filing)  # the matter's own checks (not before the conference)
        return filing

    def _ready_text(self) -> str:
        kind = "A separate statement" if self.separate.isChecked() else f"The {self._paper}"
        ecf = f" as ECF No. {self.ecf.value()}" if self.ecf.value() else ""
        return f"{kind} filed on {long_date(self.on.value())}{ecf}."

    def _note(self) -> tuple[str, Severity]:
        if self._due is not None and self.on.value() > self._due:
            return (f"This is after the due date, {long_date(self._due)}. If the court granted "
                    "more time, lock the due date in the checklist.", Severity.WARNING)
        return "", Severity.INFO

    @classmethod
    def ask(cls, parent: QWidget | None, matter: Matter, today: date) -> Filing | None:
        """Show the dialog and wait.

        Args:
            parent: The window it belongs to.
            matter: The matter.
            today: Today's date.

        Returns:
            The filing, or None if the user cancelled.
        """
        return cls(matter, today, parent)._run()


class FurtherOrderDialog(_RecordDialog[FurtherOrder]):
    """Record the court's further order: its date, ECF number and what it says.

    Args:
        matter: The matter; a recorded further order is shown first.
        today: Today's date (the order cannot be later).
        parent: The parent widget.

    Attributes:
        accepted_value: The further order, once the dialog is accepted.
    """

    what = "The further order"

    def __init__(self, matter: Matter, today: date, parent: QWidget | None = None) -> None:
        further = matter.events.further_order
        signed = matter.order.signed
        super().__init__(matter, today, "Further order",
                         "Record the court's order after the Joint Statement (or any later "
                         "order on the motion).",
                         further.on if further else clamp(today, signed, today),
                         "&Date of the order:", "Date of the further order", parent)
        self.ecf = ecf_box(further.ecf if further else None)
        add_row(self.form, "&ECF No.:", self.ecf, "ECF number of the further order")
        self.summary = QPlainTextEdit(further.summary if further else "")
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText("e.g. Motion to compel granted in part; responses "
                                        "due in 30 days")
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 4 + 12)
        add_row(self.form, "&What it says:", self.summary, "Summary of the further order")
        self.ok_button.setAccessibleName("Save the further order")
        self.ecf.valueChanged.connect(self._revalidate)
        self.summary.textChanged.connect(self._revalidate)
        self._finish_layout(self.ecf, self.summary)

    def _build(self) -> FurtherOrder:
        further = FurtherOrder(self.on.value(), self.ecf.value() or None,
                               self.summary.toPlainText().strip())
        self._matter.with_further_order(further)  # the matter's own checks
        return further

    def _ready_text(self) -> str:
        ecf = f" (ECF No. {self.ecf.value()})" if self.ecf.value() else ""
        return f"Order of {long_date(self.on.value())}{ecf}."

    @classmethod
    def ask(cls, parent: QWidget | None, matter: Matter, today: date) -> FurtherOrder | None:
        """Show the dialog and wait.

        Args:
            parent: The window it belongs to.
            matter: The matter.
            today: Today's date.

        Returns:
            The further order, or None if the user cancelled.
        """
        return cls(matter, today, parent)._run()


__all__ = ["FilingDialog", "FurtherOrderDialog", "ecf_box"]
