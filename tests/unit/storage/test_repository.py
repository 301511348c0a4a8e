"""SqliteRepository: matters, revisions, history, settings, delete and restore, search."""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import replace
from datetime import date

import pytest

from meetconfer_gui.domain.matter import Completion
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage import db
from meetconfer_gui.storage.base import (
    ConflictError,
    MemoryRepository,
    ReadOnlyStoreError,
    StoreError,
    sort_by_next_due,
)
from meetconfer_gui.storage.repository import open_repository

TICK = Completion("contact", date(2017, 10, 20), "ana")


def test_store_is_created_private_in_wal_mode(repo, data_dir):
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / db.STORE_NAME).stat().st_mode) == 0o600
    conn = sqlite3.connect(data_dir / db.STORE_NAME)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == db.SCHEMA_VERSION
    conn.close()


def test_data_dir_none_uses_the_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("MEETCONFER_DATA_DIR", str(tmp_path / "env"))
    r = open_repository(None)
    r.close()
    assert (tmp_path / "env" / db.STORE_NAME).is_file()
    monkeypatch.delenv("MEETCONFER_DATA_DIR")
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(tmp_path / "pd"))
    assert db.resolve_data_dir(None) == tmp_path / "pd"


def test_create_get_save_keeps_every_change_and_history(repo, clock):
    m = repo.create(sample_matter(), user="ana")
    assert m.id == "1"
    assert repo.get("1") == m
    ticked = m.with_completion(TICK)
    repo.save(ticked, user="ben", action="tick", obligation="contact", detail="done by phone")
    assert repo.get("1") == ticked
    hist = repo.history("1")
    assert [(h.user, h.action, h.obligation, h.detail) for h in hist] == [
        ("ana", "create", None, "created Moore v. Gipson (sample order)"),
        ("ben", "tick", "contact", "done by phone")]
    assert hist[0].at < hist[1].at
    assert repo.revision("1") == 2
    second = repo.create(sample_matter(), user="ana")
    assert second.id == "2"


def test_summary_columns_follow_the_matter(repo):
    m = repo.create(sample_matter(), user="ana")
    (row,) = repo.list_matters()
    assert (row.id, row.name, row.case_number, row.archived) == (
        "1", "Moore v. Gipson (sample order)", "1:13-cv-01820-DAD-BAM (PC)", False)
    assert row.next_due == date(2017, 10, 25)  # contact: 21 days after October 4, 2017
    repo.save(m.with_completion(TICK), user="ana", action="tick", obligation="contact")
    (row,) = repo.list_matters()
    assert row.next_due is not None and row.next_due > date(2017, 10, 25)
    repo.save(replace(repo.get("1"), name="Renamed", archived=True), user="ana",
              action="edit")
    assert repo.list_matters() == []
    (row,) = repo.list_matters(include_archived=True)
    assert (row.name, row.archived) == ("Renamed", True)


def test_conflict_when_another_window_saved_first(repo, data_dir):
    m = repo.create(sample_matter(), user="ana")
    other = open_repository(data_dir)
    theirs = other.get(m.id)
    repo.save(m.with_completion(TICK), user="ana", action="tick", obligation="contact")
    with pytest.raises(ConflictError, match="changed in another window"):
        other.save(theirs.with_note("contact", "mine"), user="ben", action="note")
    assert repo.get(m.id).note("contact") == ""  # the loser's change did not overwrite
    fresh = other.get(m.id)  # reload, then the change goes in
    other.save(fresh.with_note("contact", "mine"), user="ben", action="note")
    got = repo.get(m.id)
    assert got.note("contact") == "mine" and got.completion("contact") == TICK
    other.close()


def test_history_is_append_only_even_in_sql(repo, data_dir):
    repo.create(sample_matter(), user="ana")
    conn = sqlite3.connect(data_dir / db.STORE_NAME)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE history SET user = 'mallory'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM history")
    conn.close()
    assert repo.history("1")[0].user == "ana"


def test_delete_keeps_history_and_restore_puts_it_back(repo):
    m = repo.create(sample_matter(), user="ana")
    repo.save(m.with_completion(TICK), user="ana", action="tick", obligation="contact")
    gone = repo.delete(m.id, user="ana")
    assert repo.list_matters(include_archived=True) == []
    with pytest.raises(StoreError, match="deleted"):
        repo.get(m.id)
    with pytest.raises(ConflictError, match="deleted"):
        repo.save(gone, user="ana", action="edit")
    assert [h.action for h in repo.history(m.id)] == ["create", "tick", "delete"]
    assert repo.create(sample_matter(), user="ana").id == "2"  # ids are never reused
    back = repo.restore(gone, user="ana")
    assert back.id == m.id and repo.get(m.id) == gone
    assert repo.history(m.id)[-1].action == "restore"
    with pytest.raises(StoreError, match="already in the store"):
        repo.restore(gone, user="ana")
    repo.save(gone.with_note("contact", "after undo"), user="ana", action="note")


def test_search_by_case_name_or_number(repo):
    a = repo.create(sample_matter(), user="ana")
    b = repo.create(replace(sample_matter(), name="Second", case_name="Doe v. Roe",
                            case_number="2:20-cv-00007"), user="ana")
    assert [r.id for r in repo.search("gipson")] == [a.id]
    assert [r.id for r in repo.search("DOE V")] == [b.id]
    assert [r.id for r in repo.search("20cv00007")] == [b.id]
    assert [r.id for r in repo.search("1:13-cv")] == [a.id]
    assert {r.id for r in repo.search("")} == {a.id, b.id}
    assert repo.search("nothing like it") == []


def test_sort_by_next_due(repo):
    late = repo.create(replace(sample_matter(order_date=date(2020, 1, 6)), name="late"),
                       user="ana")
    early = repo.create(replace(sample_matter(), name="early"), user="ana")
    rows = sort_by_next_due(repo.list_matters())
    assert [r.id for r in rows] == [early.id, late.id]


def test_settings_defaults_and_changes(repo, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "osuser")
    assert repo.setting("user_name") == "osuser"
    assert repo.setting("due_soon_days") == "7"
    assert repo.setting("other", "fallback") == "fallback"
    repo.set_setting("user_name", "Ana Paralegal")
    repo.set_setting("user_name", "Ana P.")
    assert repo.setting("user_name") == "Ana P."


def test_read_only_repository_refuses_changes(repo, data_dir):
    repo.create(sample_matter(), user="ana")
    ro = open_repository(data_dir, read_only=True)
    assert ro.read_only and ro.get("1").name
    with pytest.raises(ReadOnlyStoreError, match="cannot save the change"):
        ro.save(ro.get("1"), user="x", action="edit")
    ro.close()


def test_read_only_open_of_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="matter new --sample"):
        open_repository(tmp_path / "none", read_only=True)
    assert not (tmp_path / "none").exists()


def test_damaged_document_is_reported_not_raised_raw(repo, data_dir):
    repo.create(sample_matter(), user="ana")
    conn = sqlite3.connect(data_dir / db.STORE_NAME)
    conn.execute("UPDATE matters SET document = '{\"format\": \"meetconfer-matter\"'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="matter '1' in the store is damaged"):
        repo.get("1")


def test_memory_repository_has_the_same_extras():
    mem = MemoryRepository()
    m = mem.create(sample_matter(), user="ana")
    assert [r.id for r in mem.search("01820")] == [m.id]
    assert mem.list_matters()[0].next_due == date(2017, 10, 25)
    gone = mem.delete(m.id, user="ana")
    assert mem.restore(gone, user="ana") == m
    with pytest.raises(StoreError, match="writable data folder"):
        mem.attach(m.id, __import__("pathlib").Path("x"))
