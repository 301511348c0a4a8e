"""The statement's PDF, read back with pypdf: pleading-paper furniture and every fact."""

from __future__ import annotations

import io
import re
from typing import Any, cast

import pytest
from pypdf import PdfReader

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.export.layout import PageLayout
from meetconfer_gui.export.pdf_writer import render_pdf
from meetconfer_gui.export.statement import (
    StatementKind,
    StatementOptions,
    build_statement,
    write_statement,
)
from tests.unit.export.conftest import TODAY


def pages(data: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def pdf_pages(matter, tmp_path) -> list[str]:
    path = write_statement(build_statement(matter, TODAY), tmp_path / "js.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    return pages(path.read_bytes())


def test_page_one_has_the_caption(pdf_pages):
    first = pdf_pages[0]
    for text in ("JANE ROE, State Bar No. 123456", "UNITED STATES DISTRICT COURT",
                 "EASTERN DISTRICT OF CALIFORNIA", "MERRICK JOSE MOORE,", "Plaintiff,",
                 "GIPSON, et al.,", "Defendants.", "Case No. 1:13-cv-01820-DAD-BAM (PC)",
                 "(ECF Nos. 43, 48)"):
        assert text in first
    assert "JOINT STATEMENT REGARDING MEET-AND-CONFER CONFERENCE" in flat(first)


def test_every_fact_is_in_the_text(pdf_pages):
    text = flat(" ".join(pdf_pages))
    for fact in ("October 20, 2017", "October 23, 2017", "(ECF No. 43)", "(ECF No. 48)",
                 "order of October 4, 2017", "Request for Production No. 4, Set One",
                 "Interrogatory No. 7, Set Two", "/s/ Jane Roe",
                 "/s/ MERRICK JOSE MOORE (original signature retained by attorney Jane Roe)"):
        assert fact in text, fact


def test_pleading_furniture_on_every_page(pdf_pages):
    assert len(pdf_pages) == 4  # body, signature blocks, signature page, certificate
    for n, page in enumerate(pdf_pages, 1):
        lines = page.split("\n")
        numbers = [ln.strip() for ln in lines if ln.strip().isdigit()]
        assert [str(i) for i in range(1, 29)] == numbers[:28]
        assert str(n) in numbers[28:]  # the page number
        assert "Joint Statement re Meet-and-Confer Conference (1:13-cv-01820-DAD-BAM (PC))" \
            in page


def test_signature_page_and_certificate_on_their_own_pages(pdf_pages):
    assert pdf_pages[2].startswith("SIGNATURE PAGE OF PLAINTIFF MERRICK JOSE MOORE")
    cert = pdf_pages[3]
    assert cert.startswith("CERTIFICATE OF SERVICE")
    for text in ("CDCR No. V-12345", "P.O. Box 3461", "Corcoran, CA 93212",
                 "first-class", "penalty of perjury"):
        assert text in cert
    assert "CERTIFICATE OF SERVICE" not in " ".join(pdf_pages[:3])


def test_letter_size_times_and_metadata(matter):
    data = render_pdf(build_statement(matter, TODAY).document())
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612, 792)
    fonts = {str(f["/BaseFont"]) for p in reader.pages
             for f in cast(Any, p["/Resources"])["/Font"].values()}
    assert fonts <= {"/Times-Roman", "/Times-Bold"}
    assert reader.metadata is not None
    assert reader.metadata.title == "JOINT STATEMENT REGARDING MEET-AND-CONFER CONFERENCE"


def test_gaps_show_in_the_pdf(sample):
    text = flat(" ".join(pages(render_pdf(build_statement(sample, TODAY).document()))))
    assert "[MISSING: name of counsel for Defendants]" in text
    assert "[MISSING: date(s) and method of the meet-and-confer conference" in text


def test_edited_text_is_what_is_written(matter):
    d = build_statement(matter, TODAY)
    body = d.body_text().replace("in person on October 23", "in person at the prison on "
                                 "October 23")
    text = flat(" ".join(pages(render_pdf(d.document(body)))))
    assert "in person at the prison on October 23, 2017" in text


def test_long_text_flows_over_pages_without_losing_words(matter):
    d = build_statement(matter, TODAY)
    extra = "\n\n".join(f"Paragraph {i} " + "the parties talked about the request " * 12
                        for i in range(12))
    kept = "\n".join(f"    Address line {i}" for i in range(70))
    body = d.body_text() + "\n" + extra + "\n\n" + kept + "\n"
    out = pages(render_pdf(d.document(body)))
    words = set(flat(" ".join(out)).split())
    assert set(flat(body).split()) - {"[PAGE", "BREAK]"} <= words
    assert "Address line 69" in " ".join(out)
    assert len(out) > 6


def test_layout_parameters(matter):
    doc = build_statement(matter, TODAY).document()
    plain = pages(render_pdf(doc, PageLayout(line_numbers=False, font_family="Arial",
                                             footer=False)))
    assert not re.search(r"^\s*27\s*$", plain[0], re.M)
    assert "Joint Statement re" not in plain[0]
    reader = PdfReader(io.BytesIO(render_pdf(doc, PageLayout(font_family="Arial"))))
    resources = cast(Any, reader.pages[0]["/Resources"])
    fonts = {str(f["/BaseFont"]) for f in resources["/Font"].values()}
    assert "/Helvetica" in fonts
    with pytest.raises(DomainError):
        PageLayout(font_size=20)
    with pytest.raises(DomainError):
        PageLayout(lines_per_page=40)
    with pytest.raises(DomainError):
        PageLayout(font_family="Comic Sans")


def test_separate_statement_pdf(matter):
    d = build_statement(matter, TODAY, StatementOptions(kind=StatementKind.SEPARATE))
    text = flat(" ".join(pages(render_pdf(d.document()))))
    assert "DEFENDANTS' SEPARATE STATEMENT REGARDING MEET-AND-CONFER CONFERENCE" in text
    assert "did not sign it" in text
