"""The checklist model: stages over items, texts, check states, icons, and ticks as requests."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from meetconfer_gui.domain.matter import Completion
from meetconfer_gui.domain.obligations import Perspective, Stage
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.ui.checklist_model import (
    COL_DUE,
    COL_STATUS,
    COL_TITLE,
    COL_WHO,
    ID_ROLE,
    ITEM_ROLE,
    OBLIGATION_ROLE,
    ChecklistModel,
    days_left_text,
)

TODAY = date(2017, 10, 20)


def model_for(matter, today=TODAY) -> ChecklistModel:
    model = ChecklistModel()
    model.set_schedule(compute_schedule(matter, today))
    return model


def text(model, oid, col):
    return model.data(model.index_of(oid, col))


def test_passes_the_model_tester(qtmodeltester):
    model = model_for(sample_matter())
    qtmodeltester.check(model)
    # And again after an update in place and after a reset.
    model.set_schedule(compute_schedule(sample_matter().with_completion(
        Completion("good_faith", TODAY, "me")), TODAY))
    qtmodeltester.check(model)
    model.set_schedule(compute_schedule(sample_matter(perspective=Perspective.DEFENSE), TODAY))
    qtmodeltester.check(model)


def test_grouped_by_stage_in_order(qtbot):
    model = model_for(sample_matter())
    root = QModelIndex()
    stages = [model.data(model.index(r, 0, root), Qt.ItemDataRole.UserRole + 4)
              for r in range(model.rowCount(root))]
    assert stages == [s.value for s in Stage]
    first = model.index(0, 0, root)
    assert model.data(first) == "Before the conference (0 of 1 done)"
    ids = [model.data(model.index(r, 0, first), ID_ROLE) for r in range(model.rowCount(first))]
    assert ids == ["contact", "opposition_vacated", "briefing_stayed"]
    assert model.rowCount(model.index(0, 0, first)) == 0
    assert model.parent(model.index(1, 2, first)) == first


def test_columns_read_as_the_reader_sees_them(qtbot):
    model = model_for(sample_matter())
    assert text(model, "contact", COL_TITLE) == ("Defense counsel must call you or set up an "
                                                "in-person meeting")
    assert text(model, "contact", COL_WHO) == "the other side (defense counsel)"
    assert text(model, "contact", COL_DUE) == "Wed Oct 25, 2017"
    assert text(model, "contact", COL_STATUS) == "Due soon"
    assert text(model, "meet_and_confer", COL_DUE) == "by Fri Oct 27, 2017"
    assert text(model, "statement_sign", COL_DUE) == "by Fri Nov 3, 2017"
    assert text(model, "opposition_vacated", COL_WHO) == "you"
    assert text(model, "sanctions_warning", COL_STATUS) == "Warning"
    defense = model_for(sample_matter(perspective=Perspective.DEFENSE))
    assert text(defense, "contact", COL_WHO) == "you"
    assert text(defense, "statement_file", COL_TITLE) == "File the Joint Statement"


def test_statuses_by_text_icon_and_colour(qtbot):
    matter = sample_matter().with_completion(Completion("good_faith", TODAY, "me"))
    matter = matter.with_applicable("statement_content_c", False)
    late = model_for(matter, date(2017, 10, 30))
    assert text(late, "contact", COL_STATUS) == "Overdue"
    assert text(late, "good_faith", COL_STATUS) == "Done Fri Oct 20, 2017"
    assert text(late, "statement_content_c", COL_STATUS) == "Not applicable"
    assert text(late, "statement_sign", COL_STATUS) == "Due soon"
    keys = {}
    for oid in ("contact", "good_faith", "statement_content_c", "statement_sign",
                "statement_prepare", "briefing_stayed"):
        index = late.index_of(oid, COL_STATUS)
        icon: Any = late.data(index, Qt.ItemDataRole.DecorationRole)
        assert not icon.isNull()
        keys[oid] = icon.cacheKey()
        assert late.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert len(set(keys.values())) == 5  # one shape per status and kind (two are due soon)
    tip = late.data(late.index_of("good_faith", COL_STATUS), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Done on Fri Oct 20, 2017 by me"


def test_ticking_asks_the_window_and_changes_nothing_itself(qtbot):
    model = model_for(sample_matter())
    index = model.index_of("good_faith", COL_TITLE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(model.toggle_requested) as blocker:
        assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert blocker.args == ["good_faith", True]
    assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    notice = model.index_of("briefing_stayed", COL_TITLE)
    assert not model.setData(notice, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(index, "x", Qt.ItemDataRole.EditRole)


def test_roles_return_domain_values(qtbot):
    model = model_for(sample_matter())
    index = model.index_of("statement_file", COL_DUE)
    data: Any = model.data
    assert data(index, ITEM_ROLE).due == date(2017, 11, 3)
    assert data(index, OBLIGATION_ROLE).id == "statement_file"
    assert "binds" in data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Due soon" in data(model.index_of("contact"), Qt.ItemDataRole.AccessibleTextRole)


def test_update_in_place_keeps_indexes(qtbot):
    model = model_for(sample_matter())
    index = model.index_of("good_faith")
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        model.set_schedule(compute_schedule(sample_matter().with_completion(
            Completion("good_faith", TODAY, "me")), TODAY))
    assert model.data(index.siblingAtColumn(COL_STATUS)) == "Done Fri Oct 20, 2017"


def test_days_left_text(qtbot):
    sched = compute_schedule(sample_matter(), TODAY)
    assert days_left_text(sched.item("contact"), TODAY) == "5 days left"
    assert days_left_text(sched.item("contact"), date(2017, 10, 25)) == "due today"
    assert days_left_text(sched.item("contact"), date(2017, 10, 27)) == "2 days overdue"


def test_role_numbers_are_qt_s():
    from meetconfer_gui.ui import checklist_model as cm

    assert Qt.ItemDataRole.DisplayRole == cm.DISPLAY
    assert Qt.ItemDataRole.EditRole == cm.EDIT
    assert Qt.ItemDataRole.UserRole == cm.USER
    roles = [cm.OBLIGATION_ROLE, cm.ITEM_ROLE, cm.ID_ROLE, cm.STAGE_ROLE]
    assert len(set(roles)) == 4 and min(roles) > Qt.ItemDataRole.UserRole


def test_header_model_gives_the_models_titles(qapp):
    from meetconfer_gui.ui.checklist_model import HEADERS, header_model

    model = ChecklistModel()
    titles = header_model(model)
    assert titles.columnCount() == model.columnCount() == len(HEADERS)
    for col in range(len(HEADERS)):
        shown = titles.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        assert shown == model.headerData(col, Qt.Orientation.Horizontal) == HEADERS[col]
        spoken = model.headerData(col, Qt.Orientation.Horizontal,
                                  Qt.ItemDataRole.AccessibleTextRole)
        assert spoken == HEADERS[col]
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_a_done_duty_with_no_date_leaves_the_due_cell_empty(qtbot):
    """The meet-and-confer's 'by' date ends once it is held: no 'no date' beside 'Done'."""
    from meetconfer_gui.domain.matter import ConferenceMethod, ConferenceSession

    held = sample_matter().with_sessions(
        (ConferenceSession("s1", date(2017, 10, 18), ConferenceMethod.TELEPHONE),), None)
    model = model_for(held)
    assert text(model, "meet_and_confer", COL_STATUS).startswith("Done")
    assert text(model, "meet_and_confer", COL_DUE) == ""
    before = model_for(sample_matter())
    assert text(before, "meet_and_confer", COL_DUE).startswith("by ")
