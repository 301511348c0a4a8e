"""A printable status report of a matter (reportlab, no Qt).

What a paralegal hands to an attorney, or a pro se litigant keeps with the papers: the case,
the next step, the checklist with every item's status and date, every deadline with the
steps that counted it and the order's words, the contact log, the conference sessions, how
the conference ended, the filing, and the matter's history. Statuses are written out in
words, never shown by colour alone.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from meetconfer_gui.domain.dates import long_date, short_date
from meetconfer_gui.domain.obligations import Stage, who_label
from meetconfer_gui.domain.schedule import Schedule, ScheduledItem, Status
from meetconfer_gui.export.courts import court_style
from meetconfer_gui.export.names import case_display_name, party_display_name
from meetconfer_gui.export.paper import motion_named, motion_title_for

if TYPE_CHECKING:
    from meetconfer_gui.storage.base import HistoryEntry

_FONT, _BOLD, _ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"


class _Styles:
    def __init__(self) -> None:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        self.body = ParagraphStyle("body", fontName=_FONT, fontSize=9.5, leading=12.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=10.5)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5)
        self.head_cell = ParagraphStyle("head", parent=self.cell, fontName=_BOLD)
        self.title = ParagraphStyle("title", parent=self.body, fontName=_BOLD, fontSize=16,
                                    leading=20, spaceAfter=4)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=_BOLD, fontSize=12.5,
                                 leading=16, spaceBefore=12, spaceAfter=4,
                                 keepWithNext=1)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=_BOLD, fontSize=10,
                                 leading=13, spaceBefore=8, spaceAfter=2,
                                 keepWithNext=1)
        self.quote = ParagraphStyle("quote", parent=self.small, fontName=_ITALIC,
                                    leftIndent=12, spaceBefore=2)
        self.box = ParagraphStyle("box", parent=self.body, fontSize=10.5, leading=14,
                                  borderWidth=0.8, borderColor=HexColor("#444444"),
                                  borderPadding=6, leftIndent=6, rightIndent=6,
                                  spaceBefore=10, spaceAfter=12)


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(rows: list[list[str]], widths: list[float], st: _Styles, *,
           shade: Sequence[int] = (), header: bool = True) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    def style_of(i: int, j: int) -> Any:
        return st.head_cell if (header and i == 0) or (not header and j == 0) else st.cell

    data = [[_p(c, style_of(i, j)) for j, c in enumerate(row)] for i, row in enumerate(rows)]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    style += [("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f4f4")) for r in shade]
    table.setStyle(TableStyle(style))
    return table


def _status_text(it: ScheduledItem) -> str:
    ob = it.obligation
    return it.status.label if ob.kind.is_task else ob.kind.label


def _date_text(it: ScheduledItem) -> str:
    parts = []
    if it.due:
        parts.append(f"due {short_date(it.due)}")
        if it.latest and it.latest != it.due:
            parts.append(f"(another reading: {short_date(it.latest)})")
    elif it.target:
        parts.append(f"by {short_date(it.target)}")
    if it.completion:
        by = f" by {it.completion.by}" if it.completion.by else ""
        parts.append(f"done {short_date(it.completion.on)}{by}")
    if it.lock:
        parts.append(f"fixed by hand: {it.lock.reason}")
    return "; ".join(parts) or "-"


class _Report:
    def __init__(self, schedule: Schedule, history: Sequence[HistoryEntry],
                 generated: datetime) -> None:
        self.s, self.history, self.generated = schedule, history, generated
        self.m = schedule.matter
        self.st = _Styles()
        self.story: list[Any] = []
        self.width = 0.0

    def add(self, *flow: Any) -> None:
        self.story.extend(flow)

    def header(self) -> None:
        m, st = self.m, self.st
        self.add(_p(f"Status report: {case_display_name(m.name)}", st.title))
        style = court_style(m)
        rows = [
            ["Court", f"{style.court_name} ({m.district.abbreviation})"],
            ["Case", ", ".join(x for x in (case_display_name(m.case_name), m.case_number)
                               if x) or "-"],
            ["Judge", m.judge or "-"],
            ["Order", f"{long_date(m.order.signed)}"
                      + (f", ECF No. {m.order.ecf}" if m.order.ecf else "")],
            ["Motion", (motion_title_for(m)[:1].upper() + motion_title_for(m)[1:]
                        + (f", ECF No. {m.motion_ecf}" if m.motion_ecf else ""))
             if motion_named(m) else "none named in the order"
             + (f" (ECF No. {m.motion_ecf} recorded)" if m.motion_ecf else "")],
        ]
        for p in m.parties:
            rows.append([p.role.value.capitalize(),
                         f"{party_display_name(p.name)} - {p.represented_by}"])
        rows += [["As of", long_date(self.s.today)],
                 ["Read as", m.perspective.label]]
        self.add(_table(rows, [1.1 * 72, self.width - 1.1 * 72], st, header=False))
        self.add(_p(f"Next step: {self.s.next_step_sentence()}", st.box))
        for w in self.s.warnings:
            self.add(_p(f"Warning: {w}", st.body))

    def checklist(self) -> None:
        st, persp = self.st, self.m.perspective
        self.add(_p("Checklist", st.h1))
        for stage in Stage:
            items = [it for it in self.s.items if it.obligation.stage is stage]
            if not items:
                continue
            self.add(_p(stage.label, st.h2))
            rows = [["Status", "Item", "Who", "Date"]]
            shade = []
            for i, it in enumerate(items, 1):
                rows.append([_status_text(it), it.obligation.title_for(persp),
                             who_label(it.obligation.who, persp), _date_text(it)])
                if it.status in (Status.OVERDUE, Status.DUE_SOON):
                    shade.append(i)
            w = self.width
            self.add(_table(rows, [0.95 * 72, w - 4.15 * 72, 1.3 * 72, 1.9 * 72], st,
                            shade=shade))

    def deadlines(self) -> None:
        from reportlab.platypus import KeepTogether

        st, persp = self.st, self.m.perspective
        self.add(_p("Deadlines and how each was counted", st.h1))
        dated = [it for it in self.s.items if it.due is not None]
        if not dated and self.s.conference_by is None:
            self.add(_p("No item has a date yet.", st.body))
        for it in dated:
            assert it.due is not None  # noqa: S101 - filtered above
            head = [_p(f"{it.obligation.title_for(persp)}: {long_date(it.due)} "
                       f"({_status_text(it).lower()})", st.h2)]
            flow: list[Any] = []
            if it.why:
                flow.append(_p(it.why, st.body))
            if len(it.clocks) > 1:
                for c in it.clocks:
                    when = long_date(c.due) if c.due else "not started"
                    mark = " - binds" if c.name == it.binding else ""
                    flow.append(_p(f"Clock: {c.rule.describe()}: {when}{mark} ({c.basis})",
                                   st.small))
            if it.result and it.result.steps:
                rows = [["Date", "Step", "Rule"]]
                rows += [[short_date(s.day), s.text, s.rule] for s in it.result.steps]
                flow.append(_table(rows, [1.2 * 72, self.width - 2.7 * 72, 1.5 * 72], st))
            elif it.lock:
                flow.append(_p(f"Fixed by hand: {it.lock.reason}.", st.body))
            for note in it.result.notes if it.result else ():
                flow.append(_p(f"Note: {note}", st.small))
            if it.cutoff:
                flow.append(_p(f"Filing cut-off: {it.cutoff}.", st.small))
            for q in it.obligation.quotes:
                flow.append(_p(f'The order ({q.reference}): "{q.text}"', st.quote))
            self.add(KeepTogether(head + flow[:2]), *flow[2:])
        if self.s.conference_by is not None:
            self.add(_p(f"Last day to hold the conference: {long_date(self.s.conference_by)}",
                        st.h2))
            meet = self.s.find("meet_and_confer")
            if meet is not None and meet.why:
                self.add(_p(meet.why, st.body))
            res = self.s.conference_by_result
            if res and res.steps:
                rows = [["Date", "Step (from a conference on that day)", "Rule"]]
                rows += [[short_date(s.day), s.text, s.rule] for s in res.steps]
                self.add(_table(rows, [1.2 * 72, self.width - 2.7 * 72, 1.5 * 72], st))

    def contacts(self) -> None:
        st = self.st
        self.add(_p("Contact log", st.h1))
        contacts = self.m.events.contacts
        if not contacts:
            self.add(_p("No contact attempt is recorded.", st.body))
            return
        rows = [["Date", "Method", "By", "Outcome", "Notes"]]
        rows += [[short_date(c.on), c.method.value, c.by, c.outcome.value, c.notes]
                 for c in contacts]
        w = self.width
        self.add(_table(rows, [1.2 * 72, 0.9 * 72, 1.2 * 72, 0.95 * 72, w - 4.25 * 72], st))

    def conference(self) -> None:
        st = self.st
        ev = self.m.events
        self.add(_p("Conference", st.h1))
        if not ev.sessions:
            self.add(_p("No conference session is recorded.", st.body))
        else:
            rows = [["Date", "Method", "Participants", "Length", "Notes"]]
            for s in ev.sessions:
                mark = " (concludes the conference)" if s.concluded else ""
                rows.append([short_date(s.held_on) + mark, s.method.value,
                             ", ".join(s.participants) or "-",
                             f"{s.minutes} min" if s.minutes else "-", s.notes])
            w = self.width
            self.add(_table(rows, [1.3 * 72, 0.95 * 72, 1.6 * 72, 0.6 * 72, w - 4.45 * 72],
                            st))
            for s in ev.sessions:
                if s.warning:
                    self.add(_p(f"Warning: {s.warning}", st.small))
        res = ev.resolution
        self.add(_p("How it ended", st.h2))
        if res is None:
            self.add(_p("Not recorded.", st.body))
        else:
            gf = "yes" if res.good_faith else "not confirmed"
            self.add(_p(f"Motion {res.status.label}. Conferred in good faith: {gf}.", st.body))
            if res.at_issue:
                rows = [["Request at issue", "Description", "Plaintiff's position",
                         "Defense position"]]
                rows += [[r.full_label, r.description, r.plaintiff_position,
                          r.defense_position] for r in res.at_issue]
                q = (self.width - 1.7 * 72) / 3
                self.add(_table(rows, [1.7 * 72, q, q, q], st))
            if res.notes:
                self.add(_p(res.notes, st.body))
        if ev.filing:
            f = ev.filing
            kind = "Separate statement" if f.separate else "Joint Statement"
            ecf = f", ECF No. {f.ecf}" if f.ecf else ""
            self.add(_p(f"{kind} filed {long_date(f.filed_on)}{ecf}.", st.body))
        if ev.further_order:
            fo = ev.further_order
            ecf = f" (ECF No. {fo.ecf})" if fo.ecf else ""
            self.add(_p(f"Further order of {long_date(fo.on)}{ecf}: {fo.summary}", st.body))

    def history_section(self) -> None:
        st = self.st
        self.add(_p("History", st.h1))
        if not self.history:
            self.add(_p("No history was supplied with this report.", st.body))
            return
        rows = [["When", "User", "Action", "Item", "Detail"]]
        rows += [[h.at.strftime("%Y-%m-%d %H:%M"), h.user, h.action, h.obligation or "-",
                  h.detail] for h in self.history]
        w = self.width
        self.add(_table(rows, [1.2 * 72, 0.9 * 72, 0.8 * 72, 1.2 * 72, w - 4.1 * 72], st))

    def render(self) -> bytes:
        from reportlab.lib.pagesizes import LETTER
        from reportlab.platypus import SimpleDocTemplate

        buf = io.BytesIO()
        m = self.m
        doc = SimpleDocTemplate(buf, pagesize=LETTER, leftMargin=54, rightMargin=54,
                                topMargin=54, bottomMargin=54, title=f"Status report: {m.name}",
                                author="meetconfer", subject=m.case_number)
        self.width = doc.width
        self.header()
        self.checklist()
        self.deadlines()
        self.contacts()
        self.conference()
        self.history_section()
        name = case_display_name(m.case_name) or m.name
        name = name if len(name) <= 70 else name[:67].rstrip() + "..."
        footer = (f"{name} - status report as of {short_date(self.s.today)}"
                  f" - made {self.generated.strftime('%Y-%m-%d %H:%M')} UTC")
        note = "meetconfer explains the order and counts its dates; it does not give legal advice."

        def on_page(canvas: Any, _doc: Any) -> None:
            canvas.saveState()
            canvas.setFont(_FONT, 7.5)
            canvas.drawString(54, 34, footer)
            canvas.drawString(54, 25, note)
            canvas.drawRightString(LETTER[0] - 54, 34, f"Page {canvas.getPageNumber()}")
            canvas.restoreState()

        doc.build(self.story, onFirstPage=on_page, onLaterPages=on_page)
        return buf.getvalue()


def render_report(schedule: Schedule, history: Sequence[HistoryEntry] = (), *,
                  generated: datetime | None = None) -> bytes:
    """Lay out the status report.

    Args:
        schedule: The computed schedule of the matter.
        history: The matter's history entries, oldest first (optional).
        generated: When the report is made (default: now, UTC).

    Returns:
        The PDF's bytes.
    """
    when = (generated or datetime.now(UTC)).astimezone(UTC)
    return _Report(schedule, history, when).render()


def write_report(schedule: Schedule, path: str | Path, history: Sequence[HistoryEntry] = (),
                 *, generated: datetime | None = None) -> Path:
    """Write the status report as a PDF file.

    Args:
        schedule: The computed schedule.
        path: Where to write.
        history: History entries (optional).
        generated: When the report is made.

    Returns:
        The path written.
    """
    out = Path(path)
    out.write_bytes(render_report(schedule, history, generated=generated))
    return out
