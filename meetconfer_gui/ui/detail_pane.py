"""The detail pane: one item's words in the order, its meaning, its count and the user's notes.

The order's full text is shown with the item's sentences highlighted (extra selections
over the spans ``OrderText.locate`` finds). The explanation comes first, in plain words,
then the dates: for the Joint Statement both clocks, the binding one marked, and why; then
the numbered counting steps with the rule each applies. Notes are saved as the user types
(after a short pause, or when the field loses focus) through an undoable command.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.ui import theme, wording
from meetconfer_gui.ui.checklist_model import days_left_text, due_text, status_key, status_text
from meetconfer_gui.ui.lazy import lazy, set_enum

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent

    from meetconfer_gui.domain import deadlines as _deadlines
    from meetconfer_gui.domain import obligations as _obligations
    from meetconfer_gui.domain import schedule as _schedule
    from meetconfer_gui.domain.ordertext import OrderText
    from meetconfer_gui.domain.schedule import Schedule, ScheduledItem
else:  # loaded with the first schedule, after the window has painted
    _deadlines = lazy("meetconfer_gui.domain.deadlines")
    _obligations = lazy("meetconfer_gui.domain.obligations")
    _schedule = lazy("meetconfer_gui.domain.schedule")

NOTE_DELAY_MS = 800
NOTES_LABEL = "&Notes (saved as you type; Edit > Undo takes them back):"
#: Said over a note the store refused; the note stays in the box and is tried again.
NOTES_UNSAVED_LABEL = ("&Notes: \u26a0 NOT SAVED, the store cannot be written. The note stays "
                       "here and is saved once it can be; copy it somewhere safe meanwhile.")


def _order_text(raw: str) -> OrderText:
    from meetconfer_gui.domain.ordertext import OrderText  # its patterns compile on first use

    return OrderText(raw)


_MARK = "**"  # the emphasis marks of an order typed as text (the sample's bold words)


def shown_text(raw: str) -> tuple[str, list[int], list[tuple[int, int]]]:
    """The order as the pane shows it: emphasis marks out, their words bold.

    Returns the text shown, each raw offset's position in it (``len(raw) + 1`` entries, so
    a span's end maps too), and the shown ranges the marks made bold (a mark left unpaired
    at the end makes nothing bold).
    """
    shown: list[str] = []
    where: list[int] = []
    bold: list[tuple[int, int]] = []
    opened: int | None = None
    i, n = 0, len(raw)
    while i < n:
        if raw.startswith(_MARK, i):
            here = len(shown)
            where += [here, here]
            if opened is None:
                opened = here
            else:
                if here > opened:
                    bold.append((opened, here))
                opened = None
            i += len(_MARK)
            continue
        where.append(len(shown))
        shown.append(raw[i])
        i += 1
    where.append(len(shown))
    return "".join(shown), where, bold


_COLUMNS = re.compile(r"\S(?: {3,}|\t+)\S")  # a caption's or a table's columns: keep the lines
_LIST_START = re.compile(r"\s*(?:\d+[.)]|\([a-zA-Z0-9]{1,4}\)|[a-zA-Z][.)]\s|[-*\u2022])")
_RULE_LINE = re.compile(r"[-_=*]{5}")  # a caption's ruled line ("-----X")
_NUMBERED_LINE = re.compile(r"\s*\d{1,2}\s")  # pleading paper's line numbers


def reflowed(text: str) -> str:
    """The order with the line breaks inside its paragraphs made spaces, for the pane's width.

    An order typed or extracted at its page's width breaks every line of a paragraph; the
    pane, narrower than the page, would wrap each of them again and leave ragged half lines.
    A break is joined only inside prose: the first line holds a few words, starts near the
    left margin, reaches near the right one and is no ruled line; the next is not indented,
    nor a list item after a full stop or a colon ("(10) days" inside a sentence is none);
    neither has the wide gaps of a caption's or a table's columns. Text with printed line
    numbers (pleading paper, the sample) keeps every break, so each number starts its line.
    Each break becomes one space (a CR LF two), so every offset stays where it was and the
    highlighted words stay on the order's own words.
    """
    lines = text.split("\n")
    words = [ln for ln in lines if ln.strip()]
    if not words or sum(bool(_NUMBERED_LINE.match(ln)) for ln in words) * 5 >= len(words) * 2:
        return text
    prose = [len(ln.rstrip()) for ln in words if not _COLUMNS.search(ln.strip())]
    if not prose:
        return text
    margin = 0.6 * max(prose)
    out: list[str] = []
    for here, after in zip(lines, [*lines[1:], None], strict=True):
        out.append(here)
        if after is None:
            break
        body = here.rstrip("\r")
        soft = (len(body.split()) >= 4 and after.strip() and not after[:1].isspace()
                and len(body) - len(body.lstrip()) <= 8 and not _RULE_LINE.search(body)
                and len(body.rstrip()) >= margin
                and not _COLUMNS.search(body.strip()) and not _COLUMNS.search(after.strip())
                and not (_LIST_START.match(after) and body.rstrip()[-1:] in ".:;"))
        if soft:
            out[-1] = body + " " * (len(here) - len(body))
            out.append(" ")
        else:
            out.append("\n")
    return "".join(out)


def _e(text: str) -> str:
    """Escape text for rich text, as ``html.escape(text, quote=False)`` does.

    Without importing ``html`` (3 ms before the first paint, for its entity table).
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _NoteEdit(QPlainTextEdit):
    """The notes field; says when it loses focus, so the note being typed is saved.

    An override rather than an event filter: a filter would call Python for every event the
    field gets, from the first paint on.
    """

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Override QPlainTextEdit.focusOutEvent: emit ``focus_lost``."""
        super().focusOutEvent(event)
        self.focus_lost.emit()


class DetailPane(QWidget):
    """Everything about the selected item."""

    note_edited = Signal(str, str)  # obligation id, the note's new text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._schedule: Schedule | None = None
        self._item: ScheduledItem | None = None
        self._order_text: OrderText | None = None
        self._order_raw = ""
        self._filing = wording.DEFAULT_FILING  # the order's name for its joint paper
        self._shown_at: list[int] = [0]  # raw offset -> offset in the text shown
        self._mono = False  # the order view's fixed-width font is set
        self.spans: list[tuple[int, int]] = []
        self.title_text = ""  # the title as plain text (tests, the window's own use)

        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        set_enum(self.title, "textInteractionFlags", "TextSelectableByMouse")
        set_enum(self.title, "textFormat", "RichText")  # bold and larger, no QFont made
        self.title.setAccessibleName("Selected item")
        self.meta = QLabel(self)
        self.meta.setObjectName("detailMeta")
        self.meta.setAccessibleName("Status, kind, who acts and due date of the selected item")
        self.meta.setWordWrap(True)

        self.summary = QTextBrowser(self)
        self.summary.setObjectName("detailSummary")
        self.summary.setAccessibleName("Explanation, dates and how they were counted")
        self.summary.setOpenLinks(False)

        self.order_view = QTextEdit(self)
        self.order_view.setObjectName("orderText")
        self.order_view.setReadOnly(True)
        self.order_view.setAccessibleName("The order's text, with this item's words highlighted")
        self.order_view.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        set_enum(self.order_view, "textInteractionFlags",
                 "TextSelectableByKeyboard|TextSelectableByMouse")
        order_box = QWidget(self)
        order_lay = QVBoxLayout(order_box)
        order_lay.setContentsMargins(0, 0, 0, 0)
        self.order_label = QLabel("The order (this item's words highlighted):", order_box)
        self.order_label.setBuddy(self.order_view)
        order_lay.addWidget(self.order_label)
        order_lay.addWidget(self.order_view)

        self.split = QSplitter(parent=self)  # by keyword: see ui/lazy.set_enum
        set_enum(self.split, "orientation", "Vertical")
        self.split.setObjectName("detailSplitter")
        self.split.addWidget(self.summary)
        self.split.addWidget(order_box)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)

        self.notes_label = QLabel(NOTES_LABEL, self)
        self.notes_label.setWordWrap(True)
        self.notes = _NoteEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName("Notes on this item")
        self.notes.setPlaceholderText("Who you spoke to, what was agreed, what to do next...")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(110)
        self.notes.setMinimumHeight(56)
        self.notes_label.setBuddy(self.notes)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DELAY_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self.notes.textChanged.connect(self._on_notes_text_changed)
        self.notes.focus_lost.connect(self.commit_note)
        self._setting_note = False
        # Notes the store refused (read-only, disk full), by item: kept in the box, and tried
        # again at the next commit, rather than replaced by the stored text and lost.
        self._unsaved: dict[str, str] = {}

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.meta)
        lay.addWidget(self.split, 1)
        lay.addWidget(self.notes_label)
        lay.addWidget(self.notes)
        self.show_item(None)

    # --- what to show ------------------------------------------------------------------
    def set_schedule(self, schedule: Schedule) -> None:
        """Show the item again from a new schedule (its note is kept while typing)."""
        self._schedule = schedule
        self._filing = wording.filing_name(schedule.matter)
        raw = schedule.matter.order.text
        if raw != self._order_raw or self._order_text is None:
            self._order_raw = raw
            self._order_text = None  # parsed when an item needs it
            self._show_order(raw)
        current = self._item.id if self._item is not None else None
        self._item = schedule.find(current) if current else None
        self._render()

    def show_item(self, it: ScheduledItem | None) -> None:
        """Show one item (None: an overview)."""
        self.commit_note()
        self._item = it
        self._render(note=True)

    @property
    def item(self) -> ScheduledItem | None:
        """The item shown."""
        return self._item

    # --- notes -------------------------------------------------------------------------
    @Slot()
    def commit_note(self) -> None:
        """Save the note being typed, if it changed."""
        self._note_timer.stop()
        it, sched = self._item, self._schedule
        if it is None or sched is None or not self.notes.isEnabled():
            return
        text = self.notes.toPlainText()
        if text != sched.matter.note(it.id):
            self.note_edited.emit(it.id, text)

    def note_saved(self, obligation_id: str, text: str, *, saved: bool) -> None:
        """Learn whether a note the pane emitted was saved; keep it in the box if it was not.

        Args:
            obligation_id: The item.
            text: The note as typed.
            saved: Whether the store kept it.
        """
        if saved:
            self._unsaved.pop(obligation_id, None)
        else:
            self._unsaved[obligation_id] = text
        if self._item is not None and self._item.id == obligation_id:
            if not saved:
                self._set_note(text)
            self._show_notes_state(obligation_id)

    def unsaved_notes(self) -> dict[str, str]:
        """The notes the store refused, by item id (empty when every note is saved)."""
        return dict(self._unsaved)

    def _show_notes_state(self, obligation_id: str | None) -> None:
        if obligation_id is not None and obligation_id in self._unsaved:
            self.notes_label.setText(NOTES_UNSAVED_LABEL)
            self.notes.setAccessibleDescription(NOTES_UNSAVED_LABEL.replace("&", ""))
        else:
            self.notes_label.setText(NOTES_LABEL)
            self.notes.setAccessibleDescription("")

    @Slot()
    def _on_notes_text_changed(self) -> None:
        if not self._setting_note:
            self._note_timer.start()

    # --- rendering ---------------------------------------------------------------------
    def _render(self, *, note: bool = False) -> None:
        it, sched = self._item, self._schedule
        if it is None or sched is None:
            self._render_overview()
            return
        ob = it.obligation
        persp = sched.matter.perspective
        self._set_title(ob.title_for(persp))
        key = status_key(it)
        col = theme.colour(key, self.palette()).name()
        filing = self._filing
        parts = [f"<b style='color:{col}'>{_e(status_text(it))}</b>",
                 _e(wording.kind_label(ob.kind, filing)),
                 f"who acts: {_e(wording.who_text(ob.who, persp, filing))}"]
        if due_text(it):
            parts.append(_e(due_text(it)))
        left = days_left_text(it, sched.today)
        if left:
            parts.append(f"<b style='color:{col}'>{_e(left)}</b>")
        self.meta.setText(" &middot; ".join(parts))
        self.summary.setHtml(self._summary_html(it, sched))
        self._highlight(it)
        current = self.notes.toPlainText()
        stored = sched.matter.note(it.id)
        unsaved = self._unsaved.get(it.id)
        if unsaved is not None:
            if unsaved == stored:
                del self._unsaved[it.id]  # saved since
            else:
                stored = unsaved  # shown until the store takes it: never dropped
        self.notes.setEnabled(True)
        if note or (current != stored and not self.notes.hasFocus()):
            self._set_note(stored)
        self._show_notes_state(it.id)

    def _set_note(self, text: str) -> None:
        self._setting_note = True
        try:
            if self.notes.toPlainText() != text:
                self.notes.setPlainText(text)
        finally:
            self._setting_note = False

    def _set_title(self, text: str) -> None:
        self.title_text = text
        self.title.setText(f"<span style='font-size:large'><b>{_e(text)}</b></span>")

    def _render_overview(self) -> None:
        sched = self._schedule
        self._set_title("Select an item in the checklist")
        self.meta.setText("Its words in the order, what it means, and how its date was "
                          "counted appear here.")
        body = ""
        if sched is not None:
            _label, sentence, hint = wording.banner(sched)
            body = f"<p><b>Next step:</b> {_e(sentence)}</p>"
            if hint:
                body += f"<p>{_e(hint)}</p>"
            for w in sched.warnings:
                body += f"<p><b>Warning:</b> {_e(w)}</p>"
        self.summary.setHtml(body)
        self.order_view.setExtraSelections([])
        self.spans = []
        self._set_note("")
        self.notes.setEnabled(False)

    def _summary_html(self, it: ScheduledItem, sched: Schedule) -> str:
        ob = it.obligation
        out: list[str] = []
        if ob.explain:
            out.append(f"<h3>In plain words</h3><p>{_e(ob.explain)}</p>")
        if it.completion is not None:
            c = it.completion
            by = f" by {_e(c.by)}" if c.by else ""
            note = f" ({_e(c.note)})" if c.note else ""
            out.append(f"<p><b>Done</b> on {_e(long_date(c.on))}{by}{note}.</p>")
        if it.status is _schedule.Status.NOT_APPLICABLE:
            out.append("<p><b>Marked not applicable</b> to this matter "
                       "(Edit &gt; Mark not applicable undoes it).</p>")
        out.append(self._dates_html(it, sched))
        if it.result is not None and it.due is not None and it.lock is None:
            out.append("<h3>How the date was counted</h3><ol>")
            for step in it.result.steps:
                kinds = _deadlines.StepKind
                strong = step.kind in (kinds.DUE, kinds.SKIP, kinds.SERVICE_DAYS)
                text = f"<b>{_e(step.text)}</b>" if strong else _e(step.text)
                out.append(f"<li>{text}<br><small>{_e(step.rule)}</small></li>")
            out.append("</ol>")
            for n in it.result.notes:
                out.append(f"<p><i>{_e(n)}</i></p>")
        quotes = ob.quotes
        if quotes:
            out.append("<h3>The order's words</h3>")
            for q in quotes:
                out.append(f"<blockquote>&ldquo;{_e(q.text)}&rdquo;<br>"
                           f"<small>{_e(q.reference)}</small></blockquote>")
        if not ob.kind.is_task:
            out.append(f"<p><i>This is a {_e(ob.kind.label.lower())}: there is nothing to "
                       "tick off.</i></p>")
        return "".join(out)

    def _dates_html(self, it: ScheduledItem, sched: Schedule) -> str:
        out: list[str] = []
        if it.lock is not None:
            out.append(f"<p><b>Due {_e(long_date(it.lock.due))}</b> (locked: "
                       f"{_e(it.lock.reason)}). {_e(it.why)}</p>")
        elif it.due is not None:
            out.append(f"<h3>Due {_e(long_date(it.due))}</h3>")
            if it.latest and it.latest != it.due:
                out.append(f"<p>Another reading of the rules gives {_e(long_date(it.latest))}; "
                           "filing by the earlier date is never late.</p>")
        elif it.target is not None:
            out.append(f"<h3>By {_e(long_date(it.target))}</h3>")
            if it.why:
                out.append(f"<p>{_e(it.why)}</p>")
            elif it.obligation.linked_to:
                out.append("<p>This step has no date of its own; it must be done before the "
                           "linked deadline.</p>")
        elif it.obligation.kind.is_task and it.status is not _schedule.Status.NOT_APPLICABLE:
            out.append(self._undated_html(it))
        if len(it.clocks) > 1:
            out.append("<p><b>The order sets two clocks; the earlier binds:</b></p><ul>")
            for c in it.clocks:
                binds = c.name == it.binding
                when = _e(long_date(c.due)) if c.due else "not started"
                mark = " &larr; <b>binds</b>" if binds else ""
                out.append(f"<li>{_e(c.rule.describe())}: <b>{when}</b>{mark}<br>"
                           f"<small>{_e(c.basis)}</small></li>")
            out.append("</ul>")
            if it.why:
                out.append(f"<p>{_e(it.why)}</p>")
            if sched.conference_by is not None and it.id == "statement_file":
                out.append(f"<p>To keep the 7 days, hold the conference by "
                           f"<b>{_e(long_date(sched.conference_by))}</b>.</p>")
        if it.cutoff:
            out.append(f"<p><b>Cut-off:</b> {_e(it.cutoff)}.</p>")
        return "".join(out)

    def _undated_html(self, it: ScheduledItem) -> str:
        """What a task the order gives no date means, and how to give it one."""
        if it.clocks:  # dated by a rule whose trigger has no date yet (a hearing)
            basis = "; ".join(dict.fromkeys(c.basis for c in it.clocks if c.basis))
            return (f"<p><b>Not dated yet</b>{': ' + _e(basis) if basis else ''}. When you "
                    "know the date, choose Edit &gt; Change how this item is dated "
                    "(Ctrl+Shift+D) to enter it.</p>")
        if it.obligation.kind is _obligations.Kind.CONTENT:
            return (f"<p><b>No date of its own.</b> This is something the {_e(self._filing)} "
                    "must say: it is due when the paper is filed. Tick it off once the "
                    "draft says it.</p>")
        if it.completion is not None:
            return ""
        return ("<p><b>No date.</b> The order gives this step no deadline of its own: tick "
                "it off once it is done. If the court sets a date later, choose Edit &gt; "
                "Change how this item is dated (Ctrl+Shift+D).</p>")

    def _show_order(self, raw: str) -> None:
        """Put the order's text in its view, emphasis marks shown as bold words."""
        if not self._mono:
            # The fixed-width font is set with the first order, not before the first paint
            # (the view is empty until then, and QFont costs start-up time).
            from PySide6.QtGui import QFontDatabase

            self.order_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self._mono = True
        if not raw:
            self._shown_at = [0]
            self.order_view.setPlainText("(No order text is stored for this matter.)")
            return
        text, self._shown_at, bold = shown_text(raw)
        self.order_view.setPlainText(reflowed(text))
        if bold:
            from PySide6.QtGui import QTextCharFormat, QTextCursor

            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            for start, end in bold:
                cur = QTextCursor(self.order_view.document())
                cur.setPosition(start)
                cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cur.mergeCharFormat(fmt)

    def _shown(self, raw_offset: int) -> int:
        """Where an offset of the raw order text is in the text shown."""
        at = self._shown_at
        return at[min(max(raw_offset, 0), len(at) - 1)]

    def _highlight(self, it: ScheduledItem) -> None:
        from PySide6.QtGui import QTextCharFormat, QTextCursor

        if self._order_text is None and self._order_raw:
            if not self.isVisible():  # reading the order waits until the window has painted
                self.spans = []
                self.order_view.setExtraSelections([])
                QTimer.singleShot(40, self._on_deferred_highlight)
                return
            self._order_text = _order_text(self._order_raw)
        selections: list[QTextEdit.ExtraSelection] = []
        self.spans = []
        if self._order_text is not None:
            pal = self.palette()
            for n, q in enumerate(it.obligation.quotes):
                span = self._order_text.locate(q.text)
                if span is None:
                    continue
                self.spans.append(span)
                fmt = QTextCharFormat()
                fmt.setBackground(theme.tint("warning", 0.45 if n == 0 else 0.25, pal))
                fmt.setForeground(pal.color(pal.ColorRole.Text))
                cur = QTextCursor(self.order_view.document())
                cur.setPosition(self._shown(span[0]))
                cur.setPosition(self._shown(span[1]), QTextCursor.MoveMode.KeepAnchor)
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cur
                sel.format = fmt
                selections.append(sel)
        self.order_view.setExtraSelections(selections)
        if self.spans:
            cur = QTextCursor(self.order_view.document())
            cur.setPosition(self._shown(self.spans[0][1]))
            self.order_view.setTextCursor(cur)
            self.order_view.ensureCursorVisible()
            cur.setPosition(self._shown(self.spans[0][0]))
            self.order_view.setTextCursor(cur)
            self.order_view.ensureCursorVisible()

    @Slot()
    def _on_deferred_highlight(self) -> None:
        if self._item is not None and self._order_raw:
            self._order_text = self._order_text or _order_text(self._order_raw)
            self._highlight(self._item)

    def highlighted_text(self) -> list[str]:
        """The highlighted spans' text (tests, and a screen reader's 'read selection')."""
        return [self._order_raw[a:b] for a, b in self.spans]
