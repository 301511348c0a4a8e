"""The importer's general readings added for the held-out orders, each on its own.

Tables of dates, periods in hours, the court's conference, a party's letter under an
endorsement, and the bounded time of the patterns that read them.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import OrderText, OtherReason, ProposedObligation, Trigger, extract
from meetconfer_gui.importer.layout import _row
from meetconfer_gui.importer.timing import find_periods


@pytest.mark.parametrize("line", [
    "Joinder of additional parties: 5/1/2025",
    "     Fact Discovery Cut-Off ......... July 31, 2025",
    "JURY TRIAL DATE (5-7 days)                 February 9, 2026",
    "July 31, 2025        Fact discovery cut-off",
    "Final Pretrial Conference ....... December 4, 2025, 9:00 a.m.",
    "Discovery completed by\t\tSEPTEMBER 15, 2025",
])
def test_rows(line):
    assert _row(line, numbered=False)


@pytest.mark.parametrize("line", [
    "Dated: March 5, 2025",
    "DATED:       March 5, 2025",
    "SO ORDERED    2/28/2025",
    "the parties shall file a joint report by March 3, 2025",
    "defense counsel shall file the statement no later than March 3, 2025.",
    "                                  March 21, 2025",
])
def test_not_rows(line):
    assert not _row(line, numbered=False)


@pytest.mark.parametrize("line", [
    "a" + " " * 5000 + "b", "a" + "." * 5000 + "b", "x " * 5000, "Label:" + " " * 5000 + "x",
    "a" + " ." * 5000, "word   " * 3000 + "March", "a" + " " * 150 + "March 3, 2025",
])
def test_row_patterns_stay_linear(line):
    started = time.monotonic()
    _row(line, numbered=False)
    extract(OrderText.from_string(f"ORDER\n\n{line}\n\nDated: May 1, 2024\n"))
    assert time.monotonic() - started < 2


def test_table_of_dates():
    text = ("The Court ORDERS the following schedule:\n\n"
            "     Deadline for joining additional parties          April 14, 2025\n"
            "     Discovery completed by                           September 15, 2025\n"
            "     JURY TRIAL                                       February 9, 2026\n\n"
            "     IT IS SO ORDERED.\n\nDated: February 3, 2025\n")
    result = extract(OrderText.from_string(text))
    rows = [(o.kind, o.what, o.fixed_date) for o in result.dated]
    assert rows == [
        (Kind.DEADLINE, "Deadline for joining additional parties", date(2025, 4, 14)),
        (Kind.DEADLINE, "Discovery completed by", date(2025, 9, 15)),
        (Kind.NOTICE, "JURY TRIAL", date(2026, 2, 9)),
    ]
    assert all(o.text_lines[0] == o.text_lines[1] for o in result.dated)


@pytest.mark.parametrize(("words", "hours", "direction", "trigger"), [
    ("at least 48 hours before the hearing", 48, Direction.BEFORE, Trigger.HEARING),
    ("within twenty-four (24) hours of any settlement", 24, Direction.AFTER, Trigger.OTHER),
    ("within 72 hours of service of the responses", 72, Direction.AFTER, Trigger.FILING),
])
def test_hours(words, hours, direction, trigger):
    (period,) = find_periods(words)
    assert (period.days, period.months, period.hours) == (None, None, hours)
    assert (period.direction, period.trigger) == (direction, trigger)


@pytest.mark.parametrize("words", [
    "Depositions shall be limited to four hours each.",
    "The deposition shall not exceed seven hours on the record.",
])
def test_a_limit_in_hours_is_no_period(words):
    assert find_periods(words) == []


def test_hours_deadline_is_kept_and_flagged():
    text = ("ORDER\n\nEach side shall email a letter brief to chambers at least 48 hours "
            "before the hearing.\n\nDated: May 1, 2024\n")
    (item,) = extract(OrderText.from_string(text)).obligations
    assert item.kind is Kind.DEADLINE
    assert (item.days, item.direction, item.trigger) == (None, Direction.BEFORE, Trigger.HEARING)
    assert item.flagged
    assert any("48 hours" in note for note in item.notes)


def test_before_the_conference_is_the_courts():
    text = ("ORDER\n\nCounsel are directed to appear for an initial pretrial conference on "
            "April 8, 2025. No later than seven days before the conference, the parties "
            "shall file a joint letter.\n\nDated: March 4, 2025\n")
    result = extract(OrderText.from_string(text))
    letter = [o for o in result.obligations if o.days == 7]
    assert letter and letter[0].trigger is Trigger.HEARING
    assert letter[0].direction is Direction.BEFORE


@pytest.mark.parametrize("sentence", [
    "No written discovery motions, including motions to compel and motions for protective "
    "order, shall be filed unless the Court so directs.",
    "No motion to compel shall be filed without a conference.",
])
def test_no_paper_shall_be_filed_is_a_prohibition(sentence):
    text = f"ORDER\n\n{sentence}\n\nDated: May 1, 2024\n"
    (item,) = extract(OrderText.from_string(text)).obligations
    assert item.kind is Kind.PROHIBITION
    assert item.what.startswith("No ")


def test_no_later_than_is_no_prohibition():
    text = ("ORDER\n\nNo later than fourteen (14) days after entry of this order, the parties "
            "shall be required to file a joint report.\n\nDated: May 1, 2024\n")
    (item,) = extract(OrderText.from_string(text)).obligations
    assert item.kind is Kind.DEADLINE and item.days == 14


def test_the_owner_of_a_paper_files_it_past_an_aside():
    text = ("ORDER\n\nPlaintiff shall file a response within fourteen (14) days. "
            "Defendant's reply, if any, shall be filed within seven (7) days thereafter.\n\n"
            "Dated: May 1, 2024\n")
    items = extract(OrderText.from_string(text)).obligations
    reply = [o for o in items if "reply" in o.what]
    assert reply and reply[0].who == "defendant"


def test_a_reminder_states_its_command_and_its_events_words_stay_out():
    text = ("ORDER\n\nThe parties are reminded that, under Rule 26(f), they must confer at "
            "least 21 days before a scheduling conference is to be held.\n\n"
            "Dated: May 1, 2024\n")
    (item,) = extract(OrderText.from_string(text)).obligations
    assert (item.what, item.days, item.direction) == ("confer", 21, Direction.BEFORE)


def test_a_papers_owner_is_who_acts_in_docket_text():
    text = ("ORDER\n\nPlaintiff's response to the motion to compel due by 3/14/2025. "
            "Defendant's reply due by 3/21/2025.\n\nDated: March 1, 2025\n")
    items = extract(OrderText.from_string(text)).obligations
    assert [(o.who, o.fixed_date) for o in items] == [
        ("plaintiff", date(2025, 3, 14)), ("defendant", date(2025, 3, 21))]


def test_a_partys_letter_under_an_endorsement():
    text = ("Dear Judge Cave:\n\nDefendant has told us that it will produce the documents by "
            "March 14, 2025. We ask that the Court order production within seven days.\n\n"
            "Respectfully submitted,\n/s/ Dana Kinsella\nDana Kinsella\n\n"
            "Application GRANTED. Defendant shall produce the documents by March 7, 2025.\n\n"
            "SO ORDERED    2/28/2025\n")
    result = extract(OrderText.from_string(text))
    assert result.order_date == date(2025, 2, 28)
    assert [o.fixed_date for o in result.dated] == [date(2025, 3, 7)]
    party = [o for o in result.other if o.reason is OtherReason.PARTY_STATEMENT]
    assert len(party) == 3  # the salutation and both sentences


def test_a_courts_letter_order_is_the_courts():
    text = ("March 21, 2025\n\nLETTER ORDER\n\nDear Counsel:\n\nThe parties shall submit a joint "
            "status report by April 11, 2025.\n\nSincerely yours,\n/s/\nBrendan A. Hurson\n"
            "United States Magistrate Judge\n")
    result = extract(OrderText.from_string(text))
    assert result.order_date == date(2025, 3, 21)
    assert [o.fixed_date for o in result.dated] == [date(2025, 4, 11)]


@pytest.mark.parametrize(("words", "days", "trigger"), [
    ("on or before the fourteenth day after entry of this Order", 14, Trigger.ORDER_ENTRY),
    ("by the twenty-first day following service of this order", 21, Trigger.SERVICE),
    ("Within fourteen (14)days of the date of this Order", 14, Trigger.ORDER_DATE),
    ("within seven(7) days of receipt of the production", 7, Trigger.FILING),
    ("21days after the production is complete", 21, Trigger.FILING),
    ("Within ten days' time after the Court rules on the motion", 10, Trigger.OTHER),
])
def test_more_ways_to_write_a_period(words, days, trigger):
    (period,) = find_periods(words)
    assert (period.days, period.trigger) == (days, trigger)


def test_an_ordinal_day_without_an_event_is_no_period():
    assert find_periods("Counsel shall appear on the first day of trial.") == []


@pytest.mark.parametrize(("sentence", "when"), [
    ("Plaintiff has until March 10, 2025 to identify the custodians.", date(2025, 3, 10)),
    ("The parties shall file any joint letter by 5:00 p.m.\nPacific Time on March 17, 2025.",
     date(2025, 3, 17)),
    ("The deadline to complete fact discovery is extended through and including June 30, "
     "2025.", date(2025, 6, 30)),
    ("Plaintiff is GRANTED an extension of time to and including April 14, 2025, to respond "
     "to the interrogatories.", date(2025, 4, 14)),
    ("The Court has reset the hearing on the motion (Dkt. No. 45) from March 6, 2025 to "
     "March 20, 2025 at 10:00 AM.", date(2025, 3, 20)),
    ("IT IS ORDERED THAT THE PARTIES SHALL FILE A JOINT STATUS REPORT NO LATER THAN FRIDAY, "
     "JUNE 6, 2025.", date(2025, 6, 6)),
])
def test_more_ways_to_write_a_date(sentence, when):
    result = extract(OrderText.from_string(f"ORDER\n\n{sentence}\n\nDated: February 24, 2025\n"))
    assert [o.fixed_date for o in result.dated] == [when]


def test_is_given_days_to_act():
    text = ("ORDER\n\nPlaintiff is given 21 days from the date of this Order to file a renewed "
            "motion.\n\nDated: February 24, 2025\n")
    (item,) = extract(OrderText.from_string(text)).dated
    assert (item.who, item.days, item.trigger) == ("plaintiff", 21, Trigger.ORDER_DATE)
    assert item.what.startswith("file a renewed motion")


def test_a_period_before_a_dated_hearing_keeps_no_fixed_date(capsys, tmp_path):
    """The hearing's date is the item's event_date and a notice of its own, not its due date."""
    from meetconfer_gui import cli

    text = ("ORDER\n\nThe parties shall lodge a joint proposed pretrial order 14 days before the "
            "Final Pretrial Conference, which is set for February 9, 2026, at 10:30 a.m.\n\n"
            "Dated: August 4, 2025\n")
    result = extract(OrderText.from_string(text))
    lodge, conference = result.dated
    assert (lodge.days, lodge.fixed_date, lodge.event_date) == (14, None, date(2026, 2, 9))
    assert lodge.to_json()["event_date"] == "2026-02-09"
    assert conference.kind is Kind.NOTICE and conference.fixed_date == date(2026, 2, 9)
    order = tmp_path / "order.txt"
    order.write_text(text, encoding="utf-8")
    assert cli.main(["import", str(order)]) == 0
    out = capsys.readouterr().out
    assert "14 days before the hearing" in out
    assert "the hearing is on Monday, February 9, 2026" in out


def test_a_rule_described_is_not_the_courts_order():
    text = ("ORDER\n\nUnder Local Rule 37-1, the moving party must serve a letter requesting a "
            "conference, and counsel for the opposing party must confer within ten days after "
            "that letter is served. Under Local Rule 37-2.2, the opposing party must deliver "
            "its portion within seven days after receiving the moving party's portion. In "
            "addition, the Court orders that any joint stipulation be filed no later than 21 "
            "days before the hearing date.\n\nDated: July 9, 2025\n")
    result = extract(OrderText.from_string(text))
    assert [(o.days, o.direction, o.trigger) for o in result.dated] == [
        (21, Direction.BEFORE, Trigger.HEARING)]
    assert result.dated[0].who == "all parties"
    assert result.dated[0].what.startswith("file any joint stipulation")


@pytest.mark.parametrize("sentence", [
    "The hearing was originally set for March 3, 2025, but the Court continued it.",
    "The conference previously set for March 3, 2025 took place by telephone.",
])
def test_a_date_once_set_is_no_notice(sentence):
    text = f"ORDER\n\n{sentence}\n\nDated: February 24, 2025\n"
    assert extract(OrderText.from_string(text)).dated == ()


def test_a_tab_is_a_gap_however_wide_it_prints():
    assert _row("Fact discovery cut-off.\tJune 1, 2026", numbered=False)  # expands to 1 space


@pytest.mark.parametrize(("words", "days"), [
    ("within a week of the date of this Order", 7),
    ("within a day of service of this order", 1),
])
def test_a_week(words, days):
    (period,) = find_periods(words)
    assert period.days == days


def _items(body: str) -> tuple[ProposedObligation, ...]:
    return extract(OrderText.from_string(f"ORDER\n\n{body}\n\nDated: March 2, 2026\n")).dated


@pytest.mark.parametrize("subject", [
    "Counsel for Plaintiff and counsel for Defendant",
    "Plaintiff and Defendants",
    "Plaintiff's counsel and defense counsel",
    "Lead trial counsel for Plaintiff(s) and lead trial counsel for Defendant(s)",
    "Plaintiff's counsel and counsel for the County Defendants",
    "Counsel for Plaintiff, counsel for Defendant Smith, and counsel for Defendant Jones",
    "The Court ORDERS Plaintiff and Defendants to",
])
def test_both_sides_named_together_is_everyones_task(subject):
    shall = "" if subject.endswith(" to") else " shall"
    (item,) = _items(f"{subject}{shall} meet and confer by March 9, 2026.")
    assert item.who == "all parties"


def test_one_side_with_another_named_before_it_is_still_one_side():
    (item,) = _items("After Plaintiff serves its responses, Defendant shall file its reply "
                     "within 7 days of the date of this Order.")
    assert item.who == "defendant"


@pytest.mark.parametrize(("body", "trigger"), [
    ("Any party objecting to this Order must file objections within fourteen (14) days after "
     "being served with a copy of it.", Trigger.SERVICE),
    ("A party may respond to another party's objections within 14 days after being served "
     "with a copy.", Trigger.FILING),
    ("Plaintiff may file a motion for expenses within 14 days after being served with "
     "Defendant's supplemental answers.", Trigger.FILING),
])
def test_served_with_a_copy_of_this_order_or_of_another_paper(body, trigger):
    (item,) = _items(body)
    assert (item.days, item.trigger) == (14, trigger)


def test_a_time_zone_in_parentheses_ends_no_sentence_and_leaves_the_task():
    (item,) = _items("The parties shall file a joint report by 5:00 p.m. (CT) on June 5, 2026, "
                     "stating whether mediation has occurred.")
    assert item.fixed_date == date(2026, 6, 5)
    assert item.what == "file a joint report, stating whether mediation has occurred"


def test_do_so_says_what_the_party_wishes_to_do():
    (item,) = _items("Any party wishing to submit exhibits shall do so on the second business "
                     "day before the teleconference.")
    assert (item.days, item.court_days, item.trigger) == (2, True, Trigger.HEARING)
    assert item.what == "submit exhibits"


@pytest.mark.parametrize("line", [
    "1.  JURY TRIAL in Courtroom 3 ............ 9:00 a.m., Tuesday, September 15, 2026",
    "| Completion of all discovery                   | July 31, 2026       |",
])
def test_more_rows(line):
    assert _row(line, numbered=False)


def test_a_table_in_pipes():
    text = ("The court ORDERS as follows:\n\n| Event | Deadline |\n|-------|----------|\n"
            "| Rule 26(a)(1) disclosures | March 20, 2026 |\n"
            "| Completion of all discovery | July 31, 2026 |\n\nDated: March 3, 2026\n")
    result = extract(OrderText.from_string(text))
    assert [(o.what, o.fixed_date) for o in result.dated] == [
        ("Rule 26(a)(1) disclosures", date(2026, 3, 20)),
        ("Completion of all discovery", date(2026, 7, 31))]


def test_a_notice_of_electronic_filing_header_is_the_caption():
    text = ("U.S. District Court\nWestern District of New York\nNotice of Electronic Filing\n\n"
            "The following transaction was entered on 12/15/2025 at 3:12 PM EST\n"
            "Case Number:   1:25-cv-00644\n\nDocket Text:\n"
            "TEXT ORDER: Plaintiff shall file a status report by 1/9/2026. SO ORDERED. Issued "
            "by Hon. Marcus J. Reilly on 12/15/2025. (KMH)\n")
    result = extract(OrderText.from_string(text))
    assert result.caption.court == "Western District of New York"
    assert result.order_date == date(2025, 12, 15)
    (item,) = result.dated
    assert item.source_sentence == "TEXT ORDER: Plaintiff shall file a status report by 1/9/2026."
    assert not result.unclassified


def test_no_action_required_is_no_task():
    result = extract(OrderText.from_string(
        "ORDER\n\nNo action is required at this time.\n\nDated: March 2, 2026\n"))
    assert [o.kind for o in result.obligations] == [Kind.NOTICE]


@pytest.mark.parametrize(("body", "who", "what"), [
    ("The parties, through counsel, shall meet and confer within ten days of the date of this "
     "Order.", "all parties", "meet and confer"),
    ("Responses shall be due within 14 days after service of the motion.", "all parties",
     "Responses due"),
    ("Counsel for the parties shall confer and, within 5 business days of the date of this "
     "Order, submit a joint letter.", "counsel", "confer and submit a joint letter"),
    ("Defendant and its counsel shall appear at the hearing on March 18, 2026.", "defendant",
     "appear at the hearing"),
    ("All applications submitted to the undersigned must be filed by March 18, 2026.",
     "all parties", "file all applications submitted to the undersigned"),
    ("The Clerk of the Court shall mail a copy of this order to Plaintiff by March 18, 2026.",
     "the clerk", "mail a copy of this order to Plaintiff"),
])
def test_who_and_what_read_plainly(body, who, what):
    (item,) = _items(body)
    assert (item.who, item.what) == (who, what)


@pytest.mark.parametrize(("body", "who", "what"), [
    ("Within seven days after the conference, the party seeking relief shall file a letter.",
     "the moving party", "file a letter"),
    ("All discovery motions must be filed within 45 days of the date upon which the event "
     "giving rise to the dispute occurred.", "all parties", "file all discovery motions"),
    ("The parties must file a joint motion no later than 45 days after service of the "
     "written response that is in dispute.", "all parties", "file a joint motion"),
    ("The joint statement must be filed no later than 14 days before the hearing, which is "
     "set for April 7, 2026 at 9:30 a.m.", "all parties", "file the joint statement"),
])
def test_the_event_keeps_its_own_clause(body, who, what):
    item = _items(body)[0]
    assert (item.who, item.what) == (who, what)


def test_a_place_then_this_day_dates_the_order():
    text = ("ORDER\n\nDefendant shall file a reply within 7 days of the date of this Order.\n\n"
            "At Wilmington this 5th day of August, 2021.\n")
    assert extract(OrderText.from_string(text)).order_date == date(2021, 8, 5)


@pytest.mark.parametrize(("body", "days", "trigger", "what"), [
    ("Defendant shall have seven (7) days from the date of that production within which to "
     "serve a privilege log.", 7, Trigger.FILING, "serve a privilege log"),
    ("If the dispute remains, Defendant may file its motion no later than 21 days before the "
     "final pretrial conference, which is set for June 2, 2026.", 21, Trigger.HEARING,
     "file its motion"),
    ("The parties shall confer and, by the close of business on March 27, 2026, file a joint "
     "report.", None, Trigger.FIXED_DATE, "confer and file a joint report"),
])
def test_events_and_tasks_read_whole(body, days, trigger, what):
    item = _items(body)[0]
    assert (item.days, item.trigger, item.what) == (days, trigger, what)
    assert item.kind is Kind.DEADLINE


def test_after_the_conference_the_court_sets_when_no_one_is_told_to_confer():
    (_, item) = _items("A telephonic discovery conference is set for April 17, 2026. Within "
                       "three days after the conference, the parties shall lodge a proposed "
                       "order.")
    assert (item.days, item.trigger) == (3, Trigger.HEARING)
    (_, item) = _items("A discovery conference is set for April 17, 2026. The parties shall "
                       "meet and confer. Within three days after the conference, the parties "
                       "shall lodge a proposed order.")
    assert item.trigger is Trigger.CONFERENCE  # the parties' own conference, as likely


@pytest.mark.parametrize(("sentence", "kind"), [
    ("The parties are reminded that these rules apply to every discovery motion.", Kind.NOTICE),
    ("The parties are reminded that they are required to act in good faith.", Kind.DUTY),
    ("The parties are reminded that they must confer before filing any motion.", Kind.DUTY),
])
def test_a_reminder_of_a_fact_is_no_task(sentence, kind):
    result = extract(OrderText.from_string(f"ORDER\n\n{sentence}\n\nDated: March 2, 2026\n"))
    assert [o.kind for o in result.obligations] == [kind]


def test_each_date_of_a_docket_text_takes_its_own_part():
    items = _items("Response to motion [37] due 6/28/2024; reply due 7/12/2024.")
    assert [(o.what, o.fixed_date) for o in items] == [
        ("Response to motion [37] due", date(2024, 6, 28)), ("reply due", date(2024, 7, 12))]


def test_a_rows_label_may_wrap_onto_the_next_line():
    text = ("ORDER\n\n     DEADLINE              EVENT\n"
            "     May 29, 2026          Motions to amend pleadings or join\n"
            "                           additional parties\n"
            "     July 31, 2026         Completion of fact discovery\n\n"
            "     Joinder of parties and amendment of                 June 1, 2026\n"
            "     pleadings\n\nDate: March 2, 2026\n")
    result = extract(OrderText.from_string(text))
    assert [(o.what, o.fixed_date) for o in result.dated] == [
        ("Motions to amend pleadings or join additional parties", date(2026, 5, 29)),
        ("Completion of fact discovery", date(2026, 7, 31)),
        ("Joinder of parties and amendment of pleadings", date(2026, 6, 1))]


@pytest.mark.parametrize("sentence", [
    "Defendant's responses were due on February 1, 2026, but Defendant did not serve them "
    "until February 20, 2026.",
    "Plaintiff's motion, filed 21 days after the deadline, is untimely.",
])
def test_what_happened_with_a_due_date_is_no_deadline(sentence):
    assert _items(sentence) == ()


@pytest.mark.parametrize(("sentence", "who", "what", "days", "fixed_on"), [
    ("If Plaintiff fails to file a response by March 20, 2026, the Court may dismiss this "
     "action.", "plaintiff", "file a response", None, date(2026, 3, 20)),
    ("Should Defendant fail to serve its answers within 14 days of the date of this order, the "
     "Court will deem its objections waived.", "defendant", "serve its answers", 14, None),
])
def test_a_date_to_meet_or_else_is_a_deadline(sentence, who, what, days, fixed_on):
    (item,) = _items(sentence)
    assert (item.kind, item.who, item.what, item.days, item.fixed_date) == (
        Kind.DEADLINE, who, what, days, fixed_on)
    assert any("what follows" in note for note in item.notes)


def test_a_local_rule_numbered_with_dots_is_described_not_ordered():
    assert _items("Local Rule 37-2.2 provides that the opposing party must deliver its portion "
                  "within seven days.") == ()


def test_a_task_with_a_page_limit_is_still_a_task():
    (item,) = extract(OrderText.from_string(
        "ORDER\n\nThe parties shall each submit a letter, not to exceed three pages, no later "
        "than 5:00 p.m. on the Friday before the conference.\n\nDated: March 2, 2026\n")
    ).obligations
    assert item.kind is Kind.DUTY
    assert item.what.endswith("no later than 5:00 p.m. on the Friday before the conference")


def test_a_rule_subsection_stays_in_the_event():
    (item,) = _items("The parties shall file a joint discovery plan within 14 days after the "
                     "Rule 26(f) conference.")
    assert (item.days, item.trigger, item.what) == (
        14, Trigger.CONFERENCE, "file a joint discovery plan")
