"""End to end: a pro se plaintiff's first run, from the welcome to the filed Joint Statement.

One journey through the real window and its dialogs, as a person representing themselves
would take it: the welcome (plaintiff, replay the sample as if entered today), the contact
log, the conference (resolved in part, a request still at issue), the Joint Statement's
preview and its PDF and Word files, the filing, and undo and redo along the way. Every
assertion is on what the user sees: the banner, the checklist's cells, the dialog's text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from meetconfer_gui.app import first_matter
from meetconfer_gui.domain.matter import ResolutionStatus
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.ui.checklist_model import COL_DUE, COL_STATUS
from meetconfer_gui.ui.conference_dialog import ConferenceDialog
from meetconfer_gui.ui.contact_dialog import ContactLogDialog
from meetconfer_gui.ui.filing_dialog import FilingDialog
from meetconfer_gui.ui.statement_dialog import StatementDialog
from meetconfer_gui.ui.welcome_dialog import WelcomeDialog
from tests.gui.dialog_support import click_box, run_modal

#: The day the journey happens; the replayed sample order is dated this day too.
TODAY = date(2017, 10, 20)


def _cell(w, oid: str, column: int) -> str:
    return str(w.model.data(w.model.index_of(oid, column)))


def _welcome(qtbot, repo):
    """The first start: the welcome, answered as the plaintiff, replaying the sample today."""
    def answer(dlg) -> None:
        assert isinstance(dlg, WelcomeDialog)
        assert not dlg.ok_button.isEnabled()  # nobody chosen yet
        click_box(qtbot, dlg.perspective_buttons[Perspective.PLAINTIFF])
        dlg.user_name.clear()
        qtbot.keyClicks(dlg.user_name, "Rosa Diaz")
        assert dlg.replay.isChecked()
        assert "October 20, 2017" in dlg.replay.text()
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(answer)
    matter, user = first_matter(repo, TODAY, welcome=True)
    assert not errors, errors
    return matter, user


def _record_contact(qtbot, w) -> None:
    def fill(dlg) -> None:
        assert isinstance(dlg, ContactLogDialog)
        qtbot.mouseClick(dlg.log.add_button, Qt.MouseButton.LeftButton)
        dlg.by.clear()
        qtbot.keyClicks(dlg.by, "Rosa Diaz")
        dlg.method.setCurrentIndex(dlg.method.findText("Letter", Qt.MatchFlag.MatchContains))
        dlg.outcome.setCurrentIndex(dlg.outcome.findText("Reached",
                                                         Qt.MatchFlag.MatchContains))
        qtbot.keyClicks(dlg.notes, "Wrote asking for a call")
        assert dlg.ok_button.isEnabled(), dlg.message.text()
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    w.act_contact.trigger()
    assert not errors, errors


def _record_conference(qtbot, w) -> None:
    def fill(dlg) -> None:
        assert isinstance(dlg, ConferenceDialog)
        qtbot.mouseClick(dlg.sessions.add_button, Qt.MouseButton.LeftButton)
        assert dlg.held_on.value() == TODAY
        # A slip of the keyboard: "2017-10-200". The field keeps October 20 and says the
        # last "0" was not taken.
        dlg.activateWindow()
        qtbot.waitActive(dlg)
        dlg.held_on.setFocus()
        qtbot.keyClick(dlg.held_on, Qt.Key.Key_Home)
        qtbot.keyClicks(dlg.held_on, "2017-10-200")
        assert dlg.held_on.value() == TODAY
        assert "\u201c0\u201d was not taken" in dlg.held_on.warning()
        assert "Friday, October 20, 2017" in dlg.held_on.warning()
        qtbot.keyClick(dlg.held_on, Qt.Key.Key_Home)
        qtbot.keyClicks(dlg.held_on, "2017-10-20")
        assert dlg.held_on.warning() == ""
        dlg.method.setCurrentIndex(dlg.method.findText("Telephone",
                                                       Qt.MatchFlag.MatchContains))
        qtbot.keyClicks(dlg.participants, "Rosa Diaz, Deputy AG")
        click_box(qtbot, dlg.outcome_buttons[ResolutionStatus.PART.value])
        click_box(qtbot, dlg.good_faith)
        qtbot.mouseClick(dlg.requests.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dlg.req_label, "Request for Production No. 4")
        qtbot.keyClicks(dlg.req_description, "Grievance records")
        assert dlg.ok_button.isEnabled(), dlg.message.text()
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    w.act_conference.trigger()
    assert not errors, errors


def _record_filing(qtbot, w) -> None:
    def fill(dlg) -> None:
        assert isinstance(dlg, FilingDialog)
        assert "due by Friday, October 27, 2017" in dlg.intro.text()
        # Click into the field (it reads "not known"): the click selects it, typing replaces it.
        qtbot.mouseClick(dlg.ecf.lineEdit(), Qt.MouseButton.LeftButton)
        qtbot.wait(20)
        qtbot.keyClicks(dlg.ecf.lineEdit(), "52")
        assert dlg.ok_button.isEnabled(), dlg.message.text()
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    w.act_filing.trigger()
    assert not errors, errors


def _statement_due(w):
    """The Joint Statement's binding due date, as the schedule shows it."""
    st = w.schedule.statement
    assert st is not None
    return st.due


def _statement_dialog(w):
    w.act_statement.trigger()
    dlg = w.findChild(StatementDialog)
    assert dlg is not None and dlg.isVisible()  # the window deletes it once closed
    return dlg


def test_pro_se_first_run_to_filing(qtbot, repo, window_settings, tmp_path, monkeypatch):
    from meetconfer_gui.ui.main_window import MainWindow

    matter, user = _welcome(qtbot, repo)
    assert matter.perspective is Perspective.PLAINTIFF
    assert matter.order.signed == TODAY  # replayed: the countdown is live
    assert repo.setting("user_name") == "Rosa Diaz"
    w = MainWindow(repo, matter, TODAY, settings=window_settings, user=user,
                   store_label="Store: test")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)

    # The sample, read as the plaintiff: the contact is the other side's to make.
    assert "Defense counsel must call you" in w.banner_text
    # 21 days after Oct 20 is Fri Nov 10, Veterans Day observed: the period runs to Monday.
    assert _cell(w, "contact", COL_DUE) == "Mon Nov 13, 2017"
    statement_before = w.schedule.statement
    assert statement_before is not None and statement_before.due == date(2017, 11, 20)

    # The contact log: one letter that reached the other side.
    _record_contact(qtbot, w)
    assert len(w.matter.events.contacts) == 1
    w.act_undo.trigger()
    assert repo.get(w.matter.id).events.contacts == ()
    assert str(w.model.data(w.model.index_of("contact", COL_STATUS))) == "Open"
    w.act_redo.trigger()
    assert _cell(w, "contact", COL_STATUS).startswith("Done")
    assert "Meet and confer" in w.banner_text
    assert repo.get(w.matter.id).events.contacts[0].by == "Rosa Diaz"

    # The conference: today, by telephone, resolved in part, RFP 4 still at issue.
    banner_before = w.banner_text
    _record_conference(qtbot, w)
    res = w.matter.events.resolution
    assert res is not None and res.status is ResolutionStatus.PART
    assert [r.label for r in res.at_issue] == ["Request for Production No. 4"]
    # The 7-day clock now binds: Friday, October 27, 2017, before the 30-day one.
    assert _statement_due(w) == date(2017, 10, 27)
    assert _cell(w, "statement_file", COL_DUE) == "Fri Oct 27, 2017"
    assert w.banner_text != banner_before
    assert "Joint Statement" in w.banner_text
    assert "by Friday, October 27, 2017 - 7 days left" in w.banner_text
    assert _cell(w, "meet_and_confer", COL_STATUS).startswith("Done")

    # Undo takes the conference away (and the 30-day clock back); redo restores it.
    w.act_undo.trigger()
    assert w.matter.events.resolution is None
    assert _statement_due(w) == date(2017, 11, 20)
    assert w.banner_text == banner_before
    w.act_redo.trigger()
    assert _statement_due(w) == date(2017, 10, 27)
    assert repo.get(w.matter.id).events.resolution is not None

    # File > Joint Statement...: the preview shows the recorded facts, with fewer gaps.
    dlg = _statement_dialog(w)
    text = dlg.text()
    assert "October 20, 2017" in text
    assert "Request for Production No. 4" in text
    assert "in part" in text.lower()
    gaps_now = len(dlg.missing())
    blank = StatementDialog(repo.get(w.matter.id).with_sessions((), None), TODAY)
    qtbot.addWidget(blank)
    assert gaps_now < len(blank.missing())
    assert str(gaps_now) in dlg.missing_label.text()

    # Save as PDF and as Word into a temporary folder.
    out = tmp_path / "out"
    out.mkdir()
    targets = iter([str(out / "statement.pdf"), str(out / "statement.docx")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (next(targets), ""))
    qtbot.mouseClick(dlg.save_pdf, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.save_docx, Qt.MouseButton.LeftButton)
    for name in ("statement.pdf", "statement.docx"):
        assert (out / name).is_file() and (out / name).stat().st_size > 1000, name
    assert "Saved" in dlg.message.text()
    assert (out / "statement.pdf").read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(dlg.close_button, Qt.MouseButton.LeftButton)

    # Record the filing: the checklist shows it done, the banner moves on.
    _record_filing(qtbot, w)
    assert w.matter.events.filing is not None and w.matter.events.filing.ecf == 52
    assert _cell(w, "statement_file", COL_STATUS).startswith("Done")
    assert _cell(w, "meet_and_confer", COL_STATUS).startswith("Done")
    # The banner names what is still open and says what comes next: the court's order.
    assert "file the Joint Statement" not in w.banner_text.lower()
    assert "(up to date)" in w.banner_text
    assert "'Act in good faith" in w.banner_text and "tick it off" in w.banner_text
    assert "further order" in w.banner_text and "Ctrl+4" in w.banner_text

    # Undo back to before the filing, then redo: each state comes back as it was.
    filed_banner = w.banner_text
    w.act_undo.trigger()
    assert repo.get(w.matter.id).events.filing is None
    assert _cell(w, "statement_file", COL_STATUS).startswith("Done") is False
    w.act_redo.trigger()
    assert _cell(w, "statement_file", COL_STATUS).startswith("Done")
    assert w.banner_text == filed_banner
    assert repo.get(w.matter.id).events.filing is not None
