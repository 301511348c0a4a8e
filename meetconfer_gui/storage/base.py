"""The store's interface: what the UI and the command line may ask of any store.

The SQLite store implements it (``storage.repository``); a shared server database for a
firm's team could too, without touching the UI or the domain. ``MemoryRepository`` keeps
everything in memory, for tests and for a session with no writable store.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Protocol

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import Matter


class StoreError(DomainError):
    """The store cannot do what was asked; the message says what happened and what to do."""


class ConflictError(StoreError):
    """Another window or process changed the matter since it was read."""


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
        rows = [MatterSummary(m.id, m.name, m.case_number, self._updated[m.id], m.archived)
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
