"""The store's commands as ../shared/CLI.md ("The store") specifies them."""

from __future__ import annotations

import json
import sqlite3

import pytest

from meetconfer_gui.cli import main
from meetconfer_gui.storage import db


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.delenv("MEETCONFER_DATA_DIR", raising=False)
    return tmp_path / "store"


def run(capsys, store, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(store), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_sample_then_list(capsys, store):
    assert run(capsys, store, "matters", "--json")[:2] == (0, "[]\n")
    assert not store.exists()  # listing creates nothing
    code, out, _ = run(capsys, store, "matter", "new", "--sample")
    assert (code, out) == (0, "1\n")
    code, out, _ = run(capsys, store, "matter", "new", "--sample", "--name", "Second")
    assert (code, out) == (0, "2\n")
    code, out, _ = run(capsys, store, "matters", "--json")
    rows = json.loads(out)
    assert [(r["id"], r["name"]) for r in rows] == [
        ("1", "Moore v. Gipson (sample order)"), ("2", "Second")]
    assert set(rows[0]) >= {"id", "name", "case_number", "updated"}
    assert rows[0]["case_number"] == "1:13-cv-01820-DAD-BAM (PC)"
    assert rows[0]["next_due"] == "2017-10-25"
    code, out, _ = run(capsys, store, "matters")
    assert "Second" in out and "2017-10-25" in out


def test_data_dir_from_the_environment(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("MEETCONFER_DATA_DIR", str(tmp_path / "env"))
    assert main(["matter", "new", "--sample"]) == 0
    assert (tmp_path / "env" / db.STORE_NAME).is_file()
    capsys.readouterr()
    assert main(["matters", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_tick_untick_and_history(capsys, store):
    run(capsys, store, "matter", "new", "--sample")
    code, out, _ = run(capsys, store, "tick", "1", "contact", "--date", "2017-10-12",
                       "--user", "Ana")
    assert code == 0 and out.startswith("Done:")
    code, out, _ = run(capsys, store, "deadlines", "--matter", "1", "--json",
                       "--today", "2017-10-13")
    contact = next(o for o in json.loads(out)["obligations"] if o["id"] == "contact")
    assert contact["status"] == "done"
    assert run(capsys, store, "tick", "1", "contact", "--undo", "--user", "Ben")[0] == 0
    code, out, _ = run(capsys, store, "history", "1", "--json")
    hist = json.loads(out)
    assert [(h["user"], h["action"], h["obligation"]) for h in hist][1:] == [
        ("Ana", "tick", "contact"), ("Ben", "untick", "contact")]
    assert all(set(h) == {"at", "user", "action", "obligation", "detail"} for h in hist)
    assert "October 12, 2017" in hist[1]["detail"]
    code, out, _ = run(capsys, store, "history", "1")
    assert "Ana  tick [contact]" in out


@pytest.mark.parametrize(("args", "words"), [
    (("tick", "1", "sanctions_warning"), "is a warning, not a task"),
    (("tick", "1", "further_order"), "is a notice, not a task"),
    (("tick", "1", "nope"), "no item 'nope'"),
    (("tick", "7", "contact"), "no matter '7'"),
    (("tick", "1", "contact", "--date", "2017-02-30"), "--date"),
    (("tick", "1", "contact", "--date", "2017-01-01"), "before the order's date"),
    (("history", "7"), "no matter '7'"),
    (("matter", "export", "7", "-o", "x.json"), "no matter '7'"),
])
def test_errors_are_one_line_exit_2(capsys, store, args, words):
    run(capsys, store, "matter", "new", "--sample")
    code, out, err = run(capsys, store, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


def test_export_import_round_trip_and_refusals(capsys, store, tmp_path):
    run(capsys, store, "matter", "new", "--sample")
    run(capsys, store, "tick", "1", "contact", "--date", "2017-10-12", "--user", "Ana")
    exported = tmp_path / "moore.json"
    assert run(capsys, store, "matter", "export", "1", "-o", str(exported))[0] == 0
    other = tmp_path / "other"
    code, out, _ = run(capsys, other, "matter", "import", str(exported))
    assert (code, out) == (0, "1\n")
    code, out, _ = run(capsys, store, "matter", "import", str(exported))
    assert (code, out) == (0, "2\n")  # always a new matter
    for name in ("1", "2"):
        code, out, _ = run(capsys, store, "matter", "export", name, "-o",
                           str(tmp_path / f"again{name}.json"))
    first = json.loads((tmp_path / "again1.json").read_text())
    second = json.loads((tmp_path / "again2.json").read_text())
    assert first["matter"] == {**second["matter"], "id": "1"}
    # a truncated or tampered file is refused and changes nothing
    text = exported.read_text()
    bad = {"truncated.json": text[: len(text) // 3],
           "tampered.json": text.replace('"Barbara A. McAuliffe"', '"Nobody"'),
           "foreign.json": '{"some": "thing"}'}
    before = (store / db.STORE_NAME).stat().st_size, _count(store)
    for name, content in bad.items():
        (tmp_path / name).write_text(content)
        code, out, err = run(capsys, store, "matter", "import", str(tmp_path / name))
        assert code == 2 and out == "" and err.count("\n") == 1
    assert _count(store) == before[1]
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00junk")
    code, _, err = run(capsys, store, "matter", "import", str(tmp_path / "binary.json"))
    assert code == 2 and "not a meetconfer matter file" in err


def _count(store) -> int:
    conn = sqlite3.connect(store / db.STORE_NAME)
    n = conn.execute("SELECT count(*) FROM matters").fetchone()[0]
    conn.close()
    return int(n)


def test_backup_and_restore(capsys, store, tmp_path):
    run(capsys, store, "matter", "new", "--sample", "--name", "Kept")
    backup = tmp_path / "b.sqlite3"
    code, out, _ = run(capsys, store, "backup", str(backup))
    assert code == 0 and "1 matter: Kept" in out
    run(capsys, store, "matter", "new", "--sample", "--name", "Later")
    code, out, err = run(capsys, store, "restore", str(backup))  # no --yes, no terminal
    assert code == 2 and "1 matter: Kept" in out and "--yes" in err
    assert _count(store) == 2
    code, out, _ = run(capsys, store, "restore", str(backup), "--yes")
    assert code == 0 and "now holds 1 matter" in out
    code, out, _ = run(capsys, store, "matters", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Kept"]
    kept = list(store.glob("meetconfer-before-restore-*.sqlite3"))
    assert len(kept) == 1
    (tmp_path / "junk").write_text("nothing")
    code, _, err = run(capsys, store, "restore", str(tmp_path / "junk"), "--yes")
    assert code == 2 and "damaged" in err


def test_new_from_an_order_file(capsys, store):
    from importlib import resources

    order = resources.files("meetconfer_gui") / "data" / "meet-and-confer-order.txt"
    code, out, err = run(capsys, store, "matter", "new", "--import-order", str(order),
                         "--name", "Imported")
    assert code == 0 and out == "1\n", err
    code, out, _ = run(capsys, store, "deadlines", "--matter", "1", "--json",
                       "--today", "2017-10-10")
    result = json.loads(out)
    assert result["obligations"], "the order's obligations became the matter's items"
    assert any(o["due"] == "2017-10-25" for o in result["obligations"])
