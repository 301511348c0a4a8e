"""``meetconfer statement``, ``ics`` and ``report`` as ../shared/CLI.md specifies them."""

from __future__ import annotations

import sys
import types
from typing import Any

import docx
import pytest
from icalendar import Calendar
from pypdf import PdfReader

from meetconfer_gui.cli import main
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage.base import MemoryRepository


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def vevents(path) -> dict[str, Any]:
    cal: Any = Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_statement_with_gaps_is_written_and_gaps_listed(capsys, tmp_path):
    out = tmp_path / "js.pdf"
    code, stdout, err = run(capsys, "statement", "--sample", "--today", "2017-10-26",
                            "--pdf", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert str(out) in stdout
    assert "missing: date(s) and method of the meet-and-confer conference" in err
    assert "missing: name of counsel for Defendants" in err
    assert "[MISSING: date(s) and method" in pdf_text(out)


def test_statement_with_conference_and_requests(capsys, tmp_path):
    out = tmp_path / "js.txt"
    code, _, err = run(capsys, "statement", "--sample", "--conference", "2017-10-20",
                       "--resolution", "part", "--at-issue", "Request for Production No. 4",
                       "--at-issue", "Interrogatory No. 7", "--good-faith",
                       "--date", "2017-10-26", "--text", str(out))
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert "met and conferred in good faith regarding the motion to compel by telephone on " \
           "October 20, 2017." in text
    assert "1. Request for Production No. 4." in text and "2. Interrogatory No. 7." in text
    assert "Dated: October 26, 2017" in text
    assert "no conference is recorded" not in err


def test_part_without_requests_is_a_gap_not_an_error(capsys, tmp_path):
    code, _, err = run(capsys, "statement", "--sample", "--conference", "2017-10-20",
                       "--resolution", "part", "--text", str(tmp_path / "s.txt"))
    assert code == 0
    assert "missing: each discovery request still at issue" in err


def test_full_with_requests_is_an_error(capsys, tmp_path):
    code, _, err = run(capsys, "statement", "--sample", "--resolution", "full",
                       "--at-issue", "RFP 1", "--text", str(tmp_path / "s.txt"))
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("meetconfer: error: '--resolution full' leaves no request at issue")
    assert not (tmp_path / "s.txt").exists()


def test_statement_docx_separate_and_stdout(capsys, tmp_path):
    out = tmp_path / "sep.docx"
    code, _, _ = run(capsys, "statement", "--sample", "--conference", "2017-10-20",
                     "--separate", "--docx", str(out))
    assert code == 0
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "did not sign it" in text
    code, stdout, _ = run(capsys, "statement", "--sample", "--pro-se-signing", "authorized",
                          "--authorized-on", "2017-10-25", "--text", "-")
    assert code == 0
    assert "/s/ MERRICK JOSE MOORE (as authorized on October 25, 2017)" in stdout


def test_ics(capsys, tmp_path):
    out = tmp_path / "d.ics"
    code, stdout, _ = run(capsys, "ics", "--sample", "--today", "2017-10-10", "-o", str(out))
    assert code == 0 and "3 events" in stdout
    starts = {uid: e["dtstart"].dt.isoformat() for uid, e in vevents(out).items()}
    assert starts == {"contact-sample@meetconfer": "2017-10-25",
                      "statement_file-sample@meetconfer": "2017-11-03",
                      "conference_by-sample@meetconfer": "2017-10-27"}
    code, stdout, _ = run(capsys, "ics", "--sample", "--conference", "2017-10-20",
                          "--alarm", "3", "-o", str(out))
    assert code == 0 and "2 events, 1 cancelled" in stdout
    events = vevents(out)
    assert int(events["statement_file-sample@meetconfer"]["sequence"]) == 1
    assert str(events["conference_by-sample@meetconfer"]["status"]) == "CANCELLED"
    assert len(events["contact-sample@meetconfer"].subcomponents) == 1


def test_report(capsys, tmp_path):
    out = tmp_path / "r.pdf"
    code, _, _ = run(capsys, "report", "--sample", "--today", "2017-10-10", "--pdf", str(out))
    assert code == 0 and "Status report" in pdf_text(out)


@pytest.fixture
def stored(monkeypatch):
    """A stored matter, served by an in-memory store in place of the SQLite one."""
    repo = MemoryRepository()
    matter = repo.create(sample_matter(), user="Ana")
    repo.save(matter, user="Ana", action="edit", detail="checked the parties")
    fake = types.ModuleType("meetconfer_gui.storage.repository")

    def open_repository(data_dir, *, read_only=False):
        del data_dir, read_only
        return repo

    fake.open_repository = open_repository  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "meetconfer_gui.storage.repository", fake)
    monkeypatch.setattr(repo, "close", lambda: None)
    return matter


def test_stored_matter(capsys, tmp_path, stored):
    code, _, _ = run(capsys, "report", "--matter", stored.id, "--pdf", str(tmp_path / "r.pdf"))
    assert code == 0 and "checked the parties" in pdf_text(tmp_path / "r.pdf")
    code, _, _ = run(capsys, "ics", "--matter", stored.id, "-o", str(tmp_path / "m.ics"))
    uids = list(vevents(tmp_path / "m.ics"))
    assert f"contact-{stored.id}@meetconfer" in uids
    code, stdout, _ = run(capsys, "statement", "--matter", stored.id, "--text", "-")
    assert code == 0 and "JOINT STATEMENT REGARDING" in stdout
    code, _, err = run(capsys, "statement", "--matter", "nope", "--text", "-")
    assert code == 2 and err.startswith("meetconfer: error:")


def test_bad_output_path(capsys, tmp_path):
    code, _, err = run(capsys, "statement", "--sample", "--pdf",
                       str(tmp_path / "missing-dir" / "x.pdf"))
    assert code == 2 and "check the path" in err
