"""The import wizard: an order's text or PDF, reviewed item by item, becomes a new matter.

Nothing is saved until the user presses Finish. Every proposed item shows the order's words
it came from, highlighted in the text, with its confidence; low-confidence items are flagged
by a mark and a word, not by colour alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.districts import DISTRICTS
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import Matter
from meetconfer_gui.domain.obligations import Kind, Perspective
from meetconfer_gui.importer import (
    ImportResult,
    OrderText,
    ProposedObligation,
    Trigger,
    extract,
    read_order_text,
)

_COLUMNS = ("Use", "Kind", "Who", "When", "Confidence")
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def _when(item: ProposedObligation) -> str:
    """The item's time in a few words, as the review table shows it."""
    if item.fixed_date is not None:
        return f"on {item.fixed_date.isoformat()}"
    if item.days is None or item.trigger is None:
        # A period in hours, "promptly", a month: the order's own words, else nothing.
        return item.when_text or "no date of its own"
    unit = "court days" if item.court_days else "days"
    direction = item.direction.value if item.direction else "after"
    text = f"{item.days} {unit} {direction} {item.trigger.phrase}"
    if item.event_date is not None:  # "14 days before the conference set for Feb 9"
        text += f" ({item.event_date.isoformat()})"
    return text


def _sentence(note: str) -> str:
    """An importer's note ("the order's date was not found: enter it") as a sentence."""
    note = note.strip()
    if not note:
        return ""
    note = note[:1].upper() + note[1:]
    return note if note[-1] in ".!?" else note + "."


class ProposalModel(QAbstractTableModel):
    """The proposed items, each with an accept check box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[ProposedObligation] = []
        self._accepted: list[bool] = []

    def set_items(self, items: tuple[ProposedObligation, ...]) -> None:
        """Replace every item; all start accepted."""
        self.beginResetModel()
        self._items = list(items)
        self._accepted = [True] * len(items)
        self.endResetModel()

    def item(self, row: int) -> ProposedObligation:
        """The item on a row."""
        return self._items[row]

    def replace_item(self, row: int, item: ProposedObligation) -> None:
        """Put an edited item back."""
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(_COLUMNS) - 1))

    def accepted(self) -> list[ProposedObligation]:
        """The items the user keeps, in order."""
        return [it for it, ok in zip(self._items, self._accepted, strict=True) if ok]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Override QAbstractTableModel.flags."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractTableModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        it = self._items[index.row()]
        col = index.column()
        if role == ITEM_ROLE:
            return it
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return (Qt.CheckState.Checked if self._accepted[index.row()]
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return "Keep" if self._accepted[index.row()] else "Reject"
            if col == 1:
                return it.kind.label
            if col == 2:
                return it.who
            if col == 3:
                return _when(it)
            flag = "  \u26a0 check" if it.flagged else ""
            return f"{round(it.confidence * 100)}%{flag}"
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = "\n".join(it.notes)
            return f"{it.source_sentence}\n\nLines {it.text_lines[0]}-{it.text_lines[1]}" + (
                f"\n{notes}" if notes else "")
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Override QAbstractTableModel.setData (the accept check box)."""
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            self._accepted[index.row()] = checked
            self.dataChanged.emit(index, index)
            return True
        return False


class SourcePage(QWizardPage):
    """Step 1: paste the order's text or open a .txt or .pdf file."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("The order")
        self.setSubTitle("Paste the order's text, or open it as a text or PDF file. Nothing "
                         "leaves this computer, and nothing is saved until you finish.")
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Order text")
        self.text.setPlaceholderText("Paste the order here...")
        self.text.setTabChangesFocus(True)  # Tab moves on to the buttons, not into the text
        self.open_button = QPushButton("&Open a file...")
        self.open_button.setAccessibleName("Open an order file")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.sample_button = QPushButton("Use the &sample order")
        self.sample_button.clicked.connect(self._on_sample_clicked)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Problem reading the order")
        # Say why Next is greyed out, rather than leave a disabled button to guess at.
        self.hint = QLabel("Next becomes available once the order's text is here.")
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.sample_button)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(self.hint)
        self.text.textChanged.connect(self.completeChanged)
        self.text.textChanged.connect(self._on_text_changed)
        self.order: OrderText | None = None

    @Slot()
    def _on_text_changed(self) -> None:
        self.hint.setVisible(not self.isComplete())

    @Slot()
    def _on_open_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open an order", "",
                                              "Orders (*.txt *.pdf);;All files (*)")
        if path:
            self.load_file(path)

    @Slot()
    def _on_sample_clicked(self) -> None:
        from meetconfer_gui.domain.sample import sample_order_text

        self.text.setPlainText(sample_order_text())

    def load_file(self, path: str) -> bool:
        """Read a file into the page; show a message if it cannot be read."""
        try:
            order = read_order_text(path)
        except DomainError as err:
            message = f"\u26a0 {err}"
            here = self.text.toPlainText()
            if here.strip():
                # Next would go on with the text already here: say which it is.
                read = self.order is not None and self.order.text == here
                source = self.order.source if read and self.order else "pasted text"
                message += (f". The text below is still the order from {source}: Next reads "
                            "that one; clear it to start again.")
            self.error.setText(message)
            return False
        self.error.setText(f"Read {order.source}: {len(order.lines)} lines, "
                           f"{order.pages} page(s).")
        self.order = order
        self.text.setPlainText(order.text)
        self.order = order
        return True

    def isComplete(self) -> bool:
        """Override QWizardPage.isComplete: some text is needed."""
        return bool(self.text.toPlainText().strip())

    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: read and extract, or say why not."""
        text = self.text.toPlainText()
        try:
            if self.order is None or self.order.text != text:
                self.order = OrderText.from_string(text)
            result = extract(self.order)
        except DomainError as err:
            self.error.setText(f"\u26a0 {err}")
            return False
        self._wizard.set_result(self.order, result)
        return True


class ReviewPage(QWizardPage):
    """Step 2: review each proposed item beside the order's words."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("Check each item")
        self.setSubTitle("Each row is something the order seems to require, with the words it "
                         "came from highlighted on the right. Untick what is wrong, correct "
                         "who, days or trigger, and look twice at rows marked \u26a0.")
        self.model = ProposalModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Proposed items")
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.order_view = QTextEdit()
        self.order_view.setReadOnly(True)
        self.order_view.setAccessibleName("The order, with the item's words highlighted")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # editor for the selected item
        self.who = QLineEdit()
        self.who.setAccessibleName("Who must act")
        self.kind = QComboBox()
        for k in Kind:
            self.kind.addItem(k.label, k)
        self.kind.setAccessibleName("Kind")
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setSpecialValueText("no period")
        self.days.setAccessibleName("Days")
        self.court_days = QCheckBox("court days only")
        self.trigger = QComboBox()
        self.trigger.addItem("no trigger", None)
        for t in Trigger:
            self.trigger.addItem(t.phrase, t)
        self.trigger.setAccessibleName("Counted from")
        self.before = QCheckBox("counted back (before the event)")
        self.apply_button = QPushButton("&Apply changes to this item")
        self.apply_button.clicked.connect(self._on_apply_clicked)
        form = QFormLayout()
        form.addRow("&Who:", self.who)
        form.addRow("&Kind:", self.kind)
        days_row = QHBoxLayout()
        days_row.addWidget(self.days)
        days_row.addWidget(self.court_days)
        days_label = QLabel("&Days:")
        days_label.setBuddy(self.days)
        form.addRow(days_label, days_row)
        form.addRow("Counted &from:", self.trigger)
        form.addRow("", self.before)
        form.addRow("", self.apply_button)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.table.setMinimumHeight(260)
        left_lay.addWidget(self.table, 1)
        left_lay.addLayout(form)
        left_lay.addWidget(self.summary)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.order_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([680, 400])
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

    def initializePage(self) -> None:
        """Override QWizardPage.initializePage: show the import's items."""
        result = self._wizard.import_result
        order = self._wizard.order
        if result is None or order is None:
            return
        self.model.set_items(result.obligations)
        self.order_view.setPlainText(order.text)
        found = len(result.obligations)
        flagged = sum(1 for o in result.obligations if o.flagged)
        if found:
            parts = [f"{found} item{'s' if found != 1 else ''} proposed, {flagged} flagged "
                     "for a closer look."]
        else:
            parts = ["Nothing this text requires was found: no duty, deadline or notice. "
                     "Check that it is the order's text (Back), or cancel and start from "
                     "the sample (File > New matter from sample), then add the order's items "
                     "with Edit > Add an item."]
        if result.unclassified:
            n = len(result.unclassified)
            parts.append(f"{n} sentence{'s' if n != 1 else ''} could not be classified: "
                         + " | ".join(u.source_sentence[:80] for u in result.unclassified[:3]))
        parts += [_sentence(note) for note in result.notes
                  if found or "no obligation" not in note.lower()]  # said above already
        self.summary.setText(" ".join(parts))
        for w in (self.who, self.kind, self.days, self.court_days, self.trigger, self.before,
                  self.apply_button):
            w.setEnabled(bool(found))  # nothing to edit until an item is selected
        if found:
            self.table.selectRow(0)

    @Slot(QModelIndex, QModelIndex)
    def _on_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        it = self.model.item(current.row())
        self.who.setText(it.who)
        self.kind.setCurrentIndex(self.kind.findData(it.kind))
        self.days.setValue(it.days or 0)
        self.court_days.setChecked(it.court_days)
        self.trigger.setCurrentIndex(max(0, self.trigger.findData(it.trigger)))
        self.before.setChecked(it.direction is Direction.BEFORE)
        self._highlight(it.text_lines)

    def _highlight(self, lines: tuple[int, int]) -> None:
        doc = self.order_view.document()
        first = doc.findBlockByNumber(lines[0] - 1)
        last = doc.findBlockByNumber(lines[1] - 1)
        if not first.isValid():
            self.order_view.setExtraSelections([])
            return
        cursor = QTextCursor(first)
        end = last if last.isValid() else first
        cursor.setPosition(end.position() + max(0, end.length() - 1),
                           QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(self.palette().highlight())
        fmt.setForeground(self.palette().highlightedText())
        fmt.setFontUnderline(True)  # not by colour alone
        sel.format = fmt
        self.order_view.setExtraSelections([sel])
        view_cursor = QTextCursor(first)
        self.order_view.setTextCursor(view_cursor)
        self.order_view.ensureCursorVisible()

    @Slot()
    def _on_apply_clicked(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        it = self.model.item(row)
        days = self.days.value() or None
        raw_trigger = self.trigger.currentData()
        trigger = Trigger(raw_trigger) if raw_trigger else None
        direction = None
        if days is not None:
            direction = Direction.BEFORE if self.before.isChecked() else Direction.AFTER
        try:
            new = replace(it, who=self.who.text().strip() or it.who,
                          kind=Kind(self.kind.currentData()),
                          days=days, court_days=self.court_days.isChecked(),
                          trigger=trigger if days is not None or trigger is Trigger.FIXED_DATE
                          else None, direction=direction, confidence=1.0)
        except ValueError as err:
            self.summary.setText(f"\u26a0 {err}")
            return
        self.model.replace_item(row, new)

    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: at least one item is kept."""
        if not self.model.accepted():
            self.summary.setText("\u26a0 Keep at least one item, or go back and check the text.")
            return False
        return True


#: The court box's first row while the order names no court the app knows: no court is
#: chosen for the user (a wrong court gives wrong holidays and documents).
_NO_COURT = "Choose the court that issued the order..."


class DetailsPage(QWizardPage):
    """Step 3: the court, the order's date and whose view, then create the matter."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle("The matter")
        self.setSubTitle("Check the court and the order's date: every period counts from "
                         "them. You can change the case details later (Edit > Matter details).")
        from meetconfer_gui.ui.widgets import DateEdit, with_weekday

        self.name = QLineEdit()
        self.name.setAccessibleName("Matter name")
        self.district = QComboBox()
        self.district.setAccessibleName("Court")
        self.district.addItem(_NO_COURT, None)
        for d in sorted(DISTRICTS.values(), key=lambda d: d.name):
            self.district.addItem(f"{d.name} ({d.code})", d.code)
        # Said in words, not by colour alone, and kept beside the box it is about.
        self.court_prompt = QLabel()
        self.court_prompt.setWordWrap(True)
        self.court_prompt.setAccessibleName("About the court")
        self.order_date = DateEdit(wizard.today, "Date of the order")
        self.perspective = QComboBox()
        self.perspective.setAccessibleName("Who you are in the case")
        self.perspective.addItem("I am the plaintiff, representing myself", Perspective.PLAINTIFF)
        self.perspective.addItem("I am defense counsel or staff", Perspective.DEFENSE)
        self.parties = QLabel()
        self.parties.setWordWrap(True)
        self.parties.setAccessibleName("The parties and who speaks for them")
        self.parties.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("What the new matter will hold")
        form = QFormLayout(self)
        form.addRow("&Name:", self.name)
        form.addRow("&Court:", self.district)
        form.addRow("", self.court_prompt)
        date_label = QLabel("Order &dated:")
        date_label.setBuddy(self.order_date)  # the date, not the row around it
        form.addRow(date_label, with_weekday(self.order_date))
        form.addRow("&You are:", self.perspective)
        form.addRow("Parties:", self.parties)
        preview_label = QLabel("The new &matter's checklist:")
        preview_label.setBuddy(self.preview)
        form.addRow(preview_label)
        form.addRow(self.preview)
        self.district.currentIndexChanged.connect(self._on_changed)
        self.district.currentIndexChanged.connect(self.completeChanged)
        self.order_date.value_changed.connect(self._on_changed)
        self.perspective.currentIndexChanged.connect(self._on_changed)

    def initializePage(self) -> None:
        """Override QWizardPage.initializePage: fill in what the import found."""
        from meetconfer_gui.importer.metadata import Represented, display_case_name, representation
        from meetconfer_gui.importer.review import court_of

        result = self._wizard.import_result
        order = self._wizard.order
        if result is None or order is None:
            return
        cap = result.caption
        self.name.setText(display_case_name(cap.case_name or "", order.text) or "Imported order")
        code = court_of(result, order.text)
        self.district.setCurrentIndex(max(0, self.district.findData(code)) if code else 0)
        if code is None:
            named = f" It names \u201c{cap.court}\u201d, which is not a U.S. district court the " \
                "app knows." if cap.court else ""
            self.court_prompt.setText(
                "\u26a0 The order does not say which court issued it." + named + " Choose the "
                "court: its holidays and filing rules decide the dates. Finish becomes "
                "available once a court is chosen.")
        else:
            self.court_prompt.setText("Found in the order. Change it if it is wrong.")
        # A plaintiff with counsel is not one representing themselves: the user is the defense.
        said = representation(order.text, cap.case_number)
        side = Perspective.DEFENSE if said["plaintiff"].status is Represented.COUNSEL \
            else Perspective.PLAINTIFF
        self.perspective.setCurrentIndex(max(0, self.perspective.findData(side)))
        self.order_date.set_value(result.order_date or self._wizard.today)
        self._on_changed()

    def chosen_district(self) -> str | None:
        """The court chosen, or None while the user has not chosen one."""
        data = self.district.currentData()
        return str(data) if data else None

    def isComplete(self) -> bool:
        """Override QWizardPage.isComplete: a court must be chosen."""
        return self.chosen_district() is not None

    @Slot()
    def _on_changed(self, *_args: object) -> None:
        """Show the checklist the matter will have, dated as the choices stand."""
        from meetconfer_gui.domain.report import schedule_text
        from meetconfer_gui.domain.schedule import compute_schedule

        if self.chosen_district() is None:
            self.parties.setText("")
            self.preview.setPlainText("Choose the court above to see the checklist with its "
                                      "dates.")
            return
        try:
            matter = self._wizard.build_matter()
        except DomainError as err:
            self.preview.setPlainText(f"\u26a0 {err}")
            return
        from meetconfer_gui.importer.review import GENERIC_COUNSEL

        self.parties.setText("\n".join(
            f"{p.role.value.capitalize()}: {p.name} \u2014 "
            + ("counsel, not named in the order" if p.counsel in GENERIC_COUNSEL.values()
               else p.represented_by) for p in matter.parties))
        self.preview.setPlainText(schedule_text(compute_schedule(matter, self._wizard.today)))


class ImportWizard(QWizard):
    """Paste or open an order, review what it requires, and create a matter from it."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import an order")
        self.setAccessibleName("Import an order")
        self.today = today
        self.order: OrderText | None = None
        self.import_result: ImportResult | None = None
        self.matter: Matter | None = None
        self.source_page = SourcePage(self)
        self.review_page = ReviewPage(self)
        self.details_page = DetailsPage(self)
        self.addPage(self.source_page)
        self.addPage(self.review_page)
        self.addPage(self.details_page)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(1120, 700)

    def set_result(self, order: OrderText, result: ImportResult) -> None:
        """Keep what the source page read."""
        self.order, self.import_result = order, result

    def build_matter(self) -> Matter:
        """The matter the user confirmed (raises DomainError if something is invalid)."""
        from meetconfer_gui.importer.review import matter_from_import

        if self.import_result is None or self.order is None:
            raise DomainError("read an order first")
        page = self.details_page
        code = page.chosen_district()
        if code is None:
            raise DomainError("choose the court that issued the order (Court)")
        return matter_from_import(
            self.import_result, self.order.text, self.review_page.model.accepted(),
            today=self.today,
            district_code=code, name=page.name.text().strip() or None,
            perspective=Perspective(page.perspective.currentData()),
            order_date=page.order_date.value())

    def accept(self) -> None:
        """Override QWizard.accept: build the matter, or stay open with the message."""
        try:
            self.matter = self.build_matter()
        except DomainError as err:
            self.details_page.setSubTitle(f"\u26a0 {err}")
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, today: date) -> Matter | None:
        """Run the wizard; return the new matter, or None if cancelled."""
        wizard = cls(today, parent)
        if wizard.exec() == QWizard.DialogCode.Accepted:
            return wizard.matter
        return None

