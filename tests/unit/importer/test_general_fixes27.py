"""General readings added after the twenty-sixth batch, each on its own.

Weak spots the twenty-sixth round left: an event cut at "that" ("after being notified by the
officer that the transcript is available"); a party named by name ("Acme shall produce") or
the government's own words ("Commerce shall file", "the Secretary shall") read as all
parties; a date the order names itself ('(the "Notice Date")') counted from an unknown
event; "on the 15th of each month" not read as a schedule; a permission with no time
("Counsel may retain one archival copy") left unclassified; and titles that read as the
order's sentence rather than a task ("The deadline for joining parties ... is 60 days ...").
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import Trigger
from meetconfer_gui.importer.actors import caption_roles
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order

_CAPTION = """UNITED STATES DISTRICT COURT
DISTRICT OF DELAWARE

ACME WIDGETS, INC.,
          Plaintiff,
     v.                                  C.A. No. 25-1234-ABC
ZENITH SUPPLY CO.,
          Defendant.

ORDER

"""


def _read(body: str, caption: str = ""):
    return read_order(body, "Dated: February 11, 2026", preamble=CONFERENCE_HELD, caption=caption)


def test_what_one_is_told_belongs_to_the_event():
    item = _read("Plaintiff shall file the transcript within 30 days after being notified by "
                 "the officer that the transcript is available.").obligations[0]
    assert item.what == "file the transcript"
    assert item.when_text is not None and item.when_text.endswith("the transcript is available")
    assert item.trigger is Trigger.OTHER


def test_a_court_reporter_is_not_the_court():
    item = _read("The court reporter shall file the transcript within 30 days of the date of "
                 "this Order.").obligations[0]
    assert item.who == "the court reporter" and item.kind is Kind.DEADLINE


def test_parties_named_in_the_caption_act_for_their_side():
    items = _read("Acme shall produce its damages documents by March 20, 2026. Zenith shall "
                  "respond within 14 days after service of the production.",
                  _CAPTION).obligations
    assert [o.who for o in items] == ["plaintiff", "defendant"]


def test_both_named_parties_are_everyone():
    items = _read("Acme and Zenith shall meet and confer by March 20, 2026.",
                  _CAPTION).obligations
    assert items[0].who == "all parties"


def test_the_government_acts_for_its_side_in_the_caption():
    caption = _CAPTION.replace("ZENITH SUPPLY CO.", "UNITED STATES")
    items = _read("Commerce shall file the remand results within 90 days of the date of this "
                  "Order. The Government shall respond within 14 days after service of the "
                  "motion.", caption).obligations
    assert [o.who for o in items] == ["defendant", "defendant"]


def test_the_government_without_a_caption():
    items = _read("The Secretary shall lodge the administrative record by April 1, 2026."
                  ).obligations
    assert items[0].who == "the government"


def test_caption_roles_leave_common_words_out():
    roles = caption_roles("The City of Springfield v. United Parcel Logistics, LLC")
    words = [p.pattern for p, _ in roles]
    assert not any(w.endswith("(?<![\\w-])City(?![\\w-])") for w in words)
    assert caption_roles("In re Acme Widgets Litigation") == ()


def test_a_date_the_order_names_counts_from_its_step():
    items = _read('Class Counsel shall mail notice to the class no later than 30 days after '
                  'entry of this Order (the "Notice Date"). Objections shall be filed no later '
                  'than 45 days after the Notice Date.').obligations
    assert items[0].what == "mail notice to the class"
    assert items[1].chained_to == 0 and items[1].days == 45
    assert not any(n.startswith("counted from an event") for n in items[1].notes)


def test_a_date_named_in_the_next_sentence():
    items = _read("The Settlement Administrator shall complete the mailing of notice within 21 "
                  'days after entry of this Order. The date the mailing is completed is the '
                  '"Notice Date." Requests for exclusion must be postmarked no later than 60 '
                  "days after the Notice Date.").obligations
    assert items[-1].chained_to == 0


def test_a_named_fixed_date_dates_the_event():
    items = _read('The Settlement Administrator shall mail the notice by March 1, 2026 (the '
                  '"Notice Date"). Class members may opt out within 60 days after the Notice '
                  "Date.").obligations
    assert items[1].chained_to == 0 and items[1].event_date == date(2026, 3, 1)


def test_a_day_of_each_month_is_a_schedule():
    items = _read("The parties shall file a joint status report on the 15th of each month. "
                  "Defendant shall produce documents on the first business day of each month."
                  ).obligations
    assert [o.fixed_date for o in items] == [date(2026, 2, 15), date(2026, 3, 2)]
    assert all(o.kind is Kind.DEADLINE and any("recurs monthly" in n for n in o.notes)
               for o in items)


def test_a_monthly_schedule_with_its_first_date():
    item = _read("Plaintiff shall file a report on the last day of each month, beginning "
                 "March 31, 2026.").obligations[0]
    assert item.fixed_date == date(2026, 3, 31) and item.what == "file a report"


def test_a_permission_without_a_time_is_a_notice():
    result = _read("Counsel may retain one archival copy of all pleadings. Each side may "
                   "propound up to 25 interrogatories.")
    assert not result.unclassified
    assert [o.kind for o in result.obligations] == [Kind.NOTICE, Kind.NOTICE]


def test_a_deadline_for_doing_something_reads_as_the_task():
    items = _read("The deadline for joining parties and amending pleadings is 60 days from the "
                  "date of this Order. The deadline for completing fact discovery, including "
                  "discovery by subpoena, shall be October 17, 2025. Plaintiff's deadline for "
                  "submitting expert reports is May 1, 2026.").obligations
    assert [o.what for o in items] == [
        "join parties and amend pleadings",
        "complete fact discovery, including discovery by subpoena",
        "submit expert reports"]
    assert items[0].days == 60 and items[2].who == "plaintiff"
    assert items[0].source_sentence.startswith("The deadline for joining")


def test_a_limit_reads_as_a_task():
    items = _read("All parties must be limited to ten depositions per side. Depositions shall "
                  "be limited to ten per side.").obligations
    assert [o.what for o in items] == ["take at most ten depositions per side"] * 2


# --- readings added for the twenty-seventh held-out batch ---------------------------------


def test_a_judge_writing_in_the_first_person():
    items = _read("I direct Acme to produce all documents within 21 days of the date of this "
                  "order. I further direct the parties to meet and confer within 10 days of "
                  "this order. I will hold a status conference on March 30, 2026, at 10:00 "
                  "a.m.", _CAPTION).obligations
    assert [(o.kind, o.who, o.days, o.fixed_date) for o in items] == [
        (Kind.DEADLINE, "plaintiff", 21, None), (Kind.DEADLINE, "all parties", 10, None),
        (Kind.NOTICE, "court", None, date(2026, 3, 30))]


def test_one_paper_or_another_is_filed():
    item = _read("Plaintiff shall file a Notice of Readiness within 7 days after Defendant's "
                 "answer or Rule 12 motion is filed.").obligations[0]
    assert (item.trigger, item.what) == (Trigger.FILING, "file a Notice of Readiness")


def test_a_noun_that_looks_like_a_party_statement():
    item = _read("Opening claim construction briefs are due 10 weeks after the hearing."
                 ).obligations[0]
    assert (item.days, item.trigger) == (70, Trigger.HEARING)


def test_a_row_with_a_colon_and_a_period():
    result = _read("Response brief due: 04/22/2026\n\nAny reply brief: 21 days from service of "
                   "response brief\n\nAppellant shall file the appendix in paper form.")
    reply = [o for o in result.obligations if o.days == 21]
    assert reply and reply[0].what == "Any reply brief" and reply[0].trigger is Trigger.FILING
    assert any(o.who == "appellant" and o.days is None for o in result.obligations)


def test_the_clerk_telling_counsel_is_the_event():
    item = _read("Counsel shall file four paper copies of each brief within one business day "
                 "after the Clerk notifies counsel that the electronic brief has been accepted "
                 "for filing.").obligations[0]
    assert item.what == "file four paper copies of each brief"
    assert (item.days, item.court_days, item.trigger) == (1, True, Trigger.OTHER)


def test_the_word_that_led_into_a_first_date_goes():
    items = _read("The parties shall file a joint status report every 90 days, beginning 90 "
                  "days from the date of this Order, describing the status of the "
                  "arbitration.").obligations
    assert {o.what for o in items} == {
        "file a joint status report, describing the status of the arbitration"}


# --- readings added for the twenty-eighth held-out batch ----------------------------------


def test_a_weekday_cut_short_in_a_table_of_dates():
    result = _read("Thu., February 19, 2026      Mediation Questionnaire due. If your\n"
                   "                             registration is confirmed after this date, the\n"
                   "                             Mediation Questionnaire is due within one day\n"
                   "                             of receiving the email from the Clerk's Office.\n"
                   "Tue., April 14, 2026         Transcript shall be filed by court reporter.")
    rows = [(o.fixed_date, o.days, o.trigger, o.who) for o in result.obligations]
    assert (date(2026, 2, 19), None, Trigger.FIXED_DATE, "all parties") in rows
    assert (None, 1, Trigger.OTHER, "all parties") in rows  # the clerk's e-mail, no paper
    assert (date(2026, 4, 14), None, Trigger.FIXED_DATE, "the court reporter") in rows


def test_a_monthly_report_that_begins_in_a_later_month():
    item = _read("Beginning in April 2026, liaison counsel shall file a joint status report on "
                 "the first business day of each month.").obligations[0]
    assert item.fixed_date == date(2026, 4, 1)


def test_an_extension_of_up_to_some_days_sets_nothing():
    result = _read("The parties may stipulate to one extension of up to 30 days of any deadline "
                   "above by filing a stipulated motion before the deadline expires.")
    assert all(o.days is None for o in result.obligations)


def test_a_sentence_that_runs_on_to_centred_lines():
    result = _read("1.   Counsel shall appear for an initial pretrial and scheduling conference "
                   "before\n\n                        JUDGE ANDREW M. EDISON\n"
                   "                     on April 14, 2026, at 10:00 a.m.\n\n"
                   "2.   Counsel shall file a certificate within fifteen days from receipt of "
                   "this order.")
    assert result.obligations[0].fixed_date == date(2026, 4, 14)


def test_the_event_ends_before_the_tasks_object():
    item = _read("Counsel shall file with the clerk within fifteen days from receipt of this "
                 "order a certificate listing all persons financially interested."
                 ).obligations[0]
    assert item.what == "file with the clerk a certificate listing all persons financially " \
        "interested"
    assert item.trigger is Trigger.SERVICE


def test_after_the_parties_confer_the_conference_is_the_courts():
    item = _read("After the parties confer as required by Fed. R. Civ. P. 26(f), counsel shall "
                 "prepare and file not less than 10 days before the conference a joint "
                 "report.").obligations[0]
    assert (item.days, item.direction, item.trigger) == (10, Direction.BEFORE, Trigger.HEARING)


def test_no_party_may_is_a_ban():
    item = _read("No party may delete data from any device used by a witness.").obligations[0]
    assert item.kind is Kind.PROHIBITION


# --- readings added for the twenty-ninth held-out batch -----------------------------------


def test_a_date_first_row_with_its_amended_date():
    result = _read(" May 11, 2026          May 26, 2026       Deadline to Complete Expert "
                   "Discovery\n\n April 6, 2026                            Comply with P.R. 4-3")
    assert [o.fixed_date for o in result.obligations] == [date(2026, 5, 26), date(2026, 4, 6)]


def test_the_court_directs_someone_by_office():
    item = _read("The Court further directs the Corporation Counsel for the City of New York "
                 "to provide the officer's address within forty-five (45) days of the date of "
                 "this Order.").obligations[0]
    assert (item.kind, item.days, item.who) == (Kind.DEADLINE, 45, "counsel")


def test_a_receiver_the_commission_and_the_marshal_act():
    caption = _CAPTION.replace("ACME WIDGETS, INC.", "SECURITIES AND EXCHANGE COMMISSION")
    items = _read("The Receiver shall file a quarterly status report within thirty (30) days "
                  "after the end of each calendar quarter. The Commission may file a response "
                  "to any report within fourteen (14) days after it is filed. The United "
                  "States Marshals Service is directed to serve the summons.",
                  caption).obligations
    assert [o.who for o in items] == ["the receiver", "plaintiff", "the marshal"]


def test_who_is_sued_does_not_act():
    item = _read("The claims against Defendant Smith shall proceed.").obligations[0]
    assert item.who != "defendant"


# --- readings added for the thirtieth held-out batch --------------------------------------


def test_a_bulleted_label_a_dash_and_a_date():
    items = _read("\u2022  Initial disclosures \u2013 exchanged no later than Friday, March 13, "
                  "2026.\n\n\u2022  Settlement conference \u2013 Tuesday, November 17, 2026, at "
                  "9:00 a.m., before the Magistrate Judge.").obligations
    assert [(o.kind, o.what, o.fixed_date) for o in items] == [
        (Kind.DEADLINE, "Initial disclosures exchanged", date(2026, 3, 13)),
        (Kind.NOTICE, "Settlement conference", date(2026, 11, 17))]


def test_a_trials_length_is_no_period_and_its_start_is_its_date():
    items = _read("The Court has set this case for a three-day jury trial to begin on January "
                  "11, 2027.").obligations
    assert [(o.days, o.fixed_date) for o in items] == [(None, date(2027, 1, 11))]


def test_reports_at_day_intervals_recur():
    items = _read("The parties are directed to file status reports at 90-day intervals, "
                  "beginning 90 days from the date of this order.").obligations
    assert sorted(str(o.trigger) for o in items) == ["order_date", "other"]


def test_a_business_the_caption_does_not_name_acts_as_itself():
    items = _read("The Court grants the motion to compel non-party Helix Data Labs, LLC to "
                  "comply with the subpoena. Helix shall produce the logs within 21 days of the "
                  "date of this Order.", _CAPTION).obligations
    assert next(o for o in items if o.days == 21).who == "Helix Data Labs"


# --- readings added for the thirty-first held-out batch -----------------------------------


def test_a_row_whose_period_begins_with_within():
    result = _read("     Discovery Completion:                        10/30/2026\n"
                   "     Mediation Report:                            Within 7 days after "
                   "mediation\n     Dispositive Motions:                         12/01/2026")
    report = [o for o in result.obligations if o.days == 7]
    assert report and report[0].what == "Mediation Report" and not result.unclassified


def test_directed_to_a_rule_is_no_task():
    item = _read("Counsel are directed to the Local Rules regarding protective orders."
                 ).obligations[0]
    assert item.kind is Kind.NOTICE
