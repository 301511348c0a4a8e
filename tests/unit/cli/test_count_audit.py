"""``meetconfer count --batch``: cases found by the engine audit (regressions), and a property:
whatever the mix of good and bad lines, each input line gets its own output line, in order."""

from __future__ import annotations

import io
import json
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.cli.helpers import run_cli


def run(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``meetconfer ARGS`` in-process; return (exit status, stdout, stderr)."""
    return run_cli(capsys, *args)


def test_a_batch_file_saved_with_a_byte_order_mark(capsys, tmp_path):
    """Windows editors start a UTF-8 file with a BOM: the first line is still a request."""
    path = tmp_path / "requests.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"trigger": "2017-10-04", "days": 21}\r\n'
                     b'{"trigger": "2017-10-04", "days": 30, "service": "mail"}\r\n')
    status, out, err = run(capsys, "count", "--batch", str(path), "--json")
    assert (status, err) == (0, "")
    assert [json.loads(line)["due"] for line in out.splitlines()] == ["2017-10-25",
                                                                      "2017-11-06"]


def test_a_byte_order_mark_on_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO('\ufeff{"trigger": "2017-10-04", "days": 21}\n'))
    status, out, err = run(capsys, "count", "--batch", "-", "--json")
    assert (status, err) == (0, "")
    assert json.loads(out)["due"] == "2017-10-25"


@pytest.mark.parametrize(
    ("option", "words"),
    [
        (["--state", "CA"], "--state"),
        (["--district", "caed"], "--district"),
        (["--no-state"], "--no-state"),
        (["--before"], "--before"),
        (["--court-days"], "--court-days"),
        (["--service", "mail"], "--service"),
        (["--closed", "2017-10-05"], "--closed"),
    ],
)
def test_batch_refuses_options_it_would_ignore(capsys, monkeypatch, option, words):
    """A batch line carries its own court, direction, service and closures: an option on the
    command line would silently count every line some other way than the user meant."""
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"trigger": "2017-10-04", "days": 21}\n'))
    status, out, err = run(capsys, "count", "--batch", "-", "--json", *option)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and words in err


GOOD_LINES = {
    '{"trigger": "2017-10-04", "days": 21, "district": "caed"}': "2017-10-25",
    '{"trigger": "2017-10-04", "days": 30, "service": "mail", "state": "ca"}': "2017-11-06",
    '{"trigger": "2020-07-18", "days": 14, "direction": "before"}': "2020-07-02",
    '{"trigger": "2007-09-11", "days": 10, "direction": "before", "closed": ["2007-08-31"]}':
        "2007-09-04",
    '{"trigger": "2024-11-27", "days": 3, "court_days": true, "state": "CA"}': "2024-12-04",
}
BAD_LINES = [
    "", "   ", "null", "[]", '"text"', "{", '{"trigger": "2017-10-04"}',
    '{"trigger": "2017-10-04", "days": 0}', '{"trigger": "2017-10-04", "days": true}',
    '{"trigger": "2017-10-04", "days": 3, "direction": "sideways"}',
    '{"trigger": "2017-10-04", "days": 3, "direction": "before", "service": "mail"}',
    '{"trigger": "2017-10-04", "days": 3, "state": "CA", "district": "caed"}',
    '{"trigger": "2017-10-04", "days": 3, "closed": "2017-10-05"}',
    '{"trigger": "2017-10-04", "days": 3, "court_days": "yes"}',
    '{"trigger": 20171004, "days": 3}',
]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(sorted(GOOD_LINES)), st.sampled_from(BAD_LINES)),
                min_size=1, max_size=12))
def test_batch_output_stays_aligned_with_input(capsys, monkeypatch, lines):
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    status, out, err = run(capsys, "count", "--batch", "-", "--json")
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(lines)
    bad = 0
    for number, (line, result) in enumerate(zip(lines, results, strict=True), 1):
        if line in GOOD_LINES:
            assert result["due"] == GOOD_LINES[line]
        else:
            bad += 1
            assert set(result) == {"error", "line"} and result["line"] == number
    assert status == (2 if bad else 0)
    assert err.count("\n") == (1 if bad else 0)


def test_three_readings_are_not_called_two(capsys):
    """Dec 24 and Dec 26 2025 are both disputed: three readings, and the text says so."""
    status, out, err = run(capsys, "count", "--from", "2025-12-10", "--days", "14")
    assert (status, err) == (0, "")
    assert "The law can be read 3 ways here. Meet the earliest date:" in out
    assert "two ways" not in out
    assert out.splitlines()[0] == "Due: Wednesday, December 24, 2025"
