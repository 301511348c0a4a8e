"""The sample order (E.D. Cal., October 4, 2017) as a template of fourteen obligations.

The quotes and line references are those of ``data/meet-and-confer-order.txt`` (a copy of
``shared/seed/meet-and-confer-order.txt``); a unit test checks every quote against the text.
Day counts and triggers are data: an order that gives 14 days instead of 21 changes them.
"""

from __future__ import annotations

from datetime import date
from importlib import resources

from meetconfer_gui.domain.deadlines import Service
from meetconfer_gui.domain.matter import Matter, Order, OrderService, Party, Role
from meetconfer_gui.domain.obligations import (
    Actor,
    DateRule,
    Kind,
    Obligation,
    Perspective,
    Quote,
    Stage,
    TriggerKind,
)

P, D = Perspective.PLAINTIFF, Perspective.DEFENSE
SAMPLE_ORDER_DATE = date(2017, 10, 4)


def sample_order_text() -> str:
    """The sample order's text, shipped as package data."""
    return (resources.files("meetconfer_gui") / "data" / "meet-and-confer-order.txt").read_text(
        encoding="utf-8")


def sample_obligations(contact_days: int = 21, conference_days: int = 7,
                       service_days: int = 30) -> tuple[Obligation, ...]:
    """The fourteen obligations of the sample order, in the life of the dispute.

    Args:
        contact_days: Days after the order to contact the plaintiff (21 in the sample).
        conference_days: Days after the conference to file the Joint Statement (7).
        service_days: Days after service of the order to file it (30).

    Returns:
        The obligations, with their quotes and rules.
    """
    q_contact = Quote(
        "Defense counsel is directed to contact Plaintiff by telephone, or to set-up an "
        "in-person meeting, regarding the parties' discovery dispute within twenty-one (21) "
        "days of the date of this order.", 1, (3, 4))
    q_stay = Quote(
        "Briefing on the motion to compel is stayed during the meet and confer process, and "
        "Plaintiff is relieved of his obligation to respond to the motion until further order "
        "of the court.", 1, (5, 6))
    q_ordered2 = Quote(
        "The deadline for Plaintiff's opposition to Defendants' motion to compel is VACATED, "
        "and Plaintiff is relieved of his obligation to respond to the motion to compel until "
        "further order of the court;", 2, None, "IT IS ORDERED, paragraph 2")
    q_ordered1 = Quote(
        "The parties are ordered to meet and confer regarding Defendants' motion to compel, "
        "(ECF No. 43), as outlined above;", 2, None, "IT IS ORDERED, paragraph 1")
    q_require = Quote(
        "Upon review of the motion to compel referenced above, the court finds it appropriate "
        "to require the parties to engage in a meet and confer conference regarding their "
        "discovery dispute.", 1, (1, 2))
    q_good_faith = Quote(
        "In conducting the meet and confer conference, the parties are reminded that they are "
        "required to act in good faith during the course of discovery. Complete, accurate, and "
        "truthful discovery responses are required. False or incomplete responses violate the "
        "Federal Rules of Civil Procedure and subject an offending party and/or counsel to "
        "sanctions. Boilerplate objections will not be tolerated and will be summarily "
        "overruled. Privileges are narrowly construed and are generally disfavored. "
        "Information not properly disclosed may be excluded from use at a hearing, motion, or "
        "trial.", 1, (7, 13))
    q_file7 = Quote(
        "Within seven (7) days of the parties' conference, defense counsel shall file a Joint "
        "Statement regarding the meet and confer conference.", 1, (14, 15))
    q_prepare = Quote(
        "All parties shall participate in the preparation of the Joint Statement, and must "
        "sign the Joint Statement.", 1, (15, 16))
    q_sign = Quote(
        "All parties shall participate in the preparation of the Joint Statement, and must "
        "sign the Joint Statement. Electronic signatures are acceptable; a wet signature is "
        "not required.", 1, (15, 17))
    q_a = Quote(
        "(a) a statement that the parties met and conferred in good faith regarding the "
        "dispute, by phone or in-person, including the date(s) of the conference(s);", 1,
        (19, 20))
    q_b = Quote(
        "(b) a statement explaining whether the motion to compel was resolved in full or in "
        "part through the meet and confer process; and", 1, (21, 22))
    q_c = Quote(
        "(c) if any issues from the motion remain unresolved, a statement referring the court "
        "to each specific discovery request that is still at issue.", 1, (23, 24))
    q_ordered3 = Quote(
        "Within thirty (30) days of the date of service of this order, a Joint Statement shall "
        "be filed in this matter as outlined above; and", 2, None, "IT IS ORDERED, paragraph 3")
    q_no_filings = Quote(
        "No additional filings may be made regarding the motion to compel unless and until "
        "ordered by the court.", 1, (26, 27))
    q_further = Quote(
        "Upon review of the Joint Statement, the court shall issue a further order regarding "
        "the motion to compel.", 1, (25, 26))
    q_sanctions = Quote(
        "The parties are warned that the failure to meet and confer in good faith as set forth "
        "in this order, or to comply with any of its terms, will result in the imposition of "
        "sanctions.", 2, None, "IT IS ORDERED, paragraph 4")

    return (
        Obligation(
            "contact", "Defense counsel must contact plaintiff by telephone or set up an "
            "in-person meeting", Actor.DEFENSE_COUNSEL, Kind.DEADLINE, Stage.BEFORE,
            (q_contact,),
            (DateRule("after_order", TriggerKind.ORDER_DATE, contact_days),),
            titles=((P, "Defense counsel must call you or set up an in-person meeting"),
                    (D, "Contact plaintiff by telephone or set up an in-person meeting")),
            explain=(
                "The defendants' lawyer has to reach you, by phone or to arrange a meeting in "
                "person, to talk about the discovery dispute. You do not have to make this "
                "call, but keep a note of every call, letter or message either way (the "
                "contact log). If nobody contacts you by this date, write down that no one "
                "did: the court can be told in the Joint Statement, and the order warns that "
                "not complying brings sanctions."),
            needs_record="contact"),
        Obligation(
            "opposition_vacated", "No opposition to the motion to compel is due until the "
            "court orders one", Actor.PLAINTIFF, Kind.NOTICE, Stage.BEFORE,
            (q_stay, q_ordered2),
            titles=((P, "You do not have to answer the motion to compel for now"),
                    (D, "Plaintiff's opposition deadline is vacated until further order")),
            explain=(
                "The date you had to file an opposition (your written answer) to the motion "
                "to compel is cancelled ('vacated'). Do not file one unless the court later "
                "orders it.")),
        Obligation(
            "briefing_stayed", "Briefing on the motion to compel is stayed during meet and "
            "confer", Actor.ALL, Kind.NOTICE, Stage.BEFORE, (q_stay,),
            explain=("'Stayed' means paused: nobody files papers arguing the motion while the "
                     "parties meet and confer.")),
        Obligation(
            "meet_and_confer", "The parties must meet and confer about the motion, by phone "
            "or in person", Actor.ALL_PARTIES, Kind.DUTY, Stage.CONFERENCE,
            (q_ordered1, q_require),
            titles=((P, "Meet and confer with defense counsel, by phone or in person"),
                    (D, "Meet and confer with plaintiff, by phone or in person")),
            explain=(
                "Meeting and conferring means actually talking, by phone or face to face, "
                "about each discovery request in the motion and trying to settle the "
                "disagreement. The order has no separate date for it, but it must happen in "
                "time for the Joint Statement to be filed within 7 days after it and within "
                "30 days after the order was served. Letters or e-mail alone do not satisfy "
                "this order."),
            needs_record="conference"),
        Obligation(
            "good_faith", "Act in good faith: complete, accurate, truthful discovery "
            "responses; no boilerplate objections", Actor.ALL_PARTIES, Kind.DUTY,
            Stage.CONFERENCE, (q_good_faith,),
            explain=(
                "Answer discovery completely and truthfully. Objections that just repeat "
                "stock phrases ('boilerplate') will be overruled; privileges are read narrowly; "
                "information you did not disclose may be kept out of a hearing or trial.")),
        Obligation(
            "statement_prepare", "All parties take part in preparing the Joint Statement",
            Actor.ALL_PARTIES, Kind.DUTY, Stage.STATEMENT, (q_prepare,),
            explain=("Both sides write the Joint Statement together. Defense counsel files "
                     "it, but you have a right to see it and say what it should contain."),
            linked_to="statement_file"),
        Obligation(
            "statement_content_a", "The Joint Statement says the parties met and conferred "
            "in good faith, by phone or in person, with the date(s)", Actor.NOBODY,
            Kind.CONTENT, Stage.STATEMENT, (q_a,),
            explain="The statement must say when and how (phone or in person) you conferred.",
            linked_to="statement_file"),
        Obligation(
            "statement_content_b", "The Joint Statement says whether the motion was resolved "
            "in full or in part", Actor.NOBODY, Kind.CONTENT, Stage.STATEMENT, (q_b,),
            explain="The statement must say whether talking settled all, some or none of it.",
            linked_to="statement_file"),
        Obligation(
            "statement_content_c", "The Joint Statement lists each discovery request still at "
            "issue", Actor.NOBODY, Kind.CONTENT, Stage.STATEMENT, (q_c,),
            explain=("If anything is still disputed, the statement must name each request "
                     "(for example 'Request for Production No. 4') that is still at issue."),
            linked_to="statement_file"),
        Obligation(
            "statement_sign", "All parties sign the Joint Statement (electronic signatures "
            "are acceptable)", Actor.ALL_PARTIES, Kind.DUTY, Stage.STATEMENT, (q_sign,),
            titles=((P, "Sign the Joint Statement (an electronic signature is fine)"),),
            explain=("Every party must sign. A typed or electronic signature is accepted; you "
                     "do not need to sign in ink. If you will not sign, defense counsel may "
                     "file a separate statement saying so."),
            linked_to="statement_file"),
        Obligation(
            "statement_file", "Defense counsel must file the Joint Statement",
            Actor.DEFENSE_COUNSEL, Kind.DEADLINE, Stage.STATEMENT, (q_file7, q_ordered3),
            (DateRule("after_conference", TriggerKind.CONFERENCE, conference_days),
             DateRule("after_service", TriggerKind.SERVICE, service_days,
                      service_applies=True)),
            filing=True,
            titles=((P, "Defense counsel must file the Joint Statement"),
                    (D, "File the Joint Statement")),
            explain=(
                "The order sets two limits: 7 days after the conference, and 30 days after the "
                "order was served. Whichever comes first is the deadline. Defense counsel "
                "files it; you sign it."),
            needs_record="filing"),
        Obligation(
            "no_further_filings", "No further filings about the motion to compel until the "
            "court orders", Actor.ALL, Kind.PROHIBITION, Stage.AFTER, (q_no_filings,),
            explain=("After the Joint Statement, do not file anything more about this motion "
                     "unless the court asks for it.")),
        Obligation(
            "further_order", "The court reviews the Joint Statement and issues a further "
            "order", Actor.COURT, Kind.NOTICE, Stage.AFTER, (q_further,),
            explain=("Wait for the court's next order; record its date here when it comes."),
            needs_record="order"),
        Obligation(
            "sanctions_warning", "Failing to meet and confer in good faith, or to comply with "
            "the order, brings sanctions", Actor.ALL, Kind.WARNING, Stage.AFTER,
            (q_sanctions,),
            explain=("Sanctions are penalties the court can impose: fines, or orders against "
                     "a party's case. This applies to both sides.")),
    )


SAMPLE_PARTIES = (
    Party("plaintiff", "MERRICK JOSE MOORE", Role.PLAINTIFF,
          address="[Institution]\n[P.O. Box]\n[City], CA [ZIP]", inmate_number="[CDCR No.]"),
    Party("defendants", "GIPSON, et al.", Role.DEFENDANT, counsel="[Deputy Attorney General]",
          firm="Office of the Attorney General of California", bar_number="[State Bar No.]",
          address="[Street address]\n[City], CA [ZIP]", email="[e-mail]", phone="[telephone]"),
)


def sample_matter(matter_id: str = "sample", *, perspective: Perspective = Perspective.PLAINTIFF,
                  order_date: date = SAMPLE_ORDER_DATE, served: date | None = None,
                  service: Service = Service.ELECTRONIC,
                  plaintiff_service: Service = Service.MAIL) -> Matter:
    """A demo matter built from the sample order.

    The sample order was served electronically on defense counsel the day it was signed and,
    as a prisoner case, on the plaintiff by mail (CLI.md, ``--sample``).

    Args:
        matter_id: Store id.
        perspective: Whose view.
        order_date: The order's date (the demo can replay it as if entered today).
        served: The day it was served (default: the order's date).
        service: How it was served on defense counsel.
        plaintiff_service: How it was served on the plaintiff.

    Returns:
        The matter, with no events recorded.
    """
    served_on = served or order_date
    order = Order(order_date, sample_order_text(), ecf=48, service=(
        OrderService("defendants", served_on, service),
        OrderService("plaintiff", served_on, plaintiff_service)))
    return Matter(
        id=matter_id, name="Moore v. Gipson (sample order)", district_code="caed", order=order,
        obligations=sample_obligations(), case_name="Moore v. Gipson",
        case_number="1:13-cv-01820-DAD-BAM (PC)", judge="Barbara A. McAuliffe",
        motion_ecf=43, motion_title="Defendants' motion to compel", parties=SAMPLE_PARTIES,
        perspective=perspective)
