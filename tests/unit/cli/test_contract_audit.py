"""Every promise of ../shared/CLI.md, command by command (all but ``count`` and ``import``).

Each test runs the real ``meetconfer_gui.cli.main`` in-process on a store in ``tmp_path``:
names, keys and types of the JSON, optional keys absent rather than null, dates
``YYYY-MM-DD``, and errors as one line on stderr that names the problem and what to do, exit
status 2, nothing on stdout, never a traceback.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from icalendar import Calendar
from pypdf import PdfReader

from meetconfer_gui.cli import main
from meetconfer_gui.storage import db, repository
from tests.unit.cli.helpers import run_cli

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KINDS = {"deadline", "duty", "content", "notice", "prohibition", "warning"}
STATUSES = {"open", "done", "due_soon", "overdue", "not_applicable"}
STEP_KINDS = {"trigger", "count", "landed", "skip", "service_days", "closed", "due"}
#: Keys of an obligation that are absent when they do not apply (never null).
OPTIONAL_ITEM_KEYS = ("latest", "target", "why", "cutoff", "done", "locked", "paragraph",
                      "also", "clocks")


# --- helpers -----------------------------------------------------------------------------------
def call(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``meetconfer ARGS``; argparse's own exits are caught as their status."""
    return run_cli(capsys, *args)


def assert_error(result: tuple[int, str, str], *words: str) -> str:
    """Exit 2, nothing on stdout, one line on stderr holding ``words``, no traceback."""
    code, out, err = result
    assert code == 2, (code, out, err)
    assert out == ""
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert err.startswith("meetconfer") and "Traceback" not in err
    for word in words:
        assert word in err, (word, err)
    return err


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store folder (not created yet); the environment does not name another."""
    monkeypatch.delenv("MEETCONFER_DATA_DIR", raising=False)
    return tmp_path / "store"


@pytest.fixture
def sample(capsys: pytest.CaptureFixture[str], store: Path) -> Path:
    """A store holding the sample matter as matter "1"."""
    assert call(capsys, "--data-dir", str(store), "matter", "new", "--sample")[:2] == (0, "1\n")
    return store


def in_store(capsys, store: Path, *args: str) -> tuple[int, str, str]:
    return call(capsys, "--data-dir", str(store), *args)


def check_dates(value: Any, where: str = "") -> None:
    """Every key named like a date holds YYYY-MM-DD (or null)."""
    if isinstance(value, dict):
        for key, v in value.items():
            if key in ("due", "date", "latest", "target", "today", "contact", "joint_statement",
                       "joint_statement_after_conference", "joint_statement_after_service",
                       "conference_by") and not isinstance(v, dict | list):
                assert v is None or DATE.match(v), f"{where}.{key} = {v!r}"
            else:
                check_dates(v, f"{where}.{key}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            check_dates(v, f"{where}[{i}]")


# --- deadlines ---------------------------------------------------------------------------------
def check_schedule(d: dict[str, Any]) -> None:
    assert set(d["deadlines"]) == {"contact", "joint_statement",
                                   "joint_statement_after_conference",
                                   "joint_statement_after_service", "conference_by"}
    assert d["binding"] in ("after_conference", "after_service", "locked")
    assert isinstance(d["why"], str) and d["why"].strip()
    assert "warnings" not in d or d["warnings"]
    check_dates(d)
    for ob in d["obligations"]:
        for key in ("id", "title", "who", "kind", "due", "status", "source_sentence", "lines",
                    "page", "steps"):
            assert key in ob, (ob["id"], key)
        assert isinstance(ob["id"], str) and isinstance(ob["title"], str)
        assert ob["kind"] in KINDS and ob["status"] in STATUSES
        assert isinstance(ob["page"], int)
        # lines: [first, last]; null only for a paragraph the order prints without numbers
        if ob["lines"] is None:
            assert ob.get("paragraph"), ob["id"]
        else:
            first, last = ob["lines"]
            assert isinstance(first, int) and isinstance(last, int) and first <= last
        assert (ob["due"] is None) == (ob["steps"] == [])
        for step in ob["steps"]:
            assert set(step) >= {"date", "kind", "text", "rule"}
            assert step["kind"] in STEP_KINDS
        for key in OPTIONAL_ITEM_KEYS:
            assert ob.get(key, "absent") is not None, (ob["id"], key)


def test_deadlines_sample_shape_before_and_after_the_conference(capsys):
    code, out, err = call(capsys, "deadlines", "--sample", "--today", "2017-10-10", "--json")
    assert code == 0 and err == "" and out.count("\n") == 1
    before = json.loads(out)
    check_schedule(before)
    assert before["deadlines"]["joint_statement_after_conference"] is None
    assert before["deadlines"]["conference_by"] == "2017-10-27"
    assert before["binding"] == "after_service"
    code, out, _ = call(capsys, "deadlines", "--sample", "--today", "2017-10-10",
                        "--conference", "2017-10-20", "--json")
    after = json.loads(out)
    check_schedule(after)
    assert after["deadlines"]["conference_by"] is None  # null once held
    assert after["deadlines"]["joint_statement"] == "2017-10-27"
    assert after["binding"] == "after_conference"


def test_deadlines_of_a_stored_matter_has_the_same_shape(capsys, sample):
    code, out, _ = in_store(capsys, sample, "deadlines", "--matter", "1", "--json",
                            "--today", "2017-10-20")
    assert code == 0
    d = json.loads(out)
    check_schedule(d)
    assert d["obligations"][0]["status"] == "due_soon"  # within 7 days


@pytest.mark.parametrize(("today", "status"), [
    ("2017-10-17", "open"), ("2017-10-18", "due_soon"), ("2017-10-25", "due_soon"),
    ("2017-10-26", "overdue"),
])
def test_due_soon_means_within_7_days(capsys, today, status):
    code, out, _ = call(capsys, "deadlines", "--sample", "--today", today, "--json")
    assert code == 0
    contact = json.loads(out)["obligations"][0]
    assert (contact["id"], contact["due"], contact["status"]) == ("contact", "2017-10-25", status)


def test_a_tick_shows_as_done(capsys, sample):
    in_store(capsys, sample, "tick", "1", "contact", "--date", "2017-10-12")
    code, out, _ = in_store(capsys, sample, "deadlines", "--matter", "1", "--today",
                            "2017-10-30", "--json")
    contact = json.loads(out)["obligations"][0]
    assert code == 0 and contact["status"] == "done"
    assert contact["done"]["date"] == "2017-10-12"


@pytest.mark.parametrize(("args", "words"), [
    (["--today", "2017-02-30"], ("--today", "2017-02-30", "YYYY-MM-DD")),
    (["--order-date", "2017-10-4"], ("--order-date", "YYYY-MM-DD")),
    (["--served", "2017-02-30"], ("--served", "YYYY-MM-DD")),
    (["--contact", "yesterday"], ("--contact", "YYYY-MM-DD")),
    (["--conference", "2017-13-01"], ("--conference", "YYYY-MM-DD")),
    (["--conference", "2017-01-01"], ("before the order", "check the date")),
    (["--service", "pigeon"], ("pigeon", "use one of")),
    (["--perspective", "judge"], ("--perspective", "--help")),
])
def test_deadlines_bad_input(capsys, args, words):
    assert_error(call(capsys, "deadlines", "--sample", "--json", *args), *words)


def test_deadlines_unknown_matter_or_no_store(capsys, store, sample, tmp_path):
    assert_error(in_store(capsys, sample, "deadlines", "--matter", "9", "--json"),
                 "no matter '9'", "meetconfer matters")
    empty = tmp_path / "empty"
    assert_error(call(capsys, "--data-dir", str(empty), "deadlines", "--matter", "1", "--json"),
                 "no store", "matter new")
    assert not empty.exists()


# --- statement ---------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["--pdf", "--docx", "--text"])
def test_statement_with_missing_facts_is_written_with_gaps(capsys, tmp_path, fmt):
    out = tmp_path / f"js{fmt.replace('-', '.')}"
    code, stdout, err = call(capsys, "statement", "--sample", "--today", "2017-10-26",
                             fmt, str(out))
    assert code == 0 and out.is_file() and stdout == f"Wrote {out}\n"
    if fmt == "--pdf":
        text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    elif fmt == "--docx":
        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    else:
        text = out.read_text(encoding="utf-8")
    assert "[MISSING: " in " ".join(text.split())
    gaps = [line for line in err.splitlines() if line.startswith("missing: ")]
    assert gaps and "missing: date(s) and method of the meet-and-confer conference" in err
    assert "Traceback" not in err


def test_statement_text_to_stdout(capsys):
    code, out, err = call(capsys, "statement", "--sample", "--text", "-")
    assert code == 0 and "[MISSING: " in out and "missing: " in err


@pytest.mark.parametrize("fmt", ["--pdf", "--docx", "--text"])
def test_statement_output_path_errors(capsys, tmp_path, fmt):
    assert_error(call(capsys, "statement", "--sample", fmt, ""), fmt, "needs a file name")
    assert_error(call(capsys, "statement", "--sample", fmt, "  "), fmt, "needs a file name")
    assert_error(call(capsys, "statement", "--sample", fmt, str(tmp_path)), "is a folder",
                 "file to write")
    assert_error(call(capsys, "statement", "--sample", fmt, "/proc/x.out"), "/proc/x.out",
                 "check the path")
    assert_error(call(capsys, "statement", "--sample", fmt, str(tmp_path / "no" / "x")),
                 "No such file or directory", "check the path")


def test_statement_bad_input(capsys, tmp_path, sample):
    out = str(tmp_path / "js.txt")
    assert_error(call(capsys, "statement", "--sample", "--date", "2017-02-30", "--text", out),
                 "--date", "YYYY-MM-DD")
    assert_error(call(capsys, "statement", "--sample", "--resolution", "full", "--at-issue",
                      "RFP 4", "--text", out), "--resolution full", "drop --at-issue")
    assert_error(in_store(capsys, sample, "statement", "--matter", "9", "--text", out),
                 "no matter '9'")
    assert not Path(out).exists()


# --- ics -------------------------------------------------------------------------------------
def vevents(path: Path) -> list[Any]:
    cal: Any = Calendar.from_ical(path.read_bytes())
    return list(cal.walk("VEVENT"))


def test_ics_one_event_per_dated_item_plus_conference_by(capsys, tmp_path):
    out = tmp_path / "a.ics"
    code, stdout, err = call(capsys, "ics", "--sample", "-o", str(out))
    assert code == 0 and err == "" and str(out) in stdout
    events = {str(e["uid"]).split("-")[0]: e["dtstart"].dt for e in vevents(out)}
    assert events == {"contact": date(2017, 10, 25), "statement_file": date(2017, 11, 3),
                      "conference_by": date(2017, 10, 27)}
    out2 = tmp_path / "b.ics"
    assert call(capsys, "ics", "--sample", "--conference", "2017-10-20", "-o", str(out2))[0] == 0
    events = {str(e["uid"]).split("-")[0]: e["dtstart"].dt for e in vevents(out2)}
    # the Joint Statement once, at its binding date; no conference_by once one is recorded
    assert events == {"contact": date(2017, 10, 25), "statement_file": date(2017, 10, 27)}


def test_ics_errors(capsys, tmp_path, sample):
    assert_error(call(capsys, "ics", "--sample", "-o", ""), "-o", "needs a file name")
    assert_error(call(capsys, "ics", "--sample", "-o", str(tmp_path)), "is a folder")
    assert_error(call(capsys, "ics", "--sample", "-o", "/proc/x.ics"), "/proc/x.ics")
    assert_error(call(capsys, "ics", "--sample", "--alarm", "-1", "-o", str(tmp_path / "x")),
                 "--alarm", "0 or more")
    assert_error(call(capsys, "ics", "--sample", "--conference", "2017-02-30", "-o",
                      str(tmp_path / "x.ics")), "--conference", "YYYY-MM-DD")
    assert_error(in_store(capsys, sample, "ics", "--matter", "9", "-o", str(tmp_path / "x")),
                 "no matter '9'")


# --- report ------------------------------------------------------------------------------------
def test_report_and_its_errors(capsys, tmp_path, sample):
    out = tmp_path / "r.pdf"
    code, _, err = in_store(capsys, sample, "report", "--matter", "1", "--pdf", str(out))
    assert code == 0 and err == "" and out.read_bytes().startswith(b"%PDF")
    assert_error(call(capsys, "report", "--sample", "--pdf", ""), "--pdf", "needs a file name")
    assert_error(call(capsys, "report", "--sample", "--pdf", str(tmp_path)), "is a folder")
    assert_error(call(capsys, "report", "--sample", "--pdf", "/proc/x.pdf"), "/proc/x.pdf",
                 "check the path")
    assert_error(call(capsys, "report", "--sample", "--today", "2017-02-30", "--pdf",
                      str(out)), "--today")
    assert_error(in_store(capsys, sample, "report", "--matter", "9", "--pdf", str(out)),
                 "no matter '9'")


# --- matters, matter new/export/import -------------------------------------------------------
def test_matters_json_keys_and_types(capsys, store):
    assert in_store(capsys, store, "matters", "--json")[:2] == (0, "[]\n")
    assert not store.exists()  # listing creates nothing
    code, out, _ = in_store(capsys, store, "matter", "new", "--sample", "--name", "A")
    assert code == 0 and re.fullmatch(r"\S+\n", out)
    code, out, _ = in_store(capsys, store, "matters", "--json")
    (row,) = json.loads(out)
    assert set(row) >= {"id", "name", "case_number", "updated"}
    assert isinstance(row["id"], str) and row["name"] == "A"
    assert isinstance(row["case_number"], str) and isinstance(row["updated"], str)
    assert row.get("next_due", "absent") is None or DATE.match(row["next_due"])


def test_matter_new_errors(capsys, store, tmp_path):
    assert_error(in_store(capsys, store, "matter", "new"), "--sample", "--import-order")
    assert_error(in_store(capsys, store, "matter", "new", "--import-order",
                          str(tmp_path / "missing.txt")), "missing.txt")
    assert_error(in_store(capsys, store, "matter", "new", "--import-order", str(tmp_path)),
                 "folder")


def test_matter_export_errors_leave_nothing_behind(capsys, sample, tmp_path):
    assert_error(in_store(capsys, sample, "matter", "export", "9", "-o", str(tmp_path / "x")),
                 "no matter '9'")
    assert_error(in_store(capsys, sample, "matter", "export", "1", "-o", ""), "-o",
                 "needs a file name")
    folder = tmp_path / "folder"
    folder.mkdir()
    assert_error(in_store(capsys, sample, "matter", "export", "1", "-o", str(folder)),
                 "is a folder", "file to write")
    err = assert_error(in_store(capsys, sample, "matter", "export", "1", "-o", "/proc/x.json"),
                       "/proc/x.json", "check the path")
    assert ".partial" not in err  # the message names the file asked for
    assert_error(in_store(capsys, sample, "matter", "export", "1", "-o",
                          str(tmp_path / "no" / "x.json")), "No such file or directory")
    assert not list(tmp_path.glob("*.partial"))
    code, out, err = in_store(capsys, sample, "matter", "export", "1", "-o",
                              str(tmp_path / "m.json"))
    assert (code, out, err) == (0, "", "")
    assert code == 0 and json.loads((tmp_path / "m.json").read_text())


@pytest.mark.parametrize(("content", "words"), [
    (b'{"broken', ("not complete JSON", "export the matter again")),
    (b"{}", ("not a meetconfer matter file", "matter export")),
    (b"[]", ("not a meetconfer matter file", "matter export")),
    (b"\xff\xfe\x00junk", ("not a meetconfer matter file", "matter export")),
])
def test_matter_import_refuses_a_corrupt_file(capsys, sample, tmp_path, content, words):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert_error(in_store(capsys, sample, "matter", "import", str(bad)), *words)
    assert [r["id"] for r in json.loads(in_store(capsys, sample, "matters", "--json")[1])] == [
        "1"]


def test_matter_import_missing_file_folder_or_empty_name(capsys, sample, tmp_path):
    assert_error(in_store(capsys, sample, "matter", "import", str(tmp_path / "no.json")),
                 "No such file or directory", "check the path")
    assert_error(in_store(capsys, sample, "matter", "import", str(tmp_path)), "directory")
    assert_error(in_store(capsys, sample, "matter", "import", ""), "needs a file")


def test_matter_import_is_always_a_new_matter(capsys, sample, tmp_path):
    exported = tmp_path / "m.json"
    in_store(capsys, sample, "matter", "export", "1", "-o", str(exported))
    assert in_store(capsys, sample, "matter", "import", str(exported))[:2] == (0, "2\n")
    assert in_store(capsys, sample, "matter", "import", str(exported))[:2] == (0, "3\n")


# --- tick and history ------------------------------------------------------------------------
def test_tick_undo_and_history_shape(capsys, sample):
    code, out, err = in_store(capsys, sample, "tick", "1", "contact", "--date", "2017-10-12",
                              "--user", "Ana")
    assert code == 0 and err == "" and out.startswith("Done:")
    code, out, _ = in_store(capsys, sample, "tick", "1", "contact", "--undo", "--user", "Ben")
    assert code == 0 and out.startswith("Opened again:")
    code, out, _ = in_store(capsys, sample, "tick", "1", "contact", "--undo")
    assert code == 0 and "already open" in out
    code, out, err = in_store(capsys, sample, "history", "1", "--json")
    assert code == 0 and err == "" and out.count("\n") == 1
    history = json.loads(out)
    assert all(set(h) == {"at", "user", "action", "obligation", "detail"} for h in history)
    assert history[0]["obligation"] is None  # "create" concerns no item
    assert [(h["user"], h["action"], h["obligation"]) for h in history[1:]] == [
        ("Ana", "tick", "contact"), ("Ben", "untick", "contact")]
    assert all(isinstance(h["at"], str) and DATE.match(h["at"][:10]) for h in history)


@pytest.mark.parametrize("item", ["further_order", "opposition_vacated", "sanctions_warning",
                                  "no_further_filings"])
@pytest.mark.parametrize("undo", [[], ["--undo"]])
def test_ticking_a_notice_or_warning_is_an_error(capsys, sample, item, undo):
    assert_error(in_store(capsys, sample, "tick", "1", item, *undo), f"({item})",
                 "not a task to tick off", "only deadlines, duties and content items")
    history = json.loads(in_store(capsys, sample, "history", "1", "--json")[1])
    assert [h["action"] for h in history] == ["create"]


@pytest.mark.parametrize(("args", "words"), [
    (("tick", "1", "nope"), ("no item 'nope'", "meetconfer deadlines --matter 1", "contact")),
    (("tick", "1", "nope", "--undo"), ("no item 'nope'",)),
    (("tick", "9", "contact"), ("no matter '9'", "meetconfer matters")),
    (("tick", "1", "contact", "--date", "2017-02-30"), ("--date", "YYYY-MM-DD")),
    (("tick", "1", "contact", "--date", "2017-01-01"), ("before the order's date",
                                                        "give the day")),
    (("tick", "1", "contact", "--date", "2999-01-01"), ("after today", "once it is done")),
    (("history", "9"), ("no matter '9'", "meetconfer matters")),
    (("history", "9", "--json"), ("no matter '9'",)),
])
def test_tick_and_history_errors(capsys, sample, args, words):
    assert_error(in_store(capsys, sample, *args), *words)


def test_tick_or_history_without_a_store_creates_none(capsys, store):
    for args in (("tick", "1", "contact"), ("history", "1", "--json")):
        assert_error(in_store(capsys, store, *args), "no store", "matter new --sample")
    assert not store.exists()


# --- --data-dir and MEETCONFER_DATA_DIR on every command ------------------------------------
def store_commands(tmp_path: Path) -> list[list[str]]:
    return [["matters", "--json"], ["deadlines", "--matter", "1", "--json"],
            ["history", "1", "--json"], ["tick", "1", "contact", "--date", "2017-10-12"],
            ["statement", "--matter", "1", "--text", str(tmp_path / "s.txt")],
            ["ics", "--matter", "1", "-o", str(tmp_path / "d.ics")],
            ["report", "--matter", "1", "--pdf", str(tmp_path / "r.pdf")],
            ["matter", "export", "1", "-o", str(tmp_path / "m.json")]]


def test_data_dir_before_or_after_the_command_and_from_the_environment(capsys, sample,
                                                                       tmp_path, monkeypatch):
    for args in store_commands(tmp_path):
        code, _, err = call(capsys, *args, "--data-dir", str(sample))
        assert code == 0, (args, err)
    exported = str(tmp_path / "m.json")
    assert call(capsys, "matter", "import", "--data-dir", str(sample), exported)[:2] == (
        0, "2\n")
    assert call(capsys, "matter", "new", "--sample", "--data-dir", str(sample))[:2] == (0, "3\n")
    # after the command wins over before it
    assert call(capsys, "--data-dir", str(tmp_path / "other"), "matters", "--data-dir",
                str(sample), "--json")[1].count('"id"') == 3
    monkeypatch.setenv("MEETCONFER_DATA_DIR", str(sample))
    for args in store_commands(tmp_path):
        code, _, err = call(capsys, *args)
        assert code == 0, (args, err)
    assert call(capsys, "matter", "import", exported)[:2] == (0, "4\n")
    # --data-dir beats the environment
    assert call(capsys, "--data-dir", str(tmp_path / "none"), "matters", "--json")[1] == "[]\n"


def test_data_dir_empty_or_a_file(capsys, tmp_path):
    assert_error(call(capsys, "--data-dir", "", "matters"), "--data-dir", "give a folder")
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    for args in (["matters", "--json"], ["matter", "new", "--sample"],
                 ["tick", "1", "contact"], ["deadlines", "--matter", "1", "--json"]):
        assert_error(call(capsys, "--data-dir", str(a_file), *args), "is a file, not a folder",
                     "--data-dir")


def test_no_command_is_one_line(capsys):
    assert_error(call(capsys), "no command", "--help")


# --- a store that cannot be used --------------------------------------------------------------
ALL_STORE_COMMANDS = [*[a for a in store_commands(Path("/tmp/unused")) if a[0] != "tick"],
                      ["tick", "1", "contact"], ["matter", "new", "--sample"]]


@pytest.mark.parametrize("args", ALL_STORE_COMMANDS)
@pytest.mark.parametrize("content", [b"garbage " * 4000, b"SQLite format 3\x00" + b"\x07" * 8000])
def test_garbage_store_file(capsys, store, tmp_path, args, content):
    store.mkdir()
    (store / db.STORE_NAME).write_bytes(content)
    args = [a.replace("/tmp/unused", str(tmp_path)) for a in args]
    assert_error(in_store(capsys, store, *args), "damaged", "backup", "--data-dir")
    assert (store / db.STORE_NAME).read_bytes() == content  # left as it was


def test_a_damaged_matter_keeps_its_history_readable(capsys, sample, tmp_path):
    conn = sqlite3.connect(sample / db.STORE_NAME)
    conn.execute("UPDATE matters SET document = '{bad' WHERE id = '1'")
    conn.commit()
    conn.close()
    for args in (["deadlines", "--matter", "1", "--json"], ["tick", "1", "contact"],
                 ["matter", "export", "1", "-o", str(tmp_path / "m.json")]):
        assert_error(in_store(capsys, sample, *args), "matter '1' in the store is damaged",
                     "restore a backup")
    code, out, _ = in_store(capsys, sample, "history", "1", "--json")
    assert code == 0 and [h["action"] for h in json.loads(out)] == ["create"]


def test_store_of_another_program(capsys, store):
    store.mkdir()
    conn = sqlite3.connect(store / db.STORE_NAME)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for args in (["matters", "--json"], ["tick", "1", "contact"]):
        assert_error(in_store(capsys, store, *args), "another program", "--data-dir")


def test_locked_store(capsys, sample, tmp_path, monkeypatch):
    monkeypatch.setattr(repository, "open_repository",
                        functools.partial(repository.open_repository, timeout=0.05))
    holder = sqlite3.connect(sample / db.STORE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert in_store(capsys, sample, "matters", "--json")[0] == 0  # readers go on (WAL)
        for args in (["tick", "1", "contact", "--date", "2017-10-12"],
                     ["matter", "new", "--sample"]):
            assert_error(in_store(capsys, sample, *args), "in use by another program",
                         "try again")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_read_only_store(capsys, sample, tmp_path, monkeypatch):
    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        if "mode=rw" in str(database):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    assert in_store(capsys, sample, "matters", "--json")[0] == 0
    assert in_store(capsys, sample, "history", "1", "--json")[0] == 0
    for args in (["tick", "1", "contact", "--date", "2017-10-12"],
                 ["matter", "new", "--sample"],
                 ["matter", "import", str(tmp_path / "m.json")]):
        (tmp_path / "m.json").write_text("{}")
        assert_error(in_store(capsys, sample, *args), "read-only", "--data-dir")


def _main_as_nobody(args: list[str], out: Path, err: Path) -> int:
    """Run ``main(args)`` in a forked child as ``nobody``, its output in two files."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through its exit status and files
        code = 70
        try:
            os.setgid(65534)
            os.setuid(65534)
            with out.open("w") as o, err.open("w") as e:
                os.dup2(o.fileno(), 1)
                os.dup2(e.fileno(), 2)
                import sys

                sys.stdout, sys.stderr = o, e
                code = main(args)
                o.flush()
                e.flush()
        finally:
            os._exit(code)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to drop privileges")
def test_read_only_store_folder_for_real(capsys, sample, tmp_path):
    tmp_path.chmod(0o755)
    for p in (sample, *sample.iterdir()):
        os.chown(p, 65534, 65534)
    sample.chmod(0o555)  # nobody owns the file but cannot write the folder
    parents = [tmp_path, *tmp_path.parents]
    modes = {p: p.stat().st_mode for p in parents}
    out, err = tmp_path / "out", tmp_path / "err"
    try:
        for p in parents:
            p.chmod(p.stat().st_mode | 0o005)
        for p in (out, err):
            p.touch()
            os.chown(p, 65534, 65534)
        seen = {}
        for name, args in (("read", ["matters", "--json"]),
                           ("tick", ["tick", "1", "contact", "--date", "2017-10-12"]),
                           ("new", ["matter", "new", "--sample"])):
            code = _main_as_nobody(["--data-dir", str(sample), *args], out, err)
            seen[name] = (code, out.read_text(), err.read_text())
    finally:
        for p, mode in modes.items():
            p.chmod(mode)
        sample.chmod(0o700)
    assert seen["read"][0] == 0 and json.loads(seen["read"][1])[0]["id"] == "1"
    for name in ("tick", "new"):
        assert_error(seen[name], "cannot be written", "read-only", "--data-dir")


def test_store_folder_that_cannot_be_created(capsys):
    assert_error(call(capsys, "--data-dir", "/proc/x", "matter", "new", "--sample"),
                 "/proc/x", "--data-dir")


def test_unexpected_errors_are_one_line_too(capsys, monkeypatch):
    def boom(*args, **kwargs):
        raise KeyError("surprise")

    from meetconfer_gui.domain import schedule  # imported here, whatever ran before

    monkeypatch.setattr(schedule, "compute_schedule", boom)
    assert_error(call(capsys, "deadlines", "--sample", "--json"), "KeyError", "report")
    monkeypatch.setenv("MEETCONFER_DEBUG", "1")
    with pytest.raises(KeyError):
        main(["deadlines", "--sample", "--json"])
