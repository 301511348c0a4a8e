"""The calendar: deadlines by status, holidays with names, disputed days, today, one count."""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.ui import theme
from meetconfer_gui.ui.calendar_view import CalendarView, CountDays, from_qdate, to_qdate

TODAY = date(2017, 10, 20)


def view_for(qtbot, matter=None, today=TODAY) -> CalendarView:
    view = CalendarView()
    qtbot.addWidget(view)
    view.set_schedule(compute_schedule(matter or sample_matter(), today))
    view.show()
    return view


def test_deadlines_marked_by_status(qtbot):
    view = view_for(qtbot)
    contact = view.date_format(date(2017, 10, 25))
    assert contact.fontWeight() == 700
    assert contact.background().color() == theme.tint("due_soon")
    assert "Due: Defense counsel must call you" in contact.toolTip()
    later = view.date_format(date(2017, 11, 3))
    assert later.background().color() == theme.tint("open")
    assert view.calendar.status_of[date(2017, 10, 25)] == "due_soon"
    conference_by = view.date_format(date(2017, 10, 27))
    assert "Last day to hold the conference" in conference_by.toolTip()


def test_today_selected_and_framed(qtbot):
    view = view_for(qtbot)
    assert from_qdate(view.calendar.selectedDate()) == TODAY
    assert view.calendar.today == TODAY
    assert view.date_format(TODAY).toolTip().splitlines()[1] == "Today"
    assert "Today, Friday, October 20, 2017" in view.day_label.text()


def test_holidays_named_and_disputed_days_in_italics(qtbot):
    view = view_for(qtbot)
    view.calendar.setCurrentPage(2017, 11)
    veterans = view.date_format(date(2017, 11, 10))
    assert "Legal holiday: Veterans Day (observed)" in veterans.toolTip()
    assert veterans.foreground().color() == theme.colour("holiday")
    after = view.date_format(date(2017, 11, 24))
    assert "Day after Thanksgiving" in after.toolTip()
    view.calendar.setCurrentPage(2017, 9)
    disputed = view.date_format(date(2017, 9, 22))  # Native American Day before 2022
    assert disputed.fontItalic()
    assert "Disputed legal holiday" in disputed.toolTip()
    assert "not counted unless you switch it on" in disputed.toolTip()


def test_count_of_an_item(qtbot):
    view = view_for(qtbot)
    sched = compute_schedule(sample_matter(), TODAY)
    view.show_item(sched.item("statement_file"))
    cnt = view.count
    assert cnt.trigger == date(2017, 10, 4)
    assert cnt.due == date(2017, 11, 3)
    assert len(cnt.counted) == 29 and cnt.skipped == ()
    assert (view.calendar.yearShown(), view.calendar.monthShown()) == (2017, 11)
    assert "Counted day 29" in view.date_format(date(2017, 11, 2)).toolTip()
    view.show_item(None)
    assert view.count.trigger is None
    assert "Counted day" not in view.date_format(date(2017, 11, 2)).toolTip()


def test_count_days_of_undated_and_locked_items(qtbot):
    sched = compute_schedule(sample_matter(), TODAY)
    assert CountDays.of(sched.item("good_faith")) == CountDays(None, (), (), None)
    assert CountDays.of(None).trigger is None


def test_date_helpers(qtbot):
    assert from_qdate(to_qdate(date(2020, 2, 29))) == date(2020, 2, 29)


def test_nothing_due_says_so(qtbot):
    view = view_for(qtbot)
    view.select_date(date(2017, 10, 2))
    assert view.day_list.item(0).text() == "Nothing is due on this day."
    assert view.day_list.count() == 1


def test_grid_readable_in_dark_palette(qtbot):
    view = view_for(qtbot)
    view.setPalette(theme.dark_palette())
    view.set_schedule(compute_schedule(sample_matter(), TODAY))
    fmt = view.date_format(date(2017, 10, 25))
    bg, fg = fmt.background().color(), fmt.foreground().color()
    assert bg.lightness() < 110 and fg.lightness() > 180  # light text on a dark tint
