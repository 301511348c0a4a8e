"""The sample order imports to the built-in template's obligations (issue 7, "Done when")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.domain.ordertext import OrderText as QuoteChecker
from meetconfer_gui.domain.ordertext import normalise
from meetconfer_gui.domain.sample import sample_obligations
from meetconfer_gui.importer import (
    ImportResult,
    OrderText,
    ProposedObligation,
    Trigger,
    extract,
    import_order,
    read_order_text,
)
from tests.unit.importer.pdfmaker import ORDERS, SAMPLE, pleading_pdf, sample_lines

TEMPLATE_IDS = {
    "contact", "opposition_vacated", "briefing_stayed", "meet_and_confer", "good_faith",
    "statement_prepare", "statement_content_a", "statement_content_b", "statement_content_c",
    "statement_sign", "statement_file", "no_further_filings", "further_order",
    "sanctions_warning",
}
ECF_HEADER = "Case 1:13-cv-01820-DAD-BAM Document 48 Filed 10/04/17 Page {page} of {pages}"


@pytest.fixture(scope="module")
def sample() -> tuple[OrderText, ImportResult]:
    return import_order(SAMPLE)


def by_id(result: ImportResult, suggested: str) -> list[ProposedObligation]:
    return [o for o in result.obligations if o.suggested_id == suggested]


def signature(result: ImportResult) -> list[tuple[object, ...]]:
    """What must come out the same however the order was copied."""
    return [(o.kind, o.suggested_id, o.days, o.court_days, o.direction, o.trigger, o.who,
             o.source_sentence) for o in result.obligations]


def test_order_facts(sample):
    _, result = sample
    assert result.order_date == date(2017, 10, 4)
    assert result.judge == "Barbara A. McAuliffe"
    assert result.judge_title == "United States Magistrate Judge"
    assert result.motion_ecf == 43
    assert result.order_ecf is None  # the sample's text has no ECF header


def test_every_template_item_is_found(sample):
    _, result = sample
    assert {o.suggested_id for o in result.obligations} >= TEMPLATE_IDS


def test_contact_deadline(sample):
    _, result = sample
    (contact,) = by_id(result, "contact")
    assert contact.kind is Kind.DEADLINE
    assert contact.who == "defense counsel"
    assert (contact.days, contact.court_days) == (21, False)
    assert contact.direction is Direction.AFTER
    assert contact.trigger is Trigger.ORDER_DATE
    assert contact.text_lines == (5, 6)
    assert contact.ref.printed_lines == (3, 4)
    assert contact.ref.page == 1
    assert contact.when_text == "within twenty-one (21) days of the date of this order"
    assert contact.source_sentence == (
        "Defense counsel is directed to contact Plaintiff by telephone, or to set-up an "
        "in-person meeting, regarding the parties' discovery dispute within twenty-one (21) "
        "days of the date of this order.")
    assert "**" not in contact.source_sentence
    assert not contact.flagged


def test_joint_statement_has_two_clocks(sample):
    _, result = sample
    clocks = {(o.days, o.trigger): o for o in by_id(result, "statement_file")}
    assert set(clocks) == {(7, Trigger.CONFERENCE), (30, Trigger.SERVICE)}
    seven, thirty = clocks[7, Trigger.CONFERENCE], clocks[30, Trigger.SERVICE]
    assert all(o.kind is Kind.DEADLINE and o.who == "defense counsel" for o in clocks.values())
    assert seven.text_lines == (18, 19)
    assert thirty.ref.paragraph == "IT IS ORDERED, paragraph 3"
    assert thirty.ref.page == 2
    assert thirty.source_sentence.startswith("Within thirty (30) days of the date of service")
    # The 7 days count from the conference: the meet-and-confer item.
    assert seven.chained_to is not None
    assert result.obligations[seven.chained_to].suggested_id == "meet_and_confer"


@pytest.mark.parametrize(("suggested", "kind", "who"), [
    ("briefing_stayed", Kind.NOTICE, "all"),
    ("opposition_vacated", Kind.NOTICE, "plaintiff"),
    ("meet_and_confer", Kind.DUTY, "all parties"),
    ("good_faith", Kind.DUTY, "all parties"),
    ("statement_prepare", Kind.DUTY, "all parties"),
    ("statement_sign", Kind.DUTY, "all parties"),
    ("statement_content_a", Kind.CONTENT, "(content)"),
    ("statement_content_b", Kind.CONTENT, "(content)"),
    ("statement_content_c", Kind.CONTENT, "(content)"),
    ("no_further_filings", Kind.PROHIBITION, "all"),
    ("further_order", Kind.NOTICE, "court"),
    ("sanctions_warning", Kind.WARNING, "all parties"),
])
def test_undated_items(sample, suggested, kind, who):
    _, result = sample
    items = [o for o in by_id(result, suggested) if o.kind is kind]
    assert items, f"no {kind} item for {suggested}"
    assert items[0].who == who
    assert items[0].days is None
    assert items[0].trigger is None


def test_content_items_in_order(sample):
    _, result = sample
    content = [o for o in result.obligations if o.kind is Kind.CONTENT]
    assert [o.suggested_id for o in content] == [
        "statement_content_a", "statement_content_b", "statement_content_c"]
    assert [o.ref.paragraph for o in content] == ["(a)", "(b)", "(c)"]
    assert [o.text_lines for o in content] == [(25, 26), (28, 29), (31, 32)]


def test_quotes_check_against_the_text(sample):
    """Every source sentence passes the domain's quote check (DOMAIN.md)."""
    order, result = sample
    checker = QuoteChecker(order.text)
    for item in [*result.obligations, *result.unclassified, *result.other]:
        assert checker.contains(item.source_sentence), item.source_sentence


def test_template_quotes_come_out_as_source_sentences(sample):
    """Each template quote is the source sentence of an imported item (or a run of them)."""
    _, result = sample
    sources = " ".join(normalise(o.source_sentence) for o in result.obligations)
    for ob in sample_obligations():
        for quote in ob.quotes:
            if quote.lines and quote.lines[1] - quote.lines[0] > 2:
                continue  # a quote spanning a paragraph: its sentences are separate items
            assert normalise(quote.text) in sources, (ob.id, quote.text)


def test_nothing_is_dropped(sample):
    """Every line of the order's body is in an item, an unclassified sentence or 'other'."""
    order, result = sample
    covered: set[int] = set()
    for item in [*result.obligations, *result.unclassified, *result.other]:
        first, last = item.text_lines
        covered.update(range(first, last + 1))
    body = {n for n, line in enumerate(order.lines, 1)
            if line.strip() and not line.strip().isdigit() and "///" not in line
            and not line.startswith(("Dated:", "/s/", "UNITED STATES"))}
    assert body <= covered


def test_day_counts_are_data():
    text = (SAMPLE.read_text(encoding="utf-8")
            .replace("twenty-one (21)", "fourteen (14)")
            .replace("seven (7) days", "five (5) court days")
            .replace("thirty (30)", "sixty (60)"))
    result = extract(OrderText.from_string(text))
    (contact,) = by_id(result, "contact")
    assert contact.days == 14
    clocks = {(o.days, o.court_days, o.trigger) for o in by_id(result, "statement_file")}
    assert clocks == {(5, True, Trigger.CONFERENCE), (60, False, Trigger.SERVICE)}


def test_pdf_text_layer_copy_imports_as_well(sample):
    """A real E.D. Cal. text layer: caption, numbers on lines of their own, ///, hyphens."""
    _, clean = sample
    order, copied = import_order(ORDERS / "sample_pdf_copy.txt")
    assert signature(copied) == signature(clean)
    assert copied.order_date == date(2017, 10, 4)
    assert copied.judge == "Barbara A. McAuliffe"
    assert (copied.motion_ecf, copied.order_ecf) == (43, 48)
    assert copied.caption.court == ("UNITED STATES DISTRICT COURT, EASTERN DISTRICT OF "
                                    "CALIFORNIA")
    assert copied.caption.case_number == "1:13-cv-01820-DAD-BAM (PC)"
    assert copied.caption.case_name == "MERRICK JOSE MOORE v. GIPSON, et al."
    assert copied.caption.title is not None
    assert copied.caption.title.startswith("ORDER REQUIRING PARTIES TO MEET AND CONFER")
    # "dis-/pute" and a sentence broken by a page break come out whole.
    first = copied.obligations[0].source_sentence
    assert first.endswith("regarding their discovery dispute.")
    # The caption ("THIRTY (30) DAY DEADLINE") is no obligation.
    assert all("DEADLINE" not in o.source_sentence for o in copied.obligations)
    assert copied.other[0].reason.value == "caption"
    # Items point at the lines of the copy, pages from its ECF headers.
    three = next(o for o in copied.obligations if o.ref.paragraph.endswith("paragraph 3"))
    assert order.lines[three.text_lines[0] - 1].startswith("3. Within thirty (30) days")
    assert three.ref.page == 2
    four = next(o for o in copied.obligations if o.ref.paragraph.endswith("paragraph 4"))
    assert four.ref.page == 3


@pytest.mark.parametrize("numbers_first", [True, False])
def test_pleading_pdf_imports_as_well(sample, numbers_first):
    """A real PDF (reportlab) of the sample: margin numbers, ECF header, ///."""
    _, clean = sample
    data = pleading_pdf(sample_lines(), header=ECF_HEADER, numbers_first=numbers_first)
    order, result = import_order(data, name="order.pdf")
    assert order.kind == "pdf"
    assert order.pages >= 2
    assert signature(result) == signature(clean)
    assert (result.order_date, result.order_ecf) == (date(2017, 10, 4), 48)
    for item in result.obligations:
        assert item.ref.page == order.page_of(item.text_lines[0])


def test_read_order_text_of_the_sample_is_verbatim():
    order = read_order_text(SAMPLE)
    assert order.text == SAMPLE.read_text(encoding="utf-8")
    assert order.lines[2].startswith("1 Upon review")
    assert order.encoding == "utf-8"


def test_deterministic(sample):
    _, result = sample
    assert import_order(SAMPLE)[1] == result
    assert import_order(Path(SAMPLE).read_bytes())[1].to_json() == result.to_json()
