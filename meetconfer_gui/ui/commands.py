"""Undoable edits: each swaps two Matter values through the store and the open document.

A ``Matter`` is immutable, so every edit is a pair of values. Redo saves ``after``, undo
saves ``before``; either way the store appends a history entry and the document recomputes
the schedule and tells the window. When the store refuses (another window changed the
matter, the store is read-only or the disk is full) the command marks itself obsolete, so
the undo stack drops it, and the document reports the problem.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from meetconfer_gui.domain.matter import Completion, Matter
from meetconfer_gui.domain.schedule import Schedule, compute_schedule
from meetconfer_gui.storage.base import ConflictError, Repository, StoreError


class MatterDocument(QObject):
    """The open matter: its value, its schedule for today, and the store it lives in."""

    changed = Signal(object)  # the new Schedule
    failed = Signal(str)  # a message for the user
    reloaded = Signal(str)  # the matter was reloaded from the store; the message says why

    def __init__(self, repo: Repository, matter: Matter, today: date, user: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo, self.today, self.user = repo, today, user
        self._matter = matter
        self._schedule = compute_schedule(matter, today)

    @property
    def matter(self) -> Matter:
        """The matter as last saved."""
        return self._matter

    @property
    def schedule(self) -> Schedule:
        """The matter's schedule on ``today``."""
        return self._schedule

    def open(self, matter: Matter) -> None:
        """Show another matter (no save, no history)."""
        self._matter = matter
        self._schedule = compute_schedule(matter, self.today)
        self.changed.emit(self._schedule)

    def preview(self, matter: Matter) -> Schedule:
        """Recompute for a value not yet saved (a dialog's live preview) and show it."""
        schedule = compute_schedule(matter, self.today)
        self.changed.emit(schedule)
        return schedule

    def refresh(self) -> None:
        """Show the saved value again (after a preview was cancelled)."""
        self.changed.emit(self._schedule)

    def save(self, matter: Matter, *, action: str, obligation: str | None = None,
             detail: str = "") -> bool:
        """Save a new value of the matter and show it; False (and a message) on failure."""
        try:
            schedule = compute_schedule(matter, self.today)
            self.repo.save(matter, user=self.user, action=action, obligation=obligation,
                           detail=detail)
        except ConflictError as err:
            self._reload(f"{err} The matter was reloaded with the other window's changes; "
                         "undo history was cleared.")
            return False
        except (StoreError, OSError, ValueError) as err:
            self.failed.emit(f"Not saved: {err}")
            self.changed.emit(self._schedule)
            return False
        self._matter, self._schedule = matter, schedule
        self.changed.emit(schedule)
        return True

    def _reload(self, message: str) -> None:
        try:
            self._matter = self.repo.get(self._matter.id)
        except StoreError as err:
            message += f" ({err})"
        self._schedule = compute_schedule(self._matter, self.today)
        self.changed.emit(self._schedule)
        self.reloaded.emit(message)


class MatterCommand(QUndoCommand):
    """Replace the matter with ``after``; undo puts ``before`` back. Both are saved."""

    def __init__(self, doc: MatterDocument, after: Matter, text: str, *, action: str,
                 obligation: str | None = None, detail: str = "",
                 before: Matter | None = None) -> None:
        super().__init__(text)
        self._doc = doc
        self._before = before if before is not None else doc.matter
        self._after = after
        self.action, self.obligation, self.detail = action, obligation, detail or text

    @property
    def after(self) -> Matter:
        """The value redo saves."""
        return self._after

    def redo(self) -> None:
        """Override QUndoCommand.redo."""
        if not self._doc.save(self._after, action=self.action, obligation=self.obligation,
                              detail=self.detail):
            self.setObsolete(True)

    def undo(self) -> None:
        """Override QUndoCommand.undo."""
        if not self._doc.save(self._before, action="undo", obligation=self.obligation,
                              detail=f"undid: {self.text()}"):
            self.setObsolete(True)


class TickCommand(MatterCommand):
    """Tick an item off (today, by the user) or mark it open again."""

    def __init__(self, doc: MatterDocument, obligation_id: str, *, checked: bool,
                 on: date | None = None) -> None:
        matter = doc.matter
        title = matter.obligation(obligation_id).title_for(matter.perspective)
        if checked:
            day = on or doc.today
            after = matter.with_completion(Completion(obligation_id, day, doc.user))
            text, action = f"Tick '{_short(title)}'", "tick"
            detail = f"done on {day.isoformat()}"
        else:
            after = matter.without_completion(obligation_id)
            text, action, detail = f"Untick '{_short(title)}'", "untick", "marked open again"
        super().__init__(doc, after, text, action=action, obligation=obligation_id,
                         detail=detail)


class NoteCommand(MatterCommand):
    """Change an item's note; consecutive edits of one note merge into one undo step."""

    ID = 1001

    def __init__(self, doc: MatterDocument, obligation_id: str, text: str) -> None:
        after = doc.matter.with_note(obligation_id, text)
        super().__init__(doc, after, "Edit note", action="note", obligation=obligation_id,
                         detail=text)
        self.obligation_id = obligation_id

    def id(self) -> int:
        """Override QUndoCommand.id: notes merge."""
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Override QUndoCommand.mergeWith: keep the first before, take the last after."""
        if not isinstance(other, NoteCommand) or other.obligation_id != self.obligation_id:
            return False
        if other.isObsolete():  # its save failed: QUndoStack tries a merge before dropping it
            return False
        self._after = other.after
        self.detail = other.detail
        return True


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"
