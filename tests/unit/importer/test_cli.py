"""``meetconfer import FILE|- [--json]`` (../CLI.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from meetconfer_gui import cli
from tests.unit.importer.pdfmaker import ORDERS, SAMPLE, pleading_pdf, sample_lines

KEYS = {"who", "what", "kind", "days", "court_days", "direction", "trigger", "fixed_date",
        "source_sentence", "text_lines", "confidence"}


def run_json(capsys, *argv: str) -> dict[str, Any]:
    assert cli.main(["import", *argv, "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.count("\n") == 1
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def test_json_shape(capsys):
    data = run_json(capsys, str(SAMPLE))
    assert data["order_date"] == "2017-10-04"
    assert data["judge"] == "Barbara A. McAuliffe"
    assert data["motion_ecf"] == 43
    assert data["order_ecf"] is None
    obligations = data["obligations"]
    assert isinstance(obligations, list)
    for item in obligations:
        assert set(item) >= KEYS
        assert item["kind"] in {"deadline", "duty", "content", "notice", "prohibition",
                                "warning"}
        assert item["trigger"] in {None, "order_date", "order_entry", "service", "conference",
                                   "hearing", "filing", "fixed_date", "other"}
        assert item["direction"] in {None, "after", "before"}
        assert isinstance(item["court_days"], bool)
        assert isinstance(item["text_lines"], list) and len(item["text_lines"]) == 2
        assert 0.0 <= item["confidence"] <= 1.0
    contact = next(o for o in obligations if o["suggested_id"] == "contact")
    assert (contact["days"], contact["trigger"], contact["direction"]) == (21, "order_date",
                                                                         "after")
    assert contact["text_lines"] == [5, 6]
    for entry in data["unclassified"]:
        assert set(entry) >= {"source_sentence", "text_lines"}


def test_fixed_date_json(capsys):
    data = run_json(capsys, str(ORDERS / "fixed_dates.txt"))
    dates = [o["fixed_date"] for o in data["obligations"] if o["fixed_date"]]
    assert dates == ["2016-01-29", "2016-01-08", "2016-02-12"]


def test_pdf_json(capsys, tmp_path):
    path = tmp_path / "order.pdf"
    path.write_bytes(pleading_pdf(sample_lines()))
    data = run_json(capsys, str(path))
    assert data["order_date"] == "2017-10-04"
    assert len(data["obligations"]) >= 14


def test_summary(capsys):
    assert cli.main(["import", str(ORDERS / "chained.txt")]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Dated: Monday, May 2, 2016" in out
    assert "10 court days after another filing" in out
    assert "LOW: check it" in out  # the "may file" reply is flagged
    assert "lines 18-20" in out
    assert "confidence 0.90" in out


@pytest.mark.parametrize("content", [b"\x00\x01binary" * 50, b""])
def test_bad_file_is_one_line_exit_2(capsys, tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert cli.main(["import", str(path), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("meetconfer: error: bad.txt")


def test_missing_file(capsys, tmp_path):
    assert cli.main(["import", str(tmp_path / "nope.pdf")]) == 2
    _, err = capsys.readouterr()
    assert "no such file" in err
    assert err.count("\n") == 1


def test_stdin_and_stderr_in_a_real_process(tmp_path):
    """``-`` reads standard input; a broken PDF gives one stderr line (no pypdf noise)."""
    command = [sys.executable, "-m", "meetconfer_gui.cli", "import", "-", "--json"]
    ok = subprocess.run(command, input=SAMPLE.read_bytes(), capture_output=True, check=False,
                        timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert ok.stderr == b""
    assert json.loads(ok.stdout)["motion_ecf"] == 43
    data = pleading_pdf(sample_lines())
    bad = subprocess.run(command, input=data[: len(data) - 40], capture_output=True,
                         check=False, timeout=60)
    assert bad.returncode == 2
    assert bad.stdout == b""
    lines = bad.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("meetconfer: error: standard input")
