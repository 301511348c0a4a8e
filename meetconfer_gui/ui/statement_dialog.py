"""The Joint Statement preview: the draft as editable text, what is missing, and saving it.

The body is drafted from the matter (``export.statement``) and shown as plain text the user
may edit; page one's caption comes from the case details and is shown read-only above it.
Beside the text, every ``[MISSING: ...]`` gap is listed in words (never by colour alone) and
the list follows the text as it is edited; activating a gap selects it in the text. The
options redraft the text (replacing it as one undoable edit, so Ctrl+Z restores the user's
own). "Save as Word / PDF / text" write the edited text with the caption.

Tests call ``save_to(path, fmt)`` or pass ``ask_path`` so no file dialog opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.matter import Matter
from meetconfer_gui.export.courts import court_style
from meetconfer_gui.export.statement import (
    OutputFormat,
    SigningMode,
    StatementDocument,
    StatementDraft,
    StatementKind,
    StatementOptions,
    build_statement,
    write_statement,
)
from meetconfer_gui.export.textblocks import missing_in
from meetconfer_gui.ui.widgets import (
    DateEdit,
    InlineMessage,
    Severity,
    fit_to_screen,
    set_tab_order,
    with_weekday,
)
from meetconfer_gui.ui.wording import filing_name

#: (parent, caption, suggested path, filter) -> chosen path, or "" when cancelled.
AskPath = Callable[[QWidget, str, str, str], str]

_FILTERS = {
    OutputFormat.DOCX: ("Save the statement as a Word document", "Word document (*.docx)",
                        ".docx"),
    OutputFormat.PDF: ("Save the statement as a PDF", "PDF (*.pdf)", ".pdf"),
    OutputFormat.TEXT: ("Save the statement as plain text", "Plain text (*.txt)", ".txt"),
}


def _signature_rule(matter: Matter) -> str:
    """The local rule a pro se party's "/s/" form follows in the matter's court, or ''.

    Taken from the court table the export uses (``export.courts``): "E.D. Cal. L.R. 131(f)"
    for an E.D. Cal. matter, nothing for a court whose rule the app does not know.
    """
    return court_style(matter).pro_se_rule


def signing_choices(matter: Matter) -> list[tuple[str, SigningMode]]:
    """The ways a party without counsel signs, named as the matter's court would know them.

    Each choice says what it does; the local rule's number is added only where the court
    table knows the matter's court has one (E.D. Cal. Local Rule 131(e) and (f)), so another
    court's user is not sent to a rule of a court that is not theirs.
    """
    retained = "Counsel keeps the signed original: \"/s/ Name (original signature retained " \
        "by ...)\""
    authorized = "\"/s/ Name (as authorized on a date)\""
    rule = _signature_rule(matter)
    if rule:
        base = re.sub(r"\([a-z]\)$", "", rule)  # "E.D. Cal. L.R. 131"
        return [(f"{retained} ({rule})", SigningMode.RULE_131F),
                (f"{authorized} ({base}(e))", SigningMode.AUTHORIZED)]
    return [(retained, SigningMode.RULE_131F), (authorized, SigningMode.AUTHORIZED)]


def signing_tip(matter: Matter) -> str:
    """The signing list's tooltip: where the two forms come from."""
    rule = _signature_rule(matter)
    if rule:
        base = re.sub(r"\([a-z]\)$", "", rule)
        return ("How a party without a lawyer signs a paper counsel files electronically "
                f"({base}).")
    return ("How a party without a lawyer signs a paper counsel files electronically. These "
            "two forms come from E.D. Cal. Local Rule 131; check your own court's local rule "
            "on electronic signatures.")


def _ask_path(parent: QWidget, caption: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return path


class StatementDialog(QDialog):
    """Preview, edit and save the Joint Statement of a matter.

    Args:
        matter: The matter.
        today: The default date of the signatures.
        parent: The parent widget.
        ask_path: Asks where to save (default: the system's save dialog).
    """

    saved = Signal(object)  # the Path written

    def __init__(self, matter: Matter, today: date, parent: QWidget | None = None, *,
                 ask_path: AskPath | None = None) -> None:
        super().__init__(parent)
        self._matter, self._today = matter, today
        self._ask_path: AskPath = ask_path or _ask_path
        self._draft: StatementDraft | None = None
        self._drafted_text = ""
        self.setWindowTitle(f"{filing_name(matter)} - {matter.name}")
        self.setObjectName("statementDialog")
        self._build()
        filing = matter.events.filing
        if filing is not None and filing.separate:
            # The matter records the filer's separate statement: draft that, not a joint one.
            with QSignalBlocker(self.kind):
                self.kind.setCurrentIndex(self.kind.findData(StatementKind.SEPARATE))
        self._redraft(announce=False)
        fit_to_screen(self, 1100, 700)

    # --- building -------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        intro = QLabel(
            "The draft below is written from what this matter records. Edit the text as you "
            "need; anything the matter does not record is marked [MISSING: ...] and listed "
            "on the right. Page one's caption comes from the case details.")
        intro.setWordWrap(True)
        outer.addWidget(intro)

        options = QGroupBox("Options")
        grid = QGridLayout(options)
        self.kind = QComboBox()
        paper = filing_name(self._matter)  # the order's own name: "Joint Letter"
        self.kind.addItem(f"{paper[:1].upper()}{paper[1:]}, signed by all parties",
                          StatementKind.JOINT)
        self.kind.addItem("Filer's separate statement: a party will not sign",
                          StatementKind.SEPARATE)
        self._label(grid, 0, 0, "&Statement:", self.kind)
        grid.addWidget(self.kind, 0, 1)
        self.signing = QComboBox()
        for text, mode in signing_choices(self._matter):
            self.signing.addItem(text, mode)
        self.signing.setToolTip(signing_tip(self._matter))
        self._label(grid, 1, 0, "Party without &counsel signs:", self.signing)
        grid.addWidget(self.signing, 1, 1)
        self.dated = DateEdit(self._today, "Date of the signatures")
        self._label(grid, 0, 2, "&Dated:", self.dated)
        grid.addWidget(with_weekday(self.dated), 0, 3)  # "Friday", as every date field
        self.authorized_known = QCheckBox("Signature &authorized on:")
        self.authorized_on = DateEdit(self._today, "Signature authorized on")
        grid.addWidget(self.authorized_known, 1, 2)
        grid.addWidget(with_weekday(self.authorized_on), 1, 3)
        self.signature_page = QCheckBox("Add a page for a party without counsel to sign by "
                                        "&hand")
        self.signature_page.setChecked(True)
        grid.addWidget(self.signature_page, 2, 1)
        self.sent_known = QCheckBox("Joint draft sent for signature &on:")
        self.sent_on = DateEdit(self._today, f"Proposed {paper} sent on")
        sent_row = QWidget()
        sent_box = QHBoxLayout(sent_row)
        sent_box.setContentsMargins(0, 0, 0, 0)
        sent_box.addWidget(self.sent_known)
        sent_box.addWidget(with_weekday(self.sent_on))
        self._sent_row = sent_row
        grid.addWidget(sent_row, 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        outer.addWidget(options)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        cap_label = QLabel("Page one (from the case details):")
        self.caption_view = QPlainTextEdit()
        self.caption_view.setReadOnly(True)
        self.caption_view.setAccessibleName("Caption on page one, from the case details")
        self.caption_view.setTabChangesFocus(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.caption_view.setFont(mono)
        self.caption_view.setMaximumHeight(120)
        cap_label.setBuddy(self.caption_view)
        body_label = QLabel("Statement &text (editable):")
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName("Statement text")
        self.editor.setAccessibleDescription(
            "Paragraphs are separated by blank lines; a line such as 'I. HEADING' is a "
            "heading; indented lines are kept as written; [PAGE BREAK] starts a new page.")
        self.editor.setTabChangesFocus(True)
        self.editor.setFont(mono)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        body_label.setBuddy(self.editor)
        left_box.addWidget(cap_label)
        left_box.addWidget(self.caption_view)
        left_box.addWidget(body_label)
        left_box.addWidget(self.editor, 1)
        split.addWidget(left)

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_list = QListWidget()
        self.missing_list.setAccessibleName("Missing facts")
        self.missing_list.setWordWrap(True)
        self.missing_list.setSpacing(3)
        self.missing_list.setAlternatingRowColors(True)
        self.missing_label.setBuddy(self.missing_list)
        hint = QLabel("Press Enter or double-click a gap to find it in the text.")
        hint.setWordWrap(True)
        self.warnings = InlineMessage()
        right_box.addWidget(self.missing_label)
        right_box.addWidget(self.missing_list, 1)
        right_box.addWidget(hint)
        right_box.addWidget(self.warnings)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        outer.addWidget(split, 1)

        self.message = InlineMessage()
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_docx = QPushButton("Save as &Word...")
        self.save_pdf = QPushButton("Save as &PDF...")
        self.save_text = QPushButton("Save as te&xt...")
        self.close_button = QPushButton("Close")
        for b in (self.save_docx, self.save_pdf, self.save_text):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._on_option_changed)
        self.signing.currentIndexChanged.connect(self._on_option_changed)
        self.authorized_known.toggled.connect(self._on_option_changed)
        self.authorized_on.value_changed.connect(self._on_option_changed)
        self.dated.value_changed.connect(self._on_option_changed)
        self.signature_page.toggled.connect(self._on_option_changed)
        self.sent_known.toggled.connect(self._on_option_changed)
        self.sent_on.value_changed.connect(self._on_option_changed)
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.missing_list.itemActivated.connect(self._on_missing_list_item_activated)
        self.save_docx.clicked.connect(lambda: self.save_as(OutputFormat.DOCX))
        self.save_pdf.clicked.connect(lambda: self.save_as(OutputFormat.PDF))
        self.save_text.clicked.connect(lambda: self.save_as(OutputFormat.TEXT))
        self.close_button.clicked.connect(self.reject)
        set_tab_order(self.kind, self.signing, self.authorized_known, self.authorized_on,
                      self.dated, self.signature_page, self.sent_known, self.sent_on,
                      self.caption_view, self.editor, self.missing_list, self.save_docx,
                      self.save_pdf, self.save_text, self.close_button)
        self.editor.setFocus()

    @staticmethod
    def _label(grid: QGridLayout, row: int, column: int, text: str, field: QWidget) -> None:
        """A label that names and focuses its field."""
        label = QLabel(text)
        label.setBuddy(field)
        if not field.accessibleName():
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        grid.addWidget(label, row, column)

    # --- state ------------------------------------------------------------------------
    def options(self) -> StatementOptions:
        """The options the controls show."""
        kind = StatementKind(self.kind.currentData())
        mode = SigningMode(self.signing.currentData())
        return StatementOptions(
            kind=kind, pro_se_signing=mode, dated=self.dated.value(),
            authorized_on=self.authorized_on.value() if self.authorized_known.isChecked()
            else None,
            signature_page=None if self.signature_page.isChecked() else False,
            sent_for_signature_on=self.sent_on.value() if self.sent_known.isChecked()
            else None)

    def draft(self) -> StatementDraft:
        """The draft for the current options (before the user's edits)."""
        assert self._draft is not None  # noqa: S101 - built in __init__
        return self._draft

    def text(self) -> str:
        """The body text as edited."""
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the body text as one undoable edit."""
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)

    def document(self) -> StatementDocument:
        """The caption with the edited body: what the save buttons write."""
        return self.draft().document(self.text())

    def missing(self) -> list[str]:
        """The gaps left in the caption and the edited text."""
        return self.document().missing

    @property
    def edited(self) -> bool:
        """Whether the user changed the drafted text."""
        return self.text() != self._drafted_text

    # --- drafting ---------------------------------------------------------------------
    def _redraft(self, *, announce: bool) -> None:
        was_edited = bool(self._drafted_text) and self.edited
        opts = self.options()
        self._draft = build_statement(self._matter, self._today, opts)
        self.caption_view.setPlainText(self._draft.caption.to_text())
        self._drafted_text = self._draft.body_text()
        self.set_text(self._drafted_text)
        # The date matters only where a signature reads "(as authorized on DATE)".
        authorized = "(as authorized on" in self._drafted_text
        self.authorized_known.setEnabled(authorized)
        self.authorized_on.setEnabled(authorized and self.authorized_known.isChecked())
        self._sent_row.setVisible(opts.kind is StatementKind.SEPARATE)
        self.sent_on.setEnabled(self.sent_known.isChecked())
        self._show_warnings()
        if announce and was_edited:
            self.message.set_message(
                "The text was drafted again for the new options, replacing your edits. "
                "Undo (Ctrl+Z) in the text brings them back.", Severity.INFO)

    def _show_warnings(self) -> None:
        warnings = list(self.draft().warnings)
        if warnings:
            self.warnings.set_message(" ".join(warnings), Severity.WARNING, "Check")
        else:
            self.warnings.set_message("", Severity.OK)

    def _refresh_missing(self) -> None:
        hints = {g.label: g.hint for g in self.draft().gaps}
        gaps = missing_in(self.draft().caption.to_text() + "\n" + self.text())
        self.missing_list.clear()
        for label in gaps:
            item = QListWidgetItem(f"Missing: {label}")
            hint = hints.get(label, "")
            if hint:
                item.setToolTip(f"Where to record it: {hint}")
            item.setData(Qt.ItemDataRole.UserRole, label)
            self.missing_list.addItem(item)
        n = len(gaps)
        if n:
            self.missing_label.setText(
                # A no-break space keeps "[MISSING: ...]" on one line of the narrow column.
                f"&Missing facts: {n}. Each is marked [MISSING:\u00a0...] in the text; fill "
                "it in there, or record it in the matter, before filing.")
        else:
            self.missing_label.setText("&Missing facts: none. Read the whole text before "
                                       "filing.")

    def set_matter(self, matter: Matter) -> None:
        """Show the matter as it is now (after an edit elsewhere), drafting the text anew."""
        self._matter = matter
        self._redraft(announce=True)

    # --- saving -----------------------------------------------------------------------
    def suggested_name(self, fmt: OutputFormat) -> str:
        """A file name for the statement in a format."""
        base = self._matter.case_name or self._matter.name or "statement"
        paper = filing_name(self._matter)
        title = "Separate Statement" if self.draft().kind is StatementKind.SEPARATE else \
            f"{paper[:1].upper()}{paper[1:]}"
        safe = re.sub(r"[^\w .,-]+", "", f"{base} - {title}").strip() or "statement"
        return safe + _FILTERS[fmt][2]

    def save_to(self, path: str | Path, fmt: OutputFormat | str) -> Path:
        """Write the edited statement.

        Args:
            path: The file.
            fmt: docx, pdf or text.

        Returns:
            The path written.

        Raises:
            OSError: The file cannot be written.
        """
        out = write_statement(self.document(), path, OutputFormat(fmt))
        gaps = self.missing()
        note = (f" It still has {len(gaps)} [MISSING: ...] gap{'s' if len(gaps) != 1 else ''}."
                if gaps else "")
        self.message.set_message(f"Saved {out}.{note}",
                                 Severity.WARNING if gaps else Severity.OK, "Saved")
        self.saved.emit(out)
        return out

    def save_as(self, fmt: OutputFormat) -> Path | None:
        """Ask where to save, then save; None when the user cancels or it fails."""
        caption, filters, ext = _FILTERS[fmt]
        path = self._ask_path(self, caption, self.suggested_name(fmt), filters)
        if not path:
            return None
        if not Path(path).suffix:
            path += ext
        try:
            return self.save_to(path, fmt)
        except OSError as err:
            self.message.set_message(f"Could not save {path}: {err.strerror or err}. Choose "
                                     "another folder or file name.", Severity.ERROR,
                                     "Not saved")
            return None

    # --- slots --------------------------------------------------------------------------
    @Slot()
    def _on_option_changed(self) -> None:
        self._redraft(announce=True)

    @Slot()
    def _on_editor_text_changed(self) -> None:
        if self._draft is not None:
            self._refresh_missing()

    @Slot(QListWidgetItem)
    def _on_missing_list_item_activated(self, item: QListWidgetItem) -> None:
        label = str(item.data(Qt.ItemDataRole.UserRole))
        marker = f"[MISSING: {label}]"
        doc = self.editor.document()
        found = doc.find(marker, self.editor.textCursor())
        if found.isNull():
            found = doc.find(marker, 0, QTextDocument.FindFlag(0))
        if not found.isNull():
            self.editor.setTextCursor(found)
            self.editor.setFocus()
        else:
            self.message.set_message(f"'{label}' is on page one: record it in the case "
                                     "details.", Severity.INFO)

