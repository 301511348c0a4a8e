"""Moving a matter (export/import with attachments) and backup/restore of the whole store."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from meetconfer_gui.domain.matter import (
    ContactAttempt,
    ContactMethod,
    ContactOutcome,
)
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage import codec, db
from meetconfer_gui.storage.base import StoreError
from meetconfer_gui.storage.repository import describe_backup, open_repository


def _with_letter(repo, tmp_path):
    m = repo.create(sample_matter(), user="ana")
    letter = tmp_path / "letter to counsel.pdf"
    letter.write_bytes(b"%PDF-1.4 proof of an attempt to confer\n")
    rel = repo.attach(m.id, letter)
    attempt = ContactAttempt("c1", date(2017, 10, 9), ContactMethod.LETTER, "ana",
                             ContactOutcome.SENT, "asked for a call", (rel,))
    m = m.with_contact(attempt)
    repo.save(m, user="ana", action="contact", detail="letter sent")
    return m, rel


def test_attach_copies_the_file_into_the_store(repo, tmp_path, data_dir):
    m, rel = _with_letter(repo, tmp_path)
    assert rel.startswith(f"attachments/{m.id}/") and rel.endswith("letter to counsel.pdf")
    stored = repo.attachment_path(rel)
    assert stored.is_relative_to(data_dir)
    assert stored.read_bytes() == b"%PDF-1.4 proof of an attempt to confer\n"
    assert repo.get(m.id).events.contacts[0].attachments == (rel,)
    with pytest.raises(StoreError, match="not a file of the store"):
        repo.attachment_path("../../etc/passwd")
    with pytest.raises(StoreError, match="cannot read"):
        repo.attach(m.id, tmp_path / "missing.pdf")


def test_discard_deletes_only_copies_the_matter_does_not_refer_to(repo, tmp_path):
    m, kept = _with_letter(repo, tmp_path)
    other = repo.create(sample_matter(), user="ana")
    unused = repo.attach(m.id, tmp_path / "letter to counsel.pdf")
    elsewhere = repo.attach(other.id, tmp_path / "letter to counsel.pdf")
    assert repo.discard_attachments(m.id, [kept, unused, elsewhere, unused, "attachments/x"]) \
        == [unused]
    assert repo.attachment_path(kept).is_file()  # the matter refers to it
    assert not repo.attachment_path(unused).exists()
    assert repo.attachment_path(elsewhere).is_file()  # another matter's file
    assert repo._conn.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 2
    assert repo.discard_attachments(m.id, []) == []
    assert repo.discard_attachments("no-such-matter", [elsewhere]) == []



def test_export_then_import_round_trips_exactly(repo, tmp_path, data_dir):
    m, rel = _with_letter(repo, tmp_path)
    text = repo.export_matter(m.id)
    other = open_repository(tmp_path / "other computer")
    other.create(sample_matter(), user="bo")  # so the new id differs from the old
    new = other.import_matter(text, user="bo")
    assert new.id == "2"
    new_rel = new.events.contacts[0].attachments[0]
    assert new_rel.startswith("attachments/2/")
    assert other.attachment_path(new_rel).read_bytes() == repo.attachment_path(rel).read_bytes()
    assert codec.map_attachments(replace(new, id=m.id), lambda p: rel) == repo.get(m.id)
    old_hist = [(h.at, h.user, h.action, h.detail) for h in repo.history(m.id)]
    new_hist = [(h.at, h.user, h.action, h.detail) for h in other.history(new.id)]
    assert new_hist[:-1] == old_hist
    assert new_hist[-1][1:3] == ("bo", "import")
    # and back again: the export of the import is the same matter
    again = codec.read_export(other.export_matter(new.id))
    assert again.matter == other.get(new.id)
    other.close()


def test_import_of_a_bad_file_changes_nothing(repo, tmp_path):
    m, _ = _with_letter(repo, tmp_path)
    text = repo.export_matter(m.id)
    before = (repo.list_matters(include_archived=True), repo.integrity())
    files_before = sorted((tmp_path / "store").rglob("*"))
    for bad in (text[: len(text) // 2], text.replace("asked for a call", "asked for a fax"),
                '{"format": "other-app"}', "not json at all"):
        with pytest.raises(StoreError):
            repo.import_matter(bad, user="ana")
    assert (repo.list_matters(include_archived=True), repo.integrity()) == before
    assert sorted((tmp_path / "store").rglob("*")) == files_before


def test_backup_while_in_use_then_describe_and_restore(repo, tmp_path, data_dir):
    m = repo.create(sample_matter(), user="ana")
    repo.create(replace(sample_matter(), name="Doe v. Roe"), user="ana")
    reader = open_repository(data_dir)  # another window keeps the store open
    reader.get(m.id)
    backup = tmp_path / "backups" / "monday.sqlite3"
    backup.parent.mkdir()
    summary = repo.backup(backup)
    assert (summary.matters, summary.schema_version) == (2, db.SCHEMA_VERSION)
    assert set(summary.names) == {"Moore v. Gipson (sample order)", "Doe v. Roe"}
    assert "2 matters" in summary.describe()
    assert not backup.with_name("monday.sqlite3.partial").exists()
    # later changes ...
    repo.delete(m.id, user="ana")
    repo.create(replace(sample_matter(), name="Third"), user="ana")
    assert describe_backup(backup) == summary  # describing writes nothing
    # ... are undone by the restore, and the store as it was is kept beside it
    keep = tmp_path / "before.sqlite3"
    after = repo.restore_backup(backup, keep_current=keep)
    assert set(after.names) == {"Moore v. Gipson (sample order)", "Doe v. Roe"}
    assert {r.name for r in repo.list_matters()} == set(summary.names)
    assert set(describe_backup(keep).names) == {"Doe v. Roe", "Third"}
    assert {r.name for r in reader.list_matters()} == set(summary.names)  # other window sees it
    assert repo.integrity() == "ok"
    reader.close()


def test_restore_refuses_a_file_that_is_not_a_backup(repo, tmp_path):
    repo.create(sample_matter(), user="ana")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database, just text" * 100)
    with pytest.raises(StoreError, match=r"damaged|not a database"):
        repo.restore_backup(junk)
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="another program"):
        describe_backup(foreign)
    with pytest.raises(StoreError, match="no backup file"):
        describe_backup(tmp_path / "missing.sqlite3")
    assert len(repo.list_matters()) == 1
