"""The calendar: deadlines by status, weekends, legal holidays, today, and one item's count.

Marks are char formats on dates (``setDateTextFormat``: colour, weight, italics, strike-out
and a tooltip), so they read the same to a screen reader as on screen, plus a frame drawn
around today. Selecting a checklist item overlays its count: the trigger day, the counted
days, the days skipped at the end and why, and the due day. A legend says all this in words.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QDate, QEvent, QRect, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import long_date, short_date
from meetconfer_gui.ui import theme
from meetconfer_gui.ui.checklist_model import status_key, status_text
from meetconfer_gui.ui.lazy import lazy, set_enum

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter, QTextCharFormat

    from meetconfer_gui.domain import calendars as _calendars
    from meetconfer_gui.domain import deadlines as _deadlines
    from meetconfer_gui.domain.calendars import CourtHoliday
    from meetconfer_gui.domain.schedule import Schedule, ScheduledItem
else:  # loaded with the first schedule, after the window has painted
    _calendars = lazy("meetconfer_gui.domain.calendars")
    _deadlines = lazy("meetconfer_gui.domain.deadlines")
    from meetconfer_gui.ui.lazy import Qt  # the Qt namespace's enums: made after the paint


def to_qdate(day: date) -> QDate:
    """A date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A QDate as a date."""
    return date(day.year(), day.month(), day.day())


class _Mark:
    """What one date shows; turned into a QTextCharFormat.

    Plain classes here, not dataclasses: this module is imported before the window first
    paints, and dataclasses cost start-up time.
    """

    __slots__ = ("background", "bold", "foreground", "italic", "status", "strength", "strike",
                 "tips", "underline")

    def __init__(self) -> None:
        self.background = ""
        self.strength = 0.22
        self.foreground = ""
        self.bold = False
        self.italic = False
        self.underline = False
        self.strike = False
        self.tips: list[str] = []
        self.status = ""


class CountDays(NamedTuple):
    """The days of one item's count, as the calendar marks them."""

    trigger: date | None
    counted: tuple[date, ...]
    skipped: tuple[tuple[date, str], ...]
    due: date | None

    @classmethod
    def of(cls, it: ScheduledItem | None) -> CountDays:
        """The count behind an item's due date (empty for an undated or locked item)."""
        if it is None or it.result is None or it.due is None or it.lock is not None:
            return cls(None, (), (), it.due if it is not None else None)
        steps = it.result.steps
        trigger = next((s.day for s in steps if s.kind is _deadlines.StepKind.TRIGGER), None)
        skipped = tuple((s.day, s.text) for s in steps if s.kind in (_deadlines.StepKind.SKIP,
                                                                      _deadlines.StepKind.CLOSED))
        skip_days = {d for d, _ in skipped}
        counted: list[date] = []
        if trigger is not None:
            step = 1 if it.due >= trigger else -1
            day = trigger + timedelta(days=step)
            while (day <= it.due) if step > 0 else (day >= it.due):
                if day not in skip_days and day != it.due:
                    counted.append(day)
                day += timedelta(days=step)
        return cls(trigger, tuple(counted), skipped, it.due)


#: Qt's own calendar parts: the arrows are pictures only, and none has a name or tooltip.
_CALENDAR_PARTS = (
    ("qt_calendar_prevmonth", "Previous month", "Show the previous month (Page Up)"),
    ("qt_calendar_nextmonth", "Next month", "Show the next month (Page Down)"),
    ("qt_calendar_monthbutton", "Choose the month", "Pick the month to show"),
    ("qt_calendar_yearbutton", "Choose the year", "Type the year to show"),
    ("qt_calendar_yearedit", "Year", "Type the year to show, then press Enter"),
)


def label_calendar_parts(calendar: QCalendarWidget) -> None:
    """Give a calendar's arrow and month/year buttons a tooltip and an accessible name."""
    for name, accessible, tip in _CALENDAR_PARTS:
        part = calendar.findChild(QWidget, name)
        if part is not None:
            part.setAccessibleName(accessible)
            part.setToolTip(tip)


class DeadlineCalendar(QCalendarWidget):
    """A QCalendarWidget that frames today and shows a status shape on deadline days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None
        self.status_of: dict[date, str] = {}

    def paintCell(self, painter: QPainter, rect: QRect, day: QDate) -> None:
        """Override QCalendarWidget.paintCell: add today's frame and the status shape."""
        super().paintCell(painter, rect, day)
        d = from_qdate(day)
        key = self.status_of.get(d)
        if key and rect.height() >= 14:
            side = max(8, min(12, rect.height() // 2 - 1))
            theme.icon(key).paint(painter, QRect(rect.right() - side - 1, rect.top() + 1,
                                                 side, side))
        if self.today is not None and d == self.today:
            painter.save()
            from PySide6.QtGui import QPen

            painter.setPen(QPen(theme.colour("today"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
            painter.restore()


class CalendarView(QWidget):
    """The calendar, its legend, and the list of what falls on the selected date."""

    item_activated = Signal(str)  # an obligation id picked in the day's list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._schedule: Schedule | None = None
        self._selected: ScheduledItem | None = None
        self.count = CountDays(None, (), (), None)
        self._marked: set[date] = set()

        self.calendar = DeadlineCalendar(self)
        self.calendar.setObjectName("deadlineCalendar")
        self.calendar.setAccessibleName("Calendar of deadlines")
        self.calendar.setAccessibleDescription(
            "Deadlines are coloured by status; legal holidays in red, disputed ones in "
            "italics; today is framed. Move with the arrow keys; the list below shows what "
            "falls on the selected day.")
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(True)
        set_enum(self.calendar, "firstDayOfWeek", "Sunday")
        self.calendar.setMinimumHeight(190)
        # The arrows' tooltips and names come with the first schedule: finding the parts
        # makes the tool button and spin box enum types, 2 ms the first paint does not need.

        self.legend = QLabel(self)
        self.legend.setObjectName("calendarLegend")
        self.legend.setWordWrap(True)
        set_enum(self.legend, "textFormat", "RichText")
        self.legend.setAccessibleName("Calendar legend")
        self.legend.setToolTip("What the calendar's colours, shapes and marks mean. Hover "
                               "over a day in the calendar for details, or select it to list "
                               "what falls on it.")
        self.legend.setAccessibleDescription(
            "Deadlines: overdue, due soon, due later, done, each with its own shape. Days: "
            "weekend or legal holiday in red, disputed holiday in red italics, today framed, "
            "clerk's office closed struck through. Selected item's count: start day, counted "
            "days, skipped days struck through, due day underlined.")

        self.day_label = QLabel(self)
        self.day_label.setObjectName("dayLabel")
        self.day_label.setWordWrap(True)
        self.day_list = QListWidget(self)
        self.day_list.setObjectName("dayList")
        self.day_list.setAccessibleName("What falls on the selected day")
        self.day_list.setWordWrap(True)
        self.day_list.setMinimumHeight(60)
        self.day_label.setBuddy(self.day_list)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.day_label, 0)
        side.addWidget(self.day_list, 1)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.calendar, 3)
        top.addLayout(side, 2)
        # The legend runs under both, one row a group: in the narrow column beside the
        # calendar it wrapped into a block of text at 150%.
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(top, 1)
        lay.addWidget(self.legend, 0)

        self.calendar.selectionChanged.connect(self._on_calendar_selection_changed)
        self.calendar.currentPageChanged.connect(self._on_calendar_current_page_changed)
        self.day_list.itemActivated.connect(self._on_day_list_item_activated)
        self._update_legend()

    # --- what to show ------------------------------------------------------------------
    def set_schedule(self, schedule: Schedule) -> None:
        """Mark a schedule's dates."""
        first = self._schedule is None
        self._schedule = schedule
        self.calendar.today = schedule.today
        if self._selected is not None:
            self._selected = schedule.find(self._selected.id)
            self.count = CountDays.of(self._selected)
        if first:
            self.calendar.setSelectedDate(to_qdate(schedule.today))
            self._update_legend(images=True)  # with the status shapes, now the icons load
            label_calendar_parts(self.calendar)
        self._refresh()

    def show_item(self, it: ScheduledItem | None) -> None:
        """Overlay one item's count (None: clear it) and turn to its due month."""
        self._selected = it
        self.count = CountDays.of(it)
        shown = it.date_shown if it is not None else None
        if shown is not None:
            self.calendar.setCurrentPage(shown.year, shown.month)
        self._refresh()

    def select_date(self, day: date) -> None:
        """Select a date (as a click would)."""
        self.calendar.setSelectedDate(to_qdate(day))

    def items_on(self, day: date) -> list[str]:
        """What falls on a date, one line each (as the day's list shows it)."""
        return [text for text, _ in self._lines_for(day)]

    def date_format(self, day: date) -> QTextCharFormat:
        """The format the calendar shows a date with (tests and screen readers)."""
        return self.calendar.dateTextFormat(to_qdate(day))

    # --- marking -----------------------------------------------------------------------
    def _visible_span(self) -> tuple[date, date]:
        y, m = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(y, m, 1) - timedelta(days=14)
        last = date(y + (m == 12), m % 12 + 1, 1) + timedelta(days=20)
        return first, last

    def _holidays(self, first: date, last: date) -> list[CourtHoliday]:
        if self._schedule is None:
            return []
        d = self._schedule.matter.district
        try:
            return _calendars.court_calendar(d.state, d).between(first, last)
        except ValueError:
            return []

    def _marks(self) -> dict[date, _Mark]:
        marks: dict[date, _Mark] = {}
        sched = self._schedule
        if sched is None:
            return marks

        def mark(day: date) -> _Mark:
            return marks.setdefault(day, _Mark())

        first, last = self._visible_span()
        choices = sched.matter.choices
        for h in self._holidays(first, last):
            m = mark(h.day)
            counts = h.day in choices.counted or (not h.uncertain
                                                  and h.day not in choices.not_counted)
            m.foreground = "holiday"
            if h.certainty is _calendars.Certainty.DISPUTED or h.uncertain:
                m.italic = True
                state = "counted for this matter" if counts else "not counted unless you " \
                    "switch it on (Edit > Court calendar)"
                m.tips.append(f"Disputed legal holiday: {h.label()}; {state}")
            else:
                m.tips.append(f"Legal holiday: {h.label()}")
        for closure in choices.closures:
            m = mark(closure.day)
            m.strike = True
            m.tips.append(f"Clerk's office closed: {closure.reason}")
        for it in sched.items:
            if it.due is None:
                continue
            m = mark(it.due)
            key = status_key(it)
            m.background, m.bold, m.status = key, True, key
            title = it.obligation.title_for(sched.matter.perspective)
            m.tips.append(f"Due: {title} ({status_text(it)})")
            for c in it.clocks:
                if c.due is not None and c.due != it.due and len(it.clocks) > 1:
                    other = mark(c.due)
                    other.italic = True
                    other.tips.append(f"The other clock of '{title}' ends here "
                                      f"({c.rule.describe()}); the earlier date binds")
        if sched.conference_by is not None:
            m = mark(sched.conference_by)
            m.background = m.background or "due_soon"
            m.status = m.status or "due_soon"
            m.bold = True
            m.tips.append("Last day to hold the conference and keep its 7 days within the "
                          "Joint Statement's outer limit")
        self._overlay_count(marks, mark)
        today = mark(sched.today)
        today.tips.insert(0, "Today")
        return marks

    def _overlay_count(self, marks: dict[date, _Mark], mark: object) -> None:
        cnt = self.count
        if cnt.trigger is None or self._selected is None:
            return
        assert callable(mark)  # noqa: S101
        t = mark(cnt.trigger)
        t.background, t.strength, t.bold = "trigger", 0.35, True
        t.tips.append("Trigger day, where the count starts: this day is not counted")
        total = len(cnt.counted) + (1 if cnt.due else 0)
        for n, day in enumerate(cnt.counted, start=1):
            m = mark(day)
            if not m.background or m.background == "counted":
                m.background, m.strength = "counted", 0.16
            m.tips.append(f"Counted day {n}")
        for day, why in cnt.skipped:
            m = mark(day)
            m.strike, m.background, m.strength = True, "skipped", 0.3
            m.tips.append(f"Skipped: {why}")
        if cnt.due is not None:
            m = mark(cnt.due)
            m.underline, m.bold = True, True
            m.strength = 0.45
            m.tips.append(f"Due day of the count ({total} days counted including it)"
                          if total else "Due day")

    def _refresh(self) -> None:
        if self._schedule is None and not self._marked:
            # Nothing to mark before the first schedule (Qt's own weekend colour shows until
            # then), so no text format is made before the window first paints.
            self._update_day_list()
            return
        from PySide6.QtGui import QTextCharFormat

        cal = self.calendar
        empty = QTextCharFormat()
        for day in self._marked:
            cal.setDateTextFormat(to_qdate(day), empty)
        pal = self.palette()
        weekend = QTextCharFormat()
        weekend.setForeground(theme.colour("weekend", pal))
        cal.setWeekdayTextFormat(Qt.DayOfWeek.Saturday, weekend)
        cal.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, weekend)
        marks = self._marks()
        status_of: dict[date, str] = {}
        for day, m in marks.items():
            fmt = QTextCharFormat()
            if m.background:
                fmt.setBackground(theme.tint(m.background, m.strength, pal))
            fmt.setForeground(theme.colour(m.foreground, pal) if m.foreground
                              else pal.color(QPalette.ColorRole.Text)
                              if day.weekday() < 5 else theme.colour("weekend", pal))
            if m.bold:
                fmt.setFontWeight(700)
            fmt.setFontItalic(m.italic)
            fmt.setFontUnderline(m.underline)
            fmt.setFontStrikeOut(m.strike)
            if m.tips:
                fmt.setToolTip(f"{long_date(day)}\n" + "\n".join(m.tips))
            cal.setDateTextFormat(to_qdate(day), fmt)
            if m.status:
                status_of[day] = m.status
        self._marked = set(marks)
        cal.status_of = status_of
        cal.update()
        self._update_day_list()

    def _update_legend(self, *, images: bool = False) -> None:
        """Write the legend: three rows (deadlines, days, the selected item's count).

        Each entry is a sample day drawn as the calendar draws such a day (the status tint
        and shape, red, italics, a frame, a strike-out, an underline) beside its words, so
        no entry rests on colour alone; each sits in its own cell, so at 150% an entry wraps
        within its cell, never into its neighbour. ``images`` adds the status shapes and
        today's frame as pictures; they are left out of the window's first paint (the icons
        load with the first matter).
        """
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text).name()
        hol = theme.colour("holiday", pal).name()
        size = max(10, self.fontMetrics().height() - 4)

        def sample(day: str, style: str = "", tint: str = "", strength: float = 0.22,
                   shape: str = "") -> str:
            bg = f"background-color:{theme.tint(tint, strength, pal).name()};" if tint else ""
            img = ""
            if shape and images:
                theme.icon(shape)  # loads the icons' resources
                img = (f"<img src=':/icons/{shape.replace('_', '-')}.svg' width='{size}' "
                       f"height='{size}' align='middle'>")
            return f"<span style='{bg} color:{text}; {style}'>&nbsp;{day}{img}&nbsp;</span>"

        def row(title: str, *entries: tuple[str, str]) -> str:
            cells = "".join(f"<td style='padding-right:{size}px'>{swatch}&nbsp;{words}</td>"
                            for swatch, words in entries)
            return f"<tr><td style='padding-right:4px'><b>{title}:</b></td>{cells}</tr>"

        framed = sample("<b>20</b>", f"color:{theme.colour('today', pal).name()}")
        if images:
            framed = (f"<img src='{self._today_frame(pal)}' width='{size * 2}' "
                      f"height='{size + 2}' align='middle'>")
        self.legend.setText(
            "<table cellspacing='0' cellpadding='1' style='margin:0'>"
            + row("Deadlines",
                  (sample("<b>25</b>", tint="overdue", shape="overdue"), "overdue"),
                  (sample("<b>25</b>", tint="due_soon", shape="due_soon"), "due soon"),
                  (sample("<b>25</b>", tint="open", shape="open"), "due later"),
                  (sample("<b>25</b>", tint="done", shape="done"), "done"))
            + row("Days",
                  (sample("25", f"color:{hol}"), "weekend or holiday"),
                  (sample("<i>25</i>", f"color:{hol}"), "disputed holiday"),
                  (framed, "today"),
                  (sample("<s>25</s>"), "clerk's office closed"))
            + row("Selected item",
                  (sample("<b>4</b>", tint="trigger", strength=0.35), "<b>start</b>"),
                  (sample("5", tint="counted", strength=0.16), "counted"),
                  (sample("<s>11</s>", tint="skipped", strength=0.3), "skipped"),
                  (sample("<b><u>25</u></b>"), "due day"))
            + "</table>")

    def _today_frame(self, pal: QPalette) -> str:
        """Today's sample as the calendar draws it (a frame), as a PNG data URL."""
        import base64

        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
        from PySide6.QtGui import QPainter, QPen, QPixmap

        size = max(10, self.fontMetrics().height() - 4)
        ratio = max(1.0, self.devicePixelRatioF())
        w, h = size * 2, size + 2
        pm = QPixmap(round(w * ratio), round(h * ratio))
        pm.setDevicePixelRatio(ratio)
        pm.fill(QColor(0, 0, 0, 0))
        p = QPainter(pm)
        p.setPen(QPen(theme.colour("today", pal), 2))
        p.drawRect(QRectF(1, 1, w - 2, h - 2))
        p.setPen(pal.color(QPalette.ColorRole.Text))
        font = self.font()
        font.setBold(True)
        font.setPixelSize(max(8, size - 2))
        p.setFont(font)
        p.drawText(QRectF(0, 0, w, h), int(Qt.AlignmentFlag.AlignCenter), "20")
        p.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        pm.save(buf, "PNG")
        return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget.changeEvent: redraw the legend in a new palette or font."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) \
                and getattr(self, "_schedule", None) is not None:
            self._update_legend(images=True)

    def _lines_for(self, day: date) -> list[tuple[str, ScheduledItem | None]]:
        sched = self._schedule
        if sched is None:
            return []
        lines: list[tuple[str, ScheduledItem | None]] = []
        persp = sched.matter.perspective
        for it in sched.items:
            title = it.obligation.title_for(persp)
            if it.due == day:
                lines.append((f"Due: {title} - {status_text(it)}", it))
            elif it.due is None and it.target == day and it.obligation.kind.is_task:
                lines.append((f"By this day: {title} - {status_text(it)}", it))
            for c in it.clocks:
                if c.due == day and c.due != it.due and len(it.clocks) > 1:
                    lines.append((f"Other clock (does not bind): {title}", it))
        if sched.conference_by == day:
            lines.append(("Last day to hold the conference", sched.find("meet_and_confer")))
        d = sched.matter.district
        try:
            for h in _calendars.court_calendar(d.state, d).holidays_on(day):
                lines.append((f"Holiday: {h.label()}", None))
        except ValueError:
            pass
        if self.count.trigger == day and self._selected is not None:
            lines.append(("Start of the selected item's count (this day is not counted)",
                          self._selected))
        for sday, why in self.count.skipped:
            if sday == day:
                lines.append((f"Skipped in the count: {why}", self._selected))
        return lines

    def _update_day_list(self) -> None:
        day = from_qdate(self.calendar.selectedDate())
        prefix = "Today, " if self._schedule and day == self._schedule.today else ""
        self.day_label.setText(f"<b>{prefix}{long_date(day)}</b>")
        self.day_list.clear()
        if self._schedule is None:
            return
        lines = self._lines_for(day) or [("Nothing is due on this day.", None)]
        for line, it in lines:
            item = QListWidgetItem(line)
            # Always set: reading an unset role returns None without a reference in PySide6
            # 6.12 on Python 3.11 (see WrapDelegate.sizeHint in main_window.py).
            item.setData(Qt.ItemDataRole.UserRole, it.id if it is not None else "")
            if it is not None:
                item.setIcon(theme.icon(status_key(it)))
                item.setForeground(QColor(theme.colour(status_key(it), self.palette())))
            self.day_list.addItem(item)

    # --- slots -------------------------------------------------------------------------
    @Slot()
    def _on_calendar_selection_changed(self) -> None:
        self._update_day_list()

    @Slot(int, int)
    def _on_calendar_current_page_changed(self, _year: int, _month: int) -> None:
        self._refresh()

    @Slot(QListWidgetItem)
    def _on_day_list_item_activated(self, item: QListWidgetItem) -> None:
        oid = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(oid, str) and oid:
            self.item_activated.emit(oid)


def first_dated(schedule: Schedule) -> date | None:
    """The earliest due date of a schedule (for tests and the initial page)."""
    days = [it.due for it in schedule.items if it.due]
    return min(days) if days else None


__all__ = ["CalendarView", "CountDays", "DeadlineCalendar", "from_qdate", "label_calendar_parts",
           "short_date", "to_qdate"]
