"""The SQLite file: where it lives, how it is opened, its schema and migrations.

The store is one SQLite file, ``meetconfer.sqlite3``, in the user's data folder (or the
folder ``--data-dir`` or ``$MEETCONFER_DATA_DIR`` names). The folder is created readable by
the user only (0700), the file too (0600). It runs in WAL mode with ``synchronous=FULL``, so a
change whose call has returned survives a kill or a power cut, and readers never wait for a
writer. The schema version is ``PRAGMA user_version``; ``MIGRATIONS`` are applied in order,
each in its own transaction (qutebrowser's ``misc/sql.py`` does the same).

Schema history:
    1. ``matters`` (the JSON document, summary columns, ``revision`` for optimistic
       concurrency, ``deleted`` tombstone), ``history`` (append-only: triggers refuse UPDATE
       and DELETE), ``settings``.
    2. ``matters.case_name`` and ``matters.next_due`` (filled from each document), so the list
       can be searched by case name and sorted by the next deadline without reading documents.
    3. ``attachments``: files copied into the store folder, each tied to its matter.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from meetconfer_gui.storage.base import (
    CorruptStoreError,
    LockedStoreError,
    NewerStoreError,
    ReadOnlyStoreError,
    StoreError,
    StoreFullError,
)

STORE_NAME = "meetconfer.sqlite3"
ATTACHMENTS = "attachments"
ENV_VAR = "MEETCONFER_DATA_DIR"
DEFAULT_TIMEOUT = 5.0
OPENING = "open the store"


def default_data_dir() -> Path:
    """``$MEETCONFER_DATA_DIR``, else the platform's user data folder for meetconfer.

    Returns:
        The folder (not created).
    """
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("meetconfer", appauthor=False))


def resolve_data_dir(data_dir: str | os.PathLike[str] | None) -> Path:
    """The folder to use: the one given, else ``default_data_dir()``.

    Args:
        data_dir: A folder, or None for the default.

    Returns:
        The folder, absolute (not created).
    """
    if data_dir is None or str(data_dir).strip() == "":
        return default_data_dir().absolute()
    return Path(data_dir).expanduser().absolute()


def store_file(data_dir: Path) -> Path:
    """The SQLite file of the store in ``data_dir``."""
    return data_dir / STORE_NAME


# --- errors -----------------------------------------------------------------------------------
def translate(err: sqlite3.Error, path: Path, *, doing: str = "save the change") -> StoreError:
    """Turn an SQLite error into a StoreError whose message says what to do.

    Args:
        err: The error.
        path: The store's file.
        doing: What was being done, for the message ("save the change").

    Returns:
        The StoreError subclass that fits (the caller raises it).
    """
    text = str(err).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StoreFullError(
            f"the disk holding the store ({path.parent}) is full, so meetconfer could not "
            f"{doing}; nothing already saved was lost. Free some space and try again")
    if "locked" in text or "busy" in text:
        return LockedStoreError(
            f"the store {path} is in use by another program or window, so meetconfer could "
            f"not {doing}. Close the other program (or wait a moment) and try again")
    if "readonly" in text or "read-only" in text or "permission" in text:
        return ReadOnlyStoreError(
            f"the store {path} cannot be written (the file or its folder is read-only), so "
            f"meetconfer could not {doing}. Check the permissions, or use another folder "
            "with --data-dir")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        if doing == OPENING:  # recovery.open_store says what it did about it
            return CorruptStoreError(f"the store {path} is damaged ({err})")
        return CorruptStoreError(
            f"the store {path} is damaged ({err}), so meetconfer could not {doing}. Restore a "
            "backup ('meetconfer restore FILE'), or restart the app to set the damaged file "
            "aside and start a new store")
    if "unable to open" in text:
        return ReadOnlyStoreError(
            f"the store {path} cannot be opened for writing ({err}). Check that its folder "
            "exists and can be written, or use another folder with --data-dir")
    return StoreError(f"meetconfer could not {doing} in the store {path} ({err})")


# --- connecting -------------------------------------------------------------------------------
def _uri(path: Path, mode: str) -> str:
    return f"{path.absolute().as_uri()}?{mode}"


def connect(path: Path, *, read_only: bool = False,
            timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    """Open the store's file with the store's settings.

    A writable connection switches the file to WAL mode. A read-only one opens with
    ``mode=ro``; where even that is impossible (a WAL file in a read-only folder with no
    ``-shm`` file), it opens the file as immutable, which is safe because nobody can write
    there.

    Args:
        path: The SQLite file.
        read_only: Open for reading only.
        timeout: Seconds to wait for another writer before giving up.

    Returns:
        A connection in autocommit mode (transactions are explicit: ``write``).

    Raises:
        StoreError: The file cannot be opened (the subclass says why).
    """
    def _open(uri: str) -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
                if mode is None or str(mode[0]).lower() != "wal":
                    raise sqlite3.OperationalError("unable to switch to WAL: readonly")
                conn.execute("PRAGMA synchronous = FULL")
            else:
                conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    try:
        if not read_only:
            return _open(_uri(path, "mode=rw"))
        try:
            return _open(_uri(path, "mode=ro"))
        except sqlite3.OperationalError as err:
            if "unable to open" not in str(err) and "readonly" not in str(err):
                raise
            return _open(_uri(path, "mode=ro&immutable=1"))
    except sqlite3.Error as err:
        raise translate(err, path, doing=OPENING) from None


@contextmanager
def write(conn: sqlite3.Connection, path: Path,
          doing: str = "save the change") -> Iterator[sqlite3.Connection]:
    """A write transaction: BEGIN IMMEDIATE, COMMIT at the end, ROLLBACK on any error.

    Args:
        conn: The connection (autocommit mode).
        path: The store's file, for messages.
        doing: What is being done, for messages.

    Yields:
        The connection, inside the transaction.

    Raises:
        StoreError: SQLite failed (disk full, locked, read-only ...); nothing was written.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as err:
        raise translate(err, path, doing=doing) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as err:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        if isinstance(err, sqlite3.Error):
            raise translate(err, path, doing=doing) from None
        raise


# --- schema -----------------------------------------------------------------------------------
Migration = Callable[[sqlite3.Connection], None]


def _v1(conn: sqlite3.Connection) -> None:
    for sql in (
        """CREATE TABLE matters (
               id TEXT PRIMARY KEY,
               name TEXT NOT NULL,
               case_number TEXT NOT NULL DEFAULT '',
               updated TEXT NOT NULL,
               archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
               deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
               revision INTEGER NOT NULL DEFAULT 1,
               document TEXT NOT NULL)""",
        """CREATE TABLE history (
               seq INTEGER PRIMARY KEY AUTOINCREMENT,
               matter_id TEXT NOT NULL REFERENCES matters(id),
               at TEXT NOT NULL,
               user TEXT NOT NULL,
               action TEXT NOT NULL,
               obligation TEXT,
               detail TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX history_by_matter ON history (matter_id, seq)",
        """CREATE TRIGGER history_no_update BEFORE UPDATE ON history
           BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
        """CREATE TRIGGER history_no_delete BEFORE DELETE ON history
           BEGIN SELECT RAISE(ABORT, 'history is append-only'); END""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ):
        conn.execute(sql)


def _v2(conn: sqlite3.Connection) -> None:
    from meetconfer_gui.storage import codec
    from meetconfer_gui.storage.base import next_due_of

    conn.execute("ALTER TABLE matters ADD COLUMN case_name TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE matters ADD COLUMN next_due TEXT")
    conn.execute("CREATE INDEX matters_by_next_due ON matters (deleted, archived, next_due)")
    rows = conn.execute("SELECT id, document FROM matters").fetchall()
    for matter_id, document in rows:
        try:
            matter = codec.loads(document)
        except StoreError:  # a damaged document keeps its row; get() will say so
            continue
        due = next_due_of(matter)
        conn.execute("UPDATE matters SET case_name = ?, next_due = ? WHERE id = ?",
                     (matter.case_name, due.isoformat() if due else None, matter_id))


def _v3(conn: sqlite3.Connection) -> None:
    conn.execute("""CREATE TABLE attachments (
                        path TEXT PRIMARY KEY,
                        matter_id TEXT NOT NULL REFERENCES matters(id),
                        original_name TEXT NOT NULL,
                        size INTEGER NOT NULL,
                        sha256 TEXT NOT NULL,
                        added TEXT NOT NULL)""")
    conn.execute("CREATE INDEX attachments_by_matter ON attachments (matter_id)")


#: Migration i+1 takes the schema from version i to i+1.
MIGRATIONS: tuple[Migration, ...] = (_v1, _v2, _v3)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    """The store's schema version (``PRAGMA user_version``)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection, path: Path, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to ``target``, one migration per transaction.

    A migration that fails rolls back and leaves the store at the version before it.

    Args:
        conn: A writable connection.
        path: The store's file, for messages.
        target: The version to reach (tests stop at earlier ones).

    Returns:
        The version the store had before.

    Raises:
        NewerStoreError: The store is newer than this version of meetconfer.
        StoreError: A migration failed.
    """
    start = schema_version(conn)
    if start > SCHEMA_VERSION:
        raise NewerStoreError(
            f"the store {path} was written by a newer version of meetconfer (schema {start}; "
            f"this version knows up to {SCHEMA_VERSION}): update meetconfer, or use another "
            "folder with --data-dir")
    for version in range(start + 1, target + 1):
        with write(conn, path, doing=f"upgrade the store to version {version}"):
            if schema_version(conn) >= version:  # another process upgraded it meanwhile
                continue
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
    return start


def check_integrity(conn: sqlite3.Connection, path: Path, *, quick: bool = True) -> None:
    """Raise CorruptStoreError unless SQLite's integrity check passes.

    Args:
        conn: A connection.
        path: The store's file, for messages.
        quick: ``PRAGMA quick_check`` (fast) rather than the full ``integrity_check``.

    Raises:
        CorruptStoreError: The file is damaged.
        StoreError: It could not be read at all (e.g. locked).
    """
    try:
        rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check"
                            ).fetchall()
    except sqlite3.Error as err:
        raise translate(err, path, doing=OPENING) from None
    problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
    if problems:
        raise CorruptStoreError(f"the store {path} is damaged ({problems[0]})")


def check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Raise CorruptStoreError if the file holds tables but is not a meetconfer store.

    Args:
        conn: A connection.
        path: The store's file.

    Raises:
        CorruptStoreError: A SQLite file of another program.
    """
    tables = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    if schema_version(conn) == 0:
        if tables:
            raise CorruptStoreError(f"{path} is a database of another program, not a "
                                    "meetconfer store")
    elif not {"matters", "history", "settings"} <= tables:
        raise CorruptStoreError(f"{path} lacks the tables of a meetconfer store")
