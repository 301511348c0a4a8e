"""Documents for matters that are not the E.D. Cal. sample: other districts, other papers.

Each matter is built as an import leaves it (parties named from the caption, the model's
default motion title, the order's own items), so the tests do not depend on the importer's
reading of a particular file; one test runs a real order through the importer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from pypdf import PdfReader

from meetconfer_gui.domain.matter import Matter, Order, Party, Role
from meetconfer_gui.domain.obligations import (
    Actor,
    DateRule,
    Kind,
    Obligation,
    Quote,
    Stage,
    TriggerKind,
)
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.export.courts import CourtKind, court_style
from meetconfer_gui.export.ics import build_calendar
from meetconfer_gui.export.paper import PaperKind, Purpose, Section, paper_for
from meetconfer_gui.export.report import render_report
from meetconfer_gui.export.statement import (
    OutputFormat,
    build_statement,
    layout_for,
    write_statement,
)

TODAY = date(2024, 3, 1)
ORDERS = Path(__file__).resolve().parents[1] / "importer"


def _ob(oid: str, title: str, quote: str, *, who: Actor = Actor.ALL_PARTIES,
        kind: Kind = Kind.DEADLINE, fixed: date | None = None, filing: bool = False,
        ) -> Obligation:
    rules = (DateRule("fixed", TriggerKind.FIXED_DATE, fixed=fixed),) if fixed else ()
    return Obligation(oid, title, who, kind, Stage.STATEMENT, (Quote(quote, 1),), rules,
                      filing=filing, custom=True)


def _matter(code: str, text: str, obligations: tuple[Obligation, ...], *,
            case_name: str = "Alvarez v. The Hudson Group, LLC", case_number: str = "",
            plaintiff: str = "ALVAREZ, et al.", defendant: str = "THE HUDSON GROUP, LLC",
            signed: date = date(2024, 2, 21), title: str = "Order") -> Matter:
    parties = (Party("plaintiff", plaintiff, Role.PLAINTIFF),
               Party("defendants", defendant, Role.DEFENDANT, counsel="Dana Lee",
                     firm="Lee & Park LLP", address="1 Main Street\nNew York, NY 10001",
                     email="dlee@example.com", phone="(212) 555-0100"))
    return Matter(id="t1", name="t", district_code=code, order=Order(signed, text, title=title),
                  obligations=obligations, case_name=case_name, case_number=case_number,
                  parties=parties)


SDNY_TEXT = """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
ALVAREZ, et al., Plaintiffs, -v- THE HUDSON GROUP, LLC, Defendant.   23-cv-3390 (LJL)
LEWIS J. LIMAN, United States District Judge:
Defendant shall supplement its responses to Plaintiffs' Interrogatories 2 and 5 within two
weeks of the date of this Order. The parties shall submit a joint letter updating the Court on
the status of discovery by no later than 5:00 p.m. on Friday, March 22, 2024.
"""
SDNY_LETTER = _ob(
    "submit_a_joint_letter_updating",
    "All parties must submit a joint letter updating the Court on the status of discovery",
    "The parties shall submit a joint letter updating the Court on the status of discovery by "
    "no later than 5:00 p.m. on Friday, March 22, 2024.", fixed=date(2024, 3, 22))
SDNY_SUPPLEMENT = _ob(
    "supplement_its_responses", "Defendant must supplement its responses to Plaintiffs' "
    "Interrogatories 2 and 5", "Defendant shall supplement its responses to Plaintiffs' "
    "Interrogatories 2 and 5 within two weeks of the date of this Order.",
    who=Actor.DEFENDANTS, fixed=date(2024, 3, 6))


@pytest.fixture
def sdny() -> Matter:
    m = _matter("nysd", SDNY_TEXT, (SDNY_SUPPLEMENT, SDNY_LETTER),
                case_number="23-cv-3390 (LJL)")
    return m.with_details(judge="LEWIS J. LIMAN")


def test_sdny_caption_court_and_letter_title(sdny: Matter) -> None:
    draft = build_statement(sdny, TODAY)
    assert draft.caption.court == ("UNITED STATES DISTRICT COURT",
                                   "SOUTHERN DISTRICT OF NEW YORK")
    assert draft.caption.case_line == "Case No. 23-cv-3390 (LJL)"
    assert draft.caption.title == "JOINT LETTER REGARDING THE STATUS OF DISCOVERY"
    text = draft.to_text()
    assert "submit this Joint Letter under the Court's order of February 21, 2024" in text
    assert "Joint Statement" not in text


def test_sdny_has_no_california_or_ed_cal_text(sdny: Matter) -> None:
    text = build_statement(sdny, TODAY).to_text()
    for leak in ("State Bar", "L.R. 131", "CDCR", "(PC)", "Eastern District of California",
                 "motion to compel", "ECF No. [MISSING", "ECF Nos."):
        assert leak not in text, leak
    # counsel's details go under the signature where there is no attorney block on page one
    assert build_statement(sdny, TODAY).caption.filer_block == ()
    assert "1 Main Street" in text
    assert "E-mail: dlee@example.com" in text
    assert "ATTESTATION" in text


def test_sdny_sections_follow_the_order_not_the_sample(sdny: Matter) -> None:
    paper = paper_for(sdny)
    assert paper.kind is PaperKind.LETTER
    assert paper.purpose is Purpose.STATUS
    draft = build_statement(sdny, TODAY)
    text = draft.body_text()
    assert "I. STATUS OF DISCOVERY" in text
    assert "MEET-AND-CONFER CONFERENCE" not in text
    assert ("1. Defendant must supplement its responses to Plaintiffs' Interrogatories 2 and 5 "
            "(due March 6, 2024): [MISSING: status of item 1") in text
    assert any(label.startswith("status of item 1") for label in draft.missing)


def test_sdny_pdf_has_no_line_numbers(sdny: Matter, tmp_path: Path) -> None:
    draft = build_statement(sdny, TODAY)
    assert not layout_for(draft.caption).line_numbers
    out = write_statement(draft, tmp_path / "s.pdf", OutputFormat.PDF)
    first = PdfReader(str(out)).pages[0].extract_text()
    assert "The Honorable Lewis J. Liman" in first
    assert "Southern District of New York" in first
    assert "Re: Alvarez v. The Hudson Group, LLC, Case No. 23-cv-3390 (LJL)" in first
    assert "Dear Judge Liman:" in first
    # pleading paper would print 1..28 down the margin, each on its own line
    lines = {ln.strip() for ln in first.splitlines()}
    assert not {"27", "28"} & lines


def test_sdny_docx_reads_back(sdny: Matter, tmp_path: Path) -> None:
    out = write_statement(build_statement(sdny, TODAY), tmp_path / "s.docx", OutputFormat.DOCX)
    doc = Document(str(out))
    texts = [p.text for p in doc.paragraphs]
    texts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    joined = "\n".join(texts)
    assert "Southern District of New York" in joined
    assert "Joint Letter re Status of Discovery" in joined
    assert "Dear Judge Liman:" in joined
    assert "Respectfully submitted," in joined
    assert "State Bar" not in joined


def test_california_districts_keep_pleading_paper() -> None:
    text = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
    statement = _ob("file_a_joint_statement", "All parties must file a joint statement",
                    "The parties shall file a joint statement within seven days.", filing=True)
    m = _matter("cand", text, (statement,), case_number="15-cv-04321-JSC")
    draft = build_statement(m, TODAY)
    assert layout_for(draft.caption).line_numbers
    assert draft.caption.filer_block[0].startswith("DANA LEE, State Bar No. [MISSING")
    assert draft.caption.court[1] == "NORTHERN DISTRICT OF CALIFORNIA"
    assert not draft.caption.is_letter


def test_a_joint_letter_is_a_letter_even_in_california() -> None:
    text = ("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
            "JACQUELINE SCOTT CORLEY\nUnited States Magistrate Judge\n")
    letter = _ob("submit_a_joint_letter", "All parties must submit a joint letter, not to "
                 "exceed five pages", "If the parties are unable to resolve the dispute, they "
                 "shall submit a joint letter, not to exceed five pages.")
    m = _matter("cand", text, (letter,), case_number="15-cv-04321-JSC")
    m = m.with_details(judge="JACQUELINE SCOTT CORLEY")
    draft = build_statement(m, TODAY)
    assert draft.caption.title == "JOINT LETTER REGARDING DISCOVERY DISPUTE"
    assert draft.caption.letter[4:8] == (
        "The Honorable Jacqueline Scott Corley", "United States Magistrate Judge",
        "United States District Court", "Northern District of California")
    assert not layout_for(draft.caption).line_numbers
    assert draft.caption.filer_block == ()
    assert "State Bar No. [MISSING: State Bar number of counsel for Defendant]" in (
        draft.to_text())
    assert draft.body_text().startswith("Dear Judge Corley:")


def test_ndcal_content_items_become_sections() -> None:
    text = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n"
    letter = _ob("submit_a_joint_letter", "All parties must submit a joint letter",
                 "they shall submit a joint letter, not to exceed five pages.")
    proposal = _ob("the_joint_letter_shall_include", "The joint letter shall include each "
                   "party's final compromise proposal", "The joint letter shall include each "
                   "party's final compromise proposal.", who=Actor.NOBODY, kind=Kind.CONTENT)
    attest = _ob("the_joint_letter_shall_attest", "The joint letter shall attest that lead "
                 "trial counsel met and conferred in person", "and shall attest that lead "
                 "trial counsel met and conferred in person.", who=Actor.NOBODY,
                 kind=Kind.CONTENT)
    m = _matter("cand", text, (letter, proposal, attest))
    assert [s.section for s in paper_for(m).sections] == [
        Section.PROPOSALS, Section.CONFERENCE, Section.AT_ISSUE]
    body = build_statement(m, TODAY).body_text()
    assert "I. FINAL COMPROMISE PROPOSALS" in body
    assert "Plaintiffs' final compromise proposal: [MISSING:" in body
    assert "II. MEET-AND-CONFER CONFERENCE" in body
    assert "III. DISCOVERY REQUESTS REMAINING AT ISSUE" in body


def test_letter_brief_and_stipulation_titles() -> None:
    brief = _ob("file_letter_brief", "All parties must file a joint discovery letter brief",
                "The parties shall file a joint discovery letter brief.", filing=True)
    m = _matter("cand", "", (brief,))
    assert build_statement(m, TODAY).caption.title == "JOINT DISCOVERY LETTER BRIEF"
    stip = _ob("file_the_joint_stipulation", "The moving party must file the joint "
               "stipulation", "The moving party shall file the joint stipulation on or before "
               "January 29, 2016.", filing=True, fixed=date(2016, 1, 29))
    m = _matter("cacd", "Defendants' motion to compel further responses [31] is DENIED.",
                (stip,), title="Order re: defendants' motion to compel [31]")
    draft = build_statement(m, TODAY)
    assert draft.caption.title == "JOINT STIPULATION REGARDING DEFENDANTS' MOTION TO COMPEL"
    assert draft.caption.short_title == "Joint Stipulation re Defendants' Motion to Compel"


def test_status_report_in_ndill_with_division() -> None:
    text = ("UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF ILLINOIS\n"
            "Eastern Division\nParties shall file a joint status report by 4/25/2024.\n")
    report = _ob("file_a_joint_status_report", "All parties must file a joint status report",
                 "Parties shall file a joint status report by 4/25/2024.", filing=True,
                 fixed=date(2024, 4, 25))
    m = _matter("ilnd", text, (report,), plaintiff="Plaintiff", defendant="Defendants")
    draft = build_statement(m, TODAY)
    # the order's caption says "FOR THE ...": so does the paper's
    assert draft.caption.court == ("IN THE UNITED STATES DISTRICT COURT",
                                   "FOR THE NORTHERN DISTRICT OF ILLINOIS", "EASTERN DIVISION")
    assert draft.caption.title == "JOINT STATUS REPORT"
    text = draft.to_text()
    # names only the import's placeholders: the caption asks for them, the prose says the role
    assert "[MISSING: plaintiff's name]" in text
    assert "Plaintiff Plaintiff" not in text
    assert "Defendant Defendants" not in text


def test_dnj_joint_letter_from_a_long_ordered_paragraph() -> None:
    sentence = ("This matter having come before the Court by way of the parties' joint letter "
                "dated May 3, 2023; ORDERED that the parties shall meet and confer regarding "
                "the remaining interrogatories and, if they cannot resolve the dispute, shall "
                "submit a joint letter not to exceed five pages within fourteen (14) days.")
    ob = _ob("meet_and_confer_regarding_the", "All parties must meet and confer regarding the "
             "remaining interrogatories and, if they cannot resolve the dispute, shall submit "
             "a joint letter not to exceed five pages", sentence)
    m = _matter("njd", "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n", (ob,),
                case_number="21-14502 (ZNQ)")
    draft = build_statement(m, TODAY)
    assert draft.caption.court[1] == "DISTRICT OF NEW JERSEY"
    assert draft.caption.title == "JOINT LETTER REGARDING DISCOVERY DISPUTE"
    body = draft.body_text()
    assert "I. MEET-AND-CONFER CONFERENCE" in body
    assert "II. STATUS OF THE DISCOVERY DISPUTE" in body


BANKR_TEXT = """UNITED STATES BANKRUPTCY COURT
SOUTHERN DISTRICT OF TEXAS
HOUSTON DIVISION
IN RE: GULF COAST MARINE SUPPLY, LLC,   §   Case No. 25-31877 (CML)
"""


def test_bankruptcy_court_caption_and_in_re_block() -> None:
    confer = _ob("confer", "All parties must confer in person or by telephone",
                 "counsel shall confer in person or by telephone.", kind=Kind.DUTY)
    m = _matter("txsd", BANKR_TEXT, (confer,), case_number="25-31877 (CML)",
                plaintiff="IN RE: GULF COAST MARINE SUPPLY, LLC, § Debtor. ________________§ "
                          "LONE STAR CAPITAL PARTNERS, LP",
                defendant="GULF COAST MARINE SUPPLY, LLC")
    style = court_style(m)
    assert style.kind == CourtKind.BANKRUPTCY
    assert style.court_name == "United States Bankruptcy Court, Southern District of Texas"
    draft = build_statement(m, TODAY)
    assert draft.caption.court == ("UNITED STATES BANKRUPTCY COURT",
                                   "SOUTHERN DISTRICT OF TEXAS", "HOUSTON DIVISION")
    lines = [ln.text for ln in draft.caption.parties]
    assert lines[:3] == ["In re GULF COAST MARINE SUPPLY, LLC,", "Debtor.",
                         "LONE STAR CAPITAL PARTNERS, LP,"]
    text = draft.to_text()
    assert "§" not in text
    assert "Debtor. ____" not in text
    assert "Plaintiff LONE STAR CAPITAL PARTNERS, LP, proceeding pro se" in text


def test_prisoner_number_label_follows_the_state() -> None:
    m = _matter("txed", "", (), plaintiff="JOHN DOE")
    pro_se = Party("plaintiff", "JOHN DOE", Role.PLAINTIFF, inmate_number="01234567",
                   address="Coffield Unit\nTennessee Colony, TX 75884")
    m = m.with_details(parties=(pro_se, m.parties[1]))
    text = build_statement(m, TODAY).to_text()
    assert "TDCJ No. 01234567" in text
    assert "CDCR" not in text


def test_sample_keeps_its_ed_cal_form() -> None:
    from meetconfer_gui.domain.sample import sample_matter

    draft = build_statement(sample_matter(), date(2017, 10, 26))
    assert draft.caption.title == "JOINT STATEMENT REGARDING MEET-AND-CONFER CONFERENCE"
    assert draft.caption.court[1] == "EASTERN DISTRICT OF CALIFORNIA"
    assert layout_for(draft.caption).line_numbers
    assert draft.caption.ecf_line.startswith("(ECF Nos.")


def test_ics_carries_the_court_time_zone_and_the_stated_time(sdny: Matter) -> None:
    from icalendar import Calendar

    export = build_calendar(compute_schedule(sdny, TODAY), alarm_days=())
    cal: Any = Calendar.from_ical(export.data)
    assert str(cal["X-WR-TIMEZONE"]) == "America/New_York"
    events: dict[str, Any] = {str(e["X-MEETCONFER-OBLIGATION"]): e
                              for e in cal.walk("VEVENT")}
    letter = events["submit_a_joint_letter_updating"]
    start = letter["DTSTART"]
    assert start.params.get("TZID") == "America/New_York"
    assert start.dt.hour == 17 and start.dt.date() == date(2024, 3, 22)
    assert "Joint Letter" in str(letter["SUMMARY"]) or "joint letter" in str(letter["SUMMARY"])
    supplement = events["supplement_its_responses"]
    assert supplement["DTSTART"].dt == date(2024, 3, 6)
    assert "Eastern" in str(supplement["DESCRIPTION"])
    assert any(c.name == "VTIMEZONE" for c in cal.subcomponents)


def test_ics_chicago_for_ndill() -> None:
    from icalendar import Calendar

    report = _ob("file_a_joint_status_report", "All parties must file a joint status report",
                 "Parties shall file a joint status report by 4/25/2024.", filing=True,
                 fixed=date(2024, 4, 25))
    m = _matter("ilnd", "", (report,))
    cal: Any = Calendar.from_ical(build_calendar(compute_schedule(m, TODAY)).data)
    assert str(cal["X-WR-TIMEZONE"]) == "America/Chicago"
    (event,) = cal.walk("VEVENT")
    assert event["DTSTART"].dt == date(2024, 4, 25)
    assert "Central" in str(event["DESCRIPTION"])


def test_report_names_the_court_and_the_matters_items(sdny: Matter) -> None:
    import io

    pdf = render_report(compute_schedule(sdny, TODAY))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Southern District of New York" in text
    assert "supplement its responses" in text
    assert "joint letter" in text
    assert "motion to compel" not in text.lower()


def test_report_bankruptcy_court_name() -> None:
    import io

    confer = _ob("confer", "All parties must confer in person or by telephone",
                 "counsel shall confer in person or by telephone.", kind=Kind.DUTY)
    m = _matter("txsd", BANKR_TEXT, (confer,))
    pdf = render_report(compute_schedule(m, TODAY))
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "United States Bankruptcy Court, Southern District of Texas" in text


@pytest.mark.parametrize(("path", "court", "title"), [
    ("orders/sdny_conference_order.txt", "SOUTHERN DISTRICT OF NEW YORK", "JOINT LETTER"),
    ("orders/ndill_minute_entry.txt", "NORTHERN DISTRICT OF ILLINOIS", "JOINT STATUS REPORT"),
    ("orders_heldout10/bankr_sdtex_adversary_table.txt", "SOUTHERN DISTRICT OF TEXAS",
     "JOINT STATEMENT"),
])
def test_imported_orders_end_to_end(path: str, court: str, title: str, tmp_path: Path) -> None:
    from meetconfer_gui.importer.extract import import_order
    from meetconfer_gui.importer.review import matter_from_import

    order_text, result = import_order(str(ORDERS / path))
    m = matter_from_import(result, order_text.text, result.obligations, today=TODAY)
    draft = build_statement(m, TODAY)
    assert any(court in line for line in draft.caption.court)
    assert draft.caption.title.startswith(title)
    out = write_statement(draft, tmp_path / "s.pdf", OutputFormat.PDF)
    first = PdfReader(str(out)).pages[0].extract_text()
    assert court.lower() in first.lower()
    assert "State Bar" not in first
    assert "L.R. 131" not in draft.to_text()


def test_motion_named_as_the_order_names_it() -> None:
    text = ("Seabreeze Yachts, LLC (Seabreeze) moves to compel. (Doc. 33).\n"
            "(1) Seabreeze's motion to compel (Doc. 33) is GRANTED in part.\n"
            "(3) Within 14 days of entry of this order, the parties must confer in person or "
            "by videoconference about the remaining requests and must file a joint notice "
            "stating the outcome.\n")
    notice = _ob("file_a_joint_notice", "All parties must file a joint notice stating the "
                 "outcome", "the parties must confer in person or by videoconference about the "
                 "remaining requests and must file a joint notice stating the outcome.",
                 filing=True)
    m = _matter("flmd", text, (notice,), case_name="Gulf Coast Marine Supply, Inc. V. "
                "Seabreeze Yachts, Llc", case_number="8:23-cv-02210-TPB-AAS")
    m = m.with_details(motion_ecf=33)
    draft = build_statement(m, TODAY)
    assert draft.caption.title == "JOINT NOTICE REGARDING SEABREEZE'S MOTION TO COMPEL"
    text_out = draft.to_text()
    assert "regarding Seabreeze's motion to compel (ECF No. 33)" in text_out
    assert "Defendants' motion to compel" not in text_out
    assert "Gulf Coast Marine Supply, Inc. v. Seabreeze Yachts, LLC" in text_out


def test_a_motion_not_yet_filed_is_not_the_subject() -> None:
    text = ("If the dispute remains, the Defendant may file its motion to compel no later "
            "than 21 days before the final pretrial conference. Counsel shall confer again "
            "and, by March 27, 2026, file a joint status report stating whether any part of "
            "the dispute remains.")
    report = _ob("confer_again", "All parties must confer again after the production and file "
                 "a joint status report stating whether any part of the dispute remains",
                 text.split(". ")[1], filing=True, fixed=date(2026, 3, 27))
    m = _matter("med", text, (report,), signed=date(2026, 3, 9))
    draft = build_statement(m, date(2026, 3, 10))
    body = draft.body_text()
    assert draft.caption.title == "JOINT STATUS REPORT"
    assert "motion to compel" not in draft.to_text()
    assert "STATUS OF THE DISCOVERY DISPUTE" in body


def test_joint_status_letter_keeps_the_orders_name() -> None:
    sentence = ("To the extent any dispute remains after the meet and confer, the Parties shall "
                "file a joint status letter, not to exceed five (5) pages.")
    ob = _ob("file_a_joint_status_letter", "All parties must file a joint status letter",
             sentence, filing=True)
    m = _matter("ded", sentence, (ob,))
    assert paper_for(m).name == "Joint Status Letter"
    assert build_statement(m, TODAY).caption.title.startswith("JOINT STATUS LETTER")


def test_bankruptcy_case_in_re_caption() -> None:
    head = """                  IN THE UNITED STATES BANKRUPTCY COURT
                       FOR THE DISTRICT OF DELAWARE

In re:                                          )   Chapter 11
                                                )
HARBORLINE LOGISTICS HOLDINGS, INC., et al.,1   )   Case No. 25-11482 (CTG)
                                                )
                         Debtors.               )   (Jointly Administered)

Upon consideration of the Motion of the Official Committee of Unsecured Creditors (the
"Committee") to Compel the Production of Documents from the Debtors [D.I. 612].
"""
    m = _matter("ded", head, (), case_name="", case_number="25-11482 (CTG)")
    m = m.with_details(motion_ecf=612)
    draft = build_statement(m, TODAY)
    assert draft.caption.court[:2] == ("IN THE UNITED STATES BANKRUPTCY COURT",
                                       "FOR THE DISTRICT OF DELAWARE")
    assert [ln.text for ln in draft.caption.parties] == [
        "In re:", "HARBORLINE LOGISTICS HOLDINGS, INC., et al.,", "Debtors."]
    assert draft.caption.right_column[:3] == ("Chapter 11", "Case No. 25-11482 (CTG)",
                                              "(Jointly Administered)")
    assert ("the Official Committee of Unsecured Creditors' motion to compel (ECF No. 612)"
            in draft.to_text())


def test_calendar_and_report_print_clean_case_names() -> None:
    import io

    from icalendar import Calendar

    confer = _ob("confer", "All parties must confer in person or by telephone",
                 "counsel shall confer in person or by telephone by March 8, 2024.",
                 kind=Kind.DEADLINE, fixed=date(2024, 3, 8))
    name = ("In Re: Gulf Coast Marine Supply, Llc, § Debtor. ______________§ Lone Star Capital "
            "Partners, Lp V. Gulf Coast Marine Supply, Llc")
    m = _matter("txsd", BANKR_TEXT, (confer,), case_name=name)
    cal: Any = Calendar.from_ical(build_calendar(compute_schedule(m, TODAY)).data)
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]).startswith(
        "Lone Star Capital Partners, LP v. Gulf Coast Marine Supply, LLC: ")
    pdf = render_report(compute_schedule(m, TODAY))
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Lone Star Capital Partners, LP v. Gulf Coast Marine Supply, LLC" in text
    assert "§" not in text


def test_report_names_the_motion_as_the_order_does() -> None:
    import io

    text = "(1) Seabreeze's motion to compel (Doc. 33) is GRANTED in part."
    m = _matter("flmd", text, (SDNY_SUPPLEMENT,)).with_details(motion_ecf=33)
    pdf = render_report(compute_schedule(m, TODAY))
    page = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Seabreeze's motion to compel, ECF No. 33" in page
    assert "Defendants' motion to compel" not in page


def test_an_imports_generic_counsel_is_a_gap_not_a_name() -> None:
    m = _matter("med", "", (SDNY_LETTER,))
    generic = Party("defendants", "ACME CORP.", Role.DEFENDANT, counsel="Defense counsel")
    m = m.with_details(parties=(m.parties[0], generic))
    draft = build_statement(m, TODAY)
    text = draft.to_text()
    assert "/s/ Defense counsel" not in text
    assert "DEFENSE COUNSEL" not in text
    assert "/s/ [MISSING: name of counsel for Defendant]" in text


@pytest.mark.parametrize(("head", "number", "label"), [
    ("Plaintiff,               Civil Action No. 21-14502 (ZNQ) (TJB)", "21-14502 (ZNQ) (TJB)",
     "Civil Action No."),
    ("v.          §      CIVIL ACTION NO. 2:24-cv-00611-JRG-RSP", "2:24-cv-00611-JRG-RSP",
     "Civil Action No."),
    ("     v.                )     No. 2:25-cv-00418-JAW", "2:25-cv-00418-JAW", "No."),
    ("v.                        Case No.: 1:23-cv-02291", "1:23-cv-02291", "Case No."),
    ("", "23-cv-3390 (LJL)", "Case No."),
])
def test_case_number_label_as_the_orders_caption_prints_it(head: str, number: str,
                                                           label: str) -> None:
    m = _matter("njd", f"UNITED STATES DISTRICT COURT\n{head}\n", (SDNY_LETTER,),
                case_number=number)
    letter = build_statement(m, TODAY).caption.letter
    assert f"Re: Alvarez v. The Hudson Group, LLC, {label} {number}" in letter
    plain = _matter("njd", f"UNITED STATES DISTRICT COURT\n{head}\n", (), case_number=number)
    assert build_statement(plain, TODAY).caption.case_line == f"{label} {number}"


def test_adversary_proceeding_number_under_the_case_number() -> None:
    head = """UNITED STATES BANKRUPTCY COURT
SOUTHERN DISTRICT OF TEXAS
IN RE:                                      §
GULF COAST MARINE SUPPLY, LLC,              §     CASE NO. 25-31877 (CML)
                                            §     CHAPTER 11
          Debtor.                           §
LONE STAR CAPITAL PARTNERS, LP,             §
          Plaintiff,                        §
v.                                          §     ADVERSARY NO. 25-03112
GULF COAST MARINE SUPPLY, LLC,              §
          Defendant.                        §
"""
    m = _matter("txsd", head, (), case_number="25-31877 (CML)",
                case_name="Lone Star Capital Partners, LP v. Gulf Coast Marine Supply, LLC")
    cap = build_statement(m, TODAY).caption
    assert cap.right_column[:3] == ("Chapter 11", "Case No. 25-31877 (CML)",
                                    "Adv. Pro. No. 25-03112")


def test_the_orders_page_limit_is_a_warning() -> None:
    letter = _ob("submit_a_joint_letter", "All parties must submit a joint letter, not to "
                 "exceed five pages", "If the parties are unable to resolve the dispute, they "
                 "shall submit a joint letter, not to exceed five (5) pages.")
    m = _matter("cand", "", (letter,))
    assert paper_for(m).page_limit == 5
    draft = build_statement(m, TODAY)
    assert any("limits the joint letter to 5 pages" in w for w in draft.warnings)


def test_joint_discovery_letter_title_is_not_repeated() -> None:
    letter = _ob("file_a_joint_discovery_letter", "All parties must file a joint discovery "
                 "letter", "The parties shall file a joint discovery letter within five days.",
                 filing=True)
    m = _matter("cand", "The parties shall file a joint discovery letter.", (letter,))
    draft = build_statement(m, TODAY)
    assert draft.caption.title == "JOINT DISCOVERY LETTER"
    assert draft.caption.short_title == "Joint Discovery Letter"


def test_cli_import_then_statement_ics_report(tmp_path: Path, capsys: Any) -> None:
    """The user's path: import an S.D.N.Y. order into a matter, then the three documents."""
    from icalendar import Calendar

    from tests.unit.cli.helpers import run_cli

    data = str(tmp_path / "data")
    order = str(ORDERS / "orders" / "sdny_conference_order.txt")
    status, out, _ = run_cli(capsys, "--data-dir", data, "matter", "new", "--import-order",
                             order)
    assert status == 0
    mid = out.strip()
    text_file = tmp_path / "s.txt"
    status, _, err = run_cli(capsys, "--data-dir", data, "statement", "--matter", mid,
                             "--text", str(text_file), "--date", "2024-03-20")
    assert status == 0
    text = text_file.read_text(encoding="utf-8")
    assert "United States District Judge" in text
    assert "Southern District of New York" in text
    assert "Dear Judge Liman:" in text
    assert "L.R. 131" not in text
    assert "missing:" in err
    ics_file = tmp_path / "d.ics"
    assert run_cli(capsys, "--data-dir", data, "ics", "--matter", mid, "-o",
                   str(ics_file))[0] == 0
    cal: Any = Calendar.from_ical(ics_file.read_bytes())
    assert str(cal["X-WR-TIMEZONE"]) == "America/New_York"
    assert any("joint letter" in str(e["SUMMARY"]).lower() for e in cal.walk("VEVENT"))
    pdf_file = tmp_path / "r.pdf"
    assert run_cli(capsys, "--data-dir", data, "report", "--matter", mid, "--pdf",
                   str(pdf_file))[0] == 0
    first = " ".join(PdfReader(str(pdf_file)).pages[0].extract_text().split())
    assert "Southern District of New York" in first


def test_court_title_follows_the_orders_form() -> None:
    text = ("IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF TEXAS\n"
            "MARSHALL DIVISION\n")
    m = _matter("txed", text, ())
    assert build_statement(m, TODAY).caption.court == (
        "IN THE UNITED STATES DISTRICT COURT", "FOR THE EASTERN DISTRICT OF TEXAS",
        "MARSHALL DIVISION")
    plain = _matter("nysd", SDNY_TEXT, ())
    assert build_statement(plain, TODAY).caption.court[0] == "UNITED STATES DISTRICT COURT"


def test_pleading_line_numbers_in_the_order_text_are_not_words() -> None:
    text = ("20   rights action under 42 U.S.C. § 1983. Currently before the Court is "
            "Defendants\u2019 motion\n21   to compel, filed December 20, 2024. (ECF No. 49.)\n")
    m = _matter("caed", text, (), case_number="1:23-cv-00812-BAM (PC)")
    m = m.with_details(motion_ecf=49)
    assert "regarding Defendants' motion to compel (ECF No. 49)" in (
        build_statement(m, TODAY).to_text())


def test_edtex_notice_of_dispute_is_the_moving_partys_paper() -> None:
    text = ("IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF TEXAS\n"
            "MARSHALL DIVISION\n")
    notice = _ob("file_a_notice_of_the", "The moving party must file a notice of the dispute "
                 "not to exceed three pages", "(b) If the dispute is not resolved, the party "
                 "seeking relief shall, within seven (7) days after the conference, file a "
                 "notice of the dispute not to exceed three pages.", filing=True)
    m = _matter("txed", text, (notice,), case_number="2:24-cv-00611-JRG-RSP")
    paper = paper_for(m)
    assert paper.kind is PaperKind.NOTICE_OF_DISPUTE and not paper.joint
    assert paper.page_limit == 3
    draft = build_statement(m, TODAY)
    assert draft.caption.title == "NOTICE OF DISCOVERY DISPUTE"
    assert [s.party_id for s in draft.signatures] == ["defendants"]
    body = draft.body_text()
    assert "THE HUDSON GROUP, LLC, through counsel, submits this Notice of Discovery Dispute" in (
        body)
    assert "DISCOVERY REQUESTS REMAINING AT ISSUE" in body
    assert "Joint" not in draft.to_text()
