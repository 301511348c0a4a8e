"""Opening the store whatever state it is in: ``open_store`` never raises.

What happens to a store that cannot be opened as usual (issue 5, "Faults"):

- damaged, or not a meetconfer store: the file is copied aside untouched to
  ``meetconfer.sqlite3.corrupt-<time>`` (a new name, never over another file), removed, and
  a fresh store starts; the message says where the old file is.
- locked by another program: opened read-only if it can be read, else a session in memory;
  the message says to close the other program, and ``open_store`` can simply be called again.
- read-only file or folder: opened read-only; the message says changes can't be saved and why.
- written by a newer version, or its folder cannot be made: a session in memory, read-only.

A full disk shows up later, on a save: ``StoreFullError`` from the repository, with nothing
lost (the transaction rolls back).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from meetconfer_gui.storage import db
from meetconfer_gui.storage.base import (
    CorruptStoreError,
    LockedStoreError,
    MemoryRepository,
    NewerStoreError,
    ReadOnlyStoreError,
    Repository,
    StoreError,
)
from meetconfer_gui.storage.repository import SqliteRepository, open_repository

_NOT_KEPT = "changes made now will not be kept"


def _stamp() -> str:
    return datetime.now(UTC).astimezone().strftime("%Y%m%d-%H%M%S")


def set_aside(path: Path, stamp: str) -> Path:
    """Copy a damaged store (and its ``-wal``) to a new name, untouched, then remove it.

    Args:
        path: The store's file.
        stamp: The time, for the new name.

    Returns:
        Where the damaged file now is.

    Raises:
        OSError: The copy could not be made (the original is then left in place).
    """
    n = 0
    while True:
        aside = path.with_name(f"{path.name}.corrupt-{stamp}" + (f"-{n}" if n else ""))
        try:
            with open(path, "rb") as src, open(aside, "xb") as dst:  # "x": never overwrite
                shutil.copyfileobj(src, dst)
                dst.flush()
                os.fsync(dst.fileno())
            break
        except FileExistsError:
            n += 1
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        with open(wal, "rb") as src, open(aside.with_name(aside.name + "-wal"), "xb") as dst:
            shutil.copyfileobj(src, dst)
    shutil.copystat(path, aside)
    if aside.stat().st_size != path.stat().st_size:
        raise OSError(f"the copy of {path} is incomplete")
    for extra in (wal, path.with_name(path.name + "-shm"), path):
        extra.unlink(missing_ok=True)
    return aside


def _memory() -> MemoryRepository:
    repo = MemoryRepository()
    repo.read_only = True
    return repo


def _read_only(data_dir: Path, timeout: float, why: str) -> SqliteRepository | None:
    try:
        repo = open_repository(data_dir, read_only=True, timeout=timeout)
    except StoreError:
        return None
    repo.read_only_reason = why
    return repo


def open_store(data_dir: str | os.PathLike[str] | None, *, timeout: float = db.DEFAULT_TIMEOUT,
               stamp: Callable[[], str] = _stamp) -> tuple[Repository, str | None]:
    """Open the store for the app, whatever state it is in; never raises ``StoreError``.

    Args:
        data_dir: The folder (None: ``$MEETCONFER_DATA_DIR`` or the user data folder).
        timeout: Seconds to wait for a store locked by another program.
        stamp: The time for a damaged file's new name.

    Returns:
        The repository (check its ``read_only``) and a message for the user, or None when
        all is well.
    """
    folder = db.resolve_data_dir(data_dir)
    path = db.store_file(folder)
    try:
        return open_repository(folder, timeout=timeout), None
    except CorruptStoreError as err:
        try:
            aside = set_aside(path, stamp())
        except OSError as os_err:
            repo = _memory()
            return repo, (f"The store {path} is damaged ({err}) and could not be set aside "
                          f"({os_err.strerror or os_err}). Nothing was changed; {_NOT_KEPT}. "
                          "Restore a backup, or start with another folder (--data-dir).")
        said = str(err)
        message = (f"{said[:1].upper()}{said[1:]}. It has been kept untouched as {aside}, "
                   "and a new, empty store was started. Restore a backup to get your matters "
                   "back ('meetconfer restore FILE').")
        try:
            return open_repository(folder, timeout=timeout), message
        except StoreError as again:
            return _memory(), f"{message} The new store failed too " \
                f"({again}); {_NOT_KEPT}."
    except LockedStoreError:
        why = (f"the store {path} is locked by another program or meetconfer window: close it, "
               "then reopen the store to make changes")
        ro = _read_only(folder, min(timeout, 1.0), why)
        if ro is not None:
            return ro, (f"The store is locked by another program, so it was opened read-only: "
                        f"you can look but changes can't be saved. Close the other program "
                        f"(or meetconfer window) and open the store again. ({path})")
        return _memory(), (
            f"The store {path} is locked by another program and cannot even be read. Close "
            f"the other program (or meetconfer window) and try again; {_NOT_KEPT}.")
    except ReadOnlyStoreError as err:
        why = (f"the store {path} is read-only (its file or folder cannot be written); fix "
               f"the permissions of {folder} or use another folder with --data-dir")
        ro = _read_only(folder, timeout, why) if path.is_file() else None
        if ro is not None:
            return ro, (f"The store {path} is read-only (its file or folder cannot be "
                        "written), so it was opened for reading: you can look, but changes "
                        f"can't be saved. To make changes, fix the permissions of {folder} "
                        "or use another folder (--data-dir).")
        return _memory(), f"The store cannot be used: {err}; {_NOT_KEPT}."
    except NewerStoreError as err:
        return _memory(), f"{err}. Nothing was changed; {_NOT_KEPT}."
    except StoreError as err:
        return _memory(), f"The store could not be opened: {err}; {_NOT_KEPT}."
