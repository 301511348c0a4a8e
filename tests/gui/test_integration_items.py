"""Adding an item and changing how one is dated, from the Edit menu (issues 3 and 4)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from meetconfer_gui.ui.checklist_model import COL_DUE
from meetconfer_gui.ui.obligation_dialog import ObligationDialog
from tests.gui.dialog_support import run_modal
from tests.gui.test_main_window import cell


def ok(dlg: ObligationDialog):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_order_says_14_days_not_21(qtbot, make_window, repo):
    w = make_window()
    assert cell(w, "contact", COL_DUE) == "Wed Oct 25, 2017"
    w.select_item("contact")
    assert w.act_edit_item.isEnabled()
    assert not w.act_remove_item.isEnabled()  # an order's item is not removed

    def fill(dlg) -> None:
        assert isinstance(dlg, ObligationDialog)
        dlg.days.setValue(14)
        qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    w.act_edit_item.trigger()
    assert not errors
    assert cell(w, "contact", COL_DUE) == "Wed Oct 18, 2017"
    assert repo.get(w.matter.id).obligation("contact").rules[0].days == 14
    assert any(h.action == "edit" and h.obligation == "contact"
               for h in repo.history(w.matter.id))
    w.act_undo.trigger()
    assert cell(w, "contact", COL_DUE) == "Wed Oct 25, 2017"


def test_add_and_remove_an_item_of_ones_own(qtbot, make_window, repo):
    w = make_window()

    def fill(dlg) -> None:
        assert isinstance(dlg, ObligationDialog)
        qtbot.keyClicks(dlg.title, "Serve amended responses")
        dlg.days.setValue(30)
        qtbot.mouseClick(ok(dlg), Qt.MouseButton.LeftButton)

    errors = run_modal(fill)
    w.act_add_item.trigger()
    assert not errors
    added = [o for o in w.matter.obligations if o.custom]
    assert [o.title for o in added] == ["Serve amended responses"]
    assert cell(w, added[0].id, COL_DUE) == "Fri Nov 3, 2017"  # 30 days after Oct 4, 2017
    assert repo.get(w.matter.id).obligation(added[0].id).custom
    w.select_item(added[0].id)
    assert w.act_remove_item.isEnabled()
    w.act_remove_item.trigger()
    assert not [o for o in w.matter.obligations if o.custom]
    w.act_undo.trigger()
    assert [o.title for o in w.matter.obligations if o.custom] == ["Serve amended responses"]
    assert date(2017, 11, 3) == w.schedule.item(added[0].id).due
