"""``meetconfer count`` as ../shared/CLI.md and issue 2 specify it (in-process, plus one
run of the installed console script)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.unit.cli.helpers import run_cli


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``meetconfer ARGS`` in-process; return (exit status, stdout, stderr)."""
    return run_cli(capsys, *args)


def run_json(capsys, *args: str) -> dict[str, Any]:
    status, out, err = run(capsys, "count", *args, "--json")
    assert (status, err) == (0, "")
    assert out.count("\n") == 1 and out.endswith("\n")
    result: dict[str, Any] = json.loads(out)
    return result


# --- issue 2, "Done when" ----------------------------------------------------------------------

def test_contact_deadline_of_the_sample_order(capsys):
    status, out, err = run(capsys, "count", "--from", "2017-10-04", "--days", "21",
                           "--district", "caed")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Due: Wednesday, October 25, 2017"
    assert lines[1] == ("  21 days after Wednesday, October 4, 2017; Eastern District of "
                        "California: federal legal holidays and California's state holidays")
    assert "How it was counted:" in lines
    assert ("  1. The period starts from Wednesday, October 4, 2017; that day is not counted. "
            "[FRCP 6(a)(1)(A)]") in lines
    assert "  3. Day 21 is Wednesday, October 25, 2017. [FRCP 6(a)(1)(C)]" in lines
    assert "  4. Due Wednesday, October 25, 2017. [FRCP 6(a)(4)]" in lines
    assert lines[-1].startswith("If the deadline is a filing, the last day ends by 11:59 p.m. "
                                "Pacific time if filed electronically")
    assert "Note:" not in out


def test_joint_statement_served_by_mail(capsys):
    status, out, err = run(capsys, "count", "--from", "2017-10-04", "--days", "30",
                           "--service", "mail", "--district", "caed")
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == "Due: Monday, November 6, 2017"
    assert ("3 days are added after the period would otherwise end on Friday, November 3, "
            "2017, because the paper was served by mail") in out
    assert "[FRCP 6(d)]" in out


def test_text_output_shows_both_readings_when_the_law_is_unsettled(capsys):
    status, out, _ = run(capsys, "count", "--from", "2018-11-21", "--days", "14")
    assert status == 0
    assert out.splitlines()[0] == "Due: Wednesday, December 5, 2018"
    assert "The law can be read two ways here. Meet the earlier date:" in out
    assert "  Wednesday, December 5, 2018: if National Day of Mourning" in out
    assert "  Thursday, December 6, 2018: if National Day of Mourning" in out


def test_text_output_carries_the_pre_2009_note(capsys):
    status, out, _ = run(capsys, "count", "--from", "2007-08-22", "--days", "10")
    assert status == 0
    assert out.splitlines()[0] == "Due: Tuesday, September 4, 2007"
    assert "Note: Counted under Rule 6 as amended December 1, 2009." in out


# --- --json ------------------------------------------------------------------------------------

def test_json_shape(capsys):
    out = run_json(capsys, "--from", "2017-10-04", "--days", "30", "--service", "mail",
                   "--district", "caed")
    assert out["due"] == "2017-11-06"
    assert "latest" not in out and "readings" not in out
    assert (out["trigger"], out["days"], out["direction"]) == ("2017-10-04", 30, "after")
    assert (out["state"], out["service"]) == ("CA", "mail")
    assert [s["kind"] for s in out["steps"]] == ["trigger", "count", "landed", "service_days",
                                                 "due"]
    for step in out["steps"]:
        assert set(step) == {"date", "kind", "text", "rule"}
    assert out["steps"][-1] == {"date": "2017-11-06", "kind": "due",
                                "text": "Due Monday, November 6, 2017.", "rule": "FRCP 6(a)(4)"}


def test_json_federal_only_echoes_null_state_and_service(capsys):
    out = run_json(capsys, "--from", "2023-04-14", "--days", "14", "--before", "--no-state")
    assert (out["due"], out["direction"], out["state"], out["service"]) == (
        "2023-03-31", "before", None, None)


def test_json_disputed(capsys):
    out = run_json(capsys, "--from", "2014-12-12", "--days", "14")
    assert (out["due"], out["latest"]) == ("2014-12-26", "2014-12-29")
    assert [r["due"] for r in out["readings"]] == ["2014-12-26", "2014-12-29"]
    assert all(r["assumes"] for r in out["readings"])


def test_json_options(capsys):
    # court days, California, counted forward: Thu 23 and Fri 24 skipped -> Fri Dec 1 2023
    out = run_json(capsys, "--from", "2023-11-22", "--days", "5", "--court-days", "--state",
                   "ca")
    assert (out["due"], out["state"]) == ("2023-12-01", "CA")
    # WORKED-EXAMPLES.md 3: a closure extends a backward period forward
    out = run_json(capsys, "--from", "2007-09-11", "--days", "10", "--before", "--closed",
                   "2007-08-31")
    assert out["due"] == "2007-09-04"
    assert "closed" in [s["kind"] for s in out["steps"]]
    # several closed days, the option repeated
    out = run_json(capsys, "--from", "2023-03-01", "--days", "14", "--closed", "2023-03-15",
                   "--closed", "2023-03-16")
    assert out["due"] == "2023-03-17"


# --- --batch -----------------------------------------------------------------------------------

BATCH = [
    '{"trigger": "2017-10-04", "days": 21, "district": "caed"}',
    '{"trigger": "2017-10-04", "days": 30, "service": "mail"}',
    "this is not json",
    '{"trigger": "2017-10-04", "days": 0}',
    '{"trigger": "2014-12-12", "days": 14}',
    '{"trigger": "2017-10-04", "days": 3, "district": "xxed"}',
    '{"trigger": "2017-10-04", "days": 3, "direction": "before", "service": "mail"}',
    "",
    '{"trigger": "2007-09-11", "days": 10, "direction": "before", "closed": ["2007-08-31"]}',
    '{"trigger": "2017-13-04", "days": 3}',
    '{"trigger": "2017-10-04", "days": 3, "colour": "red"}',
    '{"trigger": "2023-11-22", "days": 5, "court_days": true, "state": "CA"}',
    '{"trigger": "2017-10-04", "days": 1' + "0" * 5000 + "}",
    "[" * 100_000 + "]" * 100_000,
    '{"trigger": "9999-12-30", "days": 5}',
]
GOOD = {1: "2017-10-25", 2: "2017-11-06", 5: "2014-12-26", 9: "2007-09-04", 12: "2023-12-01"}


def test_batch_keeps_lines_aligned(capsys, tmp_path):
    path = tmp_path / "requests.jsonl"
    path.write_text("\n".join(BATCH) + "\n", encoding="utf-8")
    status, out, err = run(capsys, "count", "--batch", str(path), "--json")
    assert status == 2
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(BATCH)
    for number, result in enumerate(results, 1):
        if number in GOOD:
            assert result["due"] == GOOD[number], number
            assert "error" not in result
        else:
            assert set(result) == {"error", "line"}, number
            assert result["line"] == number
            assert isinstance(result["error"], str) and result["error"]
    assert results[4]["latest"] == "2014-12-29"
    assert "1 or more" in results[3]["error"]
    assert "unknown district 'xxed'" in results[5]["error"]
    assert "Rule 6(d)" in results[6]["error"]
    assert "not JSON" in results[2]["error"] and "not JSON" in results[7]["error"]
    assert "unknown field 'colour'" in results[10]["error"]
    assert "outside the years" in results[14]["error"]
    # one line on stderr says how many lines were bad and where the first one is
    assert err.count("\n") == 1
    assert err.startswith("meetconfer: error: 10 lines were not counted (first, line 3: not JSON")
    assert "Traceback" not in err


def test_batch_of_good_lines_exits_0(capsys, tmp_path):
    path = tmp_path / "good.jsonl"
    path.write_text("".join(BATCH[i - 1] + "\n" for i in GOOD), encoding="utf-8")
    status, out, err = run(capsys, "count", "--batch", str(path), "--json")
    assert (status, err) == (0, "")
    assert [json.loads(line)["due"] for line in out.splitlines()] == list(GOOD.values())


def test_batch_from_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(BATCH[0] + "\n" + BATCH[3] + "\n"))
    status, out, err = run(capsys, "count", "--batch", "-", "--json")
    assert status == 2
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["due"] == "2017-10-25"
    assert second == {"error": "the number of days must be 1 or more, not 0", "line": 2}
    assert err.count("\n") == 1


def test_empty_batch(capsys, tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    assert run(capsys, "count", "--batch", str(path), "--json") == (0, "", "")


# --- bad input: one line on stderr, exit status 2, never a traceback ---------------------------

BAD = [
    (["--from", "2017-13-04", "--days", "21"], "is not a date"),
    (["--from", "10/04/2017", "--days", "21"], "is not a date"),
    (["--from", "2017-10-04", "--days", "0"], "1 or more"),
    (["--from", "2017-10-04", "--days", "-3"], "1 or more"),
    (["--from", "2017-10-04", "--days", "twenty"], "not a whole number"),
    (["--from", "2017-10-04", "--days", "2.5"], "not a whole number"),
    (["--from", "2017-10-04", "--days", "²"], "not a whole number"),
    (["--from", "2017-10-04", "--days=--5"], "not a whole number"),
    (["--from", "2017-10-04", "--days", "9" * 5000], "out of range"),
    (["--from", "2017-10-04", "--days", "99999"], "at most 3650"),
    (["--from", "2017-10-04", "--days", "21", "--district", "xxed"], "unknown district"),
    (["--from", "2017-10-04", "--days", "21", "--state", "ZZ"], "unknown state"),
    (["--from", "2017-10-04", "--days", "21", "--service", "fax"], "unknown service"),
    (["--from", "2017-10-04", "--days", "21", "--service", "mail", "--before"], "--before"),
    (["--from", "2017-10-04", "--days", "21", "--closed", "2017-02-30"], "is not a date"),
    (["--from", "2017-10-04"], "give --from DATE and --days N"),
    (["--from", "9999-12-30", "--days", "5"], "outside the years"),
    (["--from", "0001-01-02", "--days", "5", "--before"], "outside the years"),
    (["--from", "2017-10-04", "--days", "21", "--district", "caed", "--state", "CA"],
     "not allowed with argument"),
    (["--from", "2017-10-04", "--days", "21", "--frobnicate"], "unrecognized arguments"),
    (["--batch", "/nonexistent/requests.jsonl", "--json"], "/nonexistent/requests.jsonl"),
    (["--batch", "-"], "add --json"),
    (["--batch", "-", "--json", "--from", "2017-10-04"], "drop --from"),
]


@pytest.mark.parametrize(("args", "words"), BAD)
@pytest.mark.parametrize("as_json", [False, True])
def test_bad_input_is_one_line_and_exit_2(capsys, args, words, as_json):
    extra = ["--json"] if as_json and "--batch" not in args else []
    status, out, err = run(capsys, "count", *args, *extra)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.endswith("\n")
    assert words in err
    assert err.startswith("meetconfer")
    assert "Traceback" not in err


# --- the installed console script ----------------------------------------------------------------

@pytest.mark.slow
def test_console_script():
    script = Path(sys.executable).parent / "meetconfer"
    assert script.exists(), "pip install -e . installs the meetconfer console script"
    proc = subprocess.run([str(script), "count", "--from", "2017-10-04", "--days", "21",
                           "--district", "caed"], capture_output=True, text=True, check=False)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.splitlines()[0] == "Due: Wednesday, October 25, 2017"
    proc = subprocess.run([str(script), "count", "--batch", "-", "--json"],
                          input='{"trigger": "2017-10-04", "days": 30, "service": "mail"}\n'
                                '{"trigger": "2017-10-04", "days": "x"}\n',
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    first, second = (json.loads(line) for line in proc.stdout.splitlines())
    assert first["due"] == "2017-11-06"
    assert second["line"] == 2 and "not a whole number" in second["error"]
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
