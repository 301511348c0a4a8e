"""The store's interface: what the UI and the command line may ask of any store.

The SQLite store implements it (``storage.repository``); a shared server database for a
firm's team could too, without touching the UI or the domain. ``MemoryRepository`` keeps
everything in memory, for tests and for a session with no writable store.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import Matter


class StoreError(DomainError):
    """The store cannot do what was asked; the message says what happened and what to do."""


class ConflictError(StoreError):
    """Another window or process changed the matter since it was read."""


class CorruptStoreError(StoreError):
    """The store's file is damaged or is not a meetconfer store."""


class LockedStoreError(StoreError):
    """Another program holds the store locked."""


class ReadOnlyStoreError(StoreError):
    """The store (its file or folder) cannot be written."""


class StoreFullError(StoreError):
    """The disk holding the store is full; the change was not saved."""


class NewerStoreError(StoreError):
    """The store was written by a newer version of meetconfer."""


@dataclass(frozen=True, slots=True)
class MatterSummary:
    """One row of the matter list."""

    id: str
    name: str
    case_number: str
    updated: datetime
    archived: bool = False
    next_due: date | None = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One append-only history entry."""

    at: datetime
    user: str
    action: str  # "tick", "untick", "edit", "conference", "contact", "create", ...
    obligation: str | None
    detail: str
    matter_id: str = ""

    def to_json(self) -> dict[str, str | None]:
        """As ``meetconfer history --json`` prints it."""
        return {"at": self.at.isoformat(timespec="seconds"), "user": self.user,
                "action": self.action, "obligation": self.obligation, "detail": self.detail}


class Repository(Protocol):
    """A store of matters. Every call that changes something is one transaction."""

    read_only: bool

    def list_matters(self, *, include_archived: bool = False) -> list[MatterSummary]:
        """Every matter, most recently updated first."""
        ...

    def get(self, matter_id: str) -> Matter:
        """A matter by id; raises StoreError if there is none."""
        ...

    def create(self, matter: Matter, *, user: str) -> Matter:
        """Store a new matter under a new id and return it with that id."""
        ...

    def save(self, matter: Matter, *, user: str, action: str, obligation: str | None = None,
             detail: str = "") -> None:
        """Save a matter and append one history entry, in one transaction."""
        ...

    def delete(self, matter_id: str, *, user: str) -> Matter:
        """Delete a matter (its history is kept); return it so the deletion can be undone."""
        ...

    def history(self, matter_id: str) -> list[HistoryEntry]:
        """A matter's history, oldest first."""
        ...

    def setting(self, key: str, default: str = "") -> str:
        """A preference (user name, due-soon days)."""
        ...

    def set_setting(self, key: str, value: str) -> None:
        """Set a preference."""
        ...

    def close(self) -> None:
        """Release the store."""
        ...

    def search(self, text: str, *, include_archived: bool = False) -> list[MatterSummary]:
        """Matters whose name, case name or case number contains ``text`` (any case)."""
        ...

    def restore(self, matter: Matter, *, user: str) -> Matter:
        """Put a deleted matter back under its own id (undo of ``delete``)."""
        ...

    def attach(self, matter_id: str, source: Path) -> str:
        """Copy a file into the store; return the relative path an entry's attachments hold."""
        ...

    def attachment_path(self, relative: str) -> Path:
        """Where an attached file is, from the relative path ``attach`` returned."""
        ...

    def discard_attachments(self, matter_id: str, paths: Iterable[str]) -> list[str]:
        """Delete attached files the matter as stored does not refer to; return their paths."""
        ...


def next_due_of(matter: Matter) -> date | None:
    """The date of the matter's most urgent open task, for sorting the matter list.

    Which tasks are open and their dates do not depend on the day (only "due soon" and
    "overdue" do), so the schedule is computed for the order's own date and no clock is read.

    Args:
        matter: The matter.

    Returns:
        The earliest date shown among tasks neither done nor marked not applicable, or None.
    """
    from meetconfer_gui.domain.schedule import compute_schedule

    try:
        schedule = compute_schedule(matter, matter.order.signed)
    except DomainError:  # a matter whose dates cannot be counted still lists, last
        return None
    step = schedule.next_step()
    return step.date_shown if step is not None else None


def sort_by_next_due(rows: Iterable[MatterSummary]) -> list[MatterSummary]:
    """Matters by next deadline (soonest first; those with none last, by name)."""
    return sorted(rows, key=lambda r: (r.next_due is None, r.next_due or date.max,
                                       r.name.casefold(), r.id))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).casefold()


def matches(query: str, *fields: str) -> bool:
    """Whether ``query`` occurs in any field, ignoring case, accents and punctuation.

    Punctuation is ignored so that "13cv01820" finds "1:13-cv-01820".
    """
    q = _fold(query.strip())
    if not q:
        return True
    bare_q = "".join(ch for ch in q if ch.isalnum())
    for f in fields:
        text = _fold(f)
        if q in text:
            return True
        bare = "".join(ch for ch in text if ch.isalnum())
        if bare_q and bare_q in bare:
            return True
    return False


class MemoryRepository:
    """A Repository in memory (tests; a session that could not open its store)."""

    def __init__(self, clock: type[datetime] = datetime) -> None:
        self.read_only = False
        self._matters: dict[str, Matter] = {}
        self._updated: dict[str, datetime] = {}
        self._history: list[HistoryEntry] = []
        self._settings: dict[str, str] = {}
        self._ids = itertools.count(1)
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock.now().astimezone()

    def list_matters(self, *, include_archived: bool = False) -> list[MatterSummary]:
        """Every matter, most recently updated first."""
        rows = [MatterSummary(m.id, m.name, m.case_number, self._updated[m.id], m.archived,
                              next_due_of(m))
                for m in self._matters.values() if include_archived or not m.archived]
        return sorted(rows, key=lambda r: r.updated, reverse=True)

    def get(self, matter_id: str) -> Matter:
        """A matter by id."""
        try:
            return self._matters[matter_id]
        except KeyError:
            raise StoreError(f"there is no matter {matter_id!r}: 'meetconfer matters' lists "
                             "them") from None

    def create(self, matter: Matter, *, user: str) -> Matter:
        """Store a new matter under a new id."""
        new_id = str(next(self._ids))
        while new_id in self._matters:
            new_id = str(next(self._ids))
        stored = replace(matter, id=new_id)
        self._matters[new_id] = stored
        self._updated[new_id] = self._now()
        self._history.append(HistoryEntry(self._now(), user, "create", None,
                                          f"created {matter.name}", new_id))
        return stored

    def save(self, matter: Matter, *, user: str, action: str, obligation: str | None = None,
             detail: str = "") -> None:
        """Save a matter and append one history entry."""
        self._matters[matter.id] = matter
        self._updated[matter.id] = self._now()
        self._history.append(HistoryEntry(self._now(), user, action, obligation, detail,
                                          matter.id))

    def delete(self, matter_id: str, *, user: str) -> Matter:
        """Delete a matter."""
        matter = self.get(matter_id)
        del self._matters[matter_id]
        self._history.append(HistoryEntry(self._now(), user, "delete", None,
                                          f"deleted {matter.name}", matter_id))
        return matter

    def history(self, matter_id: str) -> list[HistoryEntry]:
        """A matter's history, oldest first."""
        return [h for h in self._history if h.matter_id == matter_id]

    def setting(self, key: str, default: str = "") -> str:
        """A preference."""
        return self._settings.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        """Set a preference."""
        self._settings[key] = value

    def close(self) -> None:
        """Nothing to release."""

    def search(self, text: str, *, include_archived: bool = False) -> list[MatterSummary]:
        """Matters whose name, case name or case number contains ``text``."""
        return [r for r in self.list_matters(include_archived=include_archived)
                if matches(text, r.name, r.case_number, self._matters[r.id].case_name)]

    def restore(self, matter: Matter, *, user: str) -> Matter:
        """Put a deleted matter back under its own id."""
        if matter.id in self._matters:
            raise StoreError(f"a matter with the id {matter.id!r} is already in the store")
        self._matters[matter.id] = matter
        self._updated[matter.id] = self._now()
        self._history.append(HistoryEntry(self._now(), user, "restore", None,
                                          f"restored {matter.name}", matter.id))
        return matter

    def attach(self, matter_id: str, source: Path) -> str:
        """Attachments need a store on disk."""
        raise StoreError("this session has no store on disk, so files cannot be attached: "
                         "start the app with a writable data folder (--data-dir)")

    def attachment_path(self, relative: str) -> Path:
        """The path as given (there is no store folder)."""
        return Path(relative)

    def discard_attachments(self, matter_id: str, paths: Iterable[str]) -> list[str]:
        """Nothing to delete: nothing is ever attached without a store on disk."""
        return []
