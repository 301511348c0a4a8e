"""The Joint Statement preview: editable text, the gaps beside it, options, saving."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.export.statement import OutputFormat, StatementKind
from meetconfer_gui.ui.statement_dialog import StatementDialog
from meetconfer_gui.ui.widgets import Severity
from tests.gui.dialog_support import (
    assert_accessible,
    assert_buddies,
    assert_tab_reaches,
    conference_matter,
    hd_screen,
)

TODAY = date(2017, 10, 26)


@pytest.fixture
def make(qtbot):
    def make(matter=None, **kwargs) -> StatementDialog:
        d = StatementDialog(matter or sample_matter(), TODAY, **kwargs)
        qtbot.addWidget(d)
        d.show()
        qtbot.waitExposed(d)
        return d

    return make


def listed(d: StatementDialog) -> list[str]:
    return [d.missing_list.item(i).text() for i in range(d.missing_list.count())]


def test_shows_draft_and_every_gap_in_words(make):
    d = make()
    assert d.text() == d.draft().body_text()
    assert not d.edited
    assert listed(d) == [f"Missing: {g}" for g in d.draft().missing]
    assert "Missing facts: " in d.missing_label.text()
    assert "UNITED STATES DISTRICT COURT" in d.caption_view.toPlainText()
    assert d.caption_view.isReadOnly() and not d.editor.isReadOnly()


def test_gap_list_follows_the_edited_text(make, qtbot):
    d = make(conference_matter())
    before = listed(d)
    d.editor.moveCursor(d.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(d.editor, "[MISSING: the judge's initials]")
    assert listed(d) == [*before, "Missing: the judge's initials"]
    assert d.edited
    name_gap = "[MISSING: name of counsel for Defendants]"
    d.set_text(d.text().replace(name_gap, "Jane Roe"))
    assert "Missing: name of counsel for Defendants" in listed(d)  # still on page one
    assert d.text().count(name_gap) == 0


def test_activating_a_gap_selects_it(make):
    d = make()
    item = next(d.missing_list.item(i) for i in range(d.missing_list.count())
                if "resolved" in d.missing_list.item(i).text())
    d.missing_list.itemActivated.emit(item)
    assert d.editor.textCursor().selectedText().startswith("[MISSING: whether the motion")


def test_options_redraft_and_undo_restores_edits(make, qtbot):
    d = make(conference_matter())
    qtbot.keyClicks(d.editor, "My own words. ")
    edited = d.text()
    d.kind.setCurrentIndex(d.kind.findData(StatementKind.SEPARATE))
    assert "SEPARATE STATEMENT" in d.caption_view.toPlainText()
    assert "did not sign it" in d.text() and not d.edited
    assert d.message.severity() is Severity.INFO and "Undo" in d.message.text()
    assert d._sent_row.isVisibleTo(d)
    d.editor.undo()
    assert d.text() == edited


def test_signing_modes(make, qtbot):
    d = make(conference_matter())
    assert "original signature retained by attorney" in d.text()
    assert not d.authorized_known.isEnabled()
    d.signing.setCurrentIndex(1)
    assert "/s/ MERRICK JOSE MOORE (as authorized on [MISSING:" in d.text()
    assert d.authorized_known.isEnabled() and not d.authorized_on.isEnabled()
    d.authorized_known.setChecked(True)
    assert "/s/ MERRICK JOSE MOORE (as authorized on October 26, 2017)" in d.text()
    d.signature_page.setChecked(False)
    assert "SIGNATURE PAGE" not in d.text()


def test_save_edited_text_as_each_format(make, tmp_path, qtbot):
    asked: list[str] = []

    def ask(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / f"out{len(asked)}")

    d = make(conference_matter(), ask_path=ask)
    d.set_text(d.text().replace("in 2 sessions", "in two sessions"))
    with qtbot.waitSignal(d.saved) as sig:
        qtbot.mouseClick(d.save_pdf, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "out1.pdf"
    assert sig.args == [pdf] and pdf.is_file()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "in two sessions" in text
    qtbot.mouseClick(d.save_docx, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(d.save_text, Qt.MouseButton.LeftButton)
    assert (tmp_path / "out2.docx").is_file()
    assert "in two sessions" in (tmp_path / "out3.txt").read_text(encoding="utf-8")
    assert asked[0] == "Moore v. Gipson - Joint Statement.pdf"
    assert d.message.heading() == "Saved" and "[MISSING" in d.message.text()


def test_save_to_and_failures(make, tmp_path):
    d = make(ask_path=lambda *a: "")
    assert d.save_as(OutputFormat.PDF) is None  # cancelled
    out = d.save_to(tmp_path / "x.txt", "text")
    assert out.read_text(encoding="utf-8").startswith("[MISSING: name of counsel")
    d2 = make(ask_path=lambda *a: str(tmp_path / "no" / "such" / "dir.pdf"))
    assert d2.save_as(OutputFormat.PDF) is None
    assert d2.message.severity() is Severity.ERROR


def test_accessible_and_keyboard_reachable(make, tmp_path):
    d = make(conference_matter())
    assert_accessible(d)
    assert_buddies(d)
    assert_tab_reaches(d, [d.kind, d.signing, d.dated, d.editor, d.missing_list,
                           d.save_docx, d.save_pdf, d.save_text, d.close_button])
    assert d.editor.tabChangesFocus()
    assert d.grab().save(str(tmp_path / "statement.png"))


def test_warnings_and_a_changed_matter(make):
    d = make(conference_matter())
    assert d.warnings.isVisibleTo(d) and "video" in d.warnings.text()
    assert d.warnings.heading() == "Check"
    d.set_matter(sample_matter())
    assert not d.warnings.isVisibleTo(d)
    assert "no conference is recorded" in d.text()


_SCALED = """
import sys
from datetime import date
from PySide6.QtWidgets import QApplication
app = QApplication([])
app.setStyle("Fusion")
from meetconfer_gui.ui.statement_dialog import StatementDialog
from tests.gui.dialog_support import clipped, conference_matter
d = StatementDialog(conference_matter(), date(2017, 10, 26))
d.show()
app.processEvents()
room = d.screen().availableGeometry().size()
problems = clipped(d)
if d.width() > room.width() or d.height() > room.height():
    problems.append(f"{d.size().toTuple()} does not fit {room.toTuple()}")
print("\\n".join(problems))
sys.exit(1 if problems else 0)
"""


def test_fits_a_full_hd_screen_at_150_percent(tmp_path):
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM=hd_screen(tmp_path))
    proc = subprocess.run([sys.executable, "-c", _SCALED], capture_output=True, text=True,
                          env=env, check=False, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_another_courts_matter_is_not_told_of_ed_cal_local_rules(make, qtbot):
    """The signing choices name E.D. Cal.'s L.R. 131 only for an E.D. Cal. matter."""
    from dataclasses import replace

    from meetconfer_gui.export.statement import SigningMode

    ed_cal = make()
    assert ed_cal.signing.itemText(0).endswith("(E.D. Cal. L.R. 131(f))")
    assert ed_cal.signing.itemText(1).endswith("(E.D. Cal. L.R. 131(e))")
    assert "E.D. Cal. L.R. 131" in ed_cal.signing.toolTip()
    other = make(replace(sample_matter(), district_code="nysd"))
    texts = [other.signing.itemText(i) for i in range(other.signing.count())]
    assert not any("L.R." in t or "131" in t for t in texts)
    assert texts[0].startswith("Counsel keeps the signed original")
    assert "check your own court's local rule" in other.signing.toolTip()
    assert other.signing.itemData(0) == SigningMode.RULE_131F
    other.signing.setFocus()
    qtbot.keyClick(other.signing, Qt.Key.Key_Down)
    assert other.signing.currentData() == SigningMode.AUTHORIZED
    assert "as authorized on" in other.text()
