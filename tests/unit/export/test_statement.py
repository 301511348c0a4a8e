"""The Joint Statement draft: what it says, and that it never says what is not recorded."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from meetconfer_gui.domain.matter import (
    ConferenceMethod,
    DiscoveryRequest,
    Party,
    Resolution,
    ResolutionStatus,
    Role,
)
from meetconfer_gui.export.statement import (
    JOINT_TITLE,
    CourtTitleForm,
    OutputFormat,
    SigningMode,
    StatementKind,
    StatementOptions,
    build_statement,
    legal_date,
    write_statement,
)
from meetconfer_gui.export.textblocks import BlockKind, missing_in
from tests.unit.export.conftest import DEFENDANTS, PLAINTIFF, RFP4, ROG7, TODAY, filled


def test_complete_draft_has_no_gap(matter):
    d = build_statement(matter, TODAY)
    assert d.gaps == () and d.missing == []
    assert "[MISSING" not in d.to_text()
    cap = d.caption
    assert cap.court == ("UNITED STATES DISTRICT COURT", "EASTERN DISTRICT OF CALIFORNIA")
    assert [ln.text for ln in cap.parties] == [
        "MERRICK JOSE MOORE,", "Plaintiff,", "v.", "GIPSON, et al.,", "Defendants."]
    assert cap.case_line == "Case No. 1:13-cv-01820-DAD-BAM (PC)"
    assert cap.title == JOINT_TITLE
    assert cap.ecf_line == "(ECF Nos. 43, 48)"
    assert cap.filer_block == (
        "JANE ROE, State Bar No. 123456", "Office of the Attorney General of California",
        "2550 Mariposa Mall, Room 5090", "Fresno, CA 93721", "Telephone: (559) 555-0100",
        "E-mail: jane.roe@doj.ca.gov", "Attorneys for Defendants GIPSON, et al.")
    assert cap.footer == ("Joint Statement re Meet-and-Confer Conference "
                          "(1:13-cv-01820-DAD-BAM (PC))")


def test_body_answers_items_a_b_c(matter):
    body = build_statement(matter, TODAY).body_text()
    assert body.startswith(
        "Plaintiff MERRICK JOSE MOORE, proceeding pro se, and Defendants GIPSON, et al., "
        "through counsel, submit this Joint Statement under the Court's order of October 4, "
        "2017 (ECF No. 48), regarding Defendants' motion to compel (ECF No. 43).")
    headings = [b.text for b in build_statement(matter, TODAY).blocks
                if b.kind is BlockKind.HEADING]
    assert headings == ["I. MEET-AND-CONFER CONFERENCE", "II. STATUS OF THE MOTION TO COMPEL",
                        "III. DISCOVERY REQUESTS REMAINING AT ISSUE"]
    assert ("The parties met and conferred in good faith regarding the motion to compel in 2 "
            "sessions: by telephone on October 20, 2017; and in person on October 23, 2017."
            ) in body
    assert "resolved the motion to compel in part" in body
    assert "1. Request for Production No. 4, Set One. Plaintiff's medical records" in body
    assert "Plaintiff's position: His legal property" in body
    assert "Defendants' position: A supplemental response" in body
    assert "2. Interrogatory No. 7, Set Two. Names of witnesses" in body


def test_signature_forms_of_local_rule_131(matter):
    d = build_statement(matter, TODAY, StatementOptions(dated=date(2017, 10, 27)))
    sigs = {s.party_id: s for s in d.signatures}
    assert sigs["defendants"].signature == "/s/ Jane Roe"  # the filer, L.R. 131(c)
    assert sigs["plaintiff"].signature == (  # L.R. 131(f), the rule's own example form
        "/s/ MERRICK JOSE MOORE (original signature retained by attorney Jane Roe)")
    assert all(s.dated == "Dated: October 27, 2017" for s in d.signatures)
    assert "Plaintiff, pro se" in sigs["plaintiff"].lines
    assert "CDCR No. V-12345" in sigs["plaintiff"].lines
    assert d.signature_pages == ("plaintiff",)
    assert "SIGNATURE PAGE OF PLAINTIFF MERRICK JOSE MOORE" in d.body_text()


def test_authorized_mode_and_other_counsel(matter):
    opts = StatementOptions(pro_se_signing=SigningMode.AUTHORIZED,
                            authorized_on=date(2017, 10, 25))
    d = build_statement(matter, TODAY, opts)
    sigs = {s.party_id: s.signature for s in d.signatures}
    assert sigs["plaintiff"] == "/s/ MERRICK JOSE MOORE (as authorized on October 25, 2017)"
    assert d.signature_pages == ()  # nobody keeps a paper original in this mode
    no_date = build_statement(matter, TODAY, replace(opts, authorized_on=None))
    assert any(g.label.startswith("date Plaintiff MERRICK JOSE MOORE authorized")
               for g in no_date.gaps)
    # Plaintiff with counsel: L.R. 131(e) form for the other attorney, no certificate.
    counsel = replace(PLAINTIFF, counsel="John Smith", firm="Smith LLP", bar_number="1",
                      email="j@smith.test", phone="1")
    m = replace(matter, parties=(counsel, DEFENDANTS))
    d2 = build_statement(m, TODAY, opts)
    sigs2 = {s.party_id: s.signature for s in d2.signatures}
    assert sigs2["plaintiff"] == "/s/ John Smith (as authorized on October 25, 2017)"
    assert not d2.has_certificate and "CERTIFICATE OF SERVICE" not in d2.body_text()


def test_other_methods_are_reported_as_they_were(matter):
    m = filled(method=ConferenceMethod.VIDEO)
    d = build_statement(m, TODAY)
    body = d.body_text()
    assert "by video conference on October 23, 2017" in body
    assert "by telephone on October 23" not in body and "in person on" not in body
    assert d.warnings and "video" in d.warnings[0]


def test_sample_with_nothing_recorded_says_nothing_false(sample):
    d = build_statement(sample, TODAY)
    text = d.to_text()
    labels = d.missing
    assert len(labels) == len(set(labels))
    assert missing_in(text) == [g.label for g in d.gaps]  # every gap is marked, once listed
    assert any("no conference is recorded" in g for g in labels)
    assert any(g.startswith("whether the motion to compel was resolved") for g in labels)
    assert "name of counsel for Defendants" in labels  # the sample's "[Deputy ...]"
    assert "CDCR number of Plaintiff MERRICK JOSE MOORE" in labels
    assert "met and conferred" not in text
    assert not re.search(r"resolved the motion|did not resolve", text)
    assert "III. DISCOVERY" not in text  # unknown status: its gap covers item (c)
    assert "/s/ [MISSING: name of counsel for Defendants]" in text


def test_in_part_without_requests_and_other_resolutions(matter):
    d = build_statement(matter, TODAY, StatementOptions(
        resolution_status=ResolutionStatus.PART, at_issue=()))
    assert any(g.label.startswith("each discovery request still at issue") for g in d.gaps)
    assert "III. DISCOVERY REQUESTS REMAINING AT ISSUE" in d.body_text()
    full = build_statement(matter.with_sessions(matter.events.sessions, Resolution(
        ResolutionStatus.FULL, good_faith=True)), TODAY)
    assert "resolved the motion to compel in full" in full.body_text()
    assert "III." not in full.body_text() and full.gaps == ()
    none = build_statement(matter.with_sessions(matter.events.sessions, Resolution(
        ResolutionStatus.NONE, (RFP4,), good_faith=True)), TODAY)
    assert "did not resolve the motion to compel" in none.body_text()
    assert "Interrogatory No. 7" not in none.body_text()


def test_good_faith_not_confirmed_is_a_gap(matter):
    m = matter.with_sessions(matter.events.sessions,
                             Resolution(ResolutionStatus.PART, (ROG7,), good_faith=False))
    d = build_statement(m, TODAY)
    assert "met and conferred regarding the motion" in d.body_text()
    assert "in good faith regarding" not in d.body_text()
    assert any("in good faith" in g for g in d.missing)


def test_separate_statement(matter):
    opts = StatementOptions(kind=StatementKind.SEPARATE, sent_for_signature_on=date(2017, 10, 24),
                            non_signer_note="Plaintiff said he wanted more time to review it.")
    d = build_statement(matter, TODAY, opts)
    assert d.kind is StatementKind.SEPARATE
    assert d.caption.title == ("DEFENDANTS' SEPARATE STATEMENT REGARDING MEET-AND-CONFER "
                               "CONFERENCE")
    assert d.caption.footer.startswith("Defendants' Separate Statement re Meet-and-Confer")
    body = d.body_text()
    assert body.startswith("Defendants GIPSON, et al., through counsel, submit this separate "
                           "statement")
    assert ("On October 24, 2017, counsel sent a proposed joint statement to Plaintiff "
            "MERRICK JOSE MOORE for signature. Plaintiff MERRICK JOSE MOORE did not sign it"
            ) in body
    assert "wanted more time" in body
    assert [s.party_id for s in d.signatures] == ["defendants"]
    assert d.signature_pages == () and d.has_certificate  # still served by mail
    assert "original signature retained" not in body
    undated = build_statement(matter, TODAY, replace(opts, sent_for_signature_on=None))
    assert "date the proposed joint statement was sent for signature" in undated.missing


def test_missing_numbers_and_names(matter):
    m = replace(matter, motion_ecf=None, case_number="",
                order=replace(matter.order, ecf=None),
                parties=(PLAINTIFF, replace(DEFENDANTS, counsel="[Deputy Attorney General]")))
    d = build_statement(m, TODAY)
    assert d.caption.ecf_line == ("(ECF Nos. [MISSING: ECF number of the motion], "
                                  "[MISSING: ECF number of the order])")
    assert d.caption.case_line == "Case No. [MISSING: case number]"
    assert {"ECF number of the motion", "ECF number of the order", "case number",
            "name of counsel for Defendants"} <= set(d.missing)
    sigs = {s.party_id: s.signature for s in d.signatures}
    assert sigs["defendants"] == "/s/ [MISSING: name of counsel for Defendants]"
    assert sigs["plaintiff"].endswith(
        "(original signature retained by attorney [MISSING: name of counsel for Defendants])")


def test_certificate_of_service_by_mail(matter):
    d = build_statement(matter, TODAY, StatementOptions(mailed_on=date(2017, 10, 27)))
    assert d.served_by_mail == ("plaintiff",)
    body = d.body_text()
    cert = body[body.index("CERTIFICATE OF SERVICE"):]
    assert body.split("CERTIFICATE OF SERVICE")[0].rstrip().endswith("[PAGE BREAK]")
    assert "electronically filed the following document with the Clerk of the Court by " \
           "using the CM/ECF system: JOINT STATEMENT REGARDING" in cert
    assert "Plaintiff MERRICK JOSE MOORE is not a registered CM/ECF user. On October 27, " \
           "2017, I served the document by U.S. Mail, first-class postage prepaid" in cert
    for line in ("MERRICK JOSE MOORE", "CDCR No. V-12345", "P.O. Box 3461",
                 "Corcoran, CA 93212"):
        assert f"    {line}\n" in cert
    assert "Executed on October 26, 2017, at Fresno, CA." in cert
    assert cert.rstrip().endswith("Jane Roe")
    assert "under penalty of perjury" in cert


def test_pro_se_filer_files_on_paper():
    m = replace(filled(), parties=(PLAINTIFF, replace(DEFENDANTS, counsel="", firm="")))
    d = build_statement(m, TODAY)
    assert d.caption.filer_block[0] == "MERRICK JOSE MOORE"
    assert d.caption.filer_block[-1] == "Plaintiff, pro se"
    sigs = {s.party_id: s.signature for s in d.signatures}
    assert set(sigs["plaintiff"]) == {"_"}  # signed by hand
    assert d.served_by_mail == ("defendants",)
    assert "I served the following document" in d.body_text()


def test_court_title_forms_and_division(matter):
    d = build_statement(matter, TODAY, StatementOptions(court_title=CourtTitleForm.IN_FOR,
                                                        division="Fresno Division"))
    assert d.caption.court == ("IN THE UNITED STATES DISTRICT COURT",
                               "FOR THE EASTERN DISTRICT OF CALIFORNIA", "FRESNO DIVISION")


def test_several_parties_per_side(matter):
    more = (PLAINTIFF, Party("defendants", "GIPSON", Role.DEFENDANT, counsel="Jane Roe"),
            Party("d2", "SMITH", Role.DEFENDANT, counsel="Jane Roe"))
    d = build_statement(replace(matter, parties=more), TODAY)
    assert [ln.text for ln in d.caption.parties][3:] == ["GIPSON, et al.,", "Defendants."]


def test_edited_body_and_text_file(matter, tmp_path):
    d = build_statement(matter, TODAY)
    body = d.body_text().replace("in person on", "[MISSING: check] in person on")
    doc = d.document(body)
    assert doc.missing == ["check"]
    assert doc.to_text().startswith("JANE ROE, State Bar No. 123456\n")
    out = write_statement(doc, tmp_path / "s.txt")
    assert out.read_text(encoding="utf-8") == doc.to_text()
    assert write_statement(d, tmp_path / "s.out", OutputFormat.TEXT).is_file()


def test_legal_date():
    assert legal_date(date(2017, 10, 4)) == "October 4, 2017"


def test_nothing_claims_compliance(matter, sample):
    for m in (matter, sample):
        text = build_statement(m, TODAY).to_text()
        assert "L.R. 130" not in text and "complies" not in text.lower()


@pytest.mark.parametrize("status", list(ResolutionStatus))
def test_requests_without_description(matter, status):
    at_issue = () if status is ResolutionStatus.FULL else (DiscoveryRequest("RFP No. 9"),)
    m = matter.with_sessions(matter.events.sessions,
                             Resolution(status, at_issue, good_faith=True))
    body = build_statement(m, TODAY).body_text()
    assert ("1. RFP No. 9." in body) == (status is not ResolutionStatus.FULL)
