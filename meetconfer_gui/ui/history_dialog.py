"""A matter's history: who did what and when, per item or for the whole matter, and CSV.

The entries are the store's append-only history; this dialog only reads them.
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.storage.base import HistoryEntry, Repository, StoreError
from meetconfer_gui.ui.widgets import (
    InlineMessage,
    RowsTableModel,
    Severity,
    clock_text,
    moment_text,
    set_tab_order,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

#: The filter value for entries about the matter as a whole (no item).
MATTER_ONLY = "\x00matter"

ACTION_LABELS = {"tick": "Ticked", "untick": "Marked open again", "edit": "Edited",
                 "create": "Created", "delete": "Deleted", "restore": "Restored",
                 "import": "Imported", "contact": "Contact log", "conference": "Conference",
                 "note": "Note"}


class HistoryModel(RowsTableModel[HistoryEntry]):
    """History entries (``HistoryEntry`` under ``ENTRY_ROLE``), oldest first."""

    COLUMNS = ("Time", "User", "Action", "Item", "Detail")

    def __init__(self, titles: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = titles

    def set_rows(self, rows: list[HistoryEntry]) -> None:
        """Show these entries."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry:
        """The entry on a row."""
        return self._rows[row]

    def item_text(self, entry: HistoryEntry) -> str:
        """The item an entry is about, in words ("" for the matter itself)."""
        if entry.obligation is None:
            return ""
        return self._titles.get(entry.obligation, entry.obligation)

    def row_values(self, entry: HistoryEntry) -> tuple[str, str, str, str, str]:
        """The five columns of an entry as the table shows them (the CSV writes ISO times)."""
        return (moment_text(entry.at, seconds=True), entry.user,
                ACTION_LABELS.get(entry.action, entry.action), self.item_text(entry),
                entry.detail)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> object:
        """Override QAbstractTableModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == ENTRY_ROLE:
            return e
        col = index.column()
        if role in (DISPLAY, ACCESSIBLE, TOOLTIP) and 0 <= col < len(self.COLUMNS):
            if role == TOOLTIP:
                return long_date(e.at.date()) + ", " + clock_text(e.at, seconds=True) \
                    if col == 0 else (
                    e.detail if col == 4 and e.detail else None)
            value = self.row_values(e)[col]
            # An empty cell reads as nothing at all: say the entry is about the matter.
            return value or ("(the matter itself)" if col == 3 else value)
        return None


class HistoryDialog(QDialog):
    """Who did what and when in a matter, filterable per item, exportable as CSV.

    Args:
        repo: The store.
        matter_id: The matter.
        obligation_id: Show only this item's entries at first (None: all).
        parent: The parent widget.
    """

    def __init__(self, repo: Repository, matter_id: str, obligation_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.matter_id = matter_id
        self.message = InlineMessage()
        self._entries: list[HistoryEntry] = []
        titles: dict[str, str] = {}
        matter_name = f"matter {matter_id}"
        try:
            matter = repo.get(matter_id)
            titles = {o.id: o.title_for(matter.perspective) for o in matter.obligations}
            matter_name = matter.name
        except (StoreError, DomainError):  # a deleted matter's history is still shown
            pass
        try:
            self._entries = repo.history(matter_id)
        except StoreError as err:
            self.message.set_message(str(err), Severity.ERROR, "Cannot read the history")
        self.setWindowTitle(f"History of {matter_name}")

        self.model = HistoryModel(titles, self)
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show the history of")
        self.filter.addItem("Every item and the matter", None)
        self.filter.addItem("The matter itself (no item)", MATTER_ONLY)
        seen = list(dict.fromkeys(e.obligation for e in self._entries if e.obligation))
        if obligation_id and obligation_id not in seen:
            seen.append(obligation_id)
        for oid in seen:
            self.filter.addItem(titles.get(oid, oid), oid)
        filter_label = QLabel("&Show:")
        filter_label.setBuddy(self.filter)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("History entries, oldest first")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.count_label = QLabel()

        self.export_button = QPushButton("&Export CSV...")
        self.export_button.setAccessibleName("Export the entries shown as a CSV file")
        self.export_button.clicked.connect(self._on_export_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            "Close the history")

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter, 1)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.message)
        root.addWidget(self.table, 1)
        root.addWidget(self.count_label)
        root.addWidget(buttons)

        self.filter.currentIndexChanged.connect(self._on_filter_current_index_changed)
        start = self.filter.findData(obligation_id) if obligation_id else 0
        self.filter.setCurrentIndex(max(start, 0))
        self._apply_filter()
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        set_tab_order(self.filter, self.table, self.export_button, close)  # as shown
        close.setDefault(True)  # Enter closes; exporting is a choice, not the default
        self.resize(820, 420)

    def shown(self) -> list[HistoryEntry]:
        """The entries the table shows."""
        return [self.model.entry(r) for r in range(self.model.rowCount())]

    def set_filter(self, obligation_id: str | None) -> None:
        """Show one item's entries (``MATTER_ONLY``: the matter's own; None: all)."""
        index = self.filter.findData(obligation_id) if obligation_id else 0
        self.filter.setCurrentIndex(max(index, 0))

    @Slot(int)
    def _on_filter_current_index_changed(self, _index: int) -> None:
        self._apply_filter()

    def _apply_filter(self) -> None:
        want = self.filter.currentData()
        if want is None:
            rows = self._entries
        elif want == MATTER_ONLY:
            rows = [e for e in self._entries if e.obligation is None]
        else:
            rows = [e for e in self._entries if e.obligation == want]
        self.model.set_rows(rows)
        self.count_label.setText(f"{len(rows)} entr{'y' if len(rows) == 1 else 'ies'} shown "
                                 f"of {len(self._entries)}.")
        self.export_button.setEnabled(bool(rows))

    def export_csv(self, path: Path) -> None:
        """Write the entries shown to a CSV file (UTF-8 with a BOM, for spreadsheets).

        Args:
            path: The file.

        Raises:
            OSError: It cannot be written.
        """
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["time", "user", "action", "item id", "item", "detail"])
            for e in self.shown():
                _, user, _, item, detail = self.model.row_values(e)
                writer.writerow([e.at.isoformat(timespec="seconds"), user, e.action,
                                 e.obligation or "", item, detail])

    @Slot()
    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export history",
                                              str(Path.home() / "meetconfer-history.csv"),
                                              "CSV files (*.csv)")
        if not path:
            return
        try:
            self.export_csv(Path(path))
        except OSError as err:
            self.message.set_message(f"Could not write {path} ({err.strerror or err}): choose "
                                     "another folder.", Severity.ERROR, "Not exported")
            return
        self.message.set_message(f"Saved {len(self.shown())} entries to {path}.",
                                 Severity.INFO, "Exported")
