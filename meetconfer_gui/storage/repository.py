"""The SQLite store: ``SqliteRepository`` and ``open_repository``.

A matter is stored as its JSON document (``storage.codec``) plus summary columns for the
matter list, and a ``revision`` number. Each repository remembers the revision it last read
or wrote of each matter; ``save`` refuses (``ConflictError``) when another window or process
saved in between, so the caller reloads rather than overwriting the other's change. Every
save appends its history entry in the same transaction. A deleted matter stays as a
tombstone with its history, so ``restore`` puts it back under its own id.

Only the timestamps of history entries read the clock (``clock`` is injectable for tests).
"""

from __future__ import annotations

import base64
import getpass
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from meetconfer_gui.domain.matter import Matter
from meetconfer_gui.storage import codec, db
from meetconfer_gui.storage.base import (
    ConflictError,
    HistoryEntry,
    MatterSummary,
    ReadOnlyStoreError,
    StoreError,
    matches,
    next_due_of,
)

Clock = Callable[[], datetime]

#: Preferences the Qt-free code needs, with their defaults (``user_name``: the OS account).
SETTING_DEFAULTS: dict[str, Callable[[], str]] = {
    "user_name": lambda: _os_user(),
    "due_soon_days": lambda: "7",
}


def _sha256(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex (hashlib imported here: it is not needed at start-up)."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container, a service account)
        return "user"


def _now() -> datetime:
    return datetime.now(UTC).astimezone()


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """What a backup (or a store file) holds, shown before it is restored.

    Attributes:
        path: The file.
        schema_version: Its schema version.
        matters: How many matters (deleted ones not counted).
        names: Their names, most recently changed first.
        last_change: When the last change was made, if any.
        history_entries: How many history entries it holds.
    """

    path: Path
    schema_version: int
    matters: int
    names: tuple[str, ...]
    last_change: datetime | None
    history_entries: int

    def describe(self) -> str:
        """The summary in words, for a confirmation."""
        when = self.last_change.strftime("%Y-%m-%d %H:%M") if self.last_change else "never"
        listed = "; ".join(self.names[:10]) + ("; ..." if len(self.names) > 10 else "")
        return (f"{self.path} holds {self.matters} matter{'s' if self.matters != 1 else ''}"
                f"{': ' + listed if listed else ''} (last change {when}, "
                f"{self.history_entries} history entries)")


class SqliteRepository:
    """The store in one SQLite file; implements ``storage.base.Repository``.

    Args:
        conn: A connection from ``db.connect`` with the schema at the current version.
        path: The SQLite file.
        read_only: Refuse every change (why, in ``read_only_reason``).
        clock: The time for history entries and ``updated``.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, *, read_only: bool = False,
                 clock: Clock = _now) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self.read_only_reason = "the store was opened read-only"
        self._clock = clock
        self._revisions: dict[str, int] = {}

    # --- helpers ------------------------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        """The store's folder."""
        return self.path.parent

    def _writable(self, doing: str) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(f"cannot {doing}: {self.read_only_reason}")

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        try:
            return list(self._conn.execute(sql, params).fetchall())
        except sqlite3.Error as err:
            raise db.translate(err, self.path, doing="read the store") from None

    def _stamp(self) -> str:
        return self._clock().isoformat()

    def _decode(self, matter_id: str, document: str) -> Matter:
        try:
            matter = codec.loads(document)
        except StoreError as err:
            raise StoreError(f"the matter {matter_id!r} in the store is damaged ({err}): "
                             "restore a backup ('meetconfer restore FILE')") from None
        return matter if matter.id == matter_id else replace(matter, id=matter_id)

    @staticmethod
    def _summary(row: sqlite3.Row | tuple[object, ...]) -> MatterSummary:
        mid, name, number, updated, archived, next_due = row[:6]
        return MatterSummary(str(mid), str(name), str(number),
                             datetime.fromisoformat(str(updated)), bool(archived),
                             date.fromisoformat(str(next_due)) if next_due else None)

    def _columns(self, matter: Matter) -> tuple[object, ...]:
        due = next_due_of(matter)
        return (matter.name, matter.case_number, matter.case_name, int(matter.archived),
                due.isoformat() if due else None, codec.dumps(matter))

    def _append(self, matter_id: str, at: str, user: str, action: str,
                obligation: str | None, detail: str) -> None:
        self._conn.execute(
            "INSERT INTO history (matter_id, at, user, action, obligation, detail) "
            "VALUES (?, ?, ?, ?, ?, ?)", (matter_id, at, user, action, obligation, detail))

    def _new_id(self) -> str:
        row = self._conn.execute(
            "SELECT MAX(CAST(id AS INTEGER)) FROM matters WHERE id GLOB '[0-9]*' "
            "AND id NOT GLOB '*[^0-9]*'").fetchone()
        return str(int(row[0] or 0) + 1)

    # --- Repository ---------------------------------------------------------------------------
    def list_matters(self, *, include_archived: bool = False) -> list[MatterSummary]:
        """Every matter, most recently updated first.

        Args:
            include_archived: Also list archived matters.

        Returns:
            One summary per matter (``next_due``: its most urgent open task's date).
        """
        rows = self._read(
            "SELECT id, name, case_number, updated, archived, next_due FROM matters "
            "WHERE deleted = 0 AND (archived = 0 OR ?) ORDER BY updated DESC, id",
            (int(include_archived),))
        return [self._summary(r) for r in rows]

    def search(self, text: str, *, include_archived: bool = False) -> list[MatterSummary]:
        """Matters whose name, case name or case number contains ``text``.

        Case, accents and punctuation are ignored ("13cv01820" finds "1:13-cv-01820").

        Args:
            text: What to look for; empty lists every matter.
            include_archived: Also search archived matters.

        Returns:
            The matching summaries, most recently updated first.
        """
        rows = self._read(
            "SELECT id, name, case_number, updated, archived, next_due, case_name "
            "FROM matters WHERE deleted = 0 AND (archived = 0 OR ?) ORDER BY updated DESC, id",
            (int(include_archived),))
        return [self._summary(r) for r in rows if matches(text, str(r[1]), str(r[2]),
                                                          str(r[6]))]

    def get(self, matter_id: str) -> Matter:
        """A matter by id, remembering its revision for ``save``.

        Args:
            matter_id: The id.

        Returns:
            The matter.

        Raises:
            StoreError: There is no such matter, or it is damaged.
        """
        rows = self._read("SELECT document, revision, deleted FROM matters WHERE id = ?",
                          (matter_id,))
        if not rows or rows[0][2]:
            gone = " (it was deleted)" if rows else ""
            raise StoreError(f"there is no matter {matter_id!r}{gone}: 'meetconfer matters' "
                             "lists them")
        document, revision, _ = rows[0]
        matter = self._decode(matter_id, str(document))
        self._revisions[matter_id] = int(revision)
        return matter

    def revision(self, matter_id: str) -> int | None:
        """The revision this repository last read or wrote of a matter (None: not yet)."""
        return self._revisions.get(matter_id)

    def create(self, matter: Matter, *, user: str) -> Matter:
        """Store a new matter under a new id.

        Args:
            matter: The matter (its id is replaced).
            user: Who, for the history.

        Returns:
            The matter with its new id.

        Raises:
            StoreError: The store cannot be written.
        """
        self._writable("create a matter")
        stamp = self._stamp()
        with db.write(self._conn, self.path, "create the matter"):
            new_id = self._new_id()
            stored = replace(matter, id=new_id)
            self._insert(stored, stamp)
            self._append(new_id, stamp, user, "create", None, f"created {stored.name}")
        self._revisions[new_id] = 1
        return stored

    def _insert(self, matter: Matter, stamp: str) -> None:
        name, number, case_name, archived, due, document = self._columns(matter)
        self._conn.execute(
            "INSERT INTO matters (id, name, case_number, case_name, updated, archived, "
            "next_due, revision, document) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)",
            (matter.id, name, number, case_name, stamp, archived, due, document))

    def save(self, matter: Matter, *, user: str, action: str, obligation: str | None = None,
             detail: str = "") -> None:
        """Save a matter and append one history entry, in one transaction.

        Args:
            matter: The matter as it now is.
            user: Who made the change.
            action: What kind of change ("tick", "untick", "edit", "contact" ...).
            obligation: The item it concerns, if one.
            detail: The change in words.

        Raises:
            ConflictError: Another window or process saved the matter since this repository
                read it (reload it with ``get``), or deleted it.
            StoreError: The store cannot be written (disk full, read-only, locked); nothing
                was saved.
        """
        self._writable("save the change")
        stamp = self._stamp()
        name, number, case_name, archived, due, document = self._columns(matter)
        with db.write(self._conn, self.path):
            row = self._conn.execute("SELECT revision, deleted FROM matters WHERE id = ?",
                                     (matter.id,)).fetchone()
            if row is None:
                raise StoreError(f"there is no matter {matter.id!r} in the store to save; "
                                 "create it first")
            current, deleted = int(row[0]), bool(row[1])
            if deleted:
                raise ConflictError(f"'{matter.name}' was deleted in another window or "
                                    "program, so this change was not saved")
            known = self._revisions.get(matter.id)
            if known is not None and known != current:
                raise ConflictError(f"'{matter.name}' was changed in another window or "
                                    "program since it was opened here: reload it and make "
                                    "the change again")
            self._conn.execute(
                "UPDATE matters SET name = ?, case_number = ?, case_name = ?, updated = ?, "
                "archived = ?, next_due = ?, document = ?, revision = ? WHERE id = ?",
                (name, number, case_name, stamp, archived, due, document, current + 1,
                 matter.id))
            self._append(matter.id, stamp, user, action, obligation, detail)
        self._revisions[matter.id] = current + 1

    def delete(self, matter_id: str, *, user: str) -> Matter:
        """Delete a matter; its history stays, and ``restore`` undoes the deletion.

        Args:
            matter_id: The id.
            user: Who, for the history.

        Returns:
            The matter as it was, to pass to ``restore``.

        Raises:
            StoreError: There is no such matter, or the store cannot be written.
        """
        self._writable("delete the matter")
        matter = self.get(matter_id)
        stamp = self._stamp()
        with db.write(self._conn, self.path, "delete the matter"):
            self._conn.execute("UPDATE matters SET deleted = 1, updated = ?, "
                               "revision = revision + 1 WHERE id = ?", (stamp, matter_id))
            self._append(matter_id, stamp, user, "delete", None, f"deleted {matter.name}")
        self._revisions.pop(matter_id, None)
        return matter

    def restore(self, matter: Matter, *, user: str) -> Matter:
        """Put a deleted matter back under its own id (or store it under that id).

        Args:
            matter: The matter ``delete`` returned.
            user: Who, for the history.

        Returns:
            The matter as stored.

        Raises:
            StoreError: A live matter already has that id, or the store cannot be written.
        """
        self._writable("restore the matter")
        stamp = self._stamp()
        name, number, case_name, archived, due, document = self._columns(matter)
        with db.write(self._conn, self.path, "restore the matter"):
            row = self._conn.execute("SELECT revision, deleted FROM matters WHERE id = ?",
                                     (matter.id,)).fetchone()
            if row is not None and not row[1]:
                raise StoreError(f"a matter with the id {matter.id!r} is already in the store")
            if row is None:
                self._insert(matter, stamp)
                revision = 1
            else:
                revision = int(row[0]) + 1
                self._conn.execute(
                    "UPDATE matters SET deleted = 0, name = ?, case_number = ?, case_name = ?, "
                    "updated = ?, archived = ?, next_due = ?, document = ?, revision = ? "
                    "WHERE id = ?", (name, number, case_name, stamp, archived, due, document,
                                     revision, matter.id))
            self._append(matter.id, stamp, user, "restore", None, f"restored {matter.name}")
        self._revisions[matter.id] = revision
        return matter

    def history(self, matter_id: str) -> list[HistoryEntry]:
        """A matter's history, oldest first (kept after the matter is deleted).

        Args:
            matter_id: The id.

        Returns:
            Its entries.
        """
        rows = self._read("SELECT at, user, action, obligation, detail FROM history "
                          "WHERE matter_id = ? ORDER BY seq", (matter_id,))
        return [HistoryEntry(datetime.fromisoformat(str(r[0])), str(r[1]), str(r[2]),
                             None if r[3] is None else str(r[3]), str(r[4]), matter_id)
                for r in rows]

    def setting(self, key: str, default: str = "") -> str:
        """A preference: the stored value, else ``default``, else the built-in default.

        Args:
            key: ``user_name``, ``due_soon_days``, or another key.
            default: Returned when nothing is stored (when not empty).

        Returns:
            The value.
        """
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        if rows:
            return str(rows[0][0])
        if default:
            return default
        factory = SETTING_DEFAULTS.get(key)
        return factory() if factory else ""

    def set_setting(self, key: str, value: str) -> None:
        """Set a preference.

        Args:
            key: The key.
            value: The value.

        Raises:
            StoreError: The store cannot be written.
        """
        self._writable("save the setting")
        with db.write(self._conn, self.path, "save the setting"):
            self._conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                               (key, value))

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
        with suppress(sqlite3.Error):  # closing never loses committed data
            self._conn.close()

    # --- attachments --------------------------------------------------------------------------
    def attach(self, matter_id: str, source: Path) -> str:
        """Copy a file (a letter, an e-mail) into the store folder's ``attachments/``.

        Args:
            matter_id: The matter it belongs to.
            source: The file.

        Returns:
            The path relative to the store folder, for an entry's ``attachments``.

        Raises:
            StoreError: The file cannot be read, or the store cannot be written.
        """
        self._writable("attach the file")
        self.get(matter_id)
        try:
            data = Path(source).read_bytes()
        except OSError as err:
            raise StoreError(f"cannot read {source} ({err.strerror or err}): check the "
                             "file") from None
        rel = self._store_file(matter_id, Path(source).name, data)
        return rel

    def _store_file(self, matter_id: str, name: str, data: bytes) -> str:
        safe = re.sub(r"[^\w.\- ]", "_", name).strip(" .") or "file"
        rel = f"{db.ATTACHMENTS}/{matter_id}/{os.urandom(4).hex()}-{safe[:80]}"
        target = self.data_dir / rel
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = target.with_name(target.name + ".partial")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except OSError as err:
            raise StoreError(f"cannot copy the file into the store ({err.strerror or err}): "
                             "check the free space and permissions of "
                             f"{self.data_dir}") from None
        try:
            with db.write(self._conn, self.path, "record the attachment"):
                self._conn.execute(
                    "INSERT INTO attachments (path, matter_id, original_name, size, sha256, "
                    "added) VALUES (?, ?, ?, ?, ?, ?)",
                    (rel, matter_id, name, len(data), _sha256(data),
                     self._stamp()))
        except StoreError:
            target.unlink(missing_ok=True)
            raise
        return rel

    def attachment_path(self, relative: str) -> Path:
        """Where an attached file is.

        Args:
            relative: The path ``attach`` returned.

        Returns:
            The absolute path.

        Raises:
            StoreError: The path points outside the store folder.
        """
        path = (self.data_dir / relative).resolve()
        if not path.is_relative_to(self.data_dir.resolve()):
            raise StoreError(f"{relative!r} is not a file of the store")
        return path

    def discard_attachments(self, matter_id: str, paths: Iterable[str]) -> list[str]:
        """Delete files attached to a matter that the matter as stored does not refer to.

        For the copies a dialog made and then did not keep (cancelled, or removed before it was
        saved), so a file the user took back does not stay in the store folder. A file the
        matter refers to is kept, and so is every file not attached to this matter. A failure
        leaves the rest in place (they are only unused copies).

        Args:
            matter_id: The matter the files were attached to.
            paths: Relative paths ``attach`` returned.

        Returns:
            The paths deleted.
        """
        wanted = list(dict.fromkeys(paths))
        if self.read_only or not wanted:
            return []
        try:
            keep = set(codec.attachment_paths(self.get(matter_id)))
        except StoreError:
            return []
        gone: list[str] = []
        for rel in wanted:
            if rel in keep:
                continue
            found = self._conn.execute(
                "SELECT 1 FROM attachments WHERE path = ? AND matter_id = ?",
                (rel, matter_id)).fetchone()
            if found is None:
                continue
            try:
                with db.write(self._conn, self.path, "discard an unused attachment"):
                    self._conn.execute("DELETE FROM attachments WHERE path = ?", (rel,))
                self.attachment_path(rel).unlink(missing_ok=True)
            except (StoreError, OSError):
                break
            gone.append(rel)
        return gone

    # --- moving a matter ----------------------------------------------------------------------
    def export_matter(self, matter_id: str) -> str:
        """A matter, its history and its attached files as one JSON text.

        Args:
            matter_id: The id.

        Returns:
            The text of an export file (``codec.read_export`` reads it).

        Raises:
            StoreError: There is no such matter, or an attached file is missing.
        """
        matter = self.get(matter_id)
        files = []
        for rel in codec.attachment_paths(matter):
            try:
                data = self.attachment_path(rel).read_bytes()
            except OSError as err:
                raise StoreError(f"the attached file {rel} is missing from the store "
                                 f"({err.strerror or err}): remove it from its entry or put "
                                 "it back, then export again") from None
            files.append(codec.AttachmentData(rel, base64.b64encode(data).decode("ascii"),
                                              _sha256(data)))
        return codec.export_text(codec.ExportFile(matter, tuple(self.history(matter_id)),
                                                  tuple(files)))

    def import_matter(self, text: str, *, user: str) -> Matter:
        """Add the matter of an export file as a new matter, with its history and files.

        The whole file is checked before anything is written; a bad file changes nothing.

        Args:
            text: The export file's text.
            user: Who imports it, for the history.

        Returns:
            The new matter (with its new id).

        Raises:
            StoreError: The file is bad (the message says why), or the store cannot be
                written.
        """
        self._writable("import the matter")
        export = codec.read_export(text)
        blobs: dict[str, bytes] = {}
        for att in export.attachments:
            try:
                data = base64.b64decode(att.data.encode("ascii"), validate=True)
            except ValueError:
                raise codec.CodecError(f"the attached file {att.path} is damaged in the "
                                       "export file") from None
            if _sha256(data) != att.sha256:
                raise codec.CodecError(f"the attached file {att.path} does not match its "
                                       "checksum: export the matter again")
            blobs[att.path] = data
        missing = [p for p in codec.attachment_paths(export.matter) if p not in blobs]
        if missing:
            raise codec.CodecError(f"the file refers to an attachment it does not hold: "
                                   f"{missing[0]}")
        stamp = self._stamp()
        written: list[Path] = []
        try:
            with db.write(self._conn, self.path, "import the matter"):
                new_id = self._new_id()
                renamed: dict[str, str] = {}
                for n, (old, data) in enumerate(blobs.items()):
                    rel = f"{db.ATTACHMENTS}/{new_id}/{n:03d}-{Path(old).name}"
                    target = self.data_dir / rel
                    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                    written.append(target)
                    with os.fdopen(fd, "wb") as fh:
                        fh.write(data)
                        os.fsync(fh.fileno())
                    renamed[old] = rel
                matter = codec.map_attachments(replace(export.matter, id=new_id),
                                               lambda p: renamed[p])
                self._insert(matter, stamp)
                for old, rel in renamed.items():
                    self._conn.execute(
                        "INSERT INTO attachments (path, matter_id, original_name, size, "
                        "sha256, added) VALUES (?, ?, ?, ?, ?, ?)",
                        (rel, new_id, Path(old).name, len(blobs[old]),
                         _sha256(blobs[old]), stamp))
                for h in export.history:
                    self._append(new_id, h.at.isoformat(), h.user, h.action, h.obligation,
                                 h.detail)
                self._append(new_id, stamp, user, "import", None,
                             f"imported {matter.name} (id {export.matter.id!r} where it "
                             "came from)")
        except OSError as err:
            for p in written:
                p.unlink(missing_ok=True)
            raise StoreError(f"cannot copy the attached files into the store "
                             f"({err.strerror or err})") from None
        except BaseException:
            for p in written:
                p.unlink(missing_ok=True)
            raise
        self._revisions[new_id] = 1
        return matter

    # --- backup and restore -------------------------------------------------------------------
    def backup(self, dest: Path) -> BackupSummary:
        """Copy the whole store to ``dest`` with SQLite's backup API, safe while it is in use.

        The copy is written beside ``dest`` and renamed into place when complete, so a
        failure never leaves a half-written backup under the name asked for.

        Args:
            dest: The backup file (replaced if it exists).

        Returns:
            What the backup holds.

        Raises:
            StoreError: The backup cannot be written.
        """
        dest = Path(dest).absolute()
        if dest == self.path.absolute():
            raise StoreError("a backup must go to another file than the store itself")
        tmp = dest.with_name(dest.name + ".partial")
        try:
            tmp.unlink(missing_ok=True)
            target = sqlite3.connect(tmp)
            try:
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            os.chmod(tmp, 0o600)
            os.replace(tmp, dest)
        except sqlite3.Error as err:
            tmp.unlink(missing_ok=True)
            raise db.translate(err, dest, doing="write the backup") from None
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"cannot write the backup {dest} ({err.strerror or err}): check "
                             "the folder and its free space") from None
        return describe_backup(dest)

    def restore_backup(self, source: Path, *, keep_current: Path | None = None) -> BackupSummary:
        """Replace the store's content with a backup's (``describe_backup`` it first).

        The current content is first backed up to ``keep_current`` (default: a file beside
        the store named ``meetconfer-before-restore-<time>.sqlite3``).

        Args:
            source: The backup file.
            keep_current: Where to keep the store as it was.

        Returns:
            What the store now holds.

        Raises:
            StoreError: The backup is not a valid store, or the store cannot be written.
        """
        self._writable("restore a backup")
        describe_backup(source)  # refuses a bad backup before anything changes
        if keep_current is None:
            stamp = self._clock().strftime("%Y%m%d-%H%M%S")
            keep_current = self.data_dir / f"meetconfer-before-restore-{stamp}.sqlite3"
        self.backup(keep_current)
        src = db.connect(Path(source), read_only=True)
        try:
            src.backup(self._conn)
        except sqlite3.Error as err:
            raise db.translate(err, self.path, doing="restore the backup") from None
        finally:
            src.close()
        self._conn.execute("PRAGMA journal_mode = WAL")
        db.migrate(self._conn, self.path)
        self._revisions.clear()
        return describe_backup(self.path)

    def integrity(self) -> str:
        """``PRAGMA integrity_check`` of the store: "ok" or the first problem found."""
        rows = self._read("PRAGMA integrity_check")
        return str(rows[0][0]) if rows else "ok"


def describe_backup(path: Path) -> BackupSummary:
    """Check a backup (or any store file) and say what it holds, writing nothing.

    Args:
        path: The file.

    Returns:
        Its summary.

    Raises:
        StoreError: It is missing, damaged, not a meetconfer store, or from a newer version.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"there is no backup file {path}: check the name")
    conn = db.connect(path, read_only=True)
    try:
        db.check_integrity(conn, path, quick=False)
        db.check_ours(conn, path)
        version = db.schema_version(conn)
        if version > db.SCHEMA_VERSION:
            raise StoreError(f"{path} was written by a newer version of meetconfer: update "
                             "meetconfer to restore it")
        if version == 0:
            raise StoreError(f"{path} is an empty file, not a meetconfer backup")
        rows = conn.execute("SELECT name, updated FROM matters WHERE deleted = 0 "
                            "ORDER BY updated DESC").fetchall()
        last = conn.execute("SELECT MAX(at) FROM history").fetchone()[0]
        entries = conn.execute("SELECT count(*) FROM history").fetchone()[0]
    except sqlite3.Error as err:
        raise db.translate(err, path, doing="read the backup") from None
    finally:
        conn.close()
    return BackupSummary(path, version, len(rows), tuple(str(r[0]) for r in rows),
                         datetime.fromisoformat(str(last)) if last else None, int(entries))


def _prepare_folder(data_dir: Path) -> None:
    if data_dir.is_dir():
        return
    try:
        data_dir.mkdir(parents=True, mode=0o700)
        os.chmod(data_dir, 0o700)  # mkdir's mode is masked by the umask
    except FileExistsError:
        pass
    except OSError as err:
        raise ReadOnlyStoreError(f"cannot create the store folder {data_dir} "
                                 f"({err.strerror or err}): use another folder with "
                                 "--data-dir") from None


def _prepare_file(path: Path) -> None:
    if path.exists():
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except FileExistsError:
        pass
    except OSError as err:
        raise ReadOnlyStoreError(f"cannot create the store {path} ({err.strerror or err}): "
                                 "the folder is read-only; use another folder with "
                                 "--data-dir") from None


def require_store(data_dir: str | os.PathLike[str] | None) -> Path:
    """Check that ``data_dir`` holds a store, without creating anything.

    Args:
        data_dir: The folder; None means ``$MEETCONFER_DATA_DIR`` or the user data folder.

    Returns:
        The store's file.

    Raises:
        StoreError: The folder is a file, or it holds no store yet.
    """
    folder = db.resolve_data_dir(data_dir)
    check_folder(folder)
    path = db.store_file(folder)
    if not path.is_file():
        raise StoreError(f"there is no store in {folder} yet: create a matter first "
                         "('meetconfer matter new --sample'), or give --data-dir")
    return path


def check_folder(folder: Path) -> None:
    """Raise StoreError if the store's folder exists but is not a folder.

    Args:
        folder: The store's folder.

    Raises:
        StoreError: ``folder`` is a file (or something else that is not a folder).
    """
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"the store folder {folder} is a file, not a folder: give a folder "
                         "with --data-dir (or MEETCONFER_DATA_DIR)")


def open_repository(data_dir: str | os.PathLike[str] | None, *, read_only: bool = False,
                    timeout: float = db.DEFAULT_TIMEOUT, clock: Clock = _now) -> SqliteRepository:
    """Open (creating if needed) the store in ``data_dir``.

    Args:
        data_dir: The folder; None means ``$MEETCONFER_DATA_DIR`` or the user data folder.
        read_only: Open for reading only (the command line's read-only commands).
        timeout: Seconds to wait for another writer.
        clock: The time for history entries.

    Returns:
        The repository.

    Raises:
        StoreError: The store cannot be opened; the subclass says why (corrupt, locked,
            read-only, newer). ``recovery.open_store`` handles each.
    """
    folder = db.resolve_data_dir(data_dir)
    path = db.store_file(folder)
    if read_only:
        require_store(folder)
    else:
        check_folder(folder)
        _prepare_folder(folder)
        _prepare_file(path)
    conn = db.connect(path, read_only=read_only, timeout=timeout)
    try:
        db.check_integrity(conn, path)
        db.check_ours(conn, path)
        version = db.schema_version(conn)
        if read_only:
            if version > db.SCHEMA_VERSION:
                db.migrate(conn, path)  # raises NewerStoreError
            if version < db.SCHEMA_VERSION:
                raise ReadOnlyStoreError(
                    f"the store {path} needs an upgrade (schema {version} to "
                    f"{db.SCHEMA_VERSION}), which needs write access: open it once with the "
                    "app or a command that changes it")
        else:
            db.migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return SqliteRepository(conn, path, read_only=read_only, clock=clock)


def history_json(entries: list[HistoryEntry]) -> str:
    """Entries as ``meetconfer history --json`` prints them."""
    return json.dumps([h.to_json() for h in entries], ensure_ascii=False)
