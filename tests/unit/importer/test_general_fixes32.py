"""General readings added after the thirty-first batch, each on its own.

Weak spots rounds 27-31 left: "Oral argument will not be held unless ..." read as a ban (what
the court will not do is a notice); "The claims against Officer Martinez shall proceed" read
as a duty and "The Markman hearing will be held ..." as a notice to all (the court holds
it); "II. MEDIATION" on one line split into two headings; a quarterly report "within 30 days
after the end of each calendar quarter" counted from an unknown event (now dated like the
monthly schedules: its first date after the order, with a note); and "Trial Term: April
2027", a month with no day, dropped (now a notice with the month in words).
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import OrderText, OtherReason, Trigger, extract
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order


def _read(body: str):
    return read_order(body, "Dated: February 11, 2026", preamble=CONFERENCE_HELD)


def test_what_the_court_will_not_hold_is_a_notice():
    items = _read("Oral argument will not be held unless the Court orders otherwise. No "
                  "hearing will be scheduled on the motion.").obligations
    assert [(o.kind, o.who) for o in items] == [(Kind.NOTICE, "court")] * 2


def test_what_a_party_will_not_do_is_still_a_ban():
    items = _read("Plaintiff shall not file any further motion without leave of Court. No "
                  "depositions will be taken before the Rule 26(f) conference.").obligations
    assert [o.kind for o in items] == [Kind.PROHIBITION, Kind.PROHIBITION]


def test_claims_that_proceed_are_a_notice():
    items = _read("The claims against Officer Martinez shall proceed. This action will go "
                  "forward against the remaining defendants.").obligations
    assert [o.kind for o in items] == [Kind.NOTICE, Kind.NOTICE]


def test_claims_that_proceed_to_trial_on_a_date_keep_the_date():
    items = _read("The case shall proceed to trial on June 1, 2026.").obligations
    assert [o.fixed_date for o in items] == [date(2026, 6, 1)]


def test_the_courts_hearing_will_be_held():
    item = _read("The Markman hearing will be held approximately 23 weeks after the "
                 "Case Management Conference, on a date the Court will set.").obligations[0]
    assert (item.kind, item.who, item.days, item.trigger) == (
        Kind.NOTICE, "court", 161, Trigger.HEARING)
    assert any(n.startswith("an approximate time") for n in item.notes)


def test_an_upper_case_roman_numeral_stays_with_its_heading():
    result = _read("I. DISCOVERY\n\nPlaintiff shall produce documents by March 20, 2026.\n\n"
                   "II. MEDIATION\n\nThe parties shall mediate by May 1, 2026.\n\n"
                   "XIV. TRIAL\n\nTrial is set for May 4, 2027.")
    headings = [o.source_sentence for o in result.other if o.reason is OtherReason.HEADING]
    assert headings[1:] == ["I. DISCOVERY", "II. MEDIATION", "XIV. TRIAL"]


def test_a_quarterly_report_is_dated_like_a_monthly_one():
    item = _read("The Receiver shall file a status report within thirty (30) days after the "
                 "end of each calendar quarter.").obligations[0]
    assert (item.trigger, item.fixed_date, item.days) == (
        Trigger.FIXED_DATE, date(2026, 4, 30), None)
    assert any(n.startswith("recurs each quarter") for n in item.notes)


def test_a_report_after_each_month_end():
    item = _read("Defendant shall serve a production log no later than 10 days after the end "
                 "of each month.").obligations[0]
    assert item.fixed_date == date(2026, 3, 10)  # January's falls on February 10, too early
    assert any(n.startswith("recurs each month") for n in item.notes)


def test_a_trial_term_with_a_month_and_no_day():
    result = _read("Trial Term:                April 2027\n\nJury Selection ........ March, "
                   "2027")
    items = result.obligations
    assert [(o.kind, o.what, o.fixed_date) for o in items] == [
        (Kind.NOTICE, "Trial Term: April 2027", None),
        (Kind.NOTICE, "Jury Selection: March 2027", None)]
    assert all(any("no day" in n for n in o.notes) for o in items)


def test_a_task_with_a_month_is_not_a_month_notice():
    result = _read("Discovery Deadline:   April 2027")
    assert all(o.kind is not Kind.NOTICE for o in result.obligations)


# --- readings added for the thirty-second held-out batch ----------------------------------


def test_a_judge_on_the_bench_sets_a_conference():
    items = _read("THE COURT: We'll have a status conference on May 12, 2026, at 10:00 a.m. "
                  "I will hold a hearing on the motion on June 2, 2026.").obligations
    assert [(o.kind, o.who, o.fixed_date) for o in items] == [
        (Kind.NOTICE, "court", date(2026, 5, 12)), (Kind.NOTICE, "court", date(2026, 6, 2))]


def test_a_reporters_certificate_does_not_date_the_ruling():
    result = extract(OrderText.from_string(
        "UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF MICHIGAN\n\nHARBOR POINT MARINE, "
        "LLC,\n     Plaintiff,              Case No. 1:25-cv-00811\n  v.\nLAKESHORE "
        "BOATWORKS, INC.,\n     Defendant.\n______________________________/\n\n"
        "EXCERPT OF MOTION HEARING\n\nGrand Rapids, Michigan\nTuesday, March 3, 2026\n\n"
        "THE COURT: Defendant shall produce the files within twenty-one days of today.\n\n"
        "C E R T I F I C A T E\n\nI certify that the foregoing is a correct transcript.\n\n"
        "/s/ Karen L. Dykstra                      March 4, 2026\nOfficial Court Reporter\n"))
    assert result.order_date == date(2026, 3, 3)


def test_a_printouts_star_pages_and_fields_are_not_the_order():
    result = _read("Opinion by: J. P. STADTMUELLER\n\nOpinion\n\nDefendant shall serve an "
                   "amended log describing each withheld [*2]  entry no later than April 6, "
                   "2026.")
    assert [o.what for o in result.obligations] == [
        "serve an amended log describing each withheld entry"]
    assert not result.unclassified


def test_a_printouts_header_is_not_the_case_name():
    result = extract(OrderText.from_string(
        "          Kessler v. Northfield Mutual Ins. Co.\n\n          March 16, 2026, Decided; "
        "March 17, 2026, Filed\n\n          Case No. 25-CV-1187-JPS\n\nReporter\n2026 U.S. "
        "Dist. LEXIS 48812 *\n\nMARGARET KESSLER, Plaintiff, v. NORTHFIELD MUTUAL INSURANCE "
        "COMPANY, Defendant.\n\nORDER\n\nDefendant shall produce the claim file within "
        "fourteen (14) days of the date of this Order.\n\nDated at Milwaukee, Wisconsin, this "
        "16th day of March, 2026.\n"))
    assert result.caption.case_name == (
        "MARGARET KESSLER v. NORTHFIELD MUTUAL INSURANCE COMPANY")


def test_discovery_that_remains_open_is_the_last_day_to_complete_it():
    item = _read("Fact discovery shall remain open through the 30th day of September, 2026."
                 ).obligations[0]
    assert (item.what, item.fixed_date) == ("complete Fact discovery", date(2026, 9, 30))
