"""From an import to a matter: caption, court, parties and dates (importer/review.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.matter import UNKNOWN_COUNSEL, Party, Role
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.domain.sample import sample_order_text
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.export.statement import build_statement
from meetconfer_gui.importer import OrderText, extract
from meetconfer_gui.importer.extract import import_order
from meetconfer_gui.importer.metadata import (
    Represented,
    display_case_name,
    district_code,
    representation,
)
from meetconfer_gui.importer.review import court_event_date, court_of, matter_from_import
from meetconfer_gui.storage.codec import dumps, loads

ORDERS = Path(__file__).parent
TODAY = date(2026, 11, 30)


def matter_of(path: str, **kwargs: object):
    order, result = import_order(ORDERS / path)
    return matter_from_import(result, order.text, result.obligations, today=TODAY,
                              **kwargs)  # type: ignore[arg-type]


def caption_of(path: str):
    return import_order(ORDERS / path)[1].caption


# --- the caption: case name and number ------------------------------------------------------
@pytest.mark.parametrize(("path", "number", "name"), [
    # S.D.N.Y.: number in the right column, "-against-" / "-v-" on a line of their own
    ("orders_heldout/sdny_initial_conference.txt", "25-cv-1187 (JHR)",
     "PRIYA RAMANATHAN v. HARBORVIEW CAPITAL MANAGEMENT LP"),
    ("orders/sdny_conference_order.txt", "23-cv-3390 (LJL)",
     "ALVAREZ, et al. v. THE HUDSON GROUP, LLC"),
    # N.D. Ill. notification of docket entry: "Case No.: 1:23-cv-02291", no caption marks
    ("orders/ndill_minute_entry.txt", "1:23-cv-02291", "Tamika Reynolds v. Walgreen Co."),
    # D. Me.: ")" borders
    ("orders_heldout11/dme_procedural_order_weeks.txt", "2:25-cv-00418-JAW",
     "CASCO BAY LOBSTER CO-OP v. ATLANTIC REFRIGERATION SERVICES, INC."),
    # D.N.J.: both judges' initials stay with the number
    ("orders/dnj_letter_order.txt", "21-14502 (ZNQ) (TJB)",
     "GARDEN STATE PHARMACY, LLC v. OPTUMRX, INC."),
    # a letter order's "Re:" block
    ("orders_heldout/dnj_numbered_letter_order.txt", "24-4415 (EP) (JSA)",
     "Kessler Pharmaceuticals, Inc. v. Arcturus Generics LLC"),
    # S.D. Ohio ":" borders; an adversary proceeding under its debtor
    ("orders_heldout5/sdohio_roman_caps.txt", "1:24-cv-00611",
     "QUEEN CITY BREWING CO. v. OHIO VALLEY CANNING, INC."),
    ("orders_heldout10/bankr_sdtex_adversary_table.txt", "25-31877 (CML)",
     "LONE STAR CAPITAL PARTNERS, LP v. GULF COAST MARINE SUPPLY, LLC"),
    # columns lost: the title "ORDER" ran into the parties' lines
    ("orders_heldout6/dariz_bullets.txt", "CV-25-00102-PHX-SMB",
     "Hohokam Water Systems, Inc. v. Superstition Pump Co."),
    ("orders_heldout3/cdcal_rendered_pdf.lines", "5:24-cv-02210-SSS-SHK",
     "GLORIA NAVARRO v. INLAND EMPIRE HOSPITALITY, INC."),
    # C.D. Cal. minutes "Title:"; the ECF page header's number on an endorsement
    ("orders_heldout/cdcal_idc_minutes.txt", "2:24-cv-08812-MAR",
     "Delgado v. Sunridge Health Partners, LLC"),
    ("orders/sdny_endorsement.txt", "1:16-cv-02345-KHP", None),
])
def test_caption_case_name_and_number(path, number, name):
    cap = caption_of(path)
    assert cap.case_number == number
    assert cap.case_name == name


def test_captions_read_before_stay_as_they_were():
    assert caption_of("orders/sample_pdf_copy.txt").case_name == \
        "MERRICK JOSE MOORE v. GIPSON, et al."
    assert caption_of("orders/status_report.txt").case_name == \
        "Roberto Alvarez v. Charles Ryan, et al."


def test_matter_is_named_after_the_case_not_the_file():
    m = matter_of("orders_heldout/sdny_initial_conference.txt")
    assert m.name == m.case_name == "Priya Ramanathan v. Harborview Capital Management LP"
    assert m.case_number == "25-cv-1187 (JHR)"
    assert m.judge == "Jennifer H. Rearden"


@pytest.mark.parametrize(("caps", "shown"), [
    ("KEISHA MONROE v. SUNSHINE STATE BANK, N.A.", "Keisha Monroe v. Sunshine State Bank, N.A."),
    ("RED DIRT MIDSTREAM PARTNERS, L.P. v. CIMARRON VALVE & FITTING CO.",
     "Red Dirt Midstream Partners, L.P. v. Cimarron Valve & Fitting Co."),
    ("JOHN K. LARKINS III v. THE UNITED STATES OF AMERICA",
     "John K. Larkins III v. The United States of America"),
    ("JOHN O'BRIEN v. MCDONALD'S CORP.", "John O'Brien v. McDonald's Corp."),
    ("ANNA MACHADO v. CVS PHARMACY, INC., et al.", "Anna Machado v. CVS Pharmacy, Inc., et al."),
    ("OSCAR MENDEZ-RUIZ v. USA", "Oscar Mendez-Ruiz v. USA"),
    ("CORN BELT BIOFUELS, L.L.C. v. ACME LLC", "Corn Belt Biofuels, L.L.C. v. Acme LLC"),
    # mixed case is the order's own spelling: kept
    ("Roberto Alvarez v. Charles Ryan, et al.", "Roberto Alvarez v. Charles Ryan, et al."),
    ("eBay Inc. v. MercExchange, L.L.C.", "eBay Inc. v. MercExchange, L.L.C."),
])
def test_all_caps_names_are_title_cased_with_care(caps, shown):
    assert display_case_name(caps) == shown


def test_a_word_the_order_spells_in_mixed_case_keeps_that_spelling():
    m = matter_of("orders/dnj_letter_order.txt")
    text = import_order(ORDERS / "orders/dnj_letter_order.txt")[0].text
    if "OptumRx" in text:
        assert m.case_name == "Garden State Pharmacy, LLC v. OptumRx, Inc."
    assert display_case_name("ELIZABETH D. LAPORTE", "Judge LaPorte") == "Elizabeth D. LaPorte"
    assert display_case_name("GARDEN STATE v. OPTUMRX, INC.", "OptumRx's responses") == \
        "Garden State v. OptumRx, Inc."


# --- the court ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    ("S.D.N.Y.", "nysd"), ("SDNY", "nysd"), ("N.D. Cal.", "cand"), ("D.N.J.", "njd"),
    ("D. Me.", "med"), ("N.D. Ill.", "ilnd"), ("E.D.N.Y.", "nyed"),
    ("UNITED STATES BANKRUPTCY COURT, DISTRICT OF DELAWARE", "ded"),
    ("United States District Court for the District of Kansas", "ksd"),
    ("Eastern District of Arkansas", "ared"),
    ("https://ecf.nysb.uscourts.gov/", "nysd"),
    ("see Smith v. Jones, 2019 WL 1 (S.D.N.Y. 2019)", None),
    ("In the United States Court of Federal Claims", None),
])
def test_district_names_and_abbreviations(text, code):
    assert district_code(text) == code


def test_a_notice_of_docket_entry_names_its_district_without_the_banner():
    cap = caption_of("orders/ndill_minute_entry.txt")
    assert cap.court == "Northern District of Illinois"
    assert matter_of("orders/ndill_minute_entry.txt").district_code == "ilnd"


def test_a_district_abbreviation_at_the_top_names_the_court():
    text = ("SDNY\nORDER\n\nThe parties shall file a joint letter within seven (7) days of the "
            "date of this Order.\n\nSO ORDERED.\nDated: March 3, 2025\n")
    order = OrderText.from_string(text)
    result = extract(order)
    assert court_of(result, order.text) == "nysd"


def test_an_unknown_court_is_none_until_someone_chooses():
    order, result = import_order(ORDERS / "orders/edcal_briefing.txt")
    assert court_of(result, order.text) is None
    chosen = matter_from_import(result, order.text, result.obligations, today=TODAY,
                                district_code="nysd")
    assert chosen.district_code == "nysd"


def test_the_sample_order_is_e_d_cal():
    order = OrderText.from_string(sample_order_text())
    assert court_of(extract(order), order.text) == "caed"


# --- the parties ----------------------------------------------------------------------------
def parties(path: str, **kwargs: object) -> dict[Role, Party]:
    return {p.role: p for p in matter_of(path, **kwargs).parties}


def test_a_pro_se_plaintiff_as_the_order_says():
    ps = parties("orders_heldout5/edcal_prisoner_osc.txt")
    assert ps[Role.PLAINTIFF].pro_se
    said = representation("Plaintiff, proceeding pro se, filed a motion. Counsel for "
                          "Defendants shall respond.")
    assert said["plaintiff"].status is Represented.PRO_SE
    assert said["defendant"].status is Represented.COUNSEL
    assert representation("The pro se plaintiff shall file.")["plaintiff"].status is \
        Represented.PRO_SE


def test_counsel_named_in_signature_blocks():
    ps = parties("orders_heldout7/ndcal_stipulation_and_order.txt")
    assert (ps[Role.PLAINTIFF].counsel, ps[Role.PLAINTIFF].firm) == ("Anita Patel",
                                                                     "Rosen & Patel LLP")
    assert ps[Role.DEFENDANT].counsel == "Daniel Grayson"
    assert not ps[Role.PLAINTIFF].pro_se


def test_counsel_mentioned_but_not_named_is_a_gap_not_pro_se():
    ps = parties("orders_heldout11/dme_procedural_order_weeks.txt")
    assert not ps[Role.PLAINTIFF].pro_se and ps[Role.PLAINTIFF].representation_known
    assert ps[Role.PLAINTIFF].counsel == "Plaintiff's counsel"
    assert ps[Role.DEFENDANT].counsel == "Defense counsel"


def test_an_order_that_says_nothing_leaves_representation_unknown():
    ps = parties("orders_heldout3/dnev_tabs_caps.txt")
    for p in ps.values():
        assert p.counsel == UNKNOWN_COUNSEL and not p.representation_known and not p.pro_se
        assert "not known" in p.represented_by


def test_the_users_own_side_fills_the_gap():
    mine = parties("orders_heldout3/dnev_tabs_caps.txt", perspective=Perspective.PLAINTIFF)
    assert mine[Role.PLAINTIFF].pro_se
    assert not mine[Role.DEFENDANT].representation_known
    defense = parties("orders_heldout3/dnev_tabs_caps.txt", perspective=Perspective.DEFENSE)
    assert defense[Role.DEFENDANT].counsel == "Defense counsel"
    assert not defense[Role.PLAINTIFF].representation_known


def test_unknown_representation_is_a_gap_in_the_statement_not_a_pro_se_page():
    m = matter_of("orders_heldout3/dnev_tabs_caps.txt")
    draft = build_statement(m, TODAY)
    labels = [g.label for g in draft.gaps]
    assert any(label.startswith("who represents Plaintiff") for label in labels)
    assert draft.signature_pages == ()  # no pro se page for a party nobody called pro se
    assert draft.served_by_mail == ()  # and no certificate of service by mail


def test_the_sample_orders_matter_is_unchanged():
    order = OrderText.from_string(sample_order_text())
    result = extract(order)
    m = matter_from_import(result, order.text, result.obligations, today=TODAY)
    plaintiff, defendants = m.parties
    assert (plaintiff.name, plaintiff.counsel) == ("Plaintiff", "")
    assert (defendants.name, defendants.counsel) == ("Defendants", "Defense counsel")
    assert [s.method.value for s in m.order.service] == ["electronic", "mail"]
    assert m.district_code == "caed" and m.name == "Imported order of October 04, 2017"


def test_a_matter_with_unknown_counsel_round_trips_and_old_parties_load():
    m = matter_of("orders_heldout3/dnev_tabs_caps.txt")
    again = loads(dumps(m))
    assert again.parties == m.parties
    old = Party("plaintiff", "Jane Doe", Role.PLAINTIFF)
    assert old.pro_se and old.representation_known


# --- dates counted from the court's conference ----------------------------------------------
def test_periods_before_the_conference_the_order_sets_are_dated():
    m = matter_of("orders_heldout/sdny_initial_conference.txt")
    s = compute_schedule(m, date(2025, 3, 5))
    due = {it.obligation.title: it.due for it in s.items}
    letter = next(t for t in due if "joint letter" in t)
    assert due[letter] == date(2025, 4, 1)  # seven days before Tue Apr 8, 2025
    confer = next(t for t in due if t.endswith("confer"))
    assert due[confer] == date(2025, 3, 18)  # 21 days before Apr 8, 2025


def test_two_conference_dates_leave_the_period_undated():
    text = ("The Court will hold a status conference on May 5, 2025. A settlement conference is "
            "set for June 9, 2025. The initial conference held on February 3, 2025 is not "
            "repeated.\n\nSO ORDERED.\nDated: March 3, 2025\n")
    items = extract(OrderText.from_string(text)).obligations
    assert court_event_date(items, "before the conference", date(2025, 3, 3)) is None
    one = extract(OrderText.from_string(text.replace(
        "A settlement conference is set for June 9, 2025. ", ""))).obligations
    assert court_event_date(one, "before the conference", date(2025, 3, 3)) == date(2025, 5, 5)


def test_judges_and_names_read_with_care():
    assert import_order(ORDERS / "orders_heldout7/edva_ordered_further.txt")[1].judge == \
        "William B. Porter"  # not "Alexandria, Virginia William B. Porter"
    assert display_case_name("DOUGLAS F. McCORMICK") == "Douglas F. McCormick"
    assert display_case_name("SUMMIT DENTAL SUPPLY CO. and ALPINE CLEAR ALIGNER, INC.") == \
        "Summit Dental Supply Co. and Alpine Clear Aligner, Inc."
    assert display_case_name("DAVID R. HERZOG, not individually but as chapter 7 trustee v. "
                             "SHEBOYGAN BOAT WORKS, LLC") == \
        "David R. Herzog v. Sheboygan Boat Works, LLC"
    assert display_case_name("In re: LAKE MICHIGAN MARINE SUPPLY, INC.") == \
        "In re Lake Michigan Marine Supply, Inc."


def test_a_court_of_appeals_order_is_no_district_courts():
    order, result = import_order(ORDERS / "orders_heldout18/ca9_mediation_assessment_order.txt")
    assert result.order_date == date(2026, 3, 18)  # the clerk's "FILED / MAR 18 2026" stamp
    assert result.caption.court == "UNITED STATES COURT OF APPEALS, FOR THE NINTH CIRCUIT"
    # "D.C. No. ... District of Oregon" is where the case came from, not the court
    assert court_of(result, order.text) is None
    assert result.caption.case_name == \
        "CASCADE TIMBER HOLDINGS, LLC v. WILLAMETTE MILLWORKS, INC."


@pytest.mark.parametrize(("text", "plaintiff", "defendant"), [
    # a rule for any party, or a judge named Prose, says nothing about this case's parties
    ("The report shall be signed by counsel for every party and by any party proceeding pro "
     "se.", Represented.UNKNOWN, Represented.UNKNOWN),
    ("Magistrate Judge Susan Prose will hold the conference.", Represented.UNKNOWN,
     Represented.UNKNOWN),
    ("Plaintiff is a state prisoner proceeding pro se and in forma pauperis.",
     Represented.PRO_SE, Represented.UNKNOWN),
    ("Defense counsel is directed to contact Plaintiff by telephone.", Represented.PRO_SE,
     Represented.COUNSEL),
    ("Defense counsel shall contact Plaintiff's counsel.", Represented.COUNSEL,
     Represented.COUNSEL),
    ("Counsel for all parties are directed to confer.", Represented.COUNSEL,
     Represented.COUNSEL),
    ("Counsel for all parties shall confer. Defendant, appearing pro se, shall file.",
     Represented.COUNSEL, Represented.PRO_SE),
])
def test_representation_from_the_orders_words(text, plaintiff, defendant):
    said = representation(text)
    assert (said["plaintiff"].status, said["defendant"].status) == (plaintiff, defendant)


@pytest.mark.parametrize(("head", "code"), [
    ("CM/ECF LIVE - U.S. District Court for the Northern District of Illinois", "ilnd"),
    ("Activity in Case 1:24-cv-01234 Doe v. Roe Order -- U.S. District Court for the Eastern "
     "District of New York", "nyed"),
    ("U.S. Bankruptcy Court\nSouthern District of New York (Manhattan)", "nysd"),
    ("Case 3:24-cv-01234-JD (N.D. Cal.)", "cand"),
    ("The United States District Court for the District of Oregon held as much in 2019.", None),
])
def test_a_docket_header_names_the_court(head, code):
    text = (f"{head}\n\nORDER\n\nThe parties shall file a joint letter within seven (7) days "
            "of the date of this Order.\n\nSO ORDERED.\nDated: March 3, 2025\n")
    order = OrderText.from_string(text)
    assert court_of(extract(order), order.text) == code
