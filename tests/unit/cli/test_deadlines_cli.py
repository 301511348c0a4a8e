"""``meetconfer deadlines`` as ../shared/CLI.md specifies it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from meetconfer_gui.cli import main


def run_json(capsys, *args: str) -> dict[str, Any]:
    assert main(["deadlines", "--sample", "--json", *args]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    result: dict[str, Any] = json.loads(out)
    return result


def test_sample_json_shape(capsys):
    d = run_json(capsys, "--today", "2017-10-10")
    assert d["deadlines"] == {
        "contact": "2017-10-25", "joint_statement": "2017-11-03",
        "joint_statement_after_conference": None, "joint_statement_after_service": "2017-11-03",
        "conference_by": "2017-10-27"}
    assert d["binding"] == "after_service"
    assert d["why"]
    ids = [o["id"] for o in d["obligations"]]
    assert len(ids) == 14 and ids[0] == "contact"
    contact = d["obligations"][0]
    assert set(contact) >= {"id", "title", "who", "kind", "due", "status", "source_sentence",
                            "lines", "page", "steps"}
    assert contact["lines"] == [3, 4] and contact["page"] == 1
    assert contact["steps"][0]["kind"] == "trigger"
    assert contact["steps"][-1] == {"date": "2017-10-25", "kind": "due",
                                    "text": "Due Wednesday, October 25, 2017.",
                                    "rule": "FRCP 6(a)(4)"}
    assert {o["kind"] for o in d["obligations"]} == {
        "deadline", "duty", "content", "notice", "prohibition", "warning"}


@pytest.mark.parametrize(("args", "statement", "binding"), [
    (["--conference", "2017-10-20"], "2017-10-27", "after_conference"),
    (["--conference", "2017-10-31"], "2017-11-03", "after_service"),
    (["--service", "mail"], "2017-11-06", "after_service"),
])
def test_done_when_examples(capsys, args, statement, binding):
    d = run_json(capsys, *args)
    assert d["deadlines"]["joint_statement"] == statement
    assert d["binding"] == binding


def test_late_conference_why(capsys):
    d = run_json(capsys, "--conference", "2017-10-31")
    assert d["deadlines"]["joint_statement_after_conference"] == "2017-11-07"
    assert "binds" in d["why"] and "November 3, 2017" in d["why"]


def test_contact_overdue(capsys):
    d = run_json(capsys, "--today", "2017-10-26")
    assert d["obligations"][0]["status"] == "overdue"


def test_text_output(capsys):
    assert main(["deadlines", "--sample", "--today", "2017-10-22"]) == 0
    out = capsys.readouterr().out
    assert "Wednesday, October 25, 2017" in out
    assert "binds" in out
    assert "11:59 p.m. Pacific" in out


@pytest.mark.parametrize("args", [
    ["--today", "2017-13-01"], ["--conference", "2017-09-01"], ["--service", "pigeon"],
    ["--perspective", "judge"],
])
def test_bad_input_one_line_exit_2(capsys, args):
    with pytest.raises(SystemExit) as exc:
        code = main(["deadlines", "--sample", *args])
        raise SystemExit(code)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
