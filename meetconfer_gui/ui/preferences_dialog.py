"""Preferences: the user's name for the history, "due soon" days, and calendar alarms.

The name and the alarms are store settings (``user_name``, ``ics_alarms``); "due soon" is
the open matter's own ``due_soon_days``, so the window saves it as an undoable edit. The
dialog returns a ``Preferences`` value and never saves anything itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.ui.widgets import (
    InlineMessage,
    ValueDialog,
    add_row,
    capitalized,
    fit_to_screen,
    save_cancel_buttons,
    set_tab_order,
)

USER_NAME, ICS_ALARMS = "user_name", "ics_alarms"
DEFAULT_ALARMS = (7, 1)
MAX_DUE_SOON = 90  # Matter.due_soon_days' own limit
MAX_ALARM_DAYS = 365
_NONE = "none"  # the setting for "no alarms" ("" means not set: the default)


def parse_alarm_days(text: str) -> tuple[int, ...]:
    """Read alarm days as typed ("7, 1"): distinct, largest first; empty means none.

    Args:
        text: Whole numbers of days before each date, separated by commas or spaces.

    Returns:
        The days.

    Raises:
        ValueError: A part is not a whole number from 0 to 365 (the message says which).
    """
    days: set[int] = set()
    for part in (p for p in re.split(r"[,;\s]+", text.strip()) if p):
        if not part.isdigit() or int(part) > MAX_ALARM_DAYS:
            raise ValueError(f"'{part}' is not a number of days from 0 to {MAX_ALARM_DAYS}: "
                             "write the days before each date, separated by commas, e.g. 7, 1")
        days.add(int(part))
    return tuple(sorted(days, reverse=True))


def alarm_days_from_setting(value: str) -> tuple[int, ...]:
    """The alarm days a stored ``ics_alarms`` setting means ("" or nonsense: 7 and 1)."""
    if value.strip().lower() == _NONE:
        return ()
    try:
        return parse_alarm_days(value) or DEFAULT_ALARMS
    except ValueError:
        return DEFAULT_ALARMS


def alarm_days_to_setting(days: tuple[int, ...]) -> str:
    """The ``ics_alarms`` setting for alarm days ("7,1", or "none")."""
    return ",".join(str(d) for d in days) if days else _NONE


@dataclass(frozen=True, slots=True)
class Preferences:
    """What the preferences dialog edits.

    Attributes:
        user_name: The name the history records changes under.
        due_soon_days: How many days ahead counts as "due soon" (the open matter's).
        alarm_days: Calendar reminders, in days before each date (empty: none).
    """

    user_name: str
    due_soon_days: int
    alarm_days: tuple[int, ...] = DEFAULT_ALARMS

    def __post_init__(self) -> None:
        """Refuse values the store or the matter would refuse."""
        if not self.user_name.strip():
            raise ValueError("enter your name: the history records who made each change")
        if not 0 <= self.due_soon_days <= MAX_DUE_SOON:
            raise ValueError(f"'due soon' must be from 0 to {MAX_DUE_SOON} days")


class PreferencesDialog(ValueDialog[Preferences]):
    """Edit the preferences.

    Args:
        current: The preferences as they are.
        matter_name: The open matter's name (the "due soon" days are its own).
        parent: The parent widget.

    Attributes:
        accepted_value: The preferences chosen, once the dialog is accepted.
    """

    def __init__(self, current: Preferences, matter_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setObjectName("preferencesDialog")

        self.user_name = QLineEdit(current.user_name)
        self.user_name.setPlaceholderText("e.g. Pat Lee")
        name_help = QLabel("The history records every tick and edit under this name.")
        name_help.setWordWrap(True)
        self.due_soon = QSpinBox()
        self.due_soon.setRange(0, MAX_DUE_SOON)
        self.due_soon.setSuffix(" days")
        self.due_soon.setValue(current.due_soon_days)
        which = f"in {matter_name}" if matter_name else "in this matter"
        due_help = QLabel(f"An open item due within this many days is shown as due soon "
                          f"{which} (0: only on its last day). Undo puts it back.")
        due_help.setWordWrap(True)
        self.alarms = QLineEdit(", ".join(str(d) for d in current.alarm_days))
        self.alarms.setPlaceholderText("e.g. 7, 1 (empty: no alarms)")
        alarm_help = QLabel("Exported calendar (.ics) events remind you this many days before "
                            "each date, at 9 a.m.; separate several with commas.")
        alarm_help.setWordWrap(True)

        form = QFormLayout()
        add_row(form, "Your &name:", self.user_name, "Your name for the history")
        form.addRow(name_help)
        add_row(form, "&Due soon:", self.due_soon, "Days ahead that count as due soon")
        form.addRow(due_help)
        add_row(form, "Calendar &alarms:", self.alarms,
                "Calendar alarm days before each date")
        form.addRow(alarm_help)

        self.message = InlineMessage()
        # The same Save/Cancel bar as the other record dialogs: Save says what it does.
        self.buttons, self.ok_button = save_cancel_buttons(self, "Save the preferences")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        set_tab_order(self.user_name, self.due_soon, self.alarms, self.ok_button,
                      self.buttons.button(QDialogButtonBox.StandardButton.Cancel))

        self.user_name.textChanged.connect(self._revalidate)
        self.due_soon.valueChanged.connect(self._revalidate)
        self.alarms.textChanged.connect(self._revalidate)
        self._revalidate()
        fit_to_screen(self, 560, 0)  # as tall as the form: no empty band above the buttons

    def value(self) -> Preferences:
        """The preferences entered.

        Raises:
            ValueError: An entry is invalid (the message says which and why).
        """
        return Preferences(self.user_name.text().strip(), self.due_soon.value(),
                           parse_alarm_days(self.alarms.text()))

    def problems(self) -> list[str]:
        """Why the preferences cannot be saved yet, in words; empty when they can."""
        try:
            self.value()
        except ValueError as err:
            return [capitalized(str(err)) + ("" if str(err).endswith(".") else ".")]
        return []

    @Slot()
    def _revalidate(self) -> None:
        problems = self.problems()
        self.message.set_problems(problems)
        self.ok_button.setEnabled(not problems)

    @classmethod
    def ask(cls, parent: QWidget | None, current: Preferences,
            matter_name: str = "") -> Preferences | None:
        """Show the dialog and wait; the preferences chosen, or None if cancelled."""
        return cls(current, matter_name, parent)._run()


__all__ = ["DEFAULT_ALARMS", "ICS_ALARMS", "USER_NAME", "Preferences", "PreferencesDialog",
           "alarm_days_from_setting", "alarm_days_to_setting", "parse_alarm_days"]
