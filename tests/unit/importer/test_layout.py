"""Line numbers, page furniture, hyphens, footnotes and sentences."""

from __future__ import annotations

from meetconfer_gui.importer import OrderText, extract
from meetconfer_gui.importer.layout import LineRole, analyse, clean_line, split_sentences


def layout_of(text: str):
    return analyse(OrderText.from_string(text))


def test_clean_line():
    assert clean_line("within **twenty-one (21) days**\u00a0of") == (
        "within twenty-one (21) days of", False)
    assert clean_line("the dispute.\u00b9 The parties") == ("the dispute. The parties", False)
    assert clean_line("the dispute.2 The parties") == ("the dispute. The parties", False)
    assert clean_line("No. 43.") == ("No. 43.", False)
    assert clean_line("State\u00ad") == ("State", True)
    assert clean_line("\ufb01le it") == ("file it", False)


def test_split_sentences():
    text = ("Defendants filed a motion. (ECF No. 43.) Barbara A. McAuliffe signed it. "
            "See Fed. R. Civ. P. 37. The parties shall: (a) meet; and (b) confer. "
            "1. The first item.")
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == [
        "Defendants filed a motion. (ECF No. 43.)",
        "Barbara A. McAuliffe signed it.",
        "See Fed. R. Civ. P. 37.",
        "The parties shall:",
        "(a) meet; and",
        "(b) confer.",
        "1. The first item.",
    ]


def test_pleading_numbers_in_text_and_in_runs():
    text = "\n".join([f"{n} Line number {n} of the body, which goes on." for n in range(1, 8)]
                     + [str(n) for n in range(1, 29)] + ["After the run."])
    layout = layout_of(text)
    body = layout.lines_with(LineRole.BODY)
    assert body[0].text == "Line number 1 of the body, which goes on."
    assert body[0].printed == 1
    assert body[-1].text == "After the run."
    assert body[-1].page == 2  # the numbers started again: a new page
    assert all(ln.role is LineRole.FURNITURE for ln in layout.lines[7:35])


def test_numbers_that_are_text_are_kept():
    layout = layout_of("Plaintiff shall respond within\n21 days of the date of this order.")
    assert layout.sentences[0].text == (
        "Plaintiff shall respond within 21 days of the date of this order.")


def test_hyphenation():
    layout = layout_of("The parties shall file a Joint State-\nment and set-\nup an in-\n"
                       "person meeting within twenty-\none days of the meet-and-\nconfer "
                       "conference.")
    assert layout.sentences[0].text == (
        "The parties shall file a Joint Statement and set-up an in-person meeting within "
        "twenty-one days of the meet-and-confer conference.")


def test_page_break_inside_a_sentence():
    text = ("Case 1:15-cv-00001 Document 9 Filed 01/02/16 Page 1 of 2\n"
            "The parties shall file a joint report within ten (10) days of the date of\n"
            "///\n"
            "Case 1:15-cv-00001 Document 9 Filed 01/02/16 Page 2 of 2\n"
            "this order.\n")
    result = extract(OrderText.from_string(text))
    (item,) = result.obligations
    assert item.source_sentence == ("The parties shall file a joint report within ten (10) "
                                    "days of the date of this order.")
    assert item.text_lines == (2, 5)
    assert result.order_ecf == 9
    assert item.ref.page == 1


def test_repeated_footer_is_furniture():
    page = "Counsel shall meet within 7 days of the date of this order.\nORDER - {}\n"
    layout = layout_of("\x0c".join(page.format(n) for n in range(1, 4)))
    assert [ln.role for ln in layout.lines if ln.text.startswith("ORDER -")] == [
        LineRole.FURNITURE] * 3


def test_signature_block():
    text = ("Counsel shall meet within 7 days of the date of this order.\n\n"
            "IT IS SO ORDERED.\n\nDated: October 4, 2017\n\n/s/ Barbara A. McAuliffe\n"
            "UNITED STATES MAGISTRATE JUDGE\n")
    layout = layout_of(text)
    roles = {ln.text: ln.role for ln in layout.lines if ln.text}
    assert roles["Dated: October 4, 2017"] is LineRole.SIGNATURE
    assert roles["/s/ Barbara A. McAuliffe"] is LineRole.SIGNATURE
    assert roles["UNITED STATES MAGISTRATE JUDGE"] is LineRole.SIGNATURE
    assert roles["IT IS SO ORDERED."] is LineRole.BODY


def test_footnote_is_its_own_paragraph():
    text = ("The parties shall meet and confer within ten days\n"
            "\u00b9 Plaintiff is proceeding pro se.\n"
            "\x0c"
            "of the date of this order.\u00b9\n")
    result = extract(OrderText.from_string(text))
    (item,) = result.obligations
    assert item.source_sentence == ("The parties shall meet and confer within ten days of the "
                                    "date of this order.")
    assert [o.source_sentence for o in result.other] == ["Plaintiff is proceeding pro se."]
