"""The checklist: a tree of stages over the order's items, wrapping one Schedule.

The model holds no logic of its own: titles, dates and statuses come from the domain's
``Schedule``. Ticking a check box does not change the model; it emits
``toggle_requested`` so the window can record the tick as an undoable command (or open the
dialog that records the facts) and then hand the model the new schedule.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

from meetconfer_gui.domain.dates import short_date
from meetconfer_gui.ui import theme, wording
from meetconfer_gui.ui.lazy import lazy

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QStandardItemModel

    from meetconfer_gui.domain import obligations as _obligations
    from meetconfer_gui.domain import schedule as _schedule
    from meetconfer_gui.domain.obligations import Stage
    from meetconfer_gui.domain.schedule import Schedule, ScheduledItem
else:  # loaded when the first schedule arrives, after the window has painted
    _obligations = lazy("meetconfer_gui.domain.obligations")
    _schedule = lazy("meetconfer_gui.domain.schedule")
    from meetconfer_gui.ui.lazy import Qt  # the Qt namespace's enums: made after the paint

# Roles as the numbers Qt defines (Qt::ItemDataRole), so that reading them does not make the
# Qt namespace's enum types before the first paint (ui/lazy.py); tests check they agree.
DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
EDIT = 2  # Qt.ItemDataRole.EditRole
USER = 0x100  # Qt.ItemDataRole.UserRole
OBLIGATION_ROLE = USER + 1
ITEM_ROLE = USER + 2
ID_ROLE = USER + 3
STAGE_ROLE = USER + 4

COL_TITLE, COL_WHO, COL_DUE, COL_STATUS = range(4)
HEADERS = ("Item", "Who acts", "Due", "Status")
_STAGE_NODE = 0  # internalId of a stage row; item rows carry their stage's index + 1

Index = QModelIndex | QPersistentModelIndex


def due_text(it: ScheduledItem) -> str:
    """The due column: the date with its weekday, or "by <target>" for an undated duty.

    A task the order gives no date says "no date", so an empty cell never looks like a date
    the app failed to read; notices, prohibitions and warnings have none to give, nor has an
    undated task once it is done (the meet-and-confer, whose "by" date ends when it is held).
    """
    if it.due is not None:
        text = short_date(it.due)
        if it.lock is not None:
            text += " (locked)"
        return text
    if it.target is not None:
        return f"by {short_date(it.target)}"
    if it.status in (_schedule.Status.DONE, _schedule.Status.NOT_APPLICABLE):
        return ""  # nothing left to date: the status column says when it was done
    if it.obligation.rules:
        return "not dated yet"  # its clock waits for an event (a hearing's date)
    if it.obligation.kind.is_task:
        return "no date"
    return ""


def status_text(it: ScheduledItem) -> str:
    """The status column: the status in words; the kind for notices and warnings."""
    kind = it.obligation.kind
    if not kind.is_task:
        if it.status is _schedule.Status.NOT_APPLICABLE:
            return f"{kind.label} (not applicable)"
        if it.completion is not None:
            return f"{kind.label}: recorded {short_date(it.completion.on)}"
        return kind.label
    if it.status is _schedule.Status.DONE and it.completion is not None:
        return f"Done {short_date(it.completion.on)}"
    return it.status.label


def status_key(it: ScheduledItem) -> str:
    """The colour and icon name of an item: its kind for notices, else its status."""
    kind = it.obligation.kind
    if not kind.is_task and it.status is not _schedule.Status.NOT_APPLICABLE:
        return kind.value
    return it.status.value


def header_model(parent: QObject) -> QStandardItemModel:
    """The checklist's column titles as a model of their own, for its ``QHeaderView``.

    A ``QStandardItemModel`` answers the header's questions in C++, so the header paints
    without calling ``ChecklistModel.headerData`` (which would make PySide6 create the Qt
    namespace's enum types for its ``orientation`` argument before the first paint:
    ui/lazy.py). The columns never change, so the two models always agree.
    """
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(0, len(HEADERS), parent)
    model.setHorizontalHeaderLabels(list(HEADERS))
    return model


def _bold_font() -> QFont:
    """The application's font, bold (QFont imported on first use: start-up time)."""
    from PySide6.QtGui import QFont

    font = QFont()
    font.setBold(True)
    return font


class ChecklistModel(QAbstractItemModel):
    """Stages over items; every item row returns its ScheduledItem under ITEM_ROLE."""

    toggle_requested = Signal(str, bool)  # obligation id, checked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._schedule: Schedule | None = None
        self._stages: list[Stage] = []
        self._rows: list[list[ScheduledItem]] = []
        self._filing = wording.DEFAULT_FILING  # the order's name for its joint paper

    # --- the domain side -------------------------------------------------------------
    @property
    def schedule(self) -> Schedule | None:
        """The schedule shown."""
        return self._schedule

    def set_schedule(self, schedule: Schedule) -> None:
        """Show a new schedule: update rows in place when the items are the same."""
        stages: list[Stage] = []
        rows: list[list[ScheduledItem]] = []
        for stage in _obligations.Stage:
            items = [it for it in schedule.items if it.obligation.stage is stage]
            if items:
                stages.append(stage)
                rows.append(items)
        filing = wording.filing_name(schedule.matter)
        renamed, self._filing = filing != self._filing, filing
        same = not renamed and stages == self._stages and [[it.id for it in r] for r in rows] == [
            [it.id for it in r] for r in self._rows]
        if not same:
            self.beginResetModel()
            self._schedule, self._stages, self._rows = schedule, stages, rows
            self.endResetModel()
            return
        self._schedule, self._rows = schedule, rows
        last = len(HEADERS) - 1
        for s, items in enumerate(rows):
            parent = self.index(s, 0)
            self.dataChanged.emit(self.index(s, 0), self.index(s, last))
            if items:
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(items) - 1, last, parent))

    def item(self, index: Index) -> ScheduledItem | None:
        """The item of a row, or None for a stage row."""
        if not index.isValid() or index.internalId() == _STAGE_NODE:
            return None
        return self._rows[index.internalId() - 1][index.row()]

    def index_of(self, obligation_id: str, column: int = 0) -> QModelIndex:
        """The index of an item's row."""
        for s, items in enumerate(self._rows):
            for r, it in enumerate(items):
                if it.id == obligation_id:
                    return self.index(r, column, self.index(s, 0))
        return QModelIndex()

    def stage_index(self, stage: Stage) -> QModelIndex:
        """The index of a stage row."""
        if stage in self._stages:
            return self.index(self._stages.index(stage), 0)
        return QModelIndex()

    # --- QAbstractItemModel ------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Override QAbstractItemModel.index."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _STAGE_NODE)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Override QAbstractItemModel.parent."""
        if not child.isValid() or child.internalId() == _STAGE_NODE:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _STAGE_NODE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        if not parent.isValid():
            return len(self._stages)
        if parent.internalId() == _STAGE_NODE and parent.column() == 0:
            return len(self._rows[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> object:
        """Override QAbstractItemModel.headerData."""
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(HEADERS) and role in (
                DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Override QAbstractItemModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        it = self.item(index)
        if it is None:
            return flags
        if index.column() == COL_TITLE and it.obligation.kind.is_task:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = DISPLAY) -> object:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or self._schedule is None:
            return None
        it = self.item(index)
        if it is None:
            return self._stage_data(index, role)
        col = index.column()
        if role == ITEM_ROLE:
            return it
        if role == OBLIGATION_ROLE:
            return it.obligation
        if role == ID_ROLE:
            return it.id
        if role == STAGE_ROLE:
            return it.obligation.stage.value
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(it, col, accessible=role != DISPLAY)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(it, col)
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_TITLE:
            if not it.obligation.kind.is_task:
                return None
            done = it.status is _schedule.Status.DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            if col == COL_STATUS:
                return theme.icon(status_key(it))
            if col == COL_TITLE and not it.obligation.kind.is_task:
                return theme.icon(it.obligation.kind.value)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_STATUS, COL_DUE):
            urgent = (_schedule.Status.OVERDUE, _schedule.Status.DUE_SOON)
            if col == COL_DUE and it.status not in urgent:
                return None
            return theme.colour(status_key(it))
        if role == Qt.ItemDataRole.FontRole and col == COL_STATUS and it.status in (
                _schedule.Status.OVERDUE, _schedule.Status.DUE_SOON):
            return _bold_font()
        return None

    def setData(self, index: Index, value: object,
                role: int = EDIT) -> bool:
        """Override QAbstractItemModel.setData: a tick asks the window to record it."""
        it = self.item(index)
        if (it is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_TITLE
                or not it.obligation.kind.is_task):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        checked = state == Qt.CheckState.Checked.value
        self.toggle_requested.emit(it.id, checked)
        return True

    # --- helpers -----------------------------------------------------------------------
    def _stage_data(self, index: Index, role: int) -> object:
        stage = self._stages[index.row()]
        if role == STAGE_ROLE:
            return stage.value
        if index.column() != COL_TITLE:
            return None
        if role in (DISPLAY, Qt.ItemDataRole.AccessibleTextRole):
            items = self._rows[index.row()]
            tasks = [it for it in items if it.obligation.kind.is_task
                     and it.status is not _schedule.Status.NOT_APPLICABLE]
            done = sum(it.status is _schedule.Status.DONE for it in tasks)
            label = wording.stage_label(stage, self._filing, self._stages)
            return f"{label} ({done} of {len(tasks)} done)" if tasks else label
        if role == Qt.ItemDataRole.FontRole:
            return _bold_font()
        return None

    def _text(self, it: ScheduledItem, col: int, *, accessible: bool) -> str:
        assert self._schedule is not None  # noqa: S101 - data() checked it
        persp = self._schedule.matter.perspective
        ob = it.obligation
        if col == COL_TITLE:
            title = ob.title_for(persp)
            if accessible:
                return f"{title}. {status_text(it)}. {due_text(it)}"
            return title
        if col == COL_WHO:
            return wording.who_text(ob.who, persp, self._filing)
        if col == COL_DUE:
            return due_text(it)
        return status_text(it)

    def _tooltip(self, it: ScheduledItem, col: int) -> str:
        ob = it.obligation
        if col == COL_DUE:
            if it.why:
                return it.why
            if it.due and it.result:
                return it.result.explanation()
            if it.target and ob.linked_to:
                return "This step has no date of its own: do it before the date shown."
            if it.date_shown is None and it.clocks:
                return _waiting(it)
            if ob.kind.is_task and it.date_shown is None:
                return ("The order gives this step no date. If the court sets one, Edit > "
                        "Change how this item is dated adds it.")
            return ""
        if col == COL_STATUS:
            if it.completion is not None:
                by = f" by {it.completion.by}" if it.completion.by else ""
                note = f" ({it.completion.note})" if it.completion.note else ""
                return f"Done on {short_date(it.completion.on)}{by}{note}"
            if not ob.kind.is_task:
                return f"{ob.kind.label}: nothing to tick off."
            return it.status.label
        text = ob.title_for(self._schedule.matter.perspective) if self._schedule else ob.title
        if ob.kind is _obligations.Kind.DEADLINE and ob.needs_record:
            text += "\nTicking it opens a dialog to record what happened."
        return text


def _waiting(it: ScheduledItem) -> str:
    """Why a dated item has no date yet, and how to give it one."""
    basis = "; ".join(dict.fromkeys(c.basis for c in it.clocks if c.basis)) or "its trigger"
    return (f"Not dated yet: {basis}. When you know the date, choose Edit > Change how this "
            "item is dated.")


def days_left_text(it: ScheduledItem, today: date) -> str:
    """"3 days left" / "due today" / "2 days overdue" for an open dated item, else ''."""
    left = it.days_left(today)
    if left is None or it.status in (_schedule.Status.DONE, _schedule.Status.NOT_APPLICABLE):
        return ""
    if left < 0:
        return f"{-left} day{'s' if left != -1 else ''} overdue"
    if left == 0:
        return "due today"
    return f"{left} day{'s' if left != 1 else ''} left"
