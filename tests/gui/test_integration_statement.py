"""The Joint Statement preview starts from what the matter records about the filing."""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.matter import Filing
from meetconfer_gui.export.statement import StatementKind
from meetconfer_gui.ui.statement_dialog import StatementDialog


def test_a_separate_filing_opens_in_separate_mode(qtbot, make_window):
    w = make_window()
    assert w.apply_edit(w.matter.with_filing(Filing(date(2017, 10, 30), 52, separate=True)),
                        "Record filing", action="filing", obligation="statement_file")
    w.act_statement.trigger()
    (dlg,) = [d for d in w.findChildren(StatementDialog) if d.isVisible()]
    assert dlg.kind.currentData() == StatementKind.SEPARATE
    assert dlg.options().kind is StatementKind.SEPARATE
    assert dlg.draft().options.kind is StatementKind.SEPARATE
    assert dlg._sent_row.isVisibleTo(dlg)
    assert not dlg.edited
    dlg.close()


def test_a_joint_filing_opens_in_joint_mode(qtbot, make_window):
    w = make_window()
    dlg = StatementDialog(w.matter.with_filing(Filing(date(2017, 10, 30), 52)), w.today, w)
    qtbot.addWidget(dlg)
    assert dlg.kind.currentData() == StatementKind.JOINT
