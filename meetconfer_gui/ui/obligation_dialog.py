"""Add an obligation of your own, or change how an order's item is dated.

An order that gives 14 days instead of 21, a later order's new deadline, a hearing date to
count back from: the user sets who must act, the kind, and the rule (a number of calendar or
court days after or before a trigger, or a fixed date). While the input is invalid, Save stays
disabled and the reason shows inline; the result is a domain ``Obligation``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import Matter
from meetconfer_gui.domain.obligations import (
    Actor,
    DateRule,
    Kind,
    Obligation,
    Quote,
    Stage,
    TriggerKind,
)
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.ui.widgets import (
    DateEdit,
    InlineMessage,
    Severity,
    ValueDialog,
    add_row,
    save_cancel_buttons,
    tab_to_checked,
    with_weekday,
)

_TRIGGERS = (
    (TriggerKind.ORDER_DATE, "the date of the order"),
    (TriggerKind.ORDER_ENTRY, "the order's entry on the docket"),
    (TriggerKind.SERVICE, "service of the order (Rule 6(d) may add 3 days)"),
    (TriggerKind.CONTACT, "the first contact"),
    (TriggerKind.CONFERENCE, "the parties' conference"),
    (TriggerKind.HEARING, "a hearing or court conference"),
    (TriggerKind.OBLIGATION, "another item of this matter"),
)
_ACTORS = (Actor.DEFENSE_COUNSEL, Actor.DEFENDANTS, Actor.PLAINTIFF, Actor.ALL_PARTIES,
           Actor.COURT, Actor.ALL)


def _slug(text: str, taken: set[str]) -> str:
    base = "_".join(re.findall(r"[a-z0-9]+", text.lower())[:5]) or "item"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}_{n}", n + 1
    return slug


class ObligationDialog(ValueDialog[Obligation]):
    """Add an item to a matter, or edit how one is dated.

    Args:
        matter: The matter (for the order's date, the other items and a preview).
        today: Today, for the preview.
        obligation: The item to edit; None to add a new one.
        parent: The parent widget.
    """

    def __init__(self, matter: Matter, today: date, obligation: Obligation | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matter, self.today, self.original = matter, today, obligation
        self.setWindowTitle("Change how this item is dated" if obligation else "Add an item")
        self.setAccessibleName(self.windowTitle())

        self.title = QLineEdit()
        self.title.setPlaceholderText("e.g. Plaintiff must serve amended responses")
        self.who = QComboBox()
        for actor in _ACTORS:
            self.who.addItem(actor.value.capitalize(), actor)
        self.kind = QComboBox()
        for k in (Kind.DEADLINE, Kind.DUTY, Kind.NOTICE, Kind.PROHIBITION, Kind.WARNING):
            self.kind.addItem(k.label, k)
        self.filing = QCheckBox("&Meeting it means filing a paper with the court")

        self.no_date = QRadioButton("&No date of its own")
        self.period = QRadioButton("A &period:")
        self.fixed = QRadioButton("A &fixed date set by the order:")
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(14)
        self.days.setAccessibleName("Number of days")
        self.court_days = QCheckBox("court days only")
        self.direction = QComboBox()
        self.direction.addItem("after", Direction.AFTER)
        self.direction.addItem("before", Direction.BEFORE)
        self.direction.setAccessibleName("After or before")
        self.trigger = QComboBox()
        for t, text in _TRIGGERS:
            self.trigger.addItem(text, t)
        self.trigger.setAccessibleName("Counted from")
        self.other = QComboBox()
        self.other.setAccessibleName("The other item")
        for ob in matter.obligations:
            if obligation is None or ob.id != obligation.id:
                self.other.addItem(ob.title_for(matter.perspective), ob.id)
        self.hearing = DateEdit(matter.hearing or today, "Date of the hearing")
        self.fixed_date = DateEdit(today, "Fixed date")
        self.quote = QPlainTextEdit()
        self.quote.setPlaceholderText("Paste the order's sentence, so the item shows where it "
                                      "comes from")
        self.quote.setMaximumHeight(70)
        self.quote.setTabChangesFocus(True)  # Tab moves on; a pasted sentence needs no tabs
        self.message = InlineMessage()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("Preview of the due date")

        period_row = QHBoxLayout()
        for w in (self.days, self.court_days, self.direction, self.trigger):
            period_row.addWidget(w)
        period_row.addStretch(1)
        form = QFormLayout()
        add_row(form, "&Title:", self.title)
        add_row(form, "&Who must act:", self.who)
        add_row(form, "&Kind:", self.kind)
        form.addRow("", self.filing)
        form.addRow(self.no_date)
        form.addRow(self.period, period_row)
        add_row(form, "  The other &item:", self.other)
        add_row(form, "  &Hearing date:", with_weekday(self.hearing), buddy=self.hearing)
        form.addRow(self.fixed, with_weekday(self.fixed_date))
        add_row(form, "The &order's words:", self.quote)
        # The same Save/Cancel bar as the other dialogs that record something.
        self.buttons, self.ok_button = save_cancel_buttons(self, "Save the item")
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.preview)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)

        self._note = ""  # a note that stays while the input is valid (several clocks)
        if obligation is not None:
            self._load(obligation)
        else:
            self.period.setChecked(True)
        tab_to_checked(self.no_date, self.period, self.fixed)
        for signal in (self.title.textChanged, self.who.currentIndexChanged,
                       self.kind.currentIndexChanged, self.days.valueChanged,
                       self.court_days.toggled, self.direction.currentIndexChanged,
                       self.trigger.currentIndexChanged, self.other.currentIndexChanged,
                       self.no_date.toggled, self.period.toggled, self.fixed.toggled,
                       self.hearing.value_changed, self.fixed_date.value_changed,
                       self.quote.textChanged, self.filing.toggled):
            signal.connect(self._on_changed)
        self._on_changed()
        self.resize(760, self.sizeHint().height())

    def _load(self, ob: Obligation) -> None:
        self.title.setText(ob.title)
        self.title.setReadOnly(not ob.custom)
        if not ob.custom:  # a read-only field looks like any other: say why it will not type
            why = "The order's own items keep its words; Edit > Add an item writes your own."
            for field in (self.title, self.quote):
                field.setToolTip(why)
                field.setAccessibleDescription(why)
        self.who.setCurrentIndex(max(0, self.who.findData(ob.who)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(ob.kind)))
        self.filing.setChecked(ob.filing)
        self.quote.setPlainText(ob.quote.text if ob.quote else "")
        self.quote.setReadOnly(not ob.custom)
        rule = ob.rules[0] if ob.rules else None
        if rule is None:
            self.no_date.setChecked(True)
        elif rule.trigger is TriggerKind.FIXED_DATE and rule.fixed:
            self.fixed.setChecked(True)
            self.fixed_date.set_value(rule.fixed)
        else:
            self.period.setChecked(True)
            self.days.setValue(rule.days)
            self.court_days.setChecked(rule.court_days)
            self.direction.setCurrentIndex(self.direction.findData(rule.direction))
            self.trigger.setCurrentIndex(max(0, self.trigger.findData(rule.trigger)))
            if rule.after_obligation:
                self.other.setCurrentIndex(max(0, self.other.findData(rule.after_obligation)))
            if rule.trigger is TriggerKind.HEARING and rule.fixed:
                self.hearing.set_value(rule.fixed)
        if len(ob.rules) > 1:
            self._note = ("This item has several clocks; the first is edited here and the "
                          "others are kept.")
            self.message.set_message(self._note, Severity.INFO)

    def _rule(self) -> DateRule | None:
        if self.no_date.isChecked():
            return None
        if self.fixed.isChecked():
            return DateRule("fixed", TriggerKind.FIXED_DATE, fixed=self.fixed_date.value())
        trigger = TriggerKind(self.trigger.currentData())
        direction = Direction(self.direction.currentData())
        first = self.original.rules[0] if self.original and self.original.rules else None
        clock = first.clock if first and first.trigger is trigger else (
            f"{direction.value}_{trigger.value}")
        return DateRule(
            clock, trigger, self.days.value(), self.court_days.isChecked(), direction,
            service_applies=trigger is TriggerKind.SERVICE and direction is Direction.AFTER,
            fixed=self.hearing.value() if trigger is TriggerKind.HEARING else None,
            after_obligation=(str(self.other.currentData())
                              if trigger is TriggerKind.OBLIGATION else None))

    def value(self) -> Obligation:
        """The obligation as entered; raises DomainError (a ValueError) while invalid."""
        title = self.title.text().strip()
        if not title:
            raise DomainError("give the item a title, e.g. 'Plaintiff must serve amended "
                              "responses'")
        rule = self._rule()
        kind = Kind(self.kind.currentData())
        if rule is not None and kind not in (Kind.DEADLINE, Kind.DUTY):
            raise DomainError(f"a {kind.label.lower()} has no due date: choose 'No date of "
                              "its own', or make it a deadline")
        if rule is not None and rule.trigger is TriggerKind.OBLIGATION and \
                not rule.after_obligation:
            raise DomainError("choose the item this one is counted from")
        quote_text = " ".join(self.quote.toPlainText().split())
        if self.original is not None:
            rules = ((rule, *self.original.rules[1:]) if rule is not None
                     else self.original.rules[1:])
            return replace(self.original, title=title, who=Actor(self.who.currentData()),
                           kind=Kind.DEADLINE if rules else kind, rules=rules,
                           filing=self.filing.isChecked(),
                           quotes=((Quote(quote_text, 1), *self.original.quotes[1:])
                                   if self.original.custom and quote_text
                                   else self.original.quotes))
        taken = {o.id for o in self.matter.obligations}
        stage = Stage.AFTER if kind in (Kind.PROHIBITION, Kind.WARNING) else Stage.BEFORE
        if rule is not None and rule.trigger is TriggerKind.CONFERENCE:
            stage = Stage.STATEMENT
        return Obligation(_slug(title, taken), title, Actor(self.who.currentData()), kind,
                          stage, (Quote(quote_text, 1),) if quote_text else (),
                          (rule,) if rule is not None else (), filing=self.filing.isChecked(),
                          custom=True)

    @Slot()
    def _on_changed(self, *_args: object) -> None:
        period = self.period.isChecked()
        trigger = TriggerKind(self.trigger.currentData())
        for w in (self.days, self.court_days, self.direction, self.trigger):
            w.setEnabled(period)
        self.other.setEnabled(period and trigger is TriggerKind.OBLIGATION)
        self.hearing.setEnabled(period and trigger is TriggerKind.HEARING)
        self.fixed_date.setEnabled(self.fixed.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            ob = self.value()
            preview = compute_schedule(self.matter.with_obligation(ob), self.today).item(ob.id)
        except (DomainError, ValueError) as err:
            text = str(err)[:1].upper() + str(err)[1:]
            if not self.title.text().strip():
                # A new item starts without a title: what to do next, not an error yet.
                self.message.set_message(text, Severity.INFO, "To continue")
            else:
                self.message.set_message(text, Severity.ERROR)
            self.preview.setText("")
            ok.setEnabled(False)
            return
        binding = preview.clock(preview.binding) if preview.binding else None
        if preview.due is not None and binding is not None:
            self.preview.setText(f"Due {long_date(preview.due)}: {binding.rule.describe()}, "
                                 f"{binding.basis}.")
        elif preview.due is not None:
            self.preview.setText(f"Due {long_date(preview.due)}.")
        elif preview.clocks:
            self.preview.setText(f"Not dated yet: {preview.clocks[0].basis}.")
        else:
            self.preview.setText("No due date.")
        if self._note:
            self.message.set_message(self._note, Severity.INFO)
        else:
            self.message.set_message("", Severity.OK)
        ok.setEnabled(True)

    def _show_error(self, err: ValueError) -> None:
        """Override ValueDialog._show_error: the message as worded; the preview keeps OK."""
        self.message.set_message(str(err), Severity.ERROR)

    @classmethod
    def ask(cls, parent: QWidget | None, matter: Matter, today: date,
            obligation: Obligation | None = None) -> Obligation | None:
        """Show the dialog; return the new or changed obligation, or None if cancelled."""
        return cls(matter, today, obligation, parent)._run()
