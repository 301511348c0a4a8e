"""Schema migrations: from every earlier version to the current one, each in a transaction."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage import codec, db
from meetconfer_gui.storage.base import NewerStoreError, StoreError
from meetconfer_gui.storage.recovery import open_store
from meetconfer_gui.storage.repository import open_repository


def _store_at(path, version: int) -> None:
    """A store left at ``version`` by an older meetconfer, holding one matter if it can."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()
    conn = db.connect(path)
    db.migrate(conn, path, target=version)
    if version >= 1:
        conn.execute("INSERT INTO matters (id, name, case_number, updated, revision, document) "
                     "VALUES ('7', 'Old matter', '1:13-cv-01820', '2025-01-02T03:04:05+00:00', "
                     "3, ?)", (codec.dumps(sample_matter("7")),))
        if version >= 2:  # a version-2 app filled the summary columns itself
            conn.execute("UPDATE matters SET case_name = 'Moore v. Gipson', "
                         "next_due = '2017-10-25'")
        conn.execute("INSERT INTO history (matter_id, at, user, action, obligation, detail) "
                     "VALUES ('7', '2025-01-02T03:04:05+00:00', 'ana', 'create', NULL, 'old')")
        conn.execute("INSERT INTO settings VALUES ('user_name', 'Ana')")
    conn.close()


@pytest.mark.parametrize("version", range(db.SCHEMA_VERSION))
def test_upgrade_from_every_earlier_version(tmp_path, version):
    path = tmp_path / "s" / db.STORE_NAME
    _store_at(path, version)
    repo = open_repository(path.parent)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
    columns = {r[1] for r in conn.execute("PRAGMA table_info(matters)")}
    assert {"case_name", "next_due", "revision", "deleted"} <= columns
    assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    conn.close()
    if version >= 1:
        (row,) = repo.list_matters()
        assert (row.id, row.name, row.next_due) == ("7", "Old matter", date(2017, 10, 25))
        assert repo.search("Gipson")[0].id == "7"  # case_name filled from the document
        assert repo.get("7") == sample_matter("7")
        assert repo.revision("7") == 3
        assert [h.detail for h in repo.history("7")] == ["old"]
        assert repo.setting("user_name") == "Ana"
        assert repo.create(sample_matter(), user="ana").id == "8"
    assert repo.integrity() == "ok"
    repo.close()


def test_a_failing_migration_rolls_back_to_the_version_before(tmp_path, monkeypatch):
    path = tmp_path / "s" / db.STORE_NAME
    _store_at(path, 2)

    def broken(conn):
        conn.execute("CREATE TABLE attachments (path TEXT)")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db, "MIGRATIONS", (*db.MIGRATIONS[:2], broken))
    with pytest.raises(StoreError, match=r"disk holding the store .* is full"):
        open_repository(path.parent)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "attachments" not in tables
    assert conn.execute("SELECT name FROM matters").fetchall() == [("Old matter",)]
    conn.close()


def test_a_store_from_a_newer_version_is_left_alone(tmp_path):
    path = tmp_path / "s" / db.STORE_NAME
    _store_at(path, db.SCHEMA_VERSION)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerStoreError, match="newer version of meetconfer"):
        open_repository(path.parent)
    repo, message = open_store(path.parent)
    assert repo.read_only and message and "update meetconfer" in message
    assert path.read_bytes() == before


def test_read_only_open_of_an_old_store_asks_for_an_upgrade(tmp_path):
    path = tmp_path / "s" / db.STORE_NAME
    _store_at(path, 1)
    with pytest.raises(StoreError, match="needs an upgrade"):
        open_repository(path.parent, read_only=True)
