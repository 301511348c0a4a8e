"""``meetconfer deadlines --json`` objects for dates that are not counted, and orders
without a Joint Statement (../CLI.md: every date says how it was reached)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from meetconfer_gui.domain.matter import LockedDate
from meetconfer_gui.domain.obligations import Actor, DateRule, Kind, Obligation, Stage, TriggerKind
from meetconfer_gui.domain.report import date_steps, schedule_json
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.domain.schedule import compute_schedule

D = date.fromisoformat
TODAY = D("2017-10-10")
STATEMENT_IDS = ("statement_file", "statement_prepare", "statement_content_a",
                 "statement_content_b", "statement_content_c", "statement_sign")


def fixed(oid: str, day: str) -> Obligation:
    return Obligation(oid, "Serve the expert reports", Actor.ALL_PARTIES, Kind.DEADLINE,
                      Stage.CONFERENCE,
                      rules=(DateRule("fixed", TriggerKind.FIXED_DATE, fixed=D(day)),))


def test_a_fixed_date_says_the_order_sets_it_and_is_not_moved():
    m = sample_matter().with_obligation(fixed("reports", "2017-11-14"))
    item = compute_schedule(m, TODAY).item("reports")
    (step,) = date_steps(item)
    assert step["date"] == "2017-11-14" and step["kind"] == "due"
    assert step["rule"] == "the order"
    assert "Tuesday, November 14, 2017" in step["text"] and "does not move" in step["text"]
    obligations = schedule_json(compute_schedule(m, TODAY))["obligations"]
    assert isinstance(obligations, list)
    listed = {o["id"]: o for o in obligations}
    assert listed["reports"]["steps"] == [step]


def test_a_fixed_date_on_a_weekend_is_not_moved_later_and_says_so():
    m = sample_matter().with_obligation(fixed("reports", "2017-11-18"))  # a Saturday
    item = compute_schedule(m, TODAY).item("reports")
    assert item.due == D("2017-11-18")
    (step,) = date_steps(item)
    assert "It is a Saturday" in step["text"] and "Friday before" in step["text"]


def test_a_locked_date_says_it_was_fixed_by_hand():
    m = sample_matter().with_lock(LockedDate("contact", D("2017-11-01"), "order of Oct 20"))
    item = compute_schedule(m, TODAY).item("contact")
    (step,) = date_steps(item)
    assert step == {"date": "2017-11-01", "kind": "due", "rule": "locked by the user",
                    "text": step["text"]}
    assert "order of Oct 20" in step["text"] and "not recomputed" in step["text"]


def test_counted_and_undated_items_keep_their_steps():
    s = compute_schedule(sample_matter(), TODAY)
    kinds = [st["kind"] for st in date_steps(s.item("contact"))]
    assert kinds[0] == "trigger" and kinds[-1] == "due"
    assert date_steps(s.item("good_faith")) == []


def test_an_order_without_a_joint_statement_names_no_binding_clock():
    m = sample_matter()
    m = replace(m, obligations=tuple(o for o in m.obligations if o.id not in STATEMENT_IDS))
    out = schedule_json(compute_schedule(m, TODAY))
    assert out["deadlines"]["joint_statement"] is None  # type: ignore[index]
    assert out["binding"] is None
    assert isinstance(out["why"], str) and "no Joint Statement" in out["why"]


def test_the_sample_keeps_its_binding_clock_and_reason():
    out = schedule_json(compute_schedule(sample_matter(), TODAY))
    assert out["binding"] == "after_service"
    assert isinstance(out["why"], str) and "binds" in out["why"]
