"""``meetconfer matter new --import-order``: the court, the view, the notes on stderr."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from meetconfer_gui.domain.sample import sample_order_text
from tests.unit.cli.helpers import run_cli

ORDERS = Path(__file__).parents[1] / "importer"
SDNY = str(ORDERS / "orders_heldout" / "sdny_initial_conference.txt")
NO_COURT = str(ORDERS / "orders" / "edcal_briefing.txt")


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.delenv("MEETCONFER_DATA_DIR", raising=False)
    return str(tmp_path / "store")


def exported(capsys: Any, store: str, matter_id: str, tmp_path: Path) -> Any:
    out = tmp_path / f"m{matter_id}.json"
    assert run_cli(capsys, "--data-dir", store, "matter", "export", matter_id, "-o",
                   str(out))[0] == 0
    return json.loads(out.read_text(encoding="utf-8"))["matter"]


def test_an_sdny_order_makes_a_named_matter_with_dated_conference_items(capsys, store,
                                                                       tmp_path):
    code, out, err = run_cli(capsys, "--data-dir", store, "matter", "new", "--import-order", SDNY)
    assert (code, out) == (0, "1\n")
    assert "court was not found" not in err
    code, out, _ = run_cli(capsys, "--data-dir", store, "matters", "--json")
    row = json.loads(out)[0]
    assert row["name"] == "Priya Ramanathan v. Harborview Capital Management LP"
    assert row["case_number"] == "25-cv-1187 (JHR)"
    m = exported(capsys, store, "1", tmp_path)
    assert m["district_code"] == "nysd"
    # the order names counsel for the plaintiff: not a plaintiff representing themselves
    assert m["perspective"] == "defense"
    assert "--perspective plaintiff" in err
    code, out, _ = run_cli(capsys, "--data-dir", store, "deadlines", "--matter", "1", "--json",
                           "--today", "2025-03-05")
    dues = {o["title"]: o["due"] for o in json.loads(out)["obligations"]}
    assert dues[next(t for t in dues if "joint letter" in t)] == "2025-04-01"


def test_an_unknown_court_is_said_on_stderr_in_one_line(capsys, store, tmp_path):
    code, out, err = run_cli(capsys, "--data-dir", store, "matter", "new", "--import-order",
                             NO_COURT)
    assert (code, out) == (0, "1\n")
    lines = [ln for ln in err.splitlines() if "court was not found" in ln]
    assert len(lines) == 1
    assert "E.D. Cal. (caed)" in lines[0] and "--district CODE" in lines[0]
    assert exported(capsys, store, "1", tmp_path)["district_code"] == "caed"


def test_district_and_perspective_options(capsys, store, tmp_path):
    code, _, err = run_cli(capsys, "--data-dir", store, "matter", "new", "--import-order",
                           NO_COURT, "--district", "cand", "--perspective", "defense",
                           "--name", "Mine")
    assert code == 0 and "court was not found" not in err
    m = exported(capsys, store, "1", tmp_path)
    assert (m["district_code"], m["perspective"], m["name"]) == ("cand", "defense", "Mine")
    defendants = next(p for p in m["parties"] if p["role"] == "defendant")
    assert defendants["counsel"] == "Defense counsel"  # the user's own side has counsel
    # an abbreviation will do
    code, _, _ = run_cli(capsys, "--data-dir", store, "matter", "new", "--import-order",
                         NO_COURT, "--district", "S.D.N.Y.")
    assert code == 0 and exported(capsys, store, "2", tmp_path)["district_code"] == "nysd"


def test_a_bad_district_is_one_line_and_status_2(capsys, store):
    code, out, err = run_cli(capsys, "--data-dir", store, "matter", "new", "--import-order",
                             NO_COURT, "--district", "zz")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "meetconfer districts" in err
    code, _, err = run_cli(capsys, "--data-dir", store, "matter", "new", "--sample",
                           "--district", "cand")
    assert code == 2 and "--import-order" in err


def test_the_sample_order_imported_stays_the_sample_matter(capsys, store, tmp_path):
    path = tmp_path / "sample.txt"
    path.write_text(sample_order_text(), encoding="utf-8")
    code, _, err = run_cli(capsys, "--data-dir", store, "matter", "new", "--import-order",
                           str(path))
    assert code == 0 and "court was not found" not in err
    m = exported(capsys, store, "1", tmp_path)
    assert m["district_code"] == "caed" and m["perspective"] == "plaintiff"
    plaintiff, defendants = m["parties"]
    assert (plaintiff["counsel"], defendants["counsel"]) == ("", "Defense counsel")
