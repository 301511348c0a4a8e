"""Plain-language meanings of the words a meet-and-confer order uses. Facts, not advice.

Written for a reader who represents themselves and has not read the Federal Rules. Each
meaning says what the word means, not what to do; where a rule defines it, the rule is
named. The terms are in alphabetical order, as a reader looks them up.
"""

from __future__ import annotations

GLOSSARY: tuple[tuple[str, str], ...] = (
    ("Court days / business days", "The days the court is open: every day except Saturdays, "
     "Sundays and legal holidays. When an order or a local rule gives a period in court days "
     "or business days, those closed days are left out of the count. A period given in plain "
     "\"days\" counts every day, weekends and holidays included (Federal Rule of Civil "
     "Procedure 6(a)(1))."),
    ("Discovery", "The stage of a lawsuit where each side asks the other for documents, "
     "answers to written questions (interrogatories) and admissions, under the Federal Rules "
     "of Civil Procedure."),
    ("Docket", "The court's numbered list of everything filed in a case and every order the "
     "judge makes, with the date of each. Anyone can read it on PACER (the courts' public "
     "website, which may charge a small fee per page) or at the clerk's office."),
    ("ECF", "Electronic Case Filing: the federal courts' system for filing papers online. "
     "'ECF No. 43' means entry number 43 on the case's docket. A party without a lawyer files "
     "on paper unless a court order or a local rule allows or requires filing through ECF "
     "(Federal Rule of Civil Procedure 5(d)(3)(B))."),
    ("Interrogatory", "A written question the other side must answer under oath."),
    ("Joint Letter", "A letter to the judge written and signed by both sides together, "
     "setting out each side's position on a dispute. Some judges ask for one instead of a "
     "motion when the sides disagree about discovery; the order or the judge's own rules "
     "(often called individual practices or a standing order) say how long it may be and "
     "what it must contain."),
    ("Joint Statement", "One document written and signed by both sides, telling the court what "
     "happened at the meet-and-confer conference and what is still disputed."),
    ("Legal holiday", "A day Rule 6(a)(6) of the Federal Rules of Civil Procedure treats as a "
     "holiday when counting deadlines: the federal holidays, days the President or Congress "
     "declares, and, for periods counted forward, the state's holidays."),
    ("Meet and confer", "Talking with the other side, by phone or in person, to try to settle "
     "a disagreement before the court decides it. Letters or e-mail alone are usually not "
     "enough when an order asks for a conference."),
    ("Motion to compel", "A request asking the court to order a party to answer discovery "
     "(for example, to produce documents)."),
    ("Pro se", "Representing yourself in a case, without a lawyer (Latin for \"for "
     "oneself\"). Courts also say \"self-represented\". A pro se party signs and files their "
     "own papers and must follow the same rules and deadlines as a lawyer."),
    ("Request for Production", "A written request for documents or things. 'Request for "
     "Production No. 4' is the fourth such request."),
    ("Rule 6(d)", "Adds 3 days to a deadline that runs from being served by mail (or by "
     "leaving papers with the clerk, or by other means agreed to). Electronic service adds "
     "nothing since December 1, 2016."),
    ("Sanctions", "Penalties the court can impose for not following the rules or its orders: "
     "money, or orders that limit a party's case."),
    ("Served / service", "Formally delivering a court paper to a party: by mail, by hand, or "
     "electronically through ECF. The day and the way a paper was served can start a "
     "deadline and change its length (see Rule 6(d))."),
    ("Stayed", "Paused. Nothing is filed on a stayed matter until the court lifts the stay."),
    ("Vacated", "Cancelled. A vacated deadline no longer applies."),
)

DISCLAIMER = (
    "meetconfer explains how an order's deadlines are counted and keeps a record of what you "
    "did. It is not a lawyer and does not give legal advice. Check every date against the "
    "order and the rules, and ask the court's self-help center or a lawyer when unsure."
)
