"""Schedules as plain data: the JSON objects of ../CLI.md and a text rendering."""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.domain.obligations import who_label
from meetconfer_gui.domain.schedule import Schedule, ScheduledItem

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_steps(it: ScheduledItem) -> list[dict[str, str]]:
    """How an item's date was reached, as ``steps``.

    The count's steps; for a date not counted, one step saying where it comes from (a date the
    order fixes, or one locked by hand); [] for an undated item.
    """
    if it.due is None:
        return []
    if it.result is not None and it.binding != "locked":
        return [s.to_json() for s in it.result.steps]
    day = it.due.isoformat()
    if it.lock is not None:
        return [{"date": day, "kind": "due",
                 "text": f"The date was fixed by hand ({it.lock.reason}): {long_date(it.due)}. "
                         "It overrides the order's clocks and is not recomputed.",
                 "rule": "locked by the user"}]
    text = (f"The order sets this date itself: {long_date(it.due)}. Rule 6(a) counts periods; "
            "it does not move a date the court fixes.")
    if it.due.weekday() >= 5:
        text += (f" It is a {_WEEKDAY_NAMES[it.due.weekday()]}: plan to act by the Friday "
                 "before, or ask the clerk.")
    return [{"date": day, "kind": "due", "text": text, "rule": "the order"}]


def item_json(it: ScheduledItem, schedule: Schedule) -> dict[str, object]:
    """One obligation as ``meetconfer deadlines --json`` lists it."""
    ob = it.obligation
    persp = schedule.matter.perspective
    quote = ob.quote
    out: dict[str, object] = {
        "id": ob.id,
        "title": ob.title_for(persp),
        "who": ob.who.value,
        "who_label": who_label(ob.who, persp),
        "kind": ob.kind.value,
        "stage": ob.stage.value,
        "due": it.due.isoformat() if it.due else None,
        "status": it.status.value,
        "source_sentence": quote.text if quote else "",
        "lines": list(quote.lines) if quote and quote.lines else None,
        "page": quote.page if quote else None,
        "steps": date_steps(it),
    }
    if quote and quote.paragraph:
        out["paragraph"] = quote.paragraph
    if len(ob.quotes) > 1:
        out["also"] = [{"source_sentence": q.text, "page": q.page,
                        "lines": list(q.lines) if q.lines else None,
                        "reference": q.reference} for q in ob.quotes[1:]]
    if it.latest and it.due and it.latest != it.due:
        out["latest"] = it.latest.isoformat()
    if it.target:
        out["target"] = it.target.isoformat()
    if it.clocks:
        out["clocks"] = [{"name": c.name, "rule": c.rule.describe(),
                          "due": c.due.isoformat() if c.due else None, "basis": c.basis,
                          "binding": c.name == it.binding} for c in it.clocks]
    if it.why:
        out["why"] = it.why
    if it.cutoff:
        out["cutoff"] = it.cutoff
    if it.completion:
        out["done"] = {"date": it.completion.on.isoformat(), "by": it.completion.by}
    if it.lock:
        out["locked"] = {"due": it.lock.due.isoformat(), "reason": it.lock.reason}
    if ob.explain:
        out["explain"] = ob.explain
    return out


def schedule_json(schedule: Schedule) -> dict[str, object]:
    """The result object of ``meetconfer deadlines --json``."""
    st = schedule.statement
    binding: str | None
    if st is None:  # an imported order may set no Joint Statement at all
        binding, why = None, ("This order sets no Joint Statement deadline, so neither of its "
                              "clocks applies.")
    elif st.binding:
        binding, why = st.binding, st.why
    else:
        binding, why = "after_service", st.why or ("No clock of the Joint Statement has "
                                                   "started yet: record the order's service "
                                                   "or the conference.")
    out: dict[str, object] = {
        "matter": schedule.matter.id,
        "today": schedule.today.isoformat(),
        "perspective": schedule.matter.perspective.value,
        "deadlines": schedule.deadlines_json(),
        "binding": binding,
        "why": why,
        "next_step": schedule.next_step_sentence(),
        "obligations": [item_json(it, schedule) for it in schedule.items],
    }
    if schedule.warnings:
        out["warnings"] = list(schedule.warnings)
    return out


def schedule_text(schedule: Schedule) -> str:
    """The schedule as a person reads it: each item, who acts, its date and status."""
    m = schedule.matter
    persp = m.perspective
    lines = [f"{m.name} - {m.district.abbreviation}, {m.case_number}".rstrip(", "),
             f"Order of {long_date(m.order.signed)}; today is {long_date(schedule.today)}; "
             f"reading it as {persp.label}.", "",
             f"Next: {schedule.next_step_sentence()}", ""]
    stage = None
    for it in schedule.items:
        ob = it.obligation
        if ob.stage != stage:
            stage = ob.stage
            lines.append(stage.label.upper())
        who = who_label(ob.who, persp)
        when = ""
        if it.due:
            when = f"due {long_date(it.due)}"
            if it.latest and it.latest != it.due:
                when += f" (another reading: {long_date(it.latest)})"
        elif it.target:
            when = f"by {long_date(it.target)}"
        status = it.status.label if ob.kind.is_task else ob.kind.label
        lines.append(f"  [{status}] {ob.title_for(persp)}")
        detail = f"      who: {who}"
        if when:
            detail += f"; {when}"
        if it.completion:
            by = f" by {it.completion.by}" if it.completion.by else ""
            detail += f"; done {long_date(it.completion.on)}{by}"
        lines.append(detail)
        for c in it.clocks if len(it.clocks) > 1 else ():
            mark = "binds" if c.name == it.binding else "      "
            due = long_date(c.due) if c.due else "not started"
            lines.append(f"      {mark} {c.rule.describe()}: {due}")
        if it.why and len(it.clocks) > 1:
            lines.append(f"      {it.why}")
        if it.cutoff:
            lines.append(f"      Filing cut-off: {it.cutoff}.")
    if schedule.conference_by:
        lines += ["", f"Hold the conference by {long_date(schedule.conference_by)} to leave the "
                  "7 days for the Joint Statement."]
    for w in schedule.warnings:
        lines.append(f"Warning: {w}")
    return "\n".join(lines)


def days_left_text(due: date, today: date) -> str:
    """"3 days left", "due today", "2 days overdue"."""
    left = (due - today).days
    if left == 0:
        return "due today"
    if left > 0:
        return f"{left} day{'s' if left != 1 else ''} left"
    return f"{-left} day{'s' if left != -1 else ''} overdue"
