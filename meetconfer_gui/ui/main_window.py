"""The main window: the next step, the checklist, the item's details, and the calendar.

Every edit is an undoable ``MatterCommand`` (ui/commands.py) that saves the whole matter
through the repository and recomputes the schedule; the views only show the schedule.
Dialogs are imported when first opened, so the window paints without loading them.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QRect,
    QSettings,
    QSize,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontMetrics, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import long_date, short_date
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.ui import settings as ui_settings
from meetconfer_gui.ui import theme, wording
from meetconfer_gui.ui.calendar_view import CalendarView
from meetconfer_gui.ui.checklist_model import (
    COL_DUE,
    COL_STATUS,
    COL_TITLE,
    COL_WHO,
    ChecklistModel,
    header_model,
    status_key,
)
from meetconfer_gui.ui.detail_pane import DetailPane
from meetconfer_gui.ui.lazy import lazy, set_enum

if TYPE_CHECKING:  # imported when first used: each Qt class costs start-up time
    from PySide6.QtCore import QByteArray, QPersistentModelIndex, Qt
    from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence, QPainter
    from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem

    from meetconfer_gui.domain import matter as _matter
    from meetconfer_gui.domain import obligations as _obligations
    from meetconfer_gui.domain import schedule as _schedule
    from meetconfer_gui.domain.calendars import CalendarChoices
    from meetconfer_gui.domain.matter import ContactAttempt, Matter
    from meetconfer_gui.domain.obligations import Perspective
    from meetconfer_gui.domain.schedule import Schedule, ScheduledItem
    from meetconfer_gui.storage import base as _store
    from meetconfer_gui.storage.base import Repository
    from meetconfer_gui.ui import commands as _commands
    from meetconfer_gui.ui.commands import MatterDocument
    from meetconfer_gui.ui.conference_dialog import ConferenceRecord
    from meetconfer_gui.ui.preferences_dialog import Preferences
else:  # the window paints first; the domain and the store load right after
    _matter = lazy("meetconfer_gui.domain.matter")
    _obligations = lazy("meetconfer_gui.domain.obligations")
    _schedule = lazy("meetconfer_gui.domain.schedule")
    _store = lazy("meetconfer_gui.storage.base")
    _commands = lazy("meetconfer_gui.ui.commands")
    from meetconfer_gui.ui.lazy import Qt  # the Qt namespace's enums: made after the paint

DEFAULT_SIZE = (1400, 880)
V = TypeVar("V")
_CHECK_WIDTH = 22  # a check indicator and its spacing
_ICON_WIDTH = 22  # a 16-pixel decoration and its spacing


def default_size() -> QSize:
    """The window's first size: ``DEFAULT_SIZE``, or less on a small screen.

    A 1366x768 laptop, or a 1920x1080 one at 150% scaling (1280x720), has less room than the
    default: the window then takes the screen's free area less room for its frame.
    """
    from PySide6.QtGui import QGuiApplication

    width, height = DEFAULT_SIZE
    screen = QGuiApplication.primaryScreen()  # static: never QWidget.screen() (widgets.py)
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, max(640, room.width() - 16))
        height = min(height, max(480, room.height() - 48))
    return QSize(width, height)


class _Edit(NamedTuple):
    """How an edit reads in the undo stack and the history (``MainWindow.apply_edit``)."""

    text: str
    action: str
    obligation: str | None
    detail: str


def _esc(text: str) -> str:
    """Text for the banner's rich text: an order's words may hold '<' or '&'."""
    import html

    return html.escape(text, quote=False)


#: Each menu item's Alt+letter is unique within its menu; these two are made from labels.
_PERSPECTIVE_KEYS = (("plaintiff", "&plaintiff"), ("defense", "d&efense"))


def _mnemonic(text: str) -> str:
    """A perspective's menu text with its Alt+letter (View: "Read as the &plaintiff...")."""
    for word, marked in _PERSPECTIVE_KEYS:
        if word in text:
            return text.replace(word, marked, 1)
    return text


#: Standard keys some platforms leave unbound (Linux desktops without a theme's bindings).
_FALLBACK_KEYS = {"Quit": "Ctrl+Q", "Preferences": "Ctrl+,"}


def _accepted(result: int) -> bool:
    """Whether a dialog's result is Accepted (QDialog imported on first use)."""
    from PySide6.QtWidgets import QDialog

    return result == QDialog.DialogCode.Accepted


def _box() -> type[QMessageBox]:
    """QMessageBox, imported on first use."""
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


RECORD_DIALOGS = {"contact": "record_contact", "conference": "record_conference",
                  "filing": "record_filing", "order": "record_further_order"}


class ChecklistView(QTreeView):
    """The checklist tree: Space ticks the current row, Enter opens its details."""

    details_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QTreeView.keyPressEvent."""
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Select) and not event.modifiers():
            self.toggle_current()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.currentIndex()
            if current.isValid() and not current.parent().isValid():
                self.setExpanded(current.siblingAtColumn(0),
                                 not self.isExpanded(current.siblingAtColumn(0)))
            else:
                self.details_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def toggle_current(self) -> None:
        """Tick or untick the current row, as a click on its check box would."""
        index = self.currentIndex().siblingAtColumn(COL_TITLE)
        model = self.model()
        if not index.isValid() or model is None:
            return
        if not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return
        state = model.data(index, Qt.ItemDataRole.CheckStateRole)
        checked = state == Qt.CheckState.Checked or state == Qt.CheckState.Checked.value
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)


class WrapDelegate(QStyledItemDelegate):
    """Wraps long text in the checklist: each row is as tall as its longest cell needs."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._metrics: dict[bool, QFontMetrics] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
                 ) -> QSize:
        """Override QStyledItemDelegate.sizeHint: the height of the wrapped text."""
        stage = not index.parent().isValid()
        fm = self._metrics.get(stage)
        if fm is None:
            font = self._view.font()
            font.setBold(stage)
            fm = self._metrics[stage] = QFontMetrics(font)
        one_line = max(fm.height(), 16) + 6
        # The model's own data(), not QModelIndex.data(): PySide6 6.12 on Python 3.11 drops a
        # reference to None each time a C++ call returns an empty QVariant, and a layout asks
        # for every cell, so the process would eventually abort ("none_dealloc").
        model = self._view.model()
        text = model.data(index, Qt.ItemDataRole.DisplayRole) if model is not None else None
        if not isinstance(text, str) or not text:
            return QSize(0, one_line)
        col = index.column()
        width = self._view.header().sectionSize(col)
        extra = 8
        if col == 0:
            width -= self._view.indentation() * (1 if stage else 2)
            if not stage:
                flags = index.flags()
                extra += _CHECK_WIDTH if flags & Qt.ItemFlag.ItemIsUserCheckable else _ICON_WIDTH
        elif col == COL_STATUS:
            extra += _ICON_WIDTH
        avail = max(40, width - extra)
        if fm.horizontalAdvance(text) <= avail:
            return QSize(fm.horizontalAdvance(text) + extra, one_line)
        rect = fm.boundingRect(QRect(0, 0, avail, 10000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(avail + extra, max(one_line, rect.height() + 6))


class OutlinedWrapDelegate(WrapDelegate):
    """WrapDelegate that also outlines check boxes in the text colour (dark palettes).

    Some styles draw the box in colours close to a dark palette's base; the outline keeps it
    visible. Only dark palettes get this delegate: painting through Python costs time.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._box: tuple[int, int, int] | None = None  # x offset, width, height

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Override QStyledItemDelegate.paint: draw the item, then outline its check box."""
        super().paint(painter, option, index)
        if index.column() != COL_TITLE or not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        from PySide6.QtGui import QPen
        from PySide6.QtWidgets import QStyle

        rect = option.rect
        if self._box is None:
            from PySide6.QtWidgets import QStyleOptionViewItem

            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            found = self._view.style().subElementRect(
                QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, self._view)
            if found.isEmpty():
                return
            self._box = (found.left() - rect.left(), found.width(), found.height())
        dx, width, height = self._box
        box = QRect(rect.left() + dx, rect.top() + (rect.height() - height) // 2, width, height)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        pen = QPen(option.palette.color(role))
        pen.setWidthF(1.2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1).toRectF(), 2, 2)
        painter.restore()


class MainWindow(QMainWindow):
    """One matter: banner, checklist, details and calendar."""

    def __init__(self, repo: Repository | None, matter: Matter | None, today: date, *,
                 settings: QSettings | None = None, user: str = "",
                 store_label: str = "", parent: QWidget | None = None) -> None:
        """Build the window; with no matter yet it shows "Opening..." until ``load``.

        ``app.py`` builds it empty, so it paints before the domain and the store are
        imported, then calls ``load``; tests pass the repository and matter at once.
        """
        super().__init__(parent)
        self._repo: Repository | None = None
        self._doc: MatterDocument | None = None
        self.today = today
        self.settings = settings if settings is not None else QSettings()
        self.store_label = store_label
        self.undo_stack = QUndoStack(self)
        self._saving_note = False
        self._quiet_failures = False
        self._store_failure = ""  # the last save the store refused, in words
        self.setObjectName("mainWindow")
        self.setWindowTitle("meetconfer")

        self.model = ChecklistModel(self)
        self._build_widgets()
        self._actions_built = False
        self._build_menu_titles()
        self._build_status_bar()

        self.model.toggle_requested.connect(self._on_model_toggle_requested)

        self.resize(default_size())
        self._restore_state()
        self.tree.setFocus()
        if repo is not None and matter is not None:
            self.load(repo, matter, user=user)
        else:
            self._set_banner("<b>Opening the store...</b>")
            self.calendar_view.select_date(today)

    def load(self, repo: Repository, matter: Matter, *, user: str = "",
             store_label: str | None = None) -> None:
        """Show a matter from a store (once, after the window has painted)."""
        self._ensure_actions()
        self._repo = repo
        if store_label is not None:
            self.store_label = store_label
        self._doc = _commands.MatterDocument(repo, matter, self.today, user or "me", self)
        self._doc.changed.connect(self._on_doc_changed)
        self._doc.failed.connect(self._on_doc_failed)
        self._doc.reloaded.connect(self._on_doc_reloaded)
        self._build_perspective_actions()
        self._update_store_label()
        self._show_schedule(self._doc.schedule)
        self._select_next_step()

    @property
    def loaded(self) -> bool:
        """Whether a matter is shown."""
        return self._doc is not None

    @property
    def repo(self) -> Repository:
        """The store."""
        if self._repo is None:
            raise RuntimeError("the window has no store yet")
        return self._repo

    @property
    def doc(self) -> MatterDocument:
        """The open matter."""
        if self._doc is None:
            raise RuntimeError("the window has no matter yet")
        return self._doc

    # --- building ----------------------------------------------------------------------
    def _build_widgets(self) -> None:
        # Each widget is made inside its final parent: moving a built widget into a splitter
        # or a layout re-polishes it and all its children, milliseconds before the first paint.
        central = QWidget(self)
        self.banner = QLabel(central)
        self.banner.setObjectName("nextStepBanner")
        self.banner.setWordWrap(True)
        set_enum(self.banner, "textFormat", "RichText")
        self.banner.setAccessibleName("Next step")
        self.banner.setMargin(8)
        self.banner.setAutoFillBackground(True)
        self.banner_text = ""  # the banner's words as plain text (tests, assistive tech)

        self.main_split = QSplitter(parent=central)  # horizontal; by keyword: ui/lazy.set_enum
        self.left = QSplitter(parent=self.main_split)  # by keyword: see ui/lazy.set_enum
        set_enum(self.left, "orientation", "Vertical")

        self.tree = ChecklistView(self.left)
        self.tree.setObjectName("checklist")
        self.tree.setAccessibleName("Checklist of the order's items")
        self.tree.setAccessibleDescription(
            "Grouped by stage. Space ticks an item off or marks it open again; Enter shows "
            "its details.")
        self.tree.setModel(self.model)
        # Column titles from a model Qt serves itself: painting the header never calls into
        # Python (the model's headerData stays, for assistive technology).
        self.tree.header().setModel(header_model(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        set_enum(self.tree, "textElideMode", "ElideNone")
        self.tree.setItemDelegate(OutlinedWrapDelegate(self.tree) if theme.is_dark()
                                  else WrapDelegate(self.tree))
        self.model.modelReset.connect(self._on_model_model_reset)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_WHO, COL_DUE, COL_STATUS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        fm = self.tree.fontMetrics()
        header.resizeSection(COL_WHO, fm.horizontalAdvance("the other side (defense") + 16)
        header.resizeSection(COL_DUE, fm.horizontalAdvance("by Wed Nov 30, 2017") + 16)
        header.resizeSection(COL_STATUS, fm.horizontalAdvance("Done Wed Nov 30") + 44)
        header.setMinimumSectionSize(fm.horizontalAdvance("Status") + 24)
        self.tree.selectionModel().currentRowChanged.connect(self._on_tree_current_row_changed)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.details_requested.connect(self._on_tree_details_requested)
        header.sectionResized.connect(self._on_header_section_resized)

        self.detail = DetailPane(self.main_split)
        self.detail.setObjectName("detailPane")
        self.detail.note_edited.connect(self._on_detail_note_edited)
        self.calendar_view = CalendarView(self.left)
        self.calendar_view.setObjectName("calendarView")
        self.calendar_view.item_activated.connect(self.select_item)

        self.left.setObjectName("leftSplitter")
        self.left.addWidget(self.tree)
        self.left.addWidget(self.calendar_view)
        self.left.setChildrenCollapsible(False)
        self.left.setStretchFactor(0, 3)
        self.left.setStretchFactor(1, 2)
        self.left.setSizes([590, 200])

        self.main_split.setObjectName("mainSplitter")
        self.main_split.addWidget(self.left)
        self.main_split.addWidget(self.detail)
        self.main_split.setChildrenCollapsible(False)
        self.main_split.setStretchFactor(0, 6)
        self.main_split.setStretchFactor(1, 5)
        self.main_split.setSizes([780, 600])

        lay = QVBoxLayout(central)
        lay.setContentsMargins(6, 6, 6, 0)
        lay.addWidget(self.banner)
        lay.addWidget(self.main_split, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.tree, self.calendar_view.calendar)
        self.setTabOrder(self.calendar_view.calendar, self.calendar_view.day_list)
        self.setTabOrder(self.calendar_view.day_list, self.detail.summary)
        self.setTabOrder(self.detail.summary, self.detail.order_view)
        self.setTabOrder(self.detail.order_view, self.detail.notes)

    def _action(self, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        from PySide6.QtGui import QAction, QKeySequence  # made after the first paint

        act = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey) and not QKeySequence.keyBindings(
                shortcut):
            # Quit and Preferences have no standard key on some Linux desktops; the menu
            # should still show one.
            shortcut = _FALLBACK_KEYS.get(shortcut.name)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setStatusTip(tip)
            act.setToolTip(tip)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        k = QKeySequence.StandardKey
        self.act_new = self._action("&New matter from sample", self.new_sample_matter, k.New,
                                    "Start a matter from the sample order")
        self.act_open = self._action("&Open matter...", self.open_matter, k.Open,
                                     "Pick another matter, or see what is due this week in "
                                     "all of them")
        self.act_import = self._action("&Import order...", self.import_order, "Ctrl+I",
                                       "Make a matter from another court order: paste its "
                                       "text, or open a .txt or .pdf")
        self.act_statement = self._action("&Joint Statement...", self.joint_statement,
                                          "Ctrl+J")
        self.act_ics = self._action("Export &calendar (.ics)...", self.export_calendar, None,
                                    "Save every deadline as a calendar file for Outlook or "
                                    "your calendar app")
        self.act_report = self._action("Status &report (PDF)...", self.status_report, k.Print,
                                       "Save a PDF of every step, its date and its status, "
                                       "to print")
        self.act_backup = self._action("&Back up store...", self.back_up_store)
        self.act_restore = self._action("Res&tore from backup...", self.restore_store)
        self.act_quit = self._action("&Quit", self.close, k.Quit,
                                     "Close meetconfer (every change is already saved)")
        self.act_undo = self.undo_stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(QKeySequence(k.Undo))
        self.act_redo = self.undo_stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcut(QKeySequence(k.Redo))
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_tick = self._action("&Tick off / mark open\tSpace", self.tree.toggle_current,
                                     None, "Tick the selected item off, or mark it open again")
        self.act_contact = self._action("Record &contact...", self.record_contact, "Ctrl+1",
                                        "Log each call, letter or e-mail to reach the other "
                                        "side, and what came of it")
        self.act_conference = self._action("Record conf&erence...", self.record_conference,
                                           "Ctrl+2", "Record each session of the conference "
                                           "and how it ended")
        self.act_filing = self._action("Record &filing...", self.record_filing, "Ctrl+3",
                                       "Record the day the joint paper was filed, and its "
                                       "ECF No.")
        self.act_further = self._action("Record the court's further &order...",
                                        self.record_further_order, "Ctrl+4",
                                        "Record the date of the court's order that follows")
        self.act_details = self._action("&Matter details...", self.matter_details, "Ctrl+E",
                                        "The court, the case, the parties and how the order "
                                        "was served on each")
        self.act_calendar = self._action("Court ca&lendar...", self.court_calendar, "Ctrl+K",
                                         "Which holidays count for this matter, and days the "
                                         "clerk's office was closed")
        self.act_lock = self._action("Loc&k due date...", self.lock_due_date, "Ctrl+L",
                                     "Fix the selected item's date by hand (an extension)")
        self.act_na = self._action("Mark &not applicable", self.toggle_not_applicable, None,
                                   "The selected item does not apply to this matter (choose "
                                   "again to undo)")
        self.act_na.setCheckable(True)
        self.act_add_item = self._action("&Add an item...", self.add_item, "Ctrl+Shift+A",
                                         "Add an obligation of your own, or one from a later "
                                         "order")
        self.act_edit_item = self._action("Change how this item is &dated...",
                                          self.edit_item_dates, "Ctrl+Shift+D",
                                          "Change the days or the trigger (your order says 14 "
                                          "days, not 21)")
        self.act_remove_item = self._action("Remo&ve this item", self.remove_item, None,
                                            "Remove an item you added")
        self.act_history = self._action("&History...", self.show_history, "Ctrl+H",
                                        "Who did what and when in this matter")
        self.act_prefs = self._action("&Preferences...", self.preferences, k.Preferences,
                                      "Your name for the history, 'due soon' days, "
                                      "calendar alarms")
        self.act_prefs.setMenuRole(QAction.MenuRole.PreferencesRole)

        # Checked as the restored window state left the panes (``_restore_state``).
        self.act_show_detail = QAction("Show &details", self, checkable=True,
                                       checked=not self.detail.isHidden())
        self.act_show_detail.toggled.connect(self.detail.setVisible)
        self.act_show_detail.setStatusTip("Show or hide the selected item's explanation and "
                                          "the order's text")
        self.act_show_calendar = QAction("Show c&alendar", self, checkable=True,
                                         checked=not self.calendar_view.isHidden())
        self.act_show_calendar.toggled.connect(self.calendar_view.setVisible)
        self.act_show_calendar.setStatusTip("Show or hide the calendar and its legend")
        self.act_today = self._action("Go to &today", self._go_today, "Ctrl+T",
                                      "Show today in the calendar")
        self.perspective_group: QActionGroup | None = None  # made with the first matter
        self.act_persp: dict[Perspective, QAction] = {}
        self.act_glossary = self._action("&Glossary", lambda: self.show_help(0), k.HelpContents,
                                         "The words an order uses, in plain English")
        self.act_counting = self._action("How deadlines are &counted",
                                         lambda: self.show_help(1), None,
                                         "Federal Rule of Civil Procedure 6, step by step")
        self.act_about = self._action("&About meetconfer", self.show_about, None,
                                      "The version, and why this is not legal advice")

    def _build_menu_titles(self) -> None:
        """The menu bar's menus, empty: their items come with ``_ensure_actions``."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.edit_menu = bar.addMenu("&Edit")
        self.view_menu = bar.addMenu("&View")
        self.help_menu = bar.addMenu("&Help")

    def _ensure_actions(self) -> None:
        """Make the actions and fill the menus, once.

        Done when the first matter loads rather than in the constructor: the window's first
        paint shows the menu titles only, and making 30 actions with their shortcuts (and the
        Qt classes they need) costs start-up time.
        """
        if self._actions_built:
            return
        self._actions_built = True
        self._build_actions()
        self._build_menus()
        self.undo_stack.cleanChanged.connect(self._update_actions)
        self.undo_stack.indexChanged.connect(self._update_actions)

    def _build_menus(self) -> None:
        m = self.file_menu
        for a in (self.act_new, self.act_open, self.act_import, None, self.act_statement,
                  self.act_ics, self.act_report, None, self.act_backup, self.act_restore, None,
                  self.act_quit):
            m.addSeparator() if a is None else m.addAction(a)
        m = self.edit_menu
        for a in (self.act_undo, self.act_redo, None, self.act_tick, self.act_contact,
                  self.act_conference, self.act_filing, self.act_further, None,
                  self.act_details, self.act_calendar, self.act_lock, self.act_na, None,
                  self.act_add_item, self.act_edit_item, self.act_remove_item, None,
                  self.act_history, None, self.act_prefs):
            m.addSeparator() if a is None else m.addAction(a)
        m = self.view_menu
        m.addAction(self.act_show_detail)
        m.addAction(self.act_show_calendar)
        m.addAction(self.act_today)
        m.addSeparator()
        m = self.help_menu
        for a in (self.act_glossary, self.act_counting, None, self.act_about):
            m.addSeparator() if a is None else m.addAction(a)

    def _build_perspective_actions(self) -> None:
        if self.act_persp:
            return
        from PySide6.QtGui import QAction, QActionGroup

        self.perspective_group = QActionGroup(self)
        for p in _obligations.Perspective:
            act = QAction(_mnemonic(f"Read as {p.label}"), self, checkable=True)
            act.setData(p.value)
            act.setStatusTip("Word the checklist for this side: its duties read \"you\", "
                             "the other side's \"the other side\"")
            self.perspective_group.addAction(act)
            act.triggered.connect(self._on_perspective_triggered)
            self.act_persp[p] = act
            self.view_menu.addAction(act)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.matter_label = QLabel(self)
        self.matter_label.setObjectName("matterLabel")
        self.today_label = QLabel(f"Today: {long_date(self.today)}", self)
        self.store_label_w = QLabel(self)
        self.store_label_w.setObjectName("storeLabel")
        self.matter_label.setAccessibleName("Open matter")
        self.today_label.setAccessibleName("Today's date")
        self.store_label_w.setAccessibleName("Where the matter is stored")
        bar.addWidget(self.matter_label, 1)
        bar.addPermanentWidget(self.today_label)
        bar.addPermanentWidget(self.store_label_w)
        self._update_store_label()

    # --- state -------------------------------------------------------------------------
    @property
    def matter(self) -> Matter:
        """The open matter."""
        return self.doc.matter

    @property
    def schedule(self) -> Schedule:
        """The open matter's schedule."""
        return self.doc.schedule

    def current_item(self) -> ScheduledItem | None:
        """The item selected in the checklist."""
        return self.model.item(self.tree.currentIndex())

    def select_item(self, obligation_id: str, *, scroll: bool = True) -> None:
        """Select an item in the checklist (and so show its details and count)."""
        index = self.model.index_of(obligation_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            if scroll:
                self.tree.scrollTo(index)

    def _select_next_step(self) -> None:
        """Select the next step; with none dated, the first open item, else the first item.

        An order that sets no date still opens on one of its items, so the detail pane
        shows the order's words rather than an empty page.
        """
        sched = self.schedule
        nxt = sched.next_step()
        if nxt is None:
            open_tasks = sched.open_tasks()
            nxt = open_tasks[0] if open_tasks else (sched.items[0] if sched.items else None)
        if nxt is not None:
            self.select_item(nxt.id, scroll=False)
        self.tree.scrollToTop()

    def _restore_state(self) -> None:
        s = ui_settings.load(self.settings)
        if s.geometry:
            self.restoreGeometry(s.geometry)
        if s.window_state:
            self.restoreState(s.window_state)
        if s.main_splitter:
            self.main_split.restoreState(s.main_splitter)
        if s.left_splitter:
            self.left.restoreState(s.left_splitter)
        if s.detail_splitter:
            self.detail.split.restoreState(s.detail_splitter)
        self.detail.setVisible(s.show_detail)
        self.calendar_view.setVisible(s.show_calendar)

    def ui_state(self) -> ui_settings.UiSettings:
        """The window state to remember."""
        def b(data: QByteArray) -> bytes:
            return bytes(data.data())
        return ui_settings.UiSettings(
            geometry=b(self.saveGeometry()), window_state=b(self.saveState()),
            main_splitter=b(self.main_split.saveState()),
            left_splitter=b(self.left.saveState()),
            detail_splitter=b(self.detail.split.saveState()),
            show_calendar=not self.calendar_view.isHidden(),
            show_detail=not self.detail.isHidden())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QMainWindow.closeEvent: save the note being typed and the window state.

        A note the store refused is asked about first: closing would lose it.
        """
        self.detail.commit_note()
        if self.detail.unsaved_notes() and not self._close_losing_notes():
            event.ignore()
            return
        ui_settings.save(self.settings, self.ui_state())
        super().closeEvent(event)

    def _close_losing_notes(self) -> bool:
        """Ask whether to close although notes were not saved; True to close."""
        box_type = _box()
        n = len(self.detail.unsaved_notes())
        what = "A note you typed was" if n == 1 else f"{n} notes you typed were"
        box = box_type(box_type.Icon.Warning, "Notes not saved",
                       f"{what} not saved: the store cannot be written. Closing now loses "
                       f"{'it' if n == 1 else 'them'}.\n\nKeep the window open, copy the "
                       "note somewhere safe (or fix the store's folder), then close.", parent=self)
        keep = box.addButton("&Keep the window open", box_type.ButtonRole.RejectRole)
        close = box.addButton("Close &without saving", box_type.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is close  # Escape, or the box closed otherwise: keep open

    # --- showing -----------------------------------------------------------------------
    def _show_schedule(self, schedule: Schedule) -> None:
        self.model.set_schedule(schedule)
        self.calendar_view.set_schedule(schedule)
        self.detail.set_schedule(schedule)
        self._update_banner(schedule)
        m = schedule.matter
        self.setWindowTitle(f"{m.name} - meetconfer")
        case = f" ({m.case_number})" if m.case_number else ""
        self.matter_label.setText(f"Matter: {m.name}{case}")
        self.act_persp[m.perspective].setChecked(True)
        # File > the order's own joint paper ("Joint Letter..."), drafted from the matter.
        paper = wording.filing_name(m)
        self.act_statement.setText(f"&{paper[:1].upper()}{paper[1:]}...")
        self.act_statement.setStatusTip(f"Draft the {paper} from what this matter records")
        self.act_filing.setStatusTip(f"Record the day the {paper} was filed, and its ECF No.")
        self._update_actions()

    def _set_banner(self, html: str) -> None:
        """The banner's text, a size larger than the window's (rich text's "large": 1.2x)."""
        self.banner.setText(f"<span style='font-size:large'>{html}</span>")

    def _update_banner(self, schedule: Schedule) -> None:
        nxt = schedule.next_step()
        label, sentence, hint = wording.banner(schedule)
        if nxt is not None:
            key = status_key(nxt)
        elif label == "Up to date":
            key = _schedule.Status.DONE.value
        else:  # nothing found, or no date: not "all done" green
            key = _schedule.Status.OPEN.value
        pal = self.banner.palette()
        pal.setColor(QPalette.ColorRole.Window, theme.tint(key, 0.18))
        pal.setColor(QPalette.ColorRole.WindowText,
                     self.palette().color(QPalette.ColorRole.WindowText))
        self.banner.setPalette(pal)
        col = theme.colour(key).name()
        text = f"<b style='color:{col}'>Next step ({label.lower()}):</b> {_esc(sentence)}"
        if hint:
            text += f"<br><span style='font-size:small'>{_esc(hint)}</span>"
        for w in schedule.warnings:
            text += f"<br><span style='font-size:small'>Warning: {_esc(w)}</span>"
        self._set_banner(text)
        self.banner_text = " ".join(p for p in (f"Next step ({label.lower()}):", sentence,
                                                 hint) if p)
        self.banner.setAccessibleDescription(" ".join(p for p in (sentence, hint) if p))

    def _update_store_label(self) -> None:
        if self._repo is None:
            self.store_label_w.setText("Opening the store...")
            return
        ro = getattr(self.repo, "read_only", False)
        text = self.store_label or "Store in memory: changes are not kept"
        if ro:
            text += " (read-only)"
        self.store_label_w.setText(text)
        if ro:
            why = str(getattr(self.repo, "read_only_reason", "") or "")
            tip = (f"Open read-only{': ' + why if why else ''}. Nothing can be changed: close "
                   "the other program using the store, or check the folder's permissions, "
                   "then start meetconfer again.")
        elif "in memory" in text:
            tip = ("Nothing here is kept once meetconfer closes. To keep your work, start "
                   "meetconfer with a store on disk (the default, or --data-dir FOLDER).")
        else:
            tip = "Every change is saved here at once; File > Back up store copies it."
        self.store_label_w.setToolTip(tip)

    @Slot()
    def _update_actions(self) -> None:
        if not self._actions_built:
            return
        it = self.current_item()
        writable = self._repo is not None and not getattr(self._repo, "read_only", False)
        for act in (self.act_new, self.act_open, self.act_import, self.act_statement,
                    self.act_ics, self.act_report, self.act_history, self.act_prefs):
            act.setEnabled(self.loaded)
        on_disk = self._repo is not None and callable(getattr(self._repo, "backup", None))
        self.act_backup.setEnabled(self.loaded and on_disk)
        self.act_restore.setEnabled(self.loaded and writable and callable(
            getattr(self._repo, "restore_backup", None)))
        why = ("" if on_disk else "Only a store on disk can be backed up or restored; this "
               "session keeps its matters in memory.")
        backup_tip = why or "Copy the whole store to a file, safely"
        restore_tip = why or ("Replace the store with a backup, after showing what the backup "
                              "holds; the store as it was is kept")
        for act, tip in ((self.act_backup, backup_tip), (self.act_restore, restore_tip)):
            act.setToolTip(tip)
            act.setStatusTip(tip)
        for act in (self.act_contact, self.act_conference, self.act_filing, self.act_further,
                    self.act_details, self.act_calendar):
            act.setEnabled(writable)
        self.act_tick.setEnabled(writable and it is not None and it.obligation.kind.is_task)
        self.act_lock.setEnabled(writable and it is not None and bool(it.obligation.rules))
        self.act_na.setEnabled(writable and it is not None)
        self.act_add_item.setEnabled(writable)
        self.act_edit_item.setEnabled(writable and it is not None and it.obligation.kind in (
            _obligations.Kind.DEADLINE, _obligations.Kind.DUTY))
        self.act_remove_item.setEnabled(writable and it is not None and it.obligation.custom)
        self.act_na.setChecked(it is not None and it.status is _schedule.Status.NOT_APPLICABLE)
        for act in self.act_persp.values():
            act.setEnabled(writable)

    # --- slots: views ------------------------------------------------------------------
    @Slot(object)
    def _on_doc_changed(self, schedule: Schedule) -> None:
        self._show_schedule(schedule)

    @Slot(str)
    def _on_doc_failed(self, message: str) -> None:
        self._store_failure = message
        self.statusBar().showMessage(message, 10000)
        if not self._quiet_failures:
            _box().warning(self, "Not saved", message)

    @Slot(str)
    def _on_doc_reloaded(self, message: str) -> None:
        QTimer.singleShot(0, self.undo_stack.clear)
        _box().information(self, "Changed in another window", message)

    @Slot(QModelIndex, QModelIndex)
    def _on_tree_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        it = self.model.item(current)
        self.detail.show_item(it)
        self.calendar_view.show_item(it)
        self._update_actions()

    @Slot(QModelIndex)
    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        it = self.model.item(index)
        if it is not None and it.obligation.needs_record in RECORD_DIALOGS:
            getattr(self, RECORD_DIALOGS[it.obligation.needs_record])()

    @Slot()
    def _on_tree_details_requested(self) -> None:
        if self.detail.isHidden():
            self.detail.show()
            if self._actions_built:
                self.act_show_detail.setChecked(True)
        self.detail.summary.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _on_model_model_reset(self) -> None:
        self.tree.expandAll()

    @Slot(int, int, int)
    def _on_header_section_resized(self, _section: int, _old: int, _new: int) -> None:
        self.tree.doItemsLayout()

    @Slot(str, str)
    def _on_detail_note_edited(self, obligation_id: str, text: str) -> None:
        if self._saving_note or self._read_only():
            return  # a second commit while the first one's message is up (focus moved)
        self._saving_note = True
        # After one note was refused, trying again (each pause, each focus change) says so
        # in the status bar only: the box above the notes already says it is not saved.
        self._quiet_failures = bool(self.detail.unsaved_notes())
        try:
            self.undo_stack.push(_commands.NoteCommand(self.doc, obligation_id, text))
        finally:
            self._saving_note = False
            self._quiet_failures = False
        self.detail.note_saved(obligation_id, text,
                               saved=self.matter.note(obligation_id) == text)

    @Slot(str, bool)
    def _on_model_toggle_requested(self, obligation_id: str, checked: bool) -> None:  # noqa: FBT001
        if self._read_only():
            self.doc.refresh()
            return
        it = self.schedule.find(obligation_id)
        if it is None:
            return
        record = it.obligation.needs_record
        own_tick = self.matter.completion(obligation_id) is not None
        if record in RECORD_DIALOGS and (checked or not own_tick):
            if not checked:
                self.statusBar().showMessage(
                    "This item is done because of what was recorded; change the record to "
                    "mark it open again.", 8000)
            self.doc.refresh()
            getattr(self, RECORD_DIALOGS[record])()
            return
        if not checked and not own_tick and it.completion is not None:
            self.doc.refresh()
            _box().information(
                self, "Done by a record",
                f"This item is done because {it.completion.note or 'of an event recorded'}. "
                "Change that record to mark it open again.")
            return
        try:
            cmd = _commands.TickCommand(self.doc, obligation_id, checked=checked)
        except DomainError as err:
            self.doc.refresh()
            _box().warning(self, "Cannot tick", str(err))
            return
        self.undo_stack.push(cmd)

    @Slot()
    def _on_perspective_triggered(self) -> None:
        group = self.perspective_group
        act: QAction | None = group.checkedAction() if group is not None else None
        if act is None:
            return
        p = _obligations.Perspective(str(act.data()))
        if p is not self.matter.perspective:
            self.apply_edit(self.matter.with_details(perspective=p),
                            f"Read as {p.label}", action="edit",
                            detail=f"perspective: {p.value}")

    @Slot()
    def _go_today(self) -> None:
        self.calendar_view.calendar.setSelectedDate(QDate(self.today.year, self.today.month,
                                                          self.today.day))
        self.calendar_view.calendar.setFocus()

    # --- edits -------------------------------------------------------------------------
    def _read_only(self) -> bool:
        if not self.loaded:
            return True
        if getattr(self.repo, "read_only", False):
            _box().information(self, "Read-only store", "The store is open read-only: "
                                    "nothing can be changed. See the status bar.")
            return True
        return False

    def apply_edit(self, after: Matter, text: str, *, action: str,
                   obligation: str | None = None, detail: str = "") -> bool:
        """Push an undoable edit replacing the matter with ``after``; False if not saved."""
        if self._read_only():
            return False
        before_index = self.undo_stack.index()
        self.undo_stack.push(_commands.MatterCommand(self.doc, after, text, action=action,
                                           obligation=obligation, detail=detail))
        return self.undo_stack.index() != before_index or self.matter == after

    def attachment_functions(self, attached: list[str] | None = None
                             ) -> dict[str, Callable[..., object] | None]:
        """``attach`` and ``locate`` for the record dialogs (``attach`` None without a store).

        A file is copied into the store when attached; the entry keeps its relative path, and
        ``attached`` (if given) collects it, for ``_discard_unused`` once the dialog closes.
        """
        repo = self.repo
        matter_id = self.matter.id
        on_disk = not isinstance(repo, _store.MemoryRepository) and not repo.read_only

        def attach(path: Path) -> str:
            rel = repo.attach(matter_id, path)
            if attached is not None:
                attached.append(rel)
            return rel

        return {"attach": attach if on_disk else None, "locate": repo.attachment_path}

    def _discard_unused(self, matter_id: str, attached: list[str]) -> None:
        """Delete the copies a record dialog made that the saved matter does not keep.

        A cancelled dialog, or a file removed again before saving, would otherwise leave a copy
        of a letter in the store folder that nothing refers to. Files the matter keeps, and all
        files attached before this dialog (an undo may bring them back), stay.
        """
        if attached:
            self.repo.discard_attachments(matter_id, attached)

    def _dialog_module(self, name: str, what: str) -> ModuleType | None:
        full = f"meetconfer_gui.ui.{name}"
        try:
            return importlib.import_module(full)
        except ModuleNotFoundError as err:
            if err.name != full:
                raise
        _box().information(self, "Not available yet",
                                f"The {what} is not available yet in this version.")
        return None

    def _guard(self, build: object) -> Matter | None:
        """Call ``build()`` for a new matter value; show a domain error instead of raising."""
        assert callable(build)  # noqa: S101
        try:
            result = build()
        except (DomainError, ValueError) as err:
            _box().warning(self, "Not recorded", str(err))
            return None
        return result if isinstance(result, _matter.Matter) else None

    def _ask_and_apply(self, module: str, what: str,
                       ask: Callable[[ModuleType, Matter], V | None],
                       change: Callable[[V], Matter], describe: Callable[[V], _Edit], *,
                       retry: bool = True) -> None:
        """Ask a dialog for a value; apply the matter it makes as one undoable edit.

        If the store refuses the change (read-only, disk full), the dialog opens again with
        what was entered, so nothing typed is lost: save again once the store can be
        written, or cancel to drop it.

        Args:
            module: The dialog's module in ``meetconfer_gui.ui``.
            what: The dialog in words, should its module be missing.
            ask: Shows the dialog for a matter: the value, or None if the user cancelled.
            change: The matter with the value (a domain error is shown, not raised).
            describe: How the edit reads in the undo stack and the history.
            retry: Open the dialog again with the entries after the store refused them.
        """
        if self._read_only():
            return
        mod = self._dialog_module(module, what)
        if mod is None:
            return
        shown = self.matter
        while True:
            value = ask(mod, shown)
            if value is None:
                return
            after = self._guard(lambda v=value: change(v))
            if after is None or after == self.matter:
                return
            edit = describe(value)
            self._store_failure = ""
            self._quiet_failures = retry
            try:
                saved = self.apply_edit(after, edit.text, action=edit.action,
                                        obligation=edit.obligation, detail=edit.detail)
            finally:
                self._quiet_failures = False
            failure, self._store_failure = self._store_failure, ""
            if saved or not failure or not retry:
                return  # saved; or refused for another reason (a conflict reloads the matter)
            _box().warning(self, "Not saved", f"{failure}\n\nWhat you entered is kept: the "
                           "dialog opens again with it. Save again once the store can be "
                           "written, or choose Cancel to drop it.")
            shown = after

    @Slot()
    def record_contact(self) -> None:
        """Record attempts to reach the other side (the contact log)."""

        def change(log: tuple[ContactAttempt, ...]) -> Matter:
            m = self.matter
            for c in m.events.contacts:
                m = m.without_contact(c.id)
            for c in log:
                m = m.with_contact(c)
            return m

        attached: list[str] = []
        matter_id = self.matter.id
        self._ask_and_apply(
            "contact_dialog", "contact log dialog",
            lambda mod, m: mod.ContactLogDialog.ask(self, m, self.today, self.doc.user,
                                                    **self.attachment_functions(attached)),
            change,
            lambda log: _Edit("Record contact log", "contact", "contact",
                              f"{len(log)} entries"))
        self._discard_unused(matter_id, attached)

    @Slot()
    def record_conference(self) -> None:
        """Record the conference's sessions and its resolution."""

        def describe(record: ConferenceRecord) -> _Edit:
            days = ", ".join(s.held_on.isoformat() for s in record[0]) or "none"
            return _Edit("Record conference", "conference", "meet_and_confer",
                         f"sessions: {days}")

        attached: list[str] = []
        matter_id = self.matter.id
        self._ask_and_apply(
            "conference_dialog", "conference dialog",
            lambda mod, m: mod.ConferenceDialog.ask(self, m, self.today,
                                                    **self.attachment_functions(attached)),
            lambda record: self.matter.with_sessions(tuple(record[0]), record[1]),
            describe)
        self._discard_unused(matter_id, attached)

    @Slot()
    def record_filing(self) -> None:
        """Record the Joint Statement as filed."""
        self._ask_and_apply(
            "filing_dialog", "filing dialog",
            lambda mod, m: mod.FilingDialog.ask(self, m, self.today),
            lambda filing: self.matter.with_filing(filing),
            lambda filing: _Edit("Record filing", "filing", "statement_file",
                                 f"filed {filing.filed_on.isoformat()}"))

    @Slot()
    def record_further_order(self) -> None:
        """Record the court's further order."""
        self._ask_and_apply(
            "filing_dialog", "further order dialog",
            lambda mod, m: mod.FurtherOrderDialog.ask(self, m, self.today),
            lambda further: self.matter.with_further_order(further),
            lambda further: _Edit("Record further order", "order", "further_order",
                                  f"order of {further.on}"))

    @Slot()
    def matter_details(self) -> None:
        """Edit the case, the parties, the order's date and service."""
        if self._read_only():
            return
        mod = self._dialog_module("setup_dialog", "matter details dialog")
        if mod is None:
            return
        after = mod.MatterSetupDialog.ask(self, self.matter)
        if isinstance(after, _matter.Matter) and after != self.matter:
            from dataclasses import replace

            self.apply_edit(replace(after, id=self.matter.id), "Edit matter details",
                            action="edit", detail="matter details")

    @Slot()
    def court_calendar(self) -> None:
        """Decide disputed days and add closure days; the schedule follows every change."""
        if self._read_only():
            return
        mod = self._dialog_module("calendar_dialog", "court calendar dialog")
        if mod is None:
            return
        base = self.matter
        dlg = mod.CourtCalendarDialog(base, self.today, self)
        chosen: list[CalendarChoices] = []

        def on_changed(choices: CalendarChoices) -> None:
            chosen[:] = [choices]
            try:
                self.doc.preview(base.with_choices(choices))
            except (DomainError, ValueError) as err:
                self.statusBar().showMessage(str(err), 8000)

        def on_finished(result: int) -> None:
            value = getattr(dlg, "choices", None)
            if value is None or callable(value):
                value = value() if callable(value) else (chosen[0] if chosen else None)
            if _accepted(result) and value is not None \
                    and value != base.choices:
                self.apply_edit(base.with_choices(value), "Change court calendar",
                                action="calendar", detail="court calendar choices")
            else:
                self.doc.refresh()
            dlg.deleteLater()

        dlg.choices_changed.connect(on_changed)
        dlg.finished.connect(on_finished)
        dlg.open()

    @Slot()
    def lock_due_date(self) -> None:
        """Fix the selected item's due date by hand, or release the lock."""
        it = self.current_item()
        if it is None or not it.obligation.rules or self._read_only():
            return
        from meetconfer_gui.ui.lock_dialog import LockDialog

        dlg = LockDialog(it, self.today, self,
                         title=it.obligation.title_for(self.matter.perspective))

        def on_finished(result: int) -> None:
            if result == LockDialog.RELEASE:
                self.apply_edit(self.matter.with_lock(None, it.id), "Release locked date",
                                action="unlock", obligation=it.id, detail="lock released")
            elif _accepted(result):
                lock = dlg.lock()
                after = self._guard(lambda: self.matter.with_lock(lock))
                if after is not None and after != self.matter:
                    self.apply_edit(after, f"Lock due date to {short_date(lock.due)}",
                                    action="lock", obligation=it.id,
                                    detail=f"{lock.due.isoformat()}: {lock.reason}")
            dlg.deleteLater()

        dlg.finished.connect(on_finished)
        dlg.open()

    @Slot()
    def add_item(self) -> None:
        """Add an obligation of the user's own, or one from a later order."""
        self._ask_and_apply(
            "obligation_dialog", "item dialog",
            lambda mod, m: mod.ObligationDialog.ask(self, m, self.today),
            lambda ob: self.matter.with_obligation(ob),
            lambda ob: _Edit(f"Add item '{ob.title}'", "add_item", ob.id, ob.title),
            retry=False)

    @Slot()
    def edit_item_dates(self) -> None:
        """Change the selected item's days, trigger or fixed date."""
        it = self.current_item()
        if it is None:
            return
        self._ask_and_apply(
            "obligation_dialog", "item dialog",
            lambda mod, m: mod.ObligationDialog.ask(self, m, self.today, it.obligation),
            lambda ob: self.matter.with_obligation(ob),
            lambda ob: _Edit("Change how an item is dated", "edit", ob.id,
                             "; ".join(r.describe() for r in ob.rules)
                             or "no date of its own"),
            retry=False)

    @Slot()
    def remove_item(self) -> None:
        """Remove an item the user added (undoable)."""
        it = self.current_item()
        if it is None or self._read_only() or not it.obligation.custom:
            return
        after = self._guard(lambda: self.matter.without_obligation(it.id))
        if after is not None:
            self.apply_edit(after, f"Remove item '{it.obligation.title}'",
                            action="remove_item", obligation=it.id,
                            detail=it.obligation.title)

    @Slot()
    def toggle_not_applicable(self) -> None:
        """Mark the selected item as not applying to this matter, or applying again."""
        it = self.current_item()
        if it is None or self._read_only():
            return
        applicable = it.status is _schedule.Status.NOT_APPLICABLE
        after = self._guard(lambda: self.matter.with_applicable(it.id, applicable))
        if after is not None:
            text = "Mark applicable" if applicable else "Mark not applicable"
            self.apply_edit(after, text, action="applicable" if applicable else
                            "not_applicable", obligation=it.id, detail=text.lower())

    # --- matters -----------------------------------------------------------------------
    def open_matter_value(self, matter: Matter) -> None:
        """Show another matter; its undo history starts afresh."""
        self.detail.commit_note()
        self.undo_stack.clear()
        self.doc.open(matter)
        self._select_next_step()
        with contextlib.suppress(_store.StoreError):
            self.repo.set_setting("last_matter", matter.id)

    @Slot()
    def new_sample_matter(self) -> None:
        """Create a matter from the sample order, dated today so its countdown is live."""
        if self._read_only():
            return
        from meetconfer_gui.domain.sample import sample_matter

        answer = _box().question(
            self, "New matter from the sample",
            "Date the sample order today, so its deadlines count down from now?\n\n"
            "Yes: dated today. No: keep its own date (October 4, 2017).",
            _box().StandardButton.Yes | _box().StandardButton.No
            | _box().StandardButton.Cancel)
        if answer == _box().StandardButton.Cancel:
            return
        if answer == _box().StandardButton.Yes:
            matter = sample_matter(perspective=self.matter.perspective, order_date=self.today)
        else:
            matter = sample_matter(perspective=self.matter.perspective)
        self._create_and_open(matter)

    def _create_and_open(self, matter: Matter) -> None:
        """Store a new matter and show it, or say why it could not be stored."""
        try:
            created = self.repo.create(matter, user=self.doc.user)
        except _store.StoreError as err:
            _box().warning(self, "Not created", str(err))
            return
        self.open_matter_value(created)

    @Slot()
    def open_matter(self) -> None:
        """Pick a matter from the store."""
        mod = self._dialog_module("matters_dialog", "matter list")
        if mod is None:
            return
        matter_id = mod.MattersDialog.ask(self, self.repo, self.today)
        if not matter_id:
            return
        try:
            matter = self.repo.get(str(matter_id))
        except _store.StoreError as err:
            _box().warning(self, "Cannot open", str(err))
            return
        self.open_matter_value(matter)

    @Slot()
    def import_order(self) -> None:
        """Read an order's text into a new matter."""
        mod = self._dialog_module("import_wizard", "order import")
        if mod is None or self._read_only():
            return
        matter = mod.ImportWizard.ask(self, self.today)
        if matter is None:
            return
        self._create_and_open(matter)

    @Slot()
    def joint_statement(self) -> None:
        """Preview and export the Joint Statement."""
        mod = self._dialog_module("statement_dialog", "Joint Statement preview")
        if mod is None:
            return
        dlg = mod.StatementDialog(self.matter, self.today, self)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()

    @Slot()
    def show_history(self) -> None:
        """Show who did what and when, for the matter or the selected item."""
        mod = self._dialog_module("history_dialog", "history view")
        if mod is None:
            return
        it = self.current_item()
        dlg = mod.HistoryDialog(self.repo, self.matter.id, it.id if it else None, self)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()

    def _save_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested),
                                              pattern)
        return Path(path) if path else None

    @Slot()
    def export_calendar(self) -> None:
        """Write the deadlines to an .ics file for Outlook or other calendars."""
        try:
            from meetconfer_gui.export import ics
        except ImportError:
            _box().information(self, "Not available yet",
                                    "Calendar export is not available yet in this version; "
                                    "'meetconfer ics' will write it when it is.")
            return
        path = self._save_path("Export calendar", "meetconfer.ics", "Calendar (*.ics)")
        if path is None:
            return
        import json

        from meetconfer_gui.ui.preferences_dialog import ICS_ALARMS, alarm_days_from_setting

        # The last export's UIDs, SEQUENCE numbers and digests, kept in the store, so a
        # calendar app updates the same events (and cancels those that no longer apply)
        # wherever the file is written.
        key = f"ics_state:{self.matter.id}"
        previous = None
        with contextlib.suppress(_store.StoreError, ValueError, TypeError, AttributeError):
            kept = self.repo.setting(key)
            previous = ics.state_from_json(json.loads(kept)) if kept else None
        alarms = alarm_days_from_setting(self.repo.setting(ICS_ALARMS))
        try:
            export = ics.write_ics(self.schedule, path, previous=previous or None,
                                   alarm_days=alarms)
        except (OSError, DomainError) as err:
            _box().warning(self, "Not exported", str(err))
            return
        if not self.repo.read_only:
            try:
                self.repo.set_setting(key, json.dumps(ics.state_to_json(export.state)))
            except _store.StoreError as err:
                self.statusBar().showMessage(
                    f"Calendar written to {path}, but its event numbers were not kept ({err}): "
                    "export over the same file next time.", 12000)
                return
        self.statusBar().showMessage(
            f"Calendar written to {path}. Open it in Outlook or your calendar app to add the "
            "deadlines; after a change, export again to the same calendar to update them.",
            15000)

    @Slot()
    def status_report(self) -> None:
        """Write a PDF status report."""
        try:
            from meetconfer_gui.export import report
        except ImportError:
            _box().information(self, "Not available yet",
                                    "The status report is not available yet in this version.")
            return
        path = self._save_path("Status report", "meetconfer-status.pdf", "PDF (*.pdf)")
        if path is None:
            return
        try:
            report.write_report(self.schedule, path, self.repo.history(self.matter.id))
        except (OSError, DomainError, _store.StoreError) as err:
            _box().warning(self, "Not written", str(err))
            return
        self.statusBar().showMessage(f"Report written to {path}: open it to read or print "
                                     "it.", 12000)

    @Slot()
    def back_up_store(self) -> None:
        """Copy the whole store safely while the app runs."""
        backup = getattr(self.repo, "backup", None)
        if not callable(backup):
            _box().information(self, "Not available",
                                    "This store cannot be backed up (it is held in memory).")
            return
        path = self._save_path("Back up store", f"meetconfer-backup-{self.today}.sqlite3",
                               "SQLite store (*.sqlite3 *.db)")
        if path is None:
            return
        try:
            backup(path)
        except (OSError, _store.StoreError) as err:
            _box().warning(self, "Not backed up", str(err))
            return
        self.statusBar().showMessage(f"Store backed up to {path}. Keep the copy somewhere "
                                     "safe; File > Restore from backup brings it back.", 12000)

    def _open_path(self, title: str, pattern: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), pattern)
        return Path(path) if path else None

    @Slot()
    def restore_store(self) -> None:
        """Bring a backup back, after showing what it holds; the store as it was is kept."""
        restore = getattr(self.repo, "restore_backup", None)
        folder = getattr(self.repo, "data_dir", None)
        if not callable(restore) or not isinstance(folder, Path):
            _box().information(self, "Not available",
                               "Only a store on disk can be restored from a backup.")
            return
        if self._read_only():
            return
        path = self._open_path("Restore from backup",
                               "SQLite store (*.sqlite3 *.db);;All files (*)")
        if path is None:
            return
        from meetconfer_gui.storage.repository import describe_backup

        try:
            summary = describe_backup(path)
        except _store.StoreError as err:
            _box().warning(self, "Not a backup", f"{str(err)[:1].upper()}{str(err)[1:]}. "
                           "Nothing was changed.")
            return
        from datetime import datetime

        stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
        keep = folder / f"meetconfer-before-restore-{stamp}.sqlite3"
        from meetconfer_gui.ui.restore_dialog import RestoreDialog

        dlg = RestoreDialog(summary.describe(), keep, self)

        def on_finished(result: int) -> None:
            dlg.deleteLater()
            if not _accepted(result):
                return
            try:
                restore(path, keep_current=keep)
            except _store.StoreError as err:
                _box().warning(self, "Not restored", str(err))
                return
            self._reload_store(f"Restored {path.name}; the store as it was is kept as {keep}")

        dlg.finished.connect(on_finished)
        dlg.open()

    def _reload_store(self, message: str) -> None:
        """Show the store again after its content was replaced (a restore)."""
        from meetconfer_gui.app import first_matter

        self.undo_stack.clear()
        try:
            matter = self.repo.get(self.matter.id)
        except _store.StoreError:
            matter, _user = first_matter(self.repo, self.today, welcome=False, parent=self)
        self.open_matter_value(matter)
        self.statusBar().showMessage(message, 15000)

    def current_preferences(self) -> Preferences:
        """The preferences as they are: the store's settings and the open matter's."""
        from meetconfer_gui.ui import preferences_dialog as prefs

        return prefs.Preferences(
            self.doc.user or "me", self.matter.due_soon_days,
            prefs.alarm_days_from_setting(self.repo.setting(prefs.ICS_ALARMS)))

    @Slot()
    def preferences(self) -> None:
        """Edit your name for the history, "due soon" days and calendar alarms."""
        mod = self._dialog_module("preferences_dialog", "preferences dialog")
        if mod is None:
            return
        before = self.current_preferences()
        dlg = mod.PreferencesDialog(before, self.matter.name, self)

        def on_finished(result: int) -> None:
            chosen = dlg.accepted_value
            dlg.deleteLater()
            if _accepted(result) and chosen is not None:
                self.apply_preferences(before, chosen)

        dlg.finished.connect(on_finished)
        dlg.open()

    def apply_preferences(self, before: Preferences, after: Preferences) -> None:
        """Keep new preferences: settings in the store, "due soon" as an undoable edit."""
        from meetconfer_gui.ui import preferences_dialog as prefs

        if after.due_soon_days != before.due_soon_days:
            self.apply_edit(self.matter.with_details(due_soon_days=after.due_soon_days),
                            f"Due soon: {after.due_soon_days} days", action="edit",
                            detail=f"due soon: {after.due_soon_days} days")
        self.doc.user = after.user_name
        try:
            if after.user_name != before.user_name:
                self.repo.set_setting(prefs.USER_NAME, after.user_name)
            if after.alarm_days != before.alarm_days:
                self.repo.set_setting(prefs.ICS_ALARMS,
                                      prefs.alarm_days_to_setting(after.alarm_days))
        except _store.StoreError as err:
            _box().warning(self, "Preferences not kept",
                           f"They apply until you close meetconfer, but were not saved: {err}")

    # --- help --------------------------------------------------------------------------
    @Slot()
    def show_help(self, page: int = 0) -> None:
        """The glossary (page 0) or how deadlines are counted (page 1)."""
        from meetconfer_gui.ui.glossary_dialog import GlossaryDialog

        dlg = GlossaryDialog(self, page=page)
        dlg.finished.connect(dlg.deleteLater)
        dlg.open()

    @Slot()
    def show_about(self) -> None:
        """The About box: version, and not legal advice."""
        from meetconfer_gui.ui.glossary_dialog import show_about

        show_about(self)
