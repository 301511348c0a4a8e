"""Faults: a corrupt, locked or read-only store and a full disk are handled, never raised raw.

Tests run as root, which ignores file permissions, so the operating system's errors are
simulated (a patched connect, ``PRAGMA max_page_count`` for a full disk) or produced for
real by a forked child that drops its privileges to ``nobody``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from meetconfer_gui.domain.matter import Completion
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage import db
from meetconfer_gui.storage.base import (
    LockedStoreError,
    MemoryRepository,
    ReadOnlyStoreError,
    StoreFullError,
)
from meetconfer_gui.storage.recovery import open_store
from meetconfer_gui.storage.repository import SqliteRepository, open_repository

TICK = Completion("contact", date(2017, 10, 20), "ana")


def _filled(data_dir) -> None:
    repo = open_repository(data_dir)
    repo.create(sample_matter(), user="ana")
    repo.create(replace(sample_matter(), name="Doe v. Roe"), user="ana")
    repo.close()


def test_garbage_file_is_set_aside_untouched_and_a_fresh_store_starts(data_dir):
    data_dir.mkdir()
    junk = b"this is not a database, it is a shopping list\n" * 50
    (data_dir / db.STORE_NAME).write_bytes(junk)
    repo, message = open_store(data_dir, stamp=lambda: "20260302-090000")
    aside = data_dir / f"{db.STORE_NAME}.corrupt-20260302-090000"
    assert isinstance(repo, SqliteRepository) and not repo.read_only
    assert message is not None and str(aside) in message and "damaged" in message
    assert aside.read_bytes() == junk
    assert repo.list_matters() == []
    repo.create(sample_matter(), user="ana")  # the fresh store works
    repo.close()
    # the same again in the same second: a new name, the first copy is not overwritten
    (data_dir / db.STORE_NAME).write_bytes(b"second junk" * 100)
    for suffix in ("-wal", "-shm"):
        (data_dir / (db.STORE_NAME + suffix)).unlink(missing_ok=True)
    repo, message = open_store(data_dir, stamp=lambda: "20260302-090000")
    assert aside.read_bytes() == junk
    assert (data_dir / f"{aside.name}-1").read_bytes() == b"second junk" * 100
    assert message is not None and f"{aside.name}-1" in message
    repo.close()


def test_damaged_pages_fail_the_integrity_check_and_are_set_aside(data_dir):
    _filled(data_dir)
    path = data_dir / db.STORE_NAME
    raw = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(raw), page):  # scribble over every page but the header's
        raw[start + 8:start + 40] = b"\xff" * 32
    path.write_bytes(bytes(raw))
    repo, message = open_store(data_dir, stamp=lambda: "t")
    assert message is not None and "damaged" in message and ".corrupt-t" in message
    assert (data_dir / f"{db.STORE_NAME}.corrupt-t").read_bytes() == bytes(raw)
    assert repo.list_matters() == [] and not repo.read_only
    repo.close()


def test_a_store_of_another_program_is_set_aside_too(data_dir):
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / db.STORE_NAME)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    repo, message = open_store(data_dir, stamp=lambda: "t")
    assert message is not None and "another program" in message
    assert isinstance(repo, SqliteRepository)
    repo.close()


def test_exclusively_locked_store_opens_in_memory_with_a_message(data_dir):
    _filled(data_dir)
    holder = sqlite3.connect(data_dir / db.STORE_NAME, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        repo, message = open_store(data_dir, timeout=0.1)
        assert isinstance(repo, MemoryRepository) and repo.read_only
        assert message is not None and "locked by another program" in message
        assert "try again" in message
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    repo, message = open_store(data_dir, timeout=0.1)  # retry once the other lets go
    assert message is None and len(repo.list_matters()) == 2
    repo.close()


def test_a_writer_holding_the_lock_makes_save_fail_cleanly(data_dir):
    _filled(data_dir)
    repo = open_repository(data_dir, timeout=0.1)
    m = repo.get("1")
    holder = sqlite3.connect(data_dir / db.STORE_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert len(repo.list_matters()) == 2  # readers still read (WAL)
        with pytest.raises(LockedStoreError, match="in use by another program"):
            repo.save(m.with_completion(TICK), user="ana", action="tick")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    repo.save(m.with_completion(TICK), user="ana", action="tick")  # the retry goes through
    assert repo.get("1").completion("contact") == TICK
    repo.close()


def test_read_only_file_opens_read_only_with_a_reason(data_dir, monkeypatch):
    _filled(data_dir)
    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        if "mode=rw" in str(database):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    repo, message = open_store(data_dir)
    assert isinstance(repo, SqliteRepository) and repo.read_only
    assert message is not None and "read-only" in message and "can't be saved" in message
    assert len(repo.list_matters()) == 2
    with pytest.raises(ReadOnlyStoreError, match=r"cannot save the change: .*read-only"):
        repo.save(repo.get("1"), user="ana", action="edit")
    repo.close()


def test_folder_that_cannot_be_created_gives_a_memory_session(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pathlib.Path.mkdir", refuse)
    repo, message = open_store(tmp_path / "nowhere")
    assert isinstance(repo, MemoryRepository) and repo.read_only
    assert message is not None and "Permission denied" in message and "--data-dir" in message


def _as_nobody(data_dir) -> dict[str, Any]:
    """Open the store in a forked child running as ``nobody``; return what it saw."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        os.close(read)
        try:
            os.setgid(65534)
            os.setuid(65534)
            repo, message = open_store(data_dir, timeout=0.5)
            out = {"read_only": repo.read_only, "message": message,
                   "names": sorted(r.name for r in repo.list_matters())}
            try:
                repo.save(repo.get("1"), user="x", action="edit")
                out["saved"] = True
            except ReadOnlyStoreError as err:
                out["save_error"] = str(err)
        except BaseException as err:  # reported to the parent
            out = {"error": repr(err)}
        os.write(write, json.dumps(out).encode())
        os._exit(0)
    os.close(write)
    data = b""
    while chunk := os.read(read, 65536):
        data += chunk
    os.close(read)
    os.waitpid(pid, 0)
    seen: dict[str, Any] = json.loads(data)
    return seen


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop privileges")
def test_read_only_folder_for_real_as_an_unprivileged_user(tmp_path):
    tmp_path.chmod(0o755)
    data_dir = tmp_path / "store"
    _filled(data_dir)
    for p in (data_dir, *data_dir.iterdir()):
        os.chown(p, 65534, 65534)
    data_dir.chmod(0o555)  # nobody owns the file but cannot write the folder (no -wal)
    parents = [tmp_path, *tmp_path.parents]
    modes = {p: p.stat().st_mode for p in parents}
    try:
        for p in parents:
            p.chmod(p.stat().st_mode | 0o005)
        seen = _as_nobody(data_dir)
    finally:
        for p, mode in modes.items():
            p.chmod(mode)
        data_dir.chmod(0o700)
    assert "error" not in seen, seen
    assert seen["read_only"] is True
    assert seen["names"] == ["Doe v. Roe", "Moore v. Gipson (sample order)"]
    assert "read-only" in seen["message"] and "can't be saved" in seen["message"]
    assert "cannot save the change" in seen["save_error"]


def test_full_disk_rolls_back_and_says_so(repo, data_dir):
    m = repo.create(sample_matter(), user="ana")
    ticked = m.with_completion(TICK)
    repo.save(ticked, user="ana", action="tick", obligation="contact")
    pages = repo._conn.execute("PRAGMA page_count").fetchone()[0]
    repo._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    huge = ticked.with_note("contact", "x" * 200_000)
    with pytest.raises(StoreFullError, match=r"is full.*nothing already saved was lost"):
        repo.save(huge, user="ana", action="note", obligation="contact")
    assert repo.get(m.id) == ticked
    assert [h.action for h in repo.history(m.id)] == ["create", "tick"]
    assert repo.integrity() == "ok"
    repo._conn.execute("PRAGMA max_page_count = 1073741823")  # space was freed
    repo.save(huge, user="ana", action="note", obligation="contact")
    assert repo.get(m.id).note("contact") == "x" * 200_000
