"""Small widgets the dialogs share: dates, messages, list editors, value-returning dialogs.

Qt types stop here: a :class:`DateEdit` hands out ``datetime.date`` and a
:class:`DraftModel` holds plain Python rows, so the dialogs talk to the domain in its own
types (STYLE.md section 2).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from itertools import pairwise
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import WEEKDAYS, long_date, short_date
from meetconfer_gui.domain.errors import DomainError

T = TypeVar("T")

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

FIRST_DAY = date(1971, 1, 1)  # calendars.FIRST_YEAR: the court calendars start here
LAST_DAY = date(2199, 12, 31)  # calendars.LAST_YEAR


# --- dates ---------------------------------------------------------------------------------
def to_date(value: QDate) -> date:
    """Convert a ``QDate`` to a ``date`` (the boundary of STYLE.md section 2)."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    """Convert a ``date`` to a ``QDate``."""
    return QDate(value.year, value.month, value.day)


def clamp(day: date, first: date, last: date) -> date:
    """Return ``day`` moved into ``first..last`` (``first`` wins if the range is empty)."""
    return max(first, min(day, last)) if first <= last else first


def clock_text(at: datetime, *, seconds: bool = False) -> str:
    """A time of day as the window writes it: "8:37 a.m." (with ``seconds``: "8:37:05 a.m.")."""
    hour = at.hour % 12 or 12
    secs = f":{at.second:02d}" if seconds else ""
    return f"{hour}:{at.minute:02d}{secs} {'a.m.' if at.hour < 12 else 'p.m.'}"


def moment_text(at: datetime, *, seconds: bool = False) -> str:
    """A date and time in words, as tables show them: "Mon Nov 30, 2026, 8:37 a.m."."""
    return f"{short_date(at.date())}, {clock_text(at, seconds=seconds)}"


class DateEdit(QDateEdit):
    """A date field with a calendar pop-up that reads and writes ``datetime.date``.

    The field shows ``YYYY-MM-DD`` (typed section by section, the same in every locale);
    the weekday is shown beside it by :func:`with_weekday` and read out through the
    accessible description.

    Args:
        value: The date shown first.
        name: The accessible name ("Date of the session").
        parent: The parent widget.
    """

    value_changed = Signal(object)  # the new datetime.date
    warning_changed = Signal(str)  # typing the field did not take, in words ('' once cleared)

    #: Keys that move between the date's parts rather than enter a digit.
    _SEPARATORS = frozenset("-/. ")

    def __init__(self, value: date, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDateRange(to_qdate(FIRST_DAY), to_qdate(LAST_DAY))
        cal = self.calendarWidget()
        cal.setFirstDayOfWeek(Qt.DayOfWeek.Sunday)  # as U.S. court calendars print it
        cal.setGridVisible(True)
        cal.setAccessibleName(f"{name}: calendar")
        from meetconfer_gui.ui.calendar_view import label_calendar_parts

        label_calendar_parts(cal)
        self.setAccessibleName(name)
        self.setToolTip("Type the date as year-month-day, or press Alt+Down for a calendar")
        # Keys typed that the field refused ("2017-02-30": the "0"): Qt drops them without a
        # word and keeps another date (February 3). Said beside the field until the next edit.
        self._rejected = ""
        self._typing = False  # the last key typed a character (a run of typing goes on)
        self.dateChanged.connect(self._on_self_date_changed)
        self.set_value(value)
        self._on_self_date_changed(self.date())

    def value(self) -> date:
        """The date shown."""
        return to_date(self.date())

    def set_value(self, value: date) -> None:
        """Show a date."""
        self._set_rejected("")
        self.setDate(to_qdate(clamp(value, FIRST_DAY, LAST_DAY)))

    def warning(self) -> str:
        """Why the date shown may not be the one typed, in words; '' when nothing was refused."""
        if not self._rejected:
            return ""
        return (f"\u26a0 Not a date as typed: \u201c{self._rejected}\u201d was not taken, so "
                f"the date reads {long_date(self.value())}. Check it, or type it again as "
                "year-month-day.")

    def _set_rejected(self, text: str) -> None:
        if text == self._rejected:
            return
        self._rejected = text
        self._describe()
        self.warning_changed.emit(self.warning())

    def _describe(self) -> None:
        self.setAccessibleDescription(" ".join(
            p for p in (long_date(self.value()), self.warning()) if p))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QDateEdit.keyPressEvent: note a typed character the field refused.

        Refused: a letter or sign that is no part of a date, or a digit typed at the end of a
        part (a day or month already whole) that changed nothing. A digit at the start of the
        year can change nothing visible and still be taken, so it is not counted. Typing from
        the start again clears what was noted.
        """
        edit = self.lineEdit()
        before = (edit.text(), edit.cursorPosition(), edit.selectedText())
        typed = event.text()
        printable = bool(typed) and typed.isprintable() and not (
            event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier)
        if not self._typing and (before[1] == 0 or before[2] == before[0]):
            self._rejected = ""  # typing from the start: what went before no longer counts
        self._typing = printable
        super().keyPressEvent(event)
        if not printable or typed in self._SEPARATORS:
            return
        text, pos = edit.text(), edit.cursorPosition()
        unchanged = (text, pos, edit.selectedText()) == before
        at_part_end = pos >= len(text) or text[pos] in self._SEPARATORS
        if not typed.isdigit() or (unchanged and at_part_end):
            self._set_rejected(self._rejected + typed)
        else:
            self._describe()
            self.warning_changed.emit(self.warning())  # "" once typing from the start

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QDateEdit.focusInEvent: a new edit starts with no refused keys.

        Not when focus comes back from the calendar pop-up: that is the same edit.
        """
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._set_rejected("")
        super().focusInEvent(event)

    @Slot(QDate)
    def _on_self_date_changed(self, value: QDate) -> None:
        day = to_date(value)
        self._describe()
        self.value_changed.emit(day)
        if self._rejected:
            self.warning_changed.emit(self.warning())  # it names the date now shown


class NumberEdit(QSpinBox):
    """A whole-number field where 0 reads as ``special`` ("not known").

    Clicking into the field while it shows the special text selects it, so typing replaces
    it rather than being appended to it.

    Args:
        value: The number shown (None or 0: the special text).
        special: What 0 reads as.
        maximum: The largest number.
        parent: The parent widget.
    """

    def __init__(self, value: int | None, special: str = "not known",
                 maximum: int = 999_999, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText(special)
        self.setValue(value or 0)

    def number(self) -> int | None:
        """The number, or None while the field shows the special text."""
        return self.value() or None

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QSpinBox.focusInEvent: select the special text to type over it."""
        super().focusInEvent(event)
        if self.value() == self.minimum():
            QTimer.singleShot(0, self.selectAll)  # after the click has placed the cursor


class _FollowEnabled(QObject):
    """Keeps a label enabled exactly when the field it describes is (an event filter)."""

    def __init__(self, label: QLabel, field: QWidget) -> None:
        super().__init__(field)
        self._label = label

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: follow the field's EnabledChange."""
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            self._label.setEnabled(watched.isEnabled())
        return False


def with_weekday(edit: DateEdit) -> QWidget:
    """Return ``edit`` in a row with its weekday written beside it ("Friday").

    Under the row, a line says so when keys typed into the date were not taken
    (``DateEdit.warning``). A label for the row must take ``edit`` as its buddy
    (``add_row(..., buddy=edit)``).
    """
    box = QWidget()
    outer = QVBoxLayout(box)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(2)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    outer.addLayout(row)
    row.addWidget(edit)
    weekday = QLabel()
    weekday.setObjectName("weekday")
    # The widest weekday, so the row does not jump when the date changes.
    weekday.setMinimumWidth(weekday.fontMetrics().horizontalAdvance("Wednesday") + 4)

    def show(day: object) -> None:
        if isinstance(day, date):
            weekday.setText(WEEKDAYS[day.weekday()])

    edit.value_changed.connect(show)
    show(edit.value())
    weekday.setEnabled(edit.isEnabled())
    edit.installEventFilter(_FollowEnabled(weekday, edit))  # greyed out with a disabled date
    row.addWidget(weekday)
    row.addStretch(1)
    warning = QLabel()
    warning.setObjectName("dateWarning")
    warning.setWordWrap(True)
    warning.hide()

    def warn(text: str) -> None:
        warning.setText(text)
        warning.setVisible(bool(text))

    edit.warning_changed.connect(warn)
    outer.addWidget(warning)
    # No focus proxy on the box: a box that forwards focus stays where it was made in the Tab
    # chain when set_tab_order moves the date, and Tab then jumped back to the date from the
    # end of the dialog, round and round its last fields. Labels name the date as buddy.
    return box


# --- form helpers -------------------------------------------------------------------------
def add_row(form: QFormLayout, text: str, field: QWidget, name: str = "",
            buddy: QWidget | None = None) -> QLabel:
    """Add a labelled row to a form: the label is the field's buddy and names it.

    Args:
        form: The form layout.
        text: The label, with ``&`` before its mnemonic letter.
        field: The widget (or a box holding it).
        name: The accessible name; by default the label without ``&`` and ``:``.
        buddy: The widget the label focuses, when ``field`` is a box around it.

    Returns:
        The label.
    """
    label = QLabel(text)
    target = buddy or field
    label.setBuddy(target)
    target.setAccessibleName(name or text.replace("&", "").rstrip(":"))
    form.addRow(label, field)
    return label


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen a widget is on or opens on: its parent's (a dialog opens over it), or the first.

    Never ``widget.screen()``: PySide6 ties the ``QScreen`` that returns to the widget's Python
    wrapper, and when a dialog's wrapper is collected in a reference cycle (a dialog that
    connects its own methods is one) the ``QScreen`` itself is deleted: the next widget to ask
    for its screen crashes, often in a later dialog's constructor. The static
    ``QGuiApplication`` calls hand out the screen without tying it to anything.
    """
    anchor = widget.parentWidget() or widget
    centre = anchor.mapToGlobal(anchor.rect().center())
    return QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Size a dialog to ``width`` x ``height`` (or its size hint, if larger), within the screen.

    At 150% scaling a 1920x1080 screen is 1280x720 logical pixels: a dialog is never made
    taller or wider than the screen leaves room for, nor smaller than its layout needs.
    """
    hint = widget.sizeHint()
    want = QSize(max(hint.width(), width), max(hint.height(), height))
    screen = screen_of(widget)
    room = None
    if screen is not None:
        room = screen.availableGeometry().size()
        # Leave room for the window frame and title bar the window manager adds.
        want = want.boundedTo(QSize(room.width() - 16, room.height() - 48))
    lay = widget.layout()
    if lay is not None and lay.hasHeightForWidth():
        # The hint's height is taken at the hint's (narrower) width, where wrapped labels
        # need more lines: at the width chosen they need fewer, and the difference was an
        # empty band above the buttons (Preferences).
        need = lay.totalHeightForWidth(want.width())
        if need > 0:
            want.setHeight(max(need, height))
            if room is not None:
                want.setHeight(min(want.height(), room.height() - 48))
    widget.resize(want.expandedTo(widget.minimumSizeHint()))


def save_cancel_buttons(dialog: QDialog, accessible_name: str = ""
                        ) -> tuple[QDialogButtonBox, QPushButton]:
    """A dialog's Save and Cancel buttons, wired to its accept and reject; (bar, Save)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText("Save")
    if accessible_name:
        ok.setAccessibleName(accessible_name)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def set_tab_order(*widgets: QWidget) -> None:
    """Make Tab visit ``widgets`` in the order given."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def tab_to_checked(*buttons: QAbstractButton) -> None:
    """Make Tab stop at the checked one of a group of radio buttons (the first, if none is).

    Qt leaves the group's Tab stop on the button focused last, or on the first in the chain:
    a keyboard user then lands on "No date of its own" while "A period" is the choice. Arrow
    keys still move within the group.
    """

    def update() -> None:
        stop = next((b for b in buttons if b.isChecked()), buttons[0])
        for b in buttons:
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus if b is stop
                             else Qt.FocusPolicy.ClickFocus)

    for b in buttons:
        b.toggled.connect(update)
    update()


def capitalized(message: str) -> str:
    """Return a domain message as a sentence (the domain writes them in lower case)."""
    return message[:1].upper() + message[1:] if message[:1].isalpha() else message


# --- inline messages -----------------------------------------------------------------------
class Severity(StrEnum):
    """What an inline message is: never shown by colour alone (an icon and a heading too)."""

    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_HEADINGS = {Severity.OK: "Ready", Severity.INFO: "Note", Severity.WARNING: "Warning",
             Severity.ERROR: "Not ready to save"}
_ICONS = {Severity.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
          Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
          Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical}
# Translucent tints over the window colour, so the text (the palette's own) stays readable
# in a light and a dark palette alike.
_TINTS = {Severity.OK: None, Severity.INFO: (40, 120, 220),
          Severity.WARNING: (230, 160, 0), Severity.ERROR: (220, 40, 40)}


class InlineMessage(QFrame):
    """A message shown in place: an icon, a heading ("Not ready to save") and the text.

    Args:
        parent: The parent widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineMessage")
        self._severity = Severity.OK
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._heading = QLabel()
        font = self._heading.font()
        font.setBold(True)
        self._heading.setFont(font)
        self._heading.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel()
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addWidget(self._icon)
        row.addWidget(self._heading)
        row.addWidget(self._text, 1)
        self.set_message("", Severity.OK)

    def severity(self) -> Severity:
        """The kind of message shown."""
        return self._severity

    def text(self) -> str:
        """The message text shown (without the heading)."""
        return self._text.text()

    def heading(self) -> str:
        """The heading shown ("Warning")."""
        return self._heading.text().rstrip(":")

    def set_message(self, text: str, severity: Severity = Severity.ERROR,
                    heading: str = "") -> None:
        """Show a message under a heading (by default the severity's); '' hides the frame."""
        self._severity = severity
        heading = heading or _HEADINGS[severity]
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(_ICONS[severity]).pixmap(size, size))
        self._heading.setText(heading + ":")
        self._text.setText(text)
        tint = _TINTS[severity]
        if tint is None:
            self.setStyleSheet("")
            self.setFrameShape(QFrame.Shape.NoFrame)
        else:
            r, g, b = tint
            self.setStyleSheet(
                f"QFrame#inlineMessage {{ background-color: rgba({r}, {g}, {b}, 40);"
                f" border: 1px solid rgba({r}, {g}, {b}, 200); border-radius: 4px; }}")
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))

    def set_problems(self, problems: Sequence[str], ok_text: str = "",
                     severity: Severity = Severity.ERROR, heading: str = "") -> None:
        """Show the first problem (and how many more), or ``ok_text`` if there is none."""
        if not problems:
            self.set_message(ok_text, Severity.OK)
            return
        text = problems[0]
        if len(problems) > 1:
            more = len(problems) - 1
            text += f" (and {more} more {'problem' if more == 1 else 'problems'})"
        self.set_message(text, severity, heading)


# --- read-only tables of rows ------------------------------------------------------------
class RowsTableModel(QAbstractTableModel, Generic[T]):
    """A flat read-only table: ``_rows`` (one value a row) under the headings ``COLUMNS``.

    Subclasses implement ``data``; ``header_text`` may rename a heading.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def header_text(self, section: int) -> str:
        """The heading of a column."""
        return self.COLUMNS[section]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> object:
        """Override QAbstractTableModel.headerData."""
        if orientation is Qt.Orientation.Horizontal and role == DISPLAY \
                and 0 <= section < len(self.COLUMNS):
            return self.header_text(section)
        return None

    def sort_key(self, row: T, column: int) -> tuple[object, ...]:
        """What a column sorts by; subclasses sort dates by the date, not its words."""
        at = self._rows.index(row)
        return (str(self.data(self.index(at, column), DISPLAY) or "").casefold(),)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractTableModel.sort: order the rows by ``sort_key``."""
        if not 0 <= column < len(self.COLUMNS) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        keys = [self.sort_key(r, column) for r in old]
        moved = sorted(range(len(old)), key=keys.__getitem__,
                       reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = [old[i] for i in moved]
        new_row = {was: now for now, was in enumerate(moved)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(new_row[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()


# --- a table of editable rows --------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column of a :class:`DraftModel`: its heading and how a row reads in it."""

    header: str
    text: Callable[[T], str]
    stretch: bool = False
    tip: Callable[[T], str] | None = None  # a longer text for the tooltip


class DraftModel(QAbstractTableModel, Generic[T]):
    """A flat table over rows the dialog edits (drafts, not yet domain values).

    Args:
        columns: The columns.
        rows: The first rows.
        parent: The Qt parent.
    """

    def __init__(self, columns: Sequence[Column[T]], rows: Iterable[T] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows: list[T] = list(rows)

    def columns(self) -> tuple[Column[T], ...]:
        """The columns."""
        return self._columns

    def rows(self) -> list[T]:
        """The rows, in order (a new list)."""
        return list(self._rows)

    def row(self, row: int) -> T:
        """One row."""
        return self._rows[row]

    def append(self, value: T) -> int:
        """Add a row at the end; return its number."""
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(value)
        self.endInsertRows()
        return n

    def replace(self, row: int, value: T) -> None:
        """Put a new value in a row."""
        self._rows[row] = value
        self.refresh(row)

    def remove(self, row: int) -> None:
        """Remove a row."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def refresh(self, row: int | None = None) -> None:
        """Say that a row (or every row) has changed."""
        if not self._rows:
            return
        first, last = (0, len(self._rows) - 1) if row is None else (row, row)
        self.dataChanged.emit(self.index(first, 0),
                              self.index(last, len(self._columns) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> object:
        """Override QAbstractTableModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        if role == ROW_ROLE:
            return value
        column = self._columns[index.column()]
        if role in (DISPLAY, ACCESSIBLE):
            return column.text(value)
        if role == TOOLTIP:
            return column.tip(value) if column.tip else column.text(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> object:
        """Override QAbstractTableModel.headerData."""
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
            return None
        return str(section + 1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Override QAbstractTableModel.flags: rows are edited in the form beside the table."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def make_table(model: QAbstractTableModel, name: str, stretch: Sequence[int] = ()) -> QTableView:
    """Return a read-only, row-selecting table view that Tab leaves rather than walks."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab moves to the next control, arrows move in the table
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)  # the font's, at any scale
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    for col in stretch:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    if not stretch:
        header.setStretchLastSection(True)
    # ResizeToContents measures once; measure again whenever the rows change.
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
        signal.connect(header.resizeSections)
    return view


class ListEditor(QWidget, Generic[T]):
    """A table of rows with Add and Remove buttons; a form elsewhere edits the current row.

    Args:
        model: The rows.
        noun: What a row is, for the buttons and messages ("session").
        new_row: Makes the row that Add appends.
        stretch: Columns that take the spare width.
        parent: The parent widget.
    """

    current_changed = Signal(int)  # the selected row, or -1
    rows_changed = Signal()  # a row was added or removed

    def __init__(self, model: DraftModel[T], noun: str, new_row: Callable[[], T],
                 stretch: Sequence[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: DraftModel[T] = model
        self._new_row = new_row
        self._noun = noun
        self.focus_after_add: QWidget | None = None
        self.table = make_table(model, f"{noun.capitalize()}s", stretch)
        self.empty_label = QLabel(f"No {noun}s yet.")
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton(f"Add {noun}")
        self.add_button.setAccessibleName(f"Add {noun}")
        self.remove_button = QPushButton(f"Remove {noun}")
        self.remove_button.setAccessibleName(f"Remove the selected {noun}")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty_label)
        box.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        model.rowsInserted.connect(self._update_state)
        model.rowsRemoved.connect(self._update_state)
        model.modelReset.connect(self._update_state)
        self._update_state()

    def model(self) -> DraftModel[T]:
        """The rows."""
        return self._model

    def current_row(self) -> int:
        """The selected row, or -1."""
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        """Make a row current and selected (-1 clears the selection)."""
        sel = self.table.selectionModel()
        if row < 0 or row >= self._model.rowCount():
            sel.clearCurrentIndex()
            sel.clearSelection()
            self.current_changed.emit(-1)
            return
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        sel.setCurrentIndex(self._model.index(row, 0), flags)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        row = self._model.append(self._new_row())
        self.select(row)
        self.rows_changed.emit()
        if self.focus_after_add is not None:
            self.focus_after_add.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self._model.remove(row)
        self.select(min(row, self._model.rowCount() - 1))
        self.rows_changed.emit()
        if self._model.rowCount() == 0:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_state()
        self.current_changed.emit(current.row() if current.isValid() else -1)

    @Slot()
    def _update_state(self) -> None:
        empty = self._model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.remove_button.setEnabled(self.current_row() >= 0)


# --- dialogs that return a value object ----------------------------------------------------
class ValueDialog(QDialog, Generic[T]):
    """A dialog whose OK builds a domain value (STYLE.md section 6).

    A subclass builds its form, sets ``message`` (and ``ok_button``), and implements
    :meth:`value`; its ``ask`` classmethod returns ``cls(...)._run()``.

    Args:
        parent: The parent widget.

    Attributes:
        accepted_value: The value built, once the dialog is accepted.
    """

    message: InlineMessage
    ok_button: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accepted_value: T | None = None

    def problems(self) -> list[str]:
        """Why the value cannot be built yet, in words; empty when it can."""
        return []

    def _build(self) -> T:
        """Build the value (called once ``problems()`` is empty)."""
        raise NotImplementedError

    def value(self) -> T:
        """The value entered.

        Raises:
            DomainError: While an entry is invalid, with the first problem (what and why).
        """
        problems = self.problems()
        if problems:
            raise DomainError(problems[0])
        return self._build()

    def accept(self) -> None:
        """Override QDialog.accept: close only with a valid value, else say why and stay open."""
        try:
            self.accepted_value = self.value()
        except ValueError as err:
            self._show_error(err)
            return
        super().accept()

    def _show_error(self, err: ValueError) -> None:
        """Say inline why the value could not be built, with OK disabled until an edit."""
        self.message.set_message(capitalized(str(err)), Severity.ERROR)
        self.ok_button.setEnabled(False)

    def _run(self) -> T | None:
        """Show the dialog modally; the value saved, or None if cancelled."""
        try:
            if self.exec() == QDialog.DialogCode.Accepted:
                return self.accepted_value
            return None
        finally:
            self.deleteLater()
