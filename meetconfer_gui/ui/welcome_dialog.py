"""The first-run welcome: what the app does, who the user is in the case, the demo's dates."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.ui.widgets import (
    InlineMessage,
    Severity,
    ValueDialog,
    add_row,
    fit_to_screen,
    set_tab_order,
)


@dataclass(frozen=True, slots=True)
class WelcomeChoice:
    """What the user told the welcome dialog.

    Attributes:
        perspective: Who the user is in the case.
        replay_today: Open the sample order as if it were entered today.
        user_name: The name the history records the user's changes under.
    """

    perspective: Perspective
    replay_today: bool
    user_name: str

    def __post_init__(self) -> None:
        if not self.user_name.strip():
            raise DomainError("enter your name: the history records who made each change")


def default_user_name() -> str:
    """The login name, or '' where the system cannot say."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (some containers, Windows services)
        return ""


_INTRO = (
    "meetconfer turns a court's meet-and-confer order into a checklist and a calendar. "
    "It counts each deadline under Federal Rule of Civil Procedure 6, shows how it counted, "
    "and keeps a record of your contacts, the conference and the joint statement the order "
    "asks for.\n\n"
    "It opens with a sample order from a real case (Moore v. Gipson, E.D. Cal.) so you can "
    "try it. Your own order, from any federal court: File > Import order (Ctrl+I), pasted or "
    "opened as a text or PDF file."
)
_NOT_ADVICE = (
    "This app is not legal advice and does not replace a lawyer. Check every date against "
    "the order, the Federal Rules and your court's local rules."
)

_PERSPECTIVES = (
    (Perspective.PLAINTIFF, "The &plaintiff, representing myself"),
    (Perspective.DEFENSE, "&Defense counsel or staff"),
)


class WelcomeDialog(ValueDialog[WelcomeChoice]):
    """Welcome the user and ask who they are in the case.

    Args:
        today: Today's date (named in the replay option).
        parent: The parent widget.

    Attributes:
        accepted_value: The choices, once the dialog is accepted.
    """

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to meetconfer")
        self._today = today

        title = QLabel("Welcome")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(_INTRO)
        intro.setWordWrap(True)
        self.not_advice = InlineMessage()
        self.not_advice.set_message(_NOT_ADVICE, Severity.INFO)

        who_box = QGroupBox("Who are you in the case?")
        who = QVBoxLayout(who_box)
        self.perspective_group = QButtonGroup(self)
        self.perspective_buttons: dict[Perspective, QRadioButton] = {}
        for i, (p, text) in enumerate(_PERSPECTIVES):
            button = QRadioButton(text)
            button.setAccessibleName(text.replace("&", ""))
            self.perspective_group.addButton(button, i)
            self.perspective_buttons[p] = button
            who.addWidget(button)
        who_note = QLabel("The checklist then says \"you\" for your side's duties and "
                          "\"the other side\" for theirs. You can change this later.")
        who_note.setWordWrap(True)
        who.addWidget(who_note)

        self.user_name = QLineEdit(default_user_name())
        self.user_name.setPlaceholderText("Your name")
        form = QFormLayout()
        add_row(form, "Your &name (for the history):", self.user_name, "Your name for the history")
        self.replay = QCheckBox(
            f"&Replay the sample order as if it were entered today ({long_date(today)})")
        self.replay.setAccessibleName("Replay the sample order as if it were entered today")
        self.replay.setChecked(True)
        replay_note = QLabel("The sample order is dated October 4, 2017. Replaying moves its "
                             "dates to today, so the countdown is live.")
        replay_note.setWordWrap(True)

        self.message = InlineMessage()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Open the sample order")
        self.ok_button.setAccessibleName("Open the sample order")
        # Closing the welcome still opens the sample (app.py: as the plaintiff, dated as the
        # order is): the button says so rather than "Cancel", which promises nothing opens.
        skip = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        skip.setText("Skip")
        skip.setAccessibleName("Skip: open the sample order as dated, read as the plaintiff")
        skip.setToolTip("Opens the sample order as it was dated (October 4, 2017), read as "
                        "the plaintiff. View > Read as ... changes this later.")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.not_advice)
        layout.addWidget(who_box)
        layout.addLayout(form)
        layout.addWidget(self.replay)
        layout.addWidget(replay_note)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        set_tab_order(*self.perspective_buttons.values(), self.user_name, self.replay,
                      self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))

        self.perspective_group.idToggled.connect(self._on_perspective_group_toggled)
        self.user_name.textChanged.connect(self._revalidate)
        self._revalidate()
        self.perspective_buttons[Perspective.PLAINTIFF].setFocus()
        fit_to_screen(self, 620, 0)

    def perspective(self) -> Perspective | None:
        """The perspective chosen, if any."""
        for p, button in self.perspective_buttons.items():
            if button.isChecked():
                return p
        return None

    def problems(self) -> list[str]:
        """What is still missing, in words."""
        out = []
        if self.perspective() is None:
            out.append("Choose who you are in the case.")
        if not self.user_name.text().strip():
            out.append("Enter your name: the history records who made each change.")
        return out

    def value(self) -> WelcomeChoice:
        """The choices made.

        Raises:
            DomainError: If a choice is missing.
        """
        problems = self.problems()
        perspective = self.perspective()
        if problems or perspective is None:
            raise DomainError(problems[0] if problems else "Choose who you are in the case.")
        return WelcomeChoice(perspective, self.replay.isChecked(), self.user_name.text().strip())

    @Slot()
    def _revalidate(self) -> None:
        problems = self.problems()
        p = self.perspective()
        ready = f"You chose: {p.label}." if p else ""
        # Nothing is wrong yet on a first start: say what is needed, without an error.
        self.message.set_problems(problems, ready, Severity.INFO, "To continue")
        self.ok_button.setEnabled(not problems)

    @Slot(int, bool)
    def _on_perspective_group_toggled(self, _id: int, checked: bool) -> None:  # noqa: FBT001
        if checked:
            self._revalidate()

    @classmethod
    def ask(cls, parent: QWidget | None, today: date) -> WelcomeChoice | None:
        """Show the welcome and wait.

        Args:
            parent: The window it belongs to, if any.
            today: Today's date.

        Returns:
            The choices, or None if the user closed the welcome.
        """
        return cls(today, parent)._run()


__all__ = ["WelcomeChoice", "WelcomeDialog", "default_user_name"]
