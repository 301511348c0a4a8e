"""From accepted import items to a matter's obligations (importer/review.py)."""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind, TriggerKind
from meetconfer_gui.domain.sample import sample_matter, sample_order_text
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.importer import OrderText, extract
from meetconfer_gui.importer.review import actor_for, district_for, matter_from_import

ND_CAL = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

JANE DOE, Plaintiff, v. ACME CORP., Defendant.
Case No. 3:21-cv-01234-JSC

ORDER RE: DISCOVERY DISPUTE (Dkt. No. 55)

The Court has reviewed the parties' joint discovery letter regarding Plaintiff's Requests \
for Production Nos. 3-7. Lead trial counsel shall meet and confer in person or by \
videoconference within ten (10) court days of the date of this Order. If any disputes \
remain, the parties shall file a further joint letter of no more than five pages no later \
than seven days after the meet and confer. Defendant shall produce all non-privileged \
documents responsive to Request No. 4 by March 15, 2022. The hearing set for April 7, 2022 \
is VACATED. The parties shall file a joint status report no later than 14 days before the \
case management conference set for May 5, 2022. Failure to comply with this Order may \
result in sanctions.

IT IS SO ORDERED.
Dated: February 22, 2022
JACQUELINE SCOTT CORLEY
United States Magistrate Judge
"""


def build(text: str, today: date = date(2026, 11, 30)):
    order = OrderText.from_string(text)
    result = extract(order)
    return matter_from_import(result, order.text, result.obligations, today=today)


def test_sample_order_becomes_the_template():
    m = build(sample_order_text())
    template = sample_matter()
    assert [o.id for o in m.obligations] == [o.id for o in template.obligations]
    st = m.obligation("statement_file")
    assert {r.clock for r in st.rules} == {"after_conference", "after_service"}
    assert st.title == template.obligation("statement_file").title
    s = compute_schedule(m, date(2017, 10, 10))
    assert s.deadlines_json() == compute_schedule(template, date(2017, 10, 10)).deadlines_json()


def test_other_court_keeps_its_own_words_and_dates():
    m = build(ND_CAL)
    assert m.district_code == "cand"
    assert m.case_number == "3:21-cv-01234-JSC"
    assert m.order.signed == date(2022, 2, 22)
    ids = [o.id for o in m.obligations]
    # a "further joint letter" is not the sample's Joint Statement
    assert "statement_file" not in ids
    s = compute_schedule(m, date(2022, 3, 1))
    dues = {it.obligation.title: it.due for it in s.items if it.obligation.kind is Kind.DEADLINE}
    meet = next(t for t in dues if "meet and confer" in t.lower())
    assert dues[meet] == date(2022, 3, 8)  # 10 court days after Tue Feb 22, 2022
    letter = next(t for t in dues if "joint letter" in t.lower())
    assert dues[letter] == date(2022, 3, 15)  # projected: 7 days after Mar 8
    report = next(t for t in dues if "status report" in t.lower())
    assert dues[report] == date(2022, 4, 21)  # 14 days before May 5, 2022
    vacated = next(o for o in m.obligations if "VACATED" in o.title)
    assert vacated.kind is Kind.NOTICE and not vacated.rules
    status = next(o for o in m.obligations if "status report" in o.title.lower())
    assert status.rules[0].trigger is TriggerKind.HEARING


def test_actor_and_district_mapping():
    assert actor_for("defense counsel").value == "defense counsel"
    assert actor_for("Plaintiff").value == "plaintiff"
    assert actor_for("lead trial counsel").value == "all parties"
    assert district_for("UNITED STATES DISTRICT COURT, EASTERN DISTRICT OF CALIFORNIA") == "caed"
    assert district_for("Superior Court of California") is None


SACRAMENTO = """UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF CALIFORNIA

JOHN SMITH, Plaintiff, v. R. JONES, et al., Defendants. No. 2:19-cv-0123 KJM AC P

Plaintiff is a state prisoner proceeding pro se. Pending before the court is defendants' \
motion to compel (ECF No. 61). Good cause appearing, IT IS HEREBY ORDERED that:
1. Within fourteen days of the date of this order, defense counsel shall contact plaintiff \
by telephone to meet and confer regarding the outstanding discovery.
2. Within thirty days of the date of this order, the parties shall file a joint statement \
identifying the discovery requests that remain in dispute.
3. Plaintiff's opposition to the motion to compel is due within twenty-one days after the \
joint statement is filed.
4. Defendants may file a reply within seven days after service of the opposition.
DATED: January 6, 2020
/s/ ALLISON CLAIRE, UNITED STATES MAGISTRATE JUDGE
"""


def test_chained_items_read_as_sentences_and_name_the_step_they_follow():
    m = build(SACRAMENTO)
    s = compute_schedule(m, date(2020, 1, 10))
    by_title = {it.obligation.title: it for it in s.items}
    opposition = next(t for t in by_title if t.startswith("Plaintiff's opposition"))
    assert not opposition.startswith("Plaintiff must")
    it = by_title[opposition]
    assert it.due == date(2020, 2, 26)  # 21 days after the joint statement's Feb 5 deadline
    assert "joint statement" in it.clocks[0].basis and "_" not in it.clocks[0].basis
    assert it.clocks[0].projected


def _order(body: str) -> str:
    return ("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nORDER\n\n"
            f"{body}\n\nDated: January 15, 2025\n")


def test_a_joint_statement_the_parties_file_is_theirs_with_both_clocks():
    m = build(_order(
        "Within ten (10) days after the conference, the parties shall file a joint statement "
        "identifying each discovery request that remains in dispute. In any event, the joint "
        "statement shall be filed no later than forty-five (45) days after service of this "
        "order."))
    (st,) = [o for o in m.obligations if o.kind is Kind.DEADLINE]
    assert st.id != "statement_file"  # not "Defense counsel must file the Joint Statement"
    assert st.who.value == "all parties"
    assert {r.trigger for r in st.rules} == {TriggerKind.CONFERENCE, TriggerKind.SERVICE}


def test_a_period_after_the_courts_conference_is_not_counted_before_it():
    m = build(_order(
        "A telephonic discovery conference is set for April 17, 2025. Within three days after "
        "the conference, the parties shall lodge a proposed order."))
    (lodge,) = [o for o in m.obligations if o.kind is Kind.DEADLINE]
    (rule,) = lodge.rules  # never "3 days before April 17"
    assert (rule.days, rule.direction, rule.fixed) == (3, Direction.AFTER, date(2025, 4, 17))
    # Sunday, April 20, 2025 rolls to Monday (FRCP 6(a)(1)(C)).
    assert compute_schedule(m, date(2025, 4, 1)).item(lodge.id).due == date(2025, 4, 21)
