"""Plain-language meanings of the words a meet-and-confer order uses. Facts, not advice."""

from __future__ import annotations

GLOSSARY: tuple[tuple[str, str], ...] = (
    ("Discovery", "The stage of a lawsuit where each side asks the other for documents, "
     "answers to written questions (interrogatories) and admissions, under the Federal Rules "
     "of Civil Procedure."),
    ("Meet and confer", "Talking with the other side, by phone or in person, to try to settle "
     "a disagreement before the court decides it. Letters or e-mail alone are usually not "
     "enough when an order asks for a conference."),
    ("Motion to compel", "A request asking the court to order a party to answer discovery "
     "(for example, to produce documents)."),
    ("Stayed", "Paused. Nothing is filed on a stayed matter until the court lifts the stay."),
    ("Vacated", "Cancelled. A vacated deadline no longer applies."),
    ("Sanctions", "Penalties the court can impose for not following the rules or its orders: "
     "money, or orders that limit a party's case."),
    ("Joint Statement", "One document written and signed by both sides, telling the court what "
     "happened at the meet-and-confer conference and what is still disputed."),
    ("ECF", "Electronic Case Filing: the court's docket. 'ECF No. 43' is the 43rd entry on the "
     "case's docket."),
    ("Pro se", "Representing yourself, without a lawyer."),
    ("Legal holiday", "A day Rule 6(a)(6) of the Federal Rules of Civil Procedure treats as a "
     "holiday when counting deadlines: the federal holidays, days the President declares, "
     "and, for periods counted forward, the state's holidays."),
    ("Rule 6(d)", "Adds 3 days to a deadline that runs from being served by mail (or by "
     "leaving papers with the clerk, or by other means agreed to). Electronic service adds "
     "nothing since December 1, 2016."),
    ("Request for Production", "A written request for documents or things. 'Request for "
     "Production No. 4' is the fourth such request."),
    ("Interrogatory", "A written question the other side must answer under oath."),
)

DISCLAIMER = (
    "meetconfer explains how an order's deadlines are counted and keeps a record of what you "
    "did. It is not a lawyer and does not give legal advice. Check every date against the "
    "order and the rules, and ask the court's self-help center or a lawyer when unsure."
)
