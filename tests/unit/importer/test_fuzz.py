"""Fuzzing: the reader raises nothing but OrderImportError; extraction never raises."""

from __future__ import annotations

import codecs

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from meetconfer_gui.importer import OrderImportError, OrderText, extract, read_order_text

FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def check_lines(order, result) -> None:
    """Whatever the input, every item points at lines that exist in the text as read."""
    n = len(order.lines)
    for item in (*result.obligations, *result.unclassified, *result.other):
        first, last = item.text_lines
        assert 1 <= first <= last <= n
    for ob in result.obligations:
        assert 0.0 <= ob.confidence <= 1.0


# Pieces of real orders, so that the fuzzer reaches the classifier's paths.
FRAGMENTS = st.sampled_from([
    "Defense counsel shall", " within twenty-one (21) days of the date of this order.",
    "\n1 ", "\n28 ///\n", "IT IS SO ORDERED.\n", "Dated: October 4, 2017\n",
    "/s/ Barbara A. McAuliffe\n", "UNITED STATES MAGISTRATE JUDGE\n", "(ECF No. 43)",
    "**", "dis-\npute", "\u00b9", "(a) a statement;", " no later than seven (7) days before "
    "the hearing", " by the 29th of January", " on or before 2/30/2016", "Plaintiff agrees",
    "\x0c", "\u2028", "Case 1:13-cv-01820 Document 48 Filed 10/04/17 Page 1 of 3\n",
    "The parties are warned that failure", " is VACATED", "Accordingly, IT IS ORDERED that:\n",
    "thereafter", " 99999999999999999999 days", "twenty-one (0) days", "Rule 26(f)",
])


@FAST
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    try:
        order = read_order_text(data, name="fuzz")
    except OrderImportError:
        return
    check_lines(order, extract(order))


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_behind_a_pdf_header(data):
    try:
        order = read_order_text(b"%PDF-1.4\n" + data, name="fuzz.pdf")
    except OrderImportError:
        return
    check_lines(order, extract(order))


@FAST
@given(st.text(max_size=3000))
def test_random_text(text):
    for data in (text.encode("utf-8"), codecs.BOM_UTF8 + text.encode("utf-8"),
                 text.encode("utf-16")):
        try:
            order = read_order_text(data)
        except OrderImportError:
            continue
        check_lines(order, extract(order))


@FAST
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=60))
@example(["Defense counsel shall", ":", "twenty-one (0) days"])
def test_order_like_text(pieces):
    text = "".join(pieces)
    try:
        order = OrderText.from_string(text)
    except OrderImportError:
        return
    result = extract(order)
    count = len(order.lines)
    spans = [o.text_lines for o in result.obligations]
    spans += [u.text_lines for u in result.unclassified]
    spans += [o.text_lines for o in result.other]
    for first, last in spans:
        assert 1 <= first <= last <= count
    for ob in result.obligations:
        assert 0.0 <= ob.confidence <= 1.0
        assert ob.days is None or ob.days >= 1
        if ob.chained_to is not None:
            assert 0 <= ob.chained_to < len(result.obligations)
    result.to_json()
