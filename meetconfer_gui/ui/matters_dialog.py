"""The matter list: every matter, searchable, soonest deadline first, and an agenda.

``MattersDialog.ask(parent, repo, today)`` returns the id of the matter to open, or None.
Creating, renaming, archiving and deleting happen here, each saved at once; a deletion asks
for confirmation in place and can be undone from the bar that follows it (the matter comes
back under its own id, with its history).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import long_date, short_date
from meetconfer_gui.domain.matter import Matter, Order
from meetconfer_gui.domain.sample import sample_matter, sample_obligations
from meetconfer_gui.storage.agenda import AgendaEntry, Urgency, agenda
from meetconfer_gui.storage.base import (
    ConflictError,
    MatterSummary,
    Repository,
    StoreError,
    sort_by_next_due,
)
from meetconfer_gui.ui.widgets import (
    InlineMessage,
    RowsTableModel,
    Severity,
    clock_text,
    fit_to_screen,
    moment_text,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

OPEN_MARK = "Open now"
#: The next-deadline cell of a matter with no dated step open: not "nothing due", since an
#: order may set no date and still leave steps to do.
NO_DATED_STEP = "no dated step open"


def blank_matter(today: date) -> Matter:
    """A new matter from the sample template with the case details left blank.

    Args:
        today: The order's date until the user sets it.

    Returns:
        The matter (its id is given by the store).
    """
    base = sample_matter()
    return replace(base, id="new", name="New matter", case_name="", case_number="", judge="",
                   motion_ecf=None, parties=(), obligations=sample_obligations(),
                   order=Order(today, "", service=()))


def _due_key(row: MatterSummary) -> tuple[object, ...]:
    """The matter list's own order: soonest deadline first, undated last, then by name."""
    return (row.next_due is None, row.next_due or date.max, row.name.casefold(), row.id)


def _days_text(due: date | None, today: date) -> str:
    if due is None:
        return NO_DATED_STEP
    left = (due - today).days
    if left < 0:
        return f"{-left} day{'s' if left != -1 else ''} overdue"
    if left == 0:
        return "due today"
    return f"in {left} day{'s' if left != 1 else ''}"


class MattersModel(RowsTableModel[MatterSummary]):
    """The matter list: one row per ``MatterSummary`` (under ``ROW_ROLE``)."""

    COLUMNS = ("", "Matter", "Case number", "Next deadline", "Last changed")

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._open_id: str | None = None

    def set_rows(self, rows: list[MatterSummary], open_id: str | None) -> None:
        """Show these rows; ``open_id`` is the matter open in the window."""
        self.beginResetModel()
        self._rows = list(rows)
        self._open_id = open_id
        self.endResetModel()

    def summary(self, row: int) -> MatterSummary:
        """The summary on a row."""
        return self._rows[row]

    def row_of(self, matter_id: str) -> int:
        """The row of a matter, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == matter_id), -1)

    def header_text(self, section: int) -> str:
        """The heading of a column (the mark column is read out as "Open")."""
        return self.COLUMNS[section] or "Open"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> object:
        """Override QAbstractTableModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == ROW_ROLE:
            return r
        col = index.column()
        if role in (DISPLAY, ACCESSIBLE):
            name = r.name + (" (archived)" if r.archived else "")
            # Dates in words, as everywhere else in the window; sort() orders by the dates.
            due = (f"{short_date(r.next_due)} ({_days_text(r.next_due, self._today)})"
                   if r.next_due else NO_DATED_STEP)
            values = (OPEN_MARK if r.id == self._open_id else "", name,
                      r.case_number, due, moment_text(r.updated))
            if role == ACCESSIBLE and col == 3 and r.next_due:
                return f"{long_date(r.next_due)}, {_days_text(r.next_due, self._today)}"
            if role == ACCESSIBLE and col == 4:
                return f"{long_date(r.updated.date())}, {clock_text(r.updated)}"
            return values[col] if 0 <= col < len(values) else None
        if role == TOOLTIP and col == 3:
            if r.next_due:
                return f"The most urgent open step is due {long_date(r.next_due)}"
            return ("No open step of this matter has a date (all are done, or the order set "
                    "none); open the matter to see any step without one.")
        if role == TOOLTIP and col == 4:
            return f"Last changed {long_date(r.updated.date())}, {clock_text(r.updated)}"
        return None

    def sort_key(self, row: MatterSummary, column: int) -> tuple[object, ...]:
        """What a column sorts by: the dates themselves, not their words."""
        if column == 0:
            return (row.id != self._open_id, *_due_key(row))
        if column == 1:
            return (row.name.casefold(), row.id)
        if column == 2:
            return (row.case_number.casefold(), row.name.casefold(), row.id)
        if column == 4:
            return (row.updated, row.id)
        return _due_key(row)


class AgendaModel(RowsTableModel[AgendaEntry]):
    """What is overdue and due this week across matters (``AgendaEntry`` under ROW_ROLE)."""

    COLUMNS = ("Due", "Status", "Matter", "Step", "Who")

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def set_rows(self, rows: list[AgendaEntry]) -> None:
        """Show these entries."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> AgendaEntry:
        """The entry on a row."""
        return self._rows[row]

    def sort_key(self, row: AgendaEntry, column: int) -> tuple[object, ...]:
        """What a column sorts by: the due date itself, not its words."""
        if column == 1:
            return (row.urgency is not Urgency.OVERDUE, row.due, row.matter_name.casefold())
        if column == 2:
            return (row.matter_name.casefold(), row.due)
        if column == 3:
            return (row.title.casefold(), row.due)
        if column == 4:
            return (row.who.casefold(), row.due)
        return (row.due, row.matter_name.casefold(), row.title.casefold())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> object:
        """Override QAbstractTableModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == ROW_ROLE:
            return e
        if role in (DISPLAY, ACCESSIBLE, TOOLTIP):
            status = f"{e.urgency.label} ({_days_text(e.due, self._today)})"
            due = short_date(e.due) if role == DISPLAY else long_date(e.due)
            values = (due, status, e.matter_name, e.title, e.who)
            col = index.column()
            return values[col] if 0 <= col < len(values) else None
        return None


def _table(model: QAbstractTableModel, name: str, stretch: int | None = None,
           sorted_by: int = 0) -> QTableView:
    """A read-only table; column ``stretch`` (else the last) takes the width left, elided."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:  # a long column is cut to fit (its tooltip has it whole), not scrolled sideways
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)  # one line a row: a long step ends in "..." (see its tooltip)
    view.setAlternatingRowColors(True)
    # A click on a heading sorts by that column (dates by the date, not by their words);
    # the list starts in the model's own order, shown as sorted by ``sorted_by``.
    header.setSortIndicator(sorted_by, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    return view


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    if tip:
        b.setToolTip(tip)
    return b


class MattersDialog(QDialog):
    """Pick, create, rename, archive and delete matters; see the agenda across them.

    Args:
        repo: The store.
        today: The day, for "overdue" and "this week".
        parent: The parent widget.
        current_id: The matter open in the window (default: the store's ``last_matter``).

    Attributes:
        chosen_id: The matter to open, once the dialog is accepted.
        deleted: The matters deleted here, most recent last (each can be restored).
    """

    matter_deleted = Signal(object)  # the deleted Matter
    matter_restored = Signal(object)  # the restored Matter

    def __init__(self, repo: Repository, today: date, parent: QWidget | None = None, *,
                 current_id: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Matters")
        self.repo = repo
        self.today = today
        self.chosen_id: str | None = None
        self.deleted: list[Matter] = []
        self._pending_delete: str | None = None
        self._open_id = current_id if current_id is not None else (
            self._setting("last_matter") or None)

        # --- the list ---
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by case name or number")
        self.search.setAccessibleName("Search matters by case name or number")
        self.search.setClearButtonEnabled(True)
        search_label = QLabel("&Search:")
        search_label.setBuddy(self.search)
        self.show_archived = QCheckBox("Show &archived matters")
        self.model = MattersModel(today, self)
        self.table = _table(self.model, "Matters, soonest deadline first",
                            sorted_by=MattersModel.COLUMNS.index("Next deadline"))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("New name for the selected matter")
        self.name_edit.setPlaceholderText("Select a matter to rename it")
        self.name_edit.installEventFilter(self)
        name_label = QLabel("&Name:")
        name_label.setBuddy(self.name_edit)
        self.rename_button = _button("&Rename", "Rename the selected matter")
        self.open_button = _button("&Open", "Open the selected matter")
        self.new_sample_button = _button("New &from sample", "New matter from the sample order",
                                         "A new matter from the sample order (E.D. Cal. 2017)")
        self.new_blank_button = _button("New &blank", "New blank matter",
                                        "A new matter with the sample order's steps and blank "
                                        "case details, to fill in")
        self.archive_button = _button("Ar&chive", "Archive the selected matter",
                                      "Hide it from the list and the agenda; nothing is lost")
        self.delete_button = _button("&Delete...", "Delete the selected matter",
                                     "Asks first; its history is kept and it can be restored")

        self.confirm_bar = QFrame()
        self.confirm_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_delete_button = _button("Yes, delete", "Confirm: delete the matter")
        self.cancel_delete_button = _button("Keep it", "Cancel: keep the matter")
        bar = QHBoxLayout(self.confirm_bar)
        bar.addWidget(self.confirm_text, 1)
        bar.addWidget(self.confirm_delete_button)
        bar.addWidget(self.cancel_delete_button)
        self.confirm_bar.hide()

        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_text = QLabel()
        self.undo_text.setWordWrap(True)
        self.undo_button = _button("&Undo delete", "Undo: restore the deleted matter")
        ubar = QHBoxLayout(self.undo_bar)
        ubar.addWidget(self.undo_text, 1)
        ubar.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.message = InlineMessage()

        list_page = QWidget()
        lay = QVBoxLayout(list_page)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        rename_row = QHBoxLayout()
        rename_row.addWidget(name_label)
        rename_row.addWidget(self.name_edit, 1)
        rename_row.addWidget(self.rename_button)
        lay.addLayout(rename_row)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.new_sample_button, self.new_blank_button,
                  self.archive_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        lay.addWidget(self.confirm_bar)
        lay.addWidget(self.undo_bar)

        # --- the agenda ---
        self.agenda_model = AgendaModel(today, self)
        self.agenda_table = _table(self.agenda_model,
                                   "Agenda: overdue and due this week in every open matter",
                                   stretch=AgendaModel.COLUMNS.index("Step"))
        self.agenda_table.doubleClicked.connect(self._on_agenda_table_double_clicked)
        self.agenda_note = QLabel()
        self.agenda_note.setWordWrap(True)
        self.agenda_open_button = _button("&Open matter", "Open the matter of the selected step")
        agenda_page = QWidget()
        alay = QVBoxLayout(agenda_page)
        alay.addWidget(self.agenda_note)
        alay.addWidget(self.agenda_table, 1)
        arow = QHBoxLayout()
        arow.addWidget(self.agenda_open_button)
        arow.addStretch(1)
        alay.addLayout(arow)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Matters and agenda")
        self.tabs.addTab(list_page, "&Matters")
        self.tabs.addTab(agenda_page, "A&genda")
        self.tabs.tabBar().setAccessibleName("Show the matter list or the agenda")

        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.rejected.connect(self.reject)
        close = self.close_box.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close the matter list")

        root = QVBoxLayout(self)
        root.addWidget(self.message)
        root.addWidget(self.tabs, 1)
        root.addWidget(self.close_box)
        # Enter opens the selected matter. Set once the button is in the dialog: before that
        # setDefault has no dialog to tell, and the first button (Rename) was the default.
        self.open_button.setDefault(True)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.show_archived.toggled.connect(self._on_show_archived_toggled)
        self.rename_button.clicked.connect(self.rename_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.new_sample_button.clicked.connect(self.new_from_sample)
        self.new_blank_button.clicked.connect(self.new_blank)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.delete_button.clicked.connect(self.ask_delete)
        self.confirm_delete_button.clicked.connect(self.confirm_delete)
        self.cancel_delete_button.clicked.connect(self.cancel_delete)
        self.undo_button.clicked.connect(self.undo_delete)
        self.agenda_open_button.clicked.connect(self.open_agenda_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.ask_delete)

        if repo.read_only:
            self.message.set_message("The store is read-only: you can open matters but not "
                                     "change the list.", Severity.INFO)
        self.setTabOrder(self.search, self.show_archived)
        self.setTabOrder(self.show_archived, self.table)
        self.refresh()
        self.table.setFocus()  # arrows pick a matter, Enter opens it
        fit_to_screen(self, 1040, 480)  # room for the agenda's steps, within the screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QDialog.eventFilter: Enter in the name field renames, and only that.

        A line edit passes Enter on to the dialog, whose default button (Open) would then
        also close it.
        """
        if watched is self.name_edit and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.rename_selected()
            return True
        return super().eventFilter(watched, event)

    # --- helpers ----------------------------------------------------------------------------
    def _setting(self, key: str) -> str:
        try:
            return self.repo.setting(key)
        except StoreError:
            return ""

    def _user(self) -> str:
        return self._setting("user_name") or "user"

    def _error(self, err: StoreError) -> None:
        self.message.set_message(str(err), Severity.ERROR, "Not saved")

    def _info(self, text: str) -> None:
        self.message.set_message(text, Severity.INFO, "Done")

    def selected(self) -> MatterSummary | None:
        """The selected matter's summary, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()) if rows else None

    def select(self, matter_id: str) -> None:
        """Select a matter's row (if listed)."""
        row = self.model.row_of(matter_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def refresh(self) -> None:
        """Reload the list and the agenda from the store, keeping the selection."""
        keep = self.selected()
        try:
            rows = self.repo.search(self.search.text(),
                                    include_archived=self.show_archived.isChecked())
            entries = agenda(self.repo, self.today)
        except StoreError as err:
            self._error(err)
            rows, entries = [], []
        self.model.set_rows(sort_by_next_due(rows), self._open_id)
        self.agenda_model.set_rows(entries)
        for view, model in ((self.table, self.model), (self.agenda_table, self.agenda_model)):
            header = view.horizontalHeader()  # keep the order the user chose by a heading
            model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        overdue = sum(1 for e in entries if e.urgency is Urgency.OVERDUE)
        week = len(entries) - overdue
        self.agenda_note.setText(
            f"As of {long_date(self.today)}: {overdue} overdue, {week} due in the next 7 days, "
            "in every matter not archived." if entries else
            f"As of {long_date(self.today)}: nothing is overdue or due in the next 7 days.")
        self.tabs.setTabText(1, f"A&genda ({len(entries)})")
        if keep is not None:
            self.select(keep.id)
        elif self.model.rowCount() and self.selected() is None:
            self.select(self._open_id or self.model.summary(0).id)
            if self.selected() is None:
                self.table.selectRow(0)
        self._on_selection_changed()

    @Slot()
    def _on_selection_changed(self) -> None:
        s = self.selected()
        writable = not self.repo.read_only
        self.open_button.setEnabled(s is not None)
        for b in (self.rename_button, self.archive_button, self.delete_button):
            b.setEnabled(s is not None and writable)
        self.name_edit.setEnabled(s is not None and writable)
        self.new_sample_button.setEnabled(writable)
        self.new_blank_button.setEnabled(writable)
        self.name_edit.setText(s.name if s else "")
        archived = bool(s and s.archived)
        self.archive_button.setText("Unar&chive" if archived else "Ar&chive")
        self.archive_button.setAccessibleName(
            "Unarchive the selected matter" if archived else "Archive the selected matter")
        self.agenda_open_button.setEnabled(self.agenda_model.rowCount() > 0)

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self.refresh()

    @Slot(bool)
    def _on_show_archived_toggled(self, _checked: bool) -> None:  # noqa: FBT001
        self.refresh()

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.open_selected()

    @Slot(QModelIndex)
    def _on_agenda_table_double_clicked(self, index: QModelIndex) -> None:
        self.agenda_table.selectRow(index.row())
        self.open_agenda_selected()

    # --- actions ----------------------------------------------------------------------------
    @Slot()
    def open_selected(self) -> None:
        """Accept the dialog with the selected matter."""
        s = self.selected()
        if s is not None:
            self.chosen_id = s.id
            self.accept()

    @Slot()
    def open_agenda_selected(self) -> None:
        """Accept the dialog with the matter of the selected agenda step."""
        rows = self.agenda_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else (0 if self.agenda_model.rowCount() else -1)
        if row >= 0:
            self.chosen_id = self.agenda_model.entry(row).matter_id
            self.accept()

    def _create(self, matter: Matter, what: str) -> Matter | None:
        try:
            created = self.repo.create(matter, user=self._user())
        except StoreError as err:
            self._error(err)
            return None
        with QSignalBlocker(self.search):  # one refresh, not two
            self.search.clear()
        self.refresh()
        self.select(created.id)
        self._info(f"Created '{created.name}' {what}.")
        return created

    @Slot()
    def new_from_sample(self) -> None:
        """Create a matter from the sample order and select it."""
        self._create(sample_matter("new"), "from the sample order")

    @Slot()
    def new_blank(self) -> None:
        """Create a matter with blank case details and select it."""
        self._create(blank_matter(self.today), "with blank case details: open it and fill "
                     "them in (Matter > Set up)")

    def _change(self, matter_id: str, change: str, **fields: object) -> bool:
        try:
            matter = self.repo.get(matter_id)
            self.repo.save(replace(matter, **fields), user=self._user(),  # type: ignore[arg-type]
                           action="edit", detail=change)
        except ConflictError as err:
            self.refresh()
            self._error(err)
            return False
        except StoreError as err:
            self._error(err)
            return False
        self.refresh()
        self.select(matter_id)
        return True

    @Slot()
    def rename_selected(self) -> None:
        """Save the name typed for the selected matter."""
        s = self.selected()
        name = self.name_edit.text().strip()
        if s is None or self.repo.read_only:
            return
        if not name:
            self.message.set_message("Type a name for the matter first.", Severity.WARNING)
            return
        if name != s.name and self._change(s.id, f"renamed '{s.name}' to '{name}'", name=name):
            self._info(f"Renamed to '{name}'.")

    @Slot()
    def toggle_archive(self) -> None:
        """Archive the selected matter, or bring an archived one back."""
        s = self.selected()
        if s is None or self.repo.read_only:
            return
        archived = not s.archived
        word = "archived" if archived else "unarchived"
        if self._change(s.id, word, archived=archived):
            self._info(f"'{s.name}' {word}." + (" Tick 'Show archived matters' to see it."
                                                 if archived else ""))

    @Slot()
    def ask_delete(self) -> None:
        """Ask, in place, whether to delete the selected matter."""
        s = self.selected()
        if s is None or self.repo.read_only:
            return
        self._pending_delete = s.id
        extra = " It is the matter open now." if s.id == self._open_id else ""
        self.confirm_text.setText(f"Delete '{s.name}'? Its history is kept, and you can undo "
                                  f"this.{extra}")
        self.confirm_bar.setAccessibleName(self.confirm_text.text())
        self.confirm_bar.show()
        self.cancel_delete_button.setFocus()

    @Slot()
    def cancel_delete(self) -> None:
        """Keep the matter."""
        self._pending_delete = None
        self.confirm_bar.hide()
        self.table.setFocus()

    @Slot()
    def confirm_delete(self) -> None:
        """Delete the matter asked about; offer to undo."""
        matter_id, self._pending_delete = self._pending_delete, None
        self.confirm_bar.hide()
        if matter_id is None:
            return
        try:
            gone = self.repo.delete(matter_id, user=self._user())
        except StoreError as err:
            self._error(err)
            return
        self.deleted.append(gone)
        self.matter_deleted.emit(gone)
        self.undo_text.setText(f"Deleted '{gone.name}'.")
        self.undo_bar.show()
        self.message.set_message("")
        self.refresh()
        self.undo_button.setFocus()

    @Slot()
    def undo_delete(self) -> None:
        """Restore the matter deleted last."""
        if not self.deleted:
            return
        gone = self.deleted[-1]
        try:
            back = self.repo.restore(gone, user=self._user())
        except StoreError as err:
            self._error(err)
            return
        self.deleted.pop()
        self.matter_restored.emit(back)
        if self.deleted:
            self.undo_text.setText(f"Deleted '{self.deleted[-1].name}'.")
        else:
            self.undo_bar.hide()
        self.refresh()
        self.select(back.id)
        self._info(f"Restored '{back.name}'.")

    @classmethod
    def ask(cls, parent: QWidget | None, repo: Repository, today: date) -> str | None:
        """Show the list; return the id of the matter to open, or None."""
        dialog = cls(repo, today, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.chosen_id
            return None
        finally:
            dialog.deleteLater()
