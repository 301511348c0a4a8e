"""Calendar export from the window keeps UIDs and SEQUENCE numbers across exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from icalendar import Calendar
from PySide6.QtWidgets import QFileDialog

from meetconfer_gui.domain.matter import ConferenceMethod, ConferenceSession
from meetconfer_gui.export.ics import CANCELLED, CONFERENCE_BY, CONFIRMED, event_uid


def _events(path: Path) -> dict[str, dict[str, Any]]:
    cal = Calendar.from_ical(path.read_bytes())
    out: dict[str, dict[str, Any]] = {}
    ev: Any
    for ev in cal.walk("VEVENT"):
        out[str(ev["x-meetconfer-obligation"])] = {
            "uid": str(ev["uid"]), "sequence": int(ev["sequence"]),
            "status": str(ev["status"]), "start": ev["dtstart"].dt,
            "alarms": sorted(str(a["trigger"].dt) for a in ev.walk("VALARM"))}
    return out


def test_export_record_a_conference_export_again(qtbot, make_window, repo, tmp_path,
                                                 monkeypatch):
    w = make_window()
    targets = iter([tmp_path / "first.ics", tmp_path / "second.ics"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(next(targets)), ""))
    w.act_ics.trigger()
    first = _events(tmp_path / "first.ics")
    assert first["statement_file"]["sequence"] == 0
    assert first["statement_file"]["start"] == date(2017, 11, 3)
    assert first[CONFERENCE_BY]["status"] == CONFIRMED
    assert first["statement_file"]["uid"] == event_uid(w.matter.id, "statement_file")
    assert len(first["statement_file"]["alarms"]) == 2  # 7 and 1 days before, by default
    assert repo.setting(f"ics_state:{w.matter.id}")  # kept in the store

    session = ConferenceSession("s1", date(2017, 10, 20), ConferenceMethod.TELEPHONE)
    assert w.apply_edit(w.matter.with_sessions((session,), None), "Record conference",
                        action="conference", obligation="meet_and_confer")
    # A different file, so only the state kept in the store can carry the numbers over.
    w.act_ics.trigger()
    second = _events(tmp_path / "second.ics")
    statement = second["statement_file"]
    assert statement["uid"] == first["statement_file"]["uid"]
    assert statement["sequence"] == first["statement_file"]["sequence"] + 1
    assert statement["start"] == date(2017, 10, 27)
    assert second[CONFERENCE_BY]["status"] == CANCELLED
    assert second[CONFERENCE_BY]["sequence"] == first[CONFERENCE_BY]["sequence"] + 1
    unchanged = [oid for oid, ev in second.items()
                 if oid in first and ev["sequence"] == first[oid]["sequence"]]
    assert unchanged  # events the conference did not change keep their number


def test_alarm_days_come_from_the_preferences(qtbot, make_window, repo, tmp_path,
                                              monkeypatch):
    w = make_window()
    repo.set_setting("ics_alarms", "3")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "a.ics"), ""))
    w.act_ics.trigger()
    ev = _events(tmp_path / "a.ics")["statement_file"]
    assert ev["alarms"] == ["-3 days, 9:00:00"]
    repo.set_setting("ics_alarms", "none")
    (tmp_path / "a.ics").unlink()
    w.act_ics.trigger()
    assert _events(tmp_path / "a.ics")["statement_file"]["alarms"] == []
