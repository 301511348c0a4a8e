"""Reading each sentence of an order as an obligation, a non-obligation, or one to review.

Each sentence is split into clauses where it joins two commands ("... is stayed, and Plaintiff
is relieved ..."; "... shall participate ..., and must sign ..."), and each clause is read in
this order:

1. Not an obligation: the closing ("IT IS SO ORDERED."), headings, citations, list
   introductions ("IT IS HEREBY ORDERED that:"), a party's own statement or promise
   ("Defendants agree to produce within 10 days"), a rule or case quoted or described
   ("Rule 37(a)(1) requires ..."), a page limit, background (what happened).
2. What a paper must contain: items under "The Joint Statement shall set forth the
   following:", or "The letter shall include ...".
3. A warning ("are warned", "failure to ... will result in sanctions"), a prohibition
   ("may not", "no ... may be filed"), a notice ("is stayed", "is VACATED", "the court shall
   issue a further order").
4. A command ("shall", "must", "is directed to", "are ordered to") with a period or date: a
   deadline; without one: a duty.
5. Anything else with a sign of an obligation in it (a period, a date, "shall") is listed as
   unclassified, for the user; a sentence with none is background.

Quoted passages are masked before reading, so a quoted rule's "shall" commands nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer.actors import (
    GOVERNMENT,
    GOVERNMENT_ACTOR,
    caption_roles,
    named_entities,
)
from meetconfer_gui.importer.layout import Sentence
from meetconfer_gui.importer.model import (
    OtherReason,
    OtherSentence,
    ProposedObligation,
    SentenceRef,
    Trigger,
    UnclassifiedSentence,
)
from meetconfer_gui.importer.timing import (
    MONTHLY_NOTE,
    PERIOD_END_NOTE,
    SAME_PERIOD,
    Period,
    classify_event,
    deadline_dates,
    find_dates,
    find_periods,
    is_monthly,
    is_period_end,
    period_end_dates,
    set_dates,
)

_I = re.IGNORECASE

# --- the words of the law ----------------------------------------------------------------

_ORDERED_PREFIX = re.compile(
    r"^(?:and (?=it is|IT IS))?"
    r"(?:(?:Accordingly|Therefore|Further|Finally|Additionally|In addition|Thus|"
    r"For (?:the|these) (?:foregoing )?reasons?(?: stated)?(?: above| below)?"
    r"(?: that follow| set (?:forth|out) (?:below|above|herein))?),? )?"
    r"(?:(?:IT IS|It is) (?:HEREBY |hereby )?(?:FURTHER |further |ALSO |also )?"
    r"(?:ORDERED|Ordered|ordered)(?: (?:that|THAT))?:? ?"
    r"|(?:ORDERED|Ordered)(?:,? ADJUDGED,? AND DECREED)?,? (?:that|THAT):? ?)?", _I)
_ENUM = re.compile(r"^(?:\((?:[a-zA-Z]|[ivx]{1,5}|\d{1,2})\)|(?:\d{1,2}|[a-zA-Z]|[ivx]{1,5})\.|"
                   r"\d{1,2}\)) ")
# A form's run-in heading in capitals ("JOINDER OF PARTIES: Any application ..."), and a box
# checked before a choice ("[X] The parties consent ...").
_CAPS_LEAD = re.compile(r"^(?:[A-Z][A-Z'\u2019&/ -]{2,60}: |\[[xX\u2713\u2714]\] |[\u2611\u2612] )"
                        r"(?=\S)")
_UNCHECKED = re.compile(r"^\[ \] |^\u2610 ")

_DIRECTIVE = re.compile(
    r"\b(?:shall|must)\b(?! not\b)(?! be (?:construed|deemed)\b)"
    r"|\b(?:is|are) (?:hereby |further |also |each |jointly |respectfully )?"
    r"(?:ordered|directed|required|instructed|expected|obligated|compelled|notified|"
    r"commanded) to\b"
    # "Counsel are directed to the Local Rules regarding protective orders": pointed to a rule.
    r"(?! (?:the )?(?:(?:local|federal|civil) )*(?:rules?|L\.? ?R\.|section|\u00a7|standing "
    r"orders?|court['\u2019]s (?:website|procedures|guidelines))\b)"
    r"|\b(?:is|are) to (?!be construed)(?=[a-z]+[ ,])"
    r"|\b(?:is|are) (?:hereby )?reminded that\b"
    r"|\b(?:requires?|orders|directs|instructs|expects) (?:(?:the parties|all parties|counsel|"
    r"defense "
    r"counsel|defendants?|plaintiffs?|each party|both parties|lead (?:trial )?counsel|the clerk"
    r"(?: of (?:the )?court)?|the (?:moving|responding) party)(?:,? and (?:the )?)?){1,2} to\b"
    r"|\b(?:is|are) (?:hereby |also )?required\b(?! to be)"
    r"|\b(?:is|are|will be|shall be) due\b"
    # "Plaintiff ... is responsible for filing the JSR by March 17, 2026"
    r"|\b(?:is|are|will be|shall be) (?:solely |jointly |also )?responsible for (?=[a-z]+ing\b)"
    # "Plaintiff has until March 10, 2025 to identify ..."; "is given 21 days from ... to"
    r"|\b(?:has|have|shall have) until\b"
    # "The parties have fourteen (14) days after service of this order to file objections"
    r"|\b(?:has|have|shall have)(?! (?:had|been|already|taken|waited|spent)\b)"
    r"(?= (?:an additional )?(?:\w+[ -]){0,2}(?:\(\d+\) )?"
    r"(?:days?|weeks?)\b[^.;]{0,120}?\bto [a-z]+)"
    r"|\b(?:is|are) (?:hereby )?(?:given|allowed|afforded)(?: (?:an additional|until|up to))?"
    r"(?= (?:\w+[ -]){0,3}(?:\(\d+\) )?(?:days?|weeks?)\b| until\b)"
    # A judge writing in the first person: "I direct Silver State to produce ...", "I
    # further order the parties to meet and confer".
    r"|(?-i:\bI\b) (?:hereby |further |also |therefore |now )*(?:direct|order|require|"
    r"instruct)(?= [^,;.]{2,60}? to [a-z])(?: (?:the parties|all parties|counsel|each party|"
    r"[^,;.]{2,60}?))?(?= to [a-z]) to\b"
    # "The Court further directs the Corporation Counsel for the City of New York to ...":
    # someone the order names by name or office.
    r"|\b(?:requires|orders|directs|instructs) (?:the )?(?-i:[A-Z])[^,;.]{1,60}? to (?=[a-z]+\b)"
    # Not "Should they reach an impasse, they shall ...": a condition, put first.
    r"|(?<=\w )should\b(?! not\b)", _I)
# "Defendant will produce ...": the verb is the task's own first word, so it stays out of the
# match.
_WEAK_DIRECTIVE = re.compile(
    r"\bwill (?:jointly )?(?=(?:file|serve|meet|contact|submit|lodge|appear|produce|provide|"
    r"exchange|confer|participate|prepare|sign|email|send|deliver|telephone|call|complete|"
    r"notify|inform)\b)", _I)
_PROHIBITION = re.compile(
    r"\b(?:shall|must|may|will|should|can) not\b(?! (?:exceed|be (?:more|longer) than|"
    r"be construed))"
    r"|\b(?:cannot|shan't|mustn't)\b"
    # "No motion shall be filed"; "No written discovery motions, including motions to
    # compel, shall be filed" (one aside in commas); not "No later than ... shall be".
    r"|\bno (?!later\b|earlier\b|sooner\b|more\b|less\b|fewer\b|longer\b|reason\b|need\b|"
    r"doubt\b|question\b|indication\b|evidence\b|basis\b|one\b)(?:[\w'\u2019]+[ -]){0,12}?\w*"
    r"(?:, [^,;]{1,80},)? ?(?:may|shall|will|can|is to|are to|should) (?:be|occur)\b"
    r"|\bnot (?:be )?(?:permitted|allowed|tolerated|authorized|considered)\b"
    r"|\b(?:prohibited|precluded|barred|enjoined|forbidden) from\b"
    r"|\b(?:is|are) not to\b", _I)
_WARNING = re.compile(
    r"\b(?:warned|cautioned|admonished|forewarned)\b"
    r"|\b(?:is|are) (?:hereby |further )?(?:advised|on notice|notified|reminded) that\b"
    r"(?=[^.;]{0,300}?\b(?:result|sanction|dismiss|waive|strik|deem|preclu|exclu|fail))"
    r"|\bfailure to\b[^.;]{0,300}?\b(?:result|lead|subject|sanction|dismiss|waive|strik|deem|"
    r"preclu|grounds)"
    r"|\b(?:will|may|shall|could|can) (?:also )?(?:result in|lead to|be grounds for|warrant)\b"
    r"|\bsubjects? (?:\w+[ /]){0,8}?to (?:sanctions|dismissal|contempt)\b"
    r"|\bmay be (?:excluded|deemed|stricken|dismissed|sanctioned|precluded|barred|waived)\b"
    r"|\b(?:will|shall) be (?:deemed (?:a |an )?(?:waive|waiver|consent|admission)|stricken|"
    r"summarily (?:denied|stricken|dismissed))"
    # "A motion without a compliant certificate will be struck"; "Motions filed later will
    # ordinarily be denied".
    r"|\b(?:will|shall|may) (?:ordinarily |summarily |likely |generally )?be (?:struck|"
    r"stricken|denied|disregarded|rejected|refused)\b", _I)
_NOTICE = re.compile(
    r"\b(?:is|are|be|been|shall be|will be|remains?|is hereby|are hereby) "
    r"(?:hereby |further |also |temporarily |otherwise )?(?:stayed|vacated|continued|reset|"
    r"rescheduled|taken off (?:the )?calendar|off calendar|held in abeyance|suspended|"
    r"terminated|withdrawn|granted|denied|deemed submitted|submitted|referred|extended|"
    r"modified|set (?:for|on|to|at)|moved to|advanced|dropped|lifted|discharged|adopted|approved|"
    r"moot|acceptable|sufficient|adjourned|cancell?ed|canceled|dropped from calendar|"
    r"overruled|sustained)\b"
    r"|\b(?:is|are|has been|have been) (?:hereby )?(?:re)?scheduled (?:for|on)\b"
    r"|\b(?:hearings?|conferences?|trial|argument) (?:is |are )?(?:re)?set (?:for|on)\b"
    # "A status conference will be held on October 7, 2026"
    r"|\b(?:hearings?|conferences?|trial|argument|mediation)\b(?: on the motion| in this "
    r"(?:case|matter))? (?:will|shall) (?:be (?:held|conducted|convened)|take place)\b"
    r"(?!,? (?:no later than|not later than|by(?= (?:\d|[A-Z][a-z]+\.? \d))|"
    r"on or before|within|"
    r"prior to|before(?! (?:the )?(?:hon|judge|magistrate|district|court|undersigned|chief)))"
    r"\b)"
    r"|\b(?:the |this )?court (?:hereby )?(?:sets|resets|schedules)\b"
    # A judge speaking from the bench: "We'll have a status conference on May 12, 2026".
    r"|(?-i:\b(?:We|I))(?:['\u2019]ll| will| shall) (?:have|hold|reconvene|convene)\b"
    r"(?=[^.;]{0,40}\b(?:hearings?|conferences?|trial|argument)\b)"
    # "The Court GRANTS in part Plaintiff's Motion to Compel [42]."
    r"|\b(?:the |this )?court (?:hereby )?(?:grants|denies|overrules|sustains|vacates|stays)\b"
    r"|\b(?:the |this )?court has (?:re)?(?:set|scheduled|continued|moved)\b"
    # Docket text: "Ruling on the remaining issues set for 4/10/2025 at 9:30 a.m."
    r"|(?<!originally )(?<!previously )(?<!initially )(?<!formerly )(?<!was )(?<!were )"
    r"(?<!been )(?<!had )\b(?:re)?set (?:for|on) (?=(?:[A-Z][a-z]+day,? )?(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"\d{1,2}/\d{1,2}/))"
    r"|\brelieved of\b|\bneed not\b"
    # "respondent will be directed to file a response": what this order goes on to do.
    r"|\bwill be (?:directed|ordered) to\b"
    r"|\bthere (?:will|shall) be no (?:reply|replies|response|responses|hearing|oral argument|"
    r"further briefing)\b"
    # "The final pretrial conference and trial date will be set by separate order."
    r"|\b(?:is|are|will be|shall be) (?:set|scheduled|reset|addressed) (?:by|in) (?:a )?"
    r"(?:separate|further|later|subsequent) (?:order|notice)\b"
    r"|\b(?:is|are) not (?:required|necessary|needed)\b"
    r"|\bno (?:opposition|reply|response|hearing|further briefing)s? (?:is|are|shall be|will "
    r"be) (?:due|required|necessary|held|permitted)\b"
    r"|\b(?:the |this )?court (?:shall|will|may|intends to) (?:thereafter |then |promptly "
    r")?(?:issue|rule|hold|decide|review|set|consider|resolve|determine|take|address|schedule|"
    r"contact|enter|notify|advise|reset|convene|deem|hear|order|rule|decline)\b"
    # What the court will do, or must: "The court will initiate the call", "the Court is
    # required to enter a schedule" (not "The Court will require the parties to ...").
    r"|(?<!\bof )(?<!\bof the )(?<!\bof this )\b(?:the |this )?(?:court|(?:circuit )?mediator|"
    r"courtroom deputy) (?:shall|will|may|intends to|(?:is|will be) (?:required|obligated|"
    r"expected) to) (?:thereafter |then |"
    r"promptly |also |only |likely |generally |ordinarily )?"
    r"(?!(?:not|require|expect|direct|instruct|order|permit|allow|be|recommend|find|treat|"
    r"construe)\b)"
    r"[a-z]{3,}\b"
    r"|\bthe undersigned (?:shall|will|may)\b"
    # The judge in the first person: "I will hold a status conference on March 30, 2026".
    r"|(?-i:\bI\b) (?:shall|will|may|intend to) (?:then |also |promptly |likely )?"
    r"(?!(?:not|require|expect|direct|instruct|order|permit|allow|be)\b)[a-z]{3,}\b"
    r"|(?-i:\bI\b) (?:hereby )?(?:grant|deny|set|reset|vacate|stay|schedule|adopt|overrule|"
    r"sustain)\b"
    r"|\bremains? (?:set|in (?:full )?(?:force|effect)|on calendar|unchanged|as (?:previously )?"
    r"set)\b", _I)
_NOTICE_CASE = re.compile(r"\b(?:VACATED|STAYED|CONTINUED|GRANTED|DENIED|GRANTS|DENIES|"
                          r"GRANTING|DENYING|APPROVED|ADOPTED)\b")
# "Any party may, within fourteen (14) days after being served ..., file ...": an aside
# between "may" and its verb.
_PERMISSION = re.compile(r"\bmay(?:, [^,;]{3,160},)? (?=(?:cross-|re-|counter-)?(?:file|serve|"
                         r"opt|submit|lodge|move|seek|request|reply|respond|renew|bring|oppose|"
                         r"designate|object|challenge|"
                         r"notice|supplement|amend|withdraw|apply|petition|appeal|propound|"
                         r"demand|take|be (?:filed|served|submitted|lodged|noticed|designated|"
                         r"made|taken))\b)", _I)
# "may" and a verb, not a court's sanction or a party's liability: a permission.
_MAY_ONLY = re.compile(r"\bmay(?:, [^,;]{3,160},)? (?:also |each |jointly |only |then )?"
                       r"(?!not\b|be (?:required|ordered|sanctioned|subject|liable|dismissed|"
                       r"deemed|stricken|held|denied|granted|excluded|barred)\b|result\b|"
                       r"lead\b|include\b|constitute\b)[a-z]+\b", _I)
_NOTICE_WEAK = re.compile(r"\buntil further order\b", _I)
_CONTENT_VERBS = (r"(?:set forth|include|contain|state|address|identify|list|describe|specify|"
                  r"attach|attest|certify|explain|detail|summarize|propose|indicate|outline|"
                  r"reflect|be accompanied)")
_DOCUMENT = (r"(?:statement|letter|report|stipulation|submission|brief|declaration|"
             r"certification|filing|agreement|proposal|notice)")
_CONTENT_SUBJECT = re.compile(
    rf"^(?:the |each |any |such |this |that |a |an )?(?:parties['\u2019] )?(?:joint )?"
    rf"(?:discovery )?(?:status )?(?:dispute )?{_DOCUMENT}s?\b[^.;]{{0,60}}?\b"
    rf"(?:shall|must|should|will) (?:also |further |jointly |clearly )?{_CONTENT_VERBS}\b", _I)
_CONTENT_INTRO = re.compile(
    rf"{_DOCUMENT}[^:]*\b{_CONTENT_VERBS}\b|\bfollowing (?:information|items|matters)\b", _I)
_PAGE_LIMIT = re.compile(
    r"\b(?:exceed|more than|limited to|in excess of|no longer than|longer than|maximum of|"
    r"up to)\s+(?:\w+[ -]+){0,3}?(?:\(\d+\) )?(?:\d+[ -])?(?:double-spaced |single-spaced )?"
    r"(?:pages?|words?|lines?|characters?|hours?|minutes?)\b|\b\d+[ -]pages?\b(?: in length)?|"
    r"\bpage limits?\b",
    _I)
_LIMIT_VERB = re.compile(
    r"\b(?:shall|must|may|will|should) not (?:exceed|be (?:more|longer) than)\b|\bnot to exceed\b|"
    r"\b(?:shall|must|will) be limited to\b|\b(?:shall|must) be no (?:more|longer) than\b", _I)
_BACKGROUND_LEAD = re.compile(
    r"^(?:(?:currently |now )?pending before (?:the|this) court is|(?:currently |now )?before "
    r"(?:the|this) court (?:is|are)|this (?:matter|cause|case|action) (?:comes|came|is) "
    r"(?:now )?before|the court has "
    r"(?:received|reviewed|considered)|on [A-Z][a-z]+ \d{1,2}, \d{4}, (?:the )?(?:plaintiffs?|"
    r"defendants?|the parties|the court) (?:filed|moved|held|served)"
    # Recitals: "This matter having come before the Court ...; and the Court having held ...;
    # and for good cause shown, IT IS on this 11th day of May, 2023,"
    r"|(?:and )?(?:for )?good cause (?:having been )?shown\b"
    r"|(?:and )?(?:the |this |it )?[^,;]{0,80}?\bhaving (?:been |duly )?(?:come|held|considered|"
    r"reviewed|read|heard|appeared|filed|moved|conferred|submitted|received|granted|been)\b"
    r"|(?:and )?(?:IT IS |AND NOW,? )?(?:on )?this \d{1,2}(?:st|nd|rd|th) day of)", _I)
_PARTY_SUBJECT = (r"(?:[Tt]he )?(?:plaintiffs?|defendants?|defense counsel|defendants?['\u2019] "
                  r"counsel|plaintiffs?['\u2019]s? counsel|counsel for (?:the )?\w+|the parties|"
                  r"parties|(?:the )?moving party|movants?|respondents?|petitioners?|"
                  r"(?!(?:Any|Each|All|No|The|This|That|These|Those|Such|Every|Its|Their|Our|"
                  r"If|When|Where|Unless|Until|Upon|After|Before|Within)\b)"
                  r"[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_PARTY_STATEMENT = re.compile(
    rf"^(?:(?:in|at|during) [^,]{{3,60}}, |according to [^,]{{3,40}}, )?{_PARTY_SUBJECT}"
    r" (?:now |further |also |hereby |jointly |both |each |again |previously |apparently |"
    r"specifically |essentially |then |instead |repeatedly |respectfully )?"
    r"(?:agrees?|agreed|have agreed|has agreed|represents?|represented|have represented|"
    r"has represented|states?|stated|contends?|contended|argues?|argued|asserts?|asserted|"
    r"proposes?|proposed|offers?|offered|has offered|have offered|indicates?|indicated|"
    r"has indicated|have indicated|requests?|requested|seeks?|sought|claims?|claimed|"
    r"notes?|noted|explains?|explained|promises?|promised|intends?|intended|"
    r"moves?|moved|stipulated|stipulate|maintains?|maintained|responds?|responded|"
    r"objects?|objected|concedes?|conceded|believes?|believed|acknowledges?|acknowledged|"
    r"informs?|informed|advises?|advised|reports?|reported|asks?|asked|has asked|"
    r"has told|have told|told|says|said|has said|assures?|assured|has assured|"
    r"confirms?|confirmed|has confirmed|writes?|wrote|consents?)\b(?! (?:that )?(?:the )?"
    r"(?:court|it is ordered))"
    # "Opening claim construction briefs are due ...": "claim" was a noun.
    r"(?![^.;]{0,80}\b(?:is|are) due\b)")
_RULE_SUBJECT = re.compile(
    r"^(?:(?:under|pursuant to|as set forth in|as provided (?:by|in)) (?:(?:federal )?(?:local )?"
    r"rules?|fed\. ?r\. ?civ\. ?p\.|l\. ?r\.|lr) [\w().\-]+, (?:a|an|any|each|the (?:moving|"
    r"responding|opposing|non-?moving|"
    r"requesting|producing|"
    r"serving|receiving|propounding)) (?:party|parties|movant|litigant)\b"
    r"|(?:a|any) (?:party|movant|litigant) (?:must|shall|may)\b|"
    r"courts (?:have|may|must)\b|"
    r"(?:the )?(?:ninth|supreme|federal) (?:circuit|court)\b|see\b|cf\.|"
    r"id\.|(?:as )?(?:the )?court (?:held|explained|noted) in\b)", _I)
_RULE_VERB = re.compile(
    r"\b(?:rules?|l\.r\.|local rule|federal rules?|section|\u00a7|statute|(?:scheduling|"
    r"pretrial|case management|prior|previous|earlier|standing|protective) order)\b"
    r"(?:[^.]|\.(?=\d)){0,80}?\b"  # "Local Rule 37-2.2 provides": a rule's number has dots
    r"(?:provides?|requires?|states?|says|mandates?|permits?|allows?|authorizes?|contemplates?|"
    r"instructs?|explains?|defines?|makes clear|dictates?)\b(?: that)?"
    r"|\b(?:courts|circuit|supreme court)\b[^.]{0,40}?\b(?:held|holds|have held|explained|"
    r"noted|(?:have |routinely |generally )*(?:ordered|required|compelled|allowed|found))\b"
    r"(?: that)?", _I)
_CITATION = re.compile(
    r"\bFed\. ?R\. ?Civ\. ?P\.|\bRule \d|\bL\.R\.|\bLocal Rule\b|\bU\.S\.C\.|\bF\. ?(?:2d|3d|"
    r"4th|Supp)|\bS\. ?Ct\.|\bCal\. ?(?:Civ|Code)|\b\d+ U\.S\. \d|\bWL \d")
_PAST = re.compile(
    r"\b(?:filed|moved|served|was|were|had|did|has (?:filed|moved|not|been|served|failed)|"
    r"have (?:filed|not|been|served|failed)|failed|appeared|responded|objected|sought|"
    r"requested|propounded|opposed|replied|submitted|lodged|held|conducted|issued|granted|"
    r"denied|entered|occurred|took place|conferred|met|spoke|exchanged|attempted|heard|ruled|"
    r"(?:previously|earlier|already) (?:ordered|directed|required))\b", _I)
_SIGNALS = re.compile(
    r"\b(?:shall|must|will|may|should|ordered|directed|required|due|deadline|warned|"
    r"failure|sanctions?|no later than|by|within|days?|weeks?|stayed|vacated|prohibited|"
    r"expected|responsible)\b", _I)
_CLOSING = re.compile(r"\bSO ORDERED\b", _I)
_DATED_CLOSING = re.compile(
    r"^(?:IT IS )?SO (?:ORDERED|RECOMMENDED)\b[^.;]{0,60}\d{4}\.?$"
    # "Dated at Burlington, in the District of Vermont, this 6th day of February 2026."
    r"|^(?:Dated|Done|Signed|Entered)(?: and (?:Ordered|Entered|Signed))?,? (?:at|in|this|on)\b"
    r"[^;]{0,100}?\d{4}\.?$"
    # Docket text: "Signed by Magistrate Judge John E. Martin on 3/3/2026. (kds)"
    r"|^(?:Signed|Ordered|Entered|So Ordered) by [^;]{3,80}?\d{4}\.?(?: \([A-Za-z]{2,5}\))?$"
    # "In San Juan, Puerto Rico, this 23rd day of January 2026."
    r"|^(?:(?:At|In) )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?,? "
    r"(?:on )?this \d{1,2}(?:st|nd|rd|th) day of [A-Z][a-z]+,? \d{4}\.?$", _I)
# "ORDERED that defendant produce ...": the command in the subjunctive, without "shall".
_SUBJUNCTIVE = re.compile(
    # A recital's lead word is no one ordered to act: "Upon consideration of ..., it is
    # ORDERED that ...", "Having reviewed ...".
    r"^(?!(?i:upon|having|after|before|pursuant|in|on|for|under|following|based|accordingly|"
    r"given|considering|because|although|while|where|whereas|when|if|as|with|without|absent|"
    r"by|from|at|during|until|unless|since|this)\b)"
    r"(?:(?i:the|all|each|any|said) )?(?:(?i:(?:defense |plaintiffs?['\u2019]s? |lead )?counsel|"
    r"parties|party|plaintiffs?|defendants?|movants?|respondents?|petitioners?|the clerk"
    r"(?: of (?:the )?court)?)|[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,3})"
    r" (?:(?:jointly|promptly|also|immediately|forthwith|further) )?"
    r"(?!(?:is|are|be|has|have|was|were|shall|must|will|may|should|can|could|would|does|did|"
    r"had|need|not|and|or|to|in|of|on|for|that|who|which)\b)(?=[a-z]{3,}\b(?<![^s]s\b)"
    r"(?<!ed\b))")
_DOCKET_TO = re.compile(
    r"^(?:(?i:the|all|each|any) )?(?i:(?:defense |plaintiffs?['\u2019]s? |lead )?counsel|"
    r"parties|plaintiffs?|defendants?|movants?|respondents?|petitioners?)"
    r"(?: [A-Z][\w.&'\u2019-]*){0,3} \bto(?= (?:[a-z]+ )?(?:produce|serve|file|submit|provide|"
    r"respond|answer|supplement|meet|confer|appear|pay|lodge|exchange|deliver|complete|"
    r"comply|show|notify|advise|update|prepare|make|send|e-?mail|contact|reply)\b)")
_ORDERED_THAT = re.compile(r"\bORDERED,? (?:that|THAT)\b|\bORDERS that\b")
_EMPTY = re.compile("")
_CONDITION = re.compile(r"\b(?:if|unless|to the extent|in the event|where|when|should)\b"
                        r"[^.;,]{0,60}$", _I)
_WHY = re.compile(r"\bwhy\b[^.;]{0,120}$", _I)
_FORTHWITH = re.compile(r"\b(?:forthwith|immediately|without delay)\b", _I)
_RUN_IN_HEADING = re.compile(
    r"^(?:(?:[A-Z]|\d{1,2}|[IVX]{1,5})\. |\((?:[a-zA-Z]|\d{1,2})\) )?"
    r"[A-Z][\w'\u2019-]*(?:,? [\w'\u2019-]+){0,11}[.:]$")
_RULE_LEAD = re.compile(r"^(?:under|pursuant to|as provided (?:by|in)) (?:federal |local |civil "
                        r"local )*rules?\b", _I)
_COURT_ORDERS_THAT = re.compile(
    r"\b(?:the |this )?court (?:hereby |further |also )?(?:orders|directs) that\b", _I)
_ANY_RESPONSE = re.compile(
    r"^(?:(?:any|all|the) )?(?:responses?|oppositions?|repl(?:y|ies)|objections?)\b[^.;]{0,60}?"
    r"\b(?:any|each|such|every)\b|^(?:any|each) (?:responses?|oppositions?|repl(?:y|ies)|"
    r"objections?)\b", _I)
# Who appeared, in minutes: "Appearances:", an e-mail address, "(by telephone)", "For
# Plaintiff", "Counsel for Defendant: Jane Roe".
_APPEARANCES = re.compile(
    r"^(?:appearances?|present|counsel present|attorneys? (?:present|appearing)|appearing)\b"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\((?:appearing )?(?:by|via|in) (?:tele(?:phone|conference)|phone|video(?:conference)?|"
    r"zoom|person|vtc)\)"
    r"|\b(?:for|on behalf of) (?:the )?(?:plaintiffs?|defendants?|petitioners?|respondents?|"
    r"movants?)$"
    r"|^(?:[A-Z][\w.'\u2019-]* ){1,4}\((?:by|via|in) [a-z]+\)", _I)
_COURT_ACT = re.compile(r"^(?:any|the|such|each|its|all|a) (?:(?:oral|written|final) )?"
                        r"(?:rulings?|decisions?|(?:minute )?orders?|opinions?)\b", _I)
# A definition: '"Effective Date" means the date ...', "'Day' shall mean ...".
_DEFINITION = re.compile(r"^[\"\u201c'\u2018][A-Z][^\"\u201d]{0,60}[\"\u201d'\u2019],? "
                         r"(?:means|shall mean|refers to|shall refer to|includes|is defined as)\b")
# A response with nothing named to respond to: the paper the sentence before speaks of.
_RESPONDS = re.compile(r"(?:to )?(?:respond|reply|oppose|object)|(?:to )?(?:file|serve) (?:a |an |"
                       r"its |their |any )?(?:response|reply|opposition|objection)s?", _I)
_GERUNDS = {"filing": "file", "serving": "serve", "submitting": "submit", "preparing": "prepare",
            "arranging": "arrange", "contacting": "contact", "scheduling": "schedule",
            "providing": "provide", "ensuring": "ensure", "notifying": "notify",
            "initiating": "initiate", "lodging": "lodge", "making": "make", "sending": "send",
            "obtaining": "obtain", "coordinating": "coordinate", "delivering": "deliver",
            "producing": "produce", "drafting": "draft", "setting": "set", "calling": "call"}
_GERUND = re.compile(rf"^\s*({'|'.join(_GERUNDS)})\b", _I)
_COURT_EVENT = re.compile(r"(?:the )?(?:jury |bench )?(?:trial|(?:\w+ )?hearing)\b", _I)
_LEADING_CONDITION = re.compile(r"^(?:if|when|unless|in the event|once|should)\b", _I)
_SERIES_WORDS = re.compile(r"\b(?:each|every) (?:calendar )?(?:month|week|quarter)\b|"
                           r"\b(?:monthly|quarterly|weekly)\b", _I)
_MAX_TIMES = 6  # periods and dates one sentence may give items for
_MAX_WHAT = 400
_QUOTED = re.compile(r"\u201c[^\u201d]{12,1500}\u201d|\"[^\"]{12,1500}\"")

_ROLE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, _I), name) for p, name in (
        (r"\blead trial counsel\b", "lead trial counsel"),
        (r"\blead counsel\b", "lead counsel"),
        (r"\btrial counsel\b", "trial counsel"),
        (r"\bdefense counsel\b|\bcounsel for (?:the )?defendants?\b|\bdefendants?['\u2019]s? "
         r"counsel\b|\bdefendants?['\u2019] attorneys?\b", "defense counsel"),
        (r"\bplaintiffs?['\u2019]s? counsel\b|\bcounsel for (?:the )?plaintiffs?\b",
         "plaintiff's counsel"),
        (r"\bcounsel for (?:all |the |each )?(?:parties|party|sides?)\b|\ball counsel\b|"
         r"\bcounsel of record\b|\bthe attorneys\b", "counsel"),
        (r"\ball parties\b|\bthe parties\b(?!['\u2019])|\bparties\b(?!['\u2019])|"
         r"\bboth (?:sides|parties)\b|\bthey\b", "all parties"),
        (r"\beach (?:party|side)\b", "each party"),
        (r"\bany party\b", "any party"),
        (r"\b(?:the )?moving party\b|\bmovants?\b|\b(?:the|a|any) part(?:y|ies) (?:seeking|"
         r"requesting) (?:relief|(?:the |a )?(?:conference|teleconference|hearing))\b",
         "the moving party"),
        (r"\b(?:the )?(?:responding|opposing|non-?moving|non-?movant) party\b",
         "the responding party"),
        (r"\bplaintiffs\b(?!['\u2019])", "plaintiffs"),
        (r"\bplaintiff\b(?!['\u2019])", "plaintiff"),
        (r"\bdefendants\b(?!['\u2019])", "defendants"),
        (r"\bdefendant\b(?!['\u2019])", "defendant"),
        (r"\bcourt reporters?\b|\bthe (?:transcriber|court's (?:transcriber|reporter))\b",
         "the court reporter"),
        (r"\b(?:the|this) court\b(?!['\u2019])(?! reporters?\b)|\bthe undersigned\b", "court"),
        (r"\bthe clerk\b", "the clerk"),
        (r"\bpetitioners?\b(?!['\u2019])", "petitioner"),
        (r"\b(?:cross-)?appellants?\b(?!['\u2019])", "appellant"),
        (r"\b(?:cross-)?appellees?\b(?!['\u2019])", "appellee"),
        (r"\brespondents?\b(?!['\u2019])", "respondent"),
        (r"\bclass counsel\b", "class counsel"),
        (r"\bthe (?:court-appointed )?receiver\b", "the receiver"),
        (r"\bthe (?:chapter \d+ |united states )?trustee\b", "the trustee"),
        (r"\bthe (?:court-appointed |independent )?monitor\b", "the monitor"),
        (r"\bthe special master\b", "the special master"),
        (r"\b(?:united states |u\.s\. )?marshals?(?: service)?\b", "the marshal"),
        (r"\bclass members?\b", "class members"),
        (r"\b(?:the )?(?:settlement|claims) administrator\b", "the settlement administrator"),
        (r"\bcounsel\b", "counsel"),
    ))
# The parties the caption names, with their sides, for the order being read (classify()).
_CAPTION_ROLES: ContextVar[tuple[tuple[re.Pattern[str], str], ...]] = ContextVar(
    "_CAPTION_ROLES", default=())
_POSSESSIVE = re.compile(r"^(?:the )?((?:plaintiffs?|defendants?|petitioners?|respondents?|"
                         r"appellants?|appellees?))"
                         r"['\u2019]s? ", _I)
_GENERIC_SUBJECT = re.compile(
    r"^(?:(?:a|any|the) (?:party|litigant|movant) (?:who |that )?(?:seeking|opposing|resisting|"
    r"requesting|asserting|claiming|withholding|moving|objecting|seeks|opposes|resists|"
    r"requests|asserts|claims|withholds|moves|objects)\b|(?:a|an|any) (?:party|litigant|"
    r"movant|objecting party|responding party)\b)", _I)
_PASSIVE = re.compile(r"^(?:also |jointly |then |thereafter |promptly )?be ([a-z]+ed|made|held|"
                      r"sent|done|given|brought|kept|heard|set|met|paid|written|served)"
                      r"(?: and ([a-z]+ed))?\b(.*)$", _I)
_BASE_VERBS = {
    "filed": "file", "served": "serve", "submitted": "submit", "lodged": "lodge",
    "exchanged": "exchange", "produced": "produce", "made": "make", "completed": "complete",
    "held": "hold", "signed": "sign", "provided": "provide", "sent": "send",
    "delivered": "deliver", "emailed": "email", "e-mailed": "e-mail", "prepared": "prepare",
    "conducted": "conduct", "scheduled": "schedule", "returned": "return",
    "supplemented": "supplement", "amended": "amend", "given": "give", "paid": "pay",
    "written": "write", "brought": "bring", "kept": "keep", "done": "do",
    "transmitted": "transmit", "uploaded": "upload", "attached": "attach",
    "designated": "designate", "disclosed": "disclose", "identified": "identify",
    "noticed": "notice", "taken": "take", "answered": "answer", "raised": "raise",
    "postmarked": "postmark",
    "presented": "present", "propounded": "propound", "certified": "certify",
}


@dataclass(frozen=True, slots=True)
class _Clause:
    text: str
    subject_hint: str | None = None
    joiner: str = ""  # the words that joined it to the clause before (", but ")


@dataclass(slots=True)
class _Draft:
    """An item before chains and merging: the obligation and what it came from."""

    item: ProposedObligation
    sentence: int
    block: int
    clause: int
    chained_back: bool = False
    event_words: str = ""
    with_step: str = ""  # the step it is done with, dated like it


@dataclass(slots=True)
class Classified:
    """What the classifier read from every sentence."""

    obligations: list[ProposedObligation] = field(default_factory=list)
    unclassified: list[UnclassifiedSentence] = field(default_factory=list)
    other: list[OtherSentence] = field(default_factory=list)


# --- helpers -----------------------------------------------------------------------------


def _mask_quotes(text: str) -> str:
    """Quoted passages blanked out (same length), so their words command nobody."""
    return _QUOTED.sub(lambda m: "\u2591" * len(m.group(0)), text)


def _unmask_titles(pred: str, text: str) -> str:
    """A task's words with the short quoted names put back ('file a "Joint List of ..."').

    Quoted passages are masked so their words command nobody; a short one in the task is the
    name of the paper to file, and the task reads wrong without it.
    """
    quotes = [m.group(0) for m in _QUOTED.finditer(text) if len(m.group(0)) <= 100]

    def put_back(run: re.Match[str]) -> str:
        return next((q for q in quotes if len(q) == len(run.group(0))), "")

    return re.sub("\u2591+", put_back, pred)


def _mask_rules(text: str) -> str:
    """What a rule "provides that ..." blanked out."""
    m = _RULE_VERB.search(text)
    if not m:
        return text
    return text[: m.end()] + "\u2591" * (len(text) - m.end())


def _orders_someone(match: re.Match[str]) -> bool:
    """Whether a command's words order someone they name, who then acts.

    "directs the parties to", "I direct Silver State to"; not "shall", whose subject acts.
    """
    words = re.sub(r"^I (?:hereby |further |also |therefore |now )*", "", match.group(0))
    return words.lower().startswith(("require", "order", "direct", "instruct", "expect"))


def _strip_prefix(text: str) -> str:
    text = _ENUM.sub("", text, count=1)
    text = _CAPS_LEAD.sub("", text, count=1)
    m = _ORDERED_PREFIX.match(text)
    if m and m.end():
        text = text[m.end():]
    return text.strip()


_SIDES = {"plaintiff's counsel": "p", "plaintiffs": "p", "plaintiff": "p",
          "defense counsel": "d", "defendants": "d", "defendant": "d"}
_THROUGH_COUNSEL = re.compile(
    r"\b(?:(?:by and )?through|and|with) (?:their |its |his |her )(?:respective )?(?:counsel|"
    r"attorneys?)\b|\b(?:by and )?through (?:counsel|attorneys?)\b", _I)
_IF_FAILS = re.compile(
    r"(?:if|should|in the event(?: that)?) (?P<who>[^,;]{2,60}?) (?:fails?|does not|do not|"
    r"neglects?) to (?P<task>(?:[^,;]|,(?= \d{4}))(?:[^,;]|,(?= \d{4})){2,200}?),(?! \d{4})\s*"
    r"(?=[^;]{0,120}\b(?:dismiss|sanction|strik|deem|"
    r"waive|default|preclu|grant|recommend|contempt|exclud)\w*)", _I)
_TO_THE_COURT = re.compile(
    r"\b(?:to|with|before|from|by|of|for|upon|on|in) (?:the |this )?(?:court|undersigned|"
    r"magistrate judge|district judge|judge)\b(?!['\u2019])(?! reporters?\b)", _I)
# What may sit between two actors named in one list: "counsel for Plaintiff[, counsel for
# Defendant Smith,] and [lead trial] counsel for [the County] Defendants".
_NAME = r"(?-i:[A-Z][\w.'\u2019-]*)"
_LIST_GAP = re.compile(
    rf"(?:\s+{_NAME}){{0,3}}\s*(?:,\s*(?:(?:and|&)\s+)?|\s+(?:and|&|as well as)\s+)(?:the\s+)?"
    rf"(?:(?:lead|local|trial)\s+){{0,2}}(?:counsel for (?:the )?)?(?:{_NAME}\s+){{0,3}}", _I)


def _who(pre: str) -> str | None:
    """The role named nearest the end of ``pre`` (the words before the verb).

    Both sides named together ("counsel for Plaintiff and counsel for Defendant shall ...",
    "Plaintiff and Defendants shall ...") is everyone's task, not the side named last.
    """
    found: list[tuple[int, int, str]] = []
    # "The parties, through counsel, shall ...", "Defendant and its counsel shall ...": the
    # party acts; counsel is how.
    pre = _THROUGH_COUNSEL.sub(lambda m: " " * len(m.group(0)), pre)
    # "All applications submitted to the undersigned must comply ...": the court is where the
    # papers go, not who acts.
    pre = _TO_THE_COURT.sub(lambda m: " " * len(m.group(0)), pre)
    pre = re.sub(r"(?<=[A-Za-z])\(s\)", "s  ", pre)  # "counsel for Defendant(s)"
    # "Plaintiff, or Defendant in removed cases, is responsible for ...": the exception aside.
    pre = re.sub(r",\s+or\s+[^,;]{1,60},", lambda m: " " * len(m.group(0)), pre)
    # "The claims against Officer Martinez shall proceed": who is sued does not act.
    pre = re.sub(r"\b(?:claims?|counts?|action|case|suit|complaint) against [^,;]{1,60}",
                 lambda m: " " * len(m.group(0)), pre, flags=_I)
    caption = _CAPTION_ROLES.get()
    for pattern, name in (*_ROLE_PATTERNS, *caption, (GOVERNMENT, GOVERNMENT_ACTOR)):
        found.extend((m.start(), m.end(), name) for m in pattern.finditer(pre))
    if not found:
        return None
    start, _, name = max(found, key=lambda f: (f[1], f[1] - f[0]))
    if name not in _SIDES:
        return name
    sides = {_SIDES[name]}
    at = start
    while True:
        joined = [f for f in found if f[1] <= at and _LIST_GAP.fullmatch(pre[f[1]:at])]
        if not joined:
            break
        at, _, other = max(joined, key=lambda f: (f[1], f[1] - f[0]))
        sides.add(_SIDES.get(other, ""))
    if {"p", "d"} <= sides:
        return "all parties"
    return name


_CLAUSE_SPLIT = re.compile(
    r"(?:,|;) (?:and|but|while)(?: that)? (?=(?:(?:the|all|each|any|no|a|an|defense|plaintiffs?|"
    r"defendants?|counsel|lead|briefing|it|petitioners?|respondents?|movants?)\b[^,;]{0,60}?"
    r"(?:, if any,[^,;]{0,20}?)?\b(?:shall|must|is|are|will|may|(?:has|have) until)\b))"
    r"|,? and (?=(?:shall|must|also shall|also must|thereafter shall)\b)"
    r"|; (?=[A-Za-z])"
    r"| and (?=(?:the|all|each) (?:parties|party|court|plaintiffs?|defendants?|counsel)\b"
    r"[^,;]{0,30}?\b(?:shall|must)\b)"
    # "..., must be filed by 2/26/2027, and oppositions must be filed within 21 days"
    r"|, and (?=(?-i:[a-z]+)(?: [a-z]+){0,2} (?:(?:shall|must) be|(?:is|are) due)\b)"
    r"|(?<=,) (?=(?-i:(?:(?:IT IS|it is|It is) (?:HEREBY |FURTHER |ALSO |hereby |further |"
    r"also )*)?ORDERED,? (?:that|THAT)\b))", _I)
_ORDERED_START = re.compile(r"(?:it is|IT IS|It is) (?:HEREBY |hereby |FURTHER |further |ALSO |"
                            r"also )*ORDERED\b")
_AND_TO = re.compile(r",? and (?:to )(?=[a-z]+ )", _I)
_AND_TO_VERB = re.compile(
    r"(?<=\w),? and to (?=(?:produce|serve|file|submit|provide|respond|answer|supplement|meet|"
    r"confer|appear|pay|lodge|exchange|deliver|complete|comply|show|notify|advise|update|"
    r"prepare|make|send|e-?mail|contact|reply|identify|disclose)\b)")
_VERBISH = re.compile(r"\b(?:shall|must|is|are|will|may|directed|ordered|should|need)\b", _I)


def _clauses(text: str) -> list[_Clause]:
    """Split a sentence where it joins two commands."""
    pieces: list[_Clause] = []
    start = 0
    joiner = ""
    for m in _CLAUSE_SPLIT.finditer(text):
        left = text[start:m.start()]
        right = text[m.end():]
        # "AND NOW, this 12th day of March, 2025, upon consideration of ..., it is HEREBY
        # ORDERED that ...": the recital before the command needs no verb of its own.
        ordered = bool(_ORDERED_START.match(right)) and len(_strip_prefix(right).split()) >= 3
        if len(left.split()) < 3 or len(right.split()) < 2 or not (
                ordered or _VERBISH.search(left)):
            continue
        pieces.append(_Clause(left.strip(), joiner=joiner))
        start = m.end()
        joiner = m.group(0)
    pieces.append(_Clause(text[start:].strip(), joiner=joiner))
    pieces = [q for p in pieces for q in _split_and_to(p)]
    pieces = [q for p in pieces for q in _split_and_thereafter(p)]
    if len(pieces) > 1:
        # "... shall participate ..., and must sign ...": the second clause's subject is the
        # first one's.
        for i in range(1, len(pieces)):
            if re.match(r"(?:also |thereafter )?(?:shall|must)\b", pieces[i].text, _I):
                lead = _DIRECTIVE.search(pieces[i - 1].text)
                hint = None
                if lead:
                    hint = re.split(r",\s*", pieces[i - 1].text[: lead.start()].strip())[-1]
                pieces[i] = _Clause(pieces[i].text, hint or pieces[i - 1].subject_hint,
                                    pieces[i].joiner or ", and ")
    return [p for p in pieces if p.text]


# Not "shall be served and filed within fourteen days thereafter": one task in the passive.
_AND_THEN = re.compile(r"\b(?:shall|must)\b(?! not\b)(?! be [a-z]+ed and)[^,;]{3,120}? and "
                       r"(?=(?:then )?(?![a-z]+ed\b)[a-z]+ [^,;]{0,160}\bthereafter\b)", _I)


def _split_and_thereafter(clause: _Clause) -> list[_Clause]:
    """Split a second task that counts from the first, so each is a step of its own.

    "shall notify chambers immediately and file a stipulated order within three days
    thereafter": the order counts from the notice.
    """
    m = _AND_THEN.search(clause.text)
    if m is None or find_periods(clause.text[: m.end()]) or deadline_dates(
            clause.text[: m.end()], None):
        return [clause]
    directive = re.search(r"\b(?:shall|must)\b", clause.text[m.start():], _I)
    assert directive is not None  # noqa: S101 - the pattern starts with it
    hint = re.split(r",\s*", clause.text[: m.start()].strip())[-1] or clause.subject_hint
    return [_Clause(clause.text[: m.end() - 5].strip(), clause.subject_hint, clause.joiner),
            _Clause(f"{directive.group(0)} {clause.text[m.end():].strip()}", hint, " and ")]


def _split_and_to(clause: _Clause) -> list[_Clause]:
    """Split "are directed to meet ... and to file ... thereafter": two commands, one subject."""
    lead = re.search(r"\b(?:is|are) (?:hereby |further |also )?(?:ordered|directed|required|"
                     r"instructed) to\b", clause.text, _I)
    if lead is None:
        return [clause]
    m = _AND_TO.search(clause.text, lead.end())
    if m is None or not (find_periods(clause.text[m.end():])
                         or deadline_dates(clause.text[m.end():], None)):
        return [clause]
    first, second = clause.text[: m.start()], clause.text[m.end():]
    if not (find_periods(first) or deadline_dates(first, None)) and not any(
            p.chained for p in find_periods(second)):
        # "is ORDERED to serve supplemental answers ... and to produce the reports by
        # 3/24/2026": one date for both tasks, unless the second counts from the first
        # ("and to file a joint statement within 7 days thereafter").
        return [clause]
    hint = clause.text[: lead.end() - 3].strip()
    return [_Clause(clause.text[: m.start()].strip(), clause.subject_hint, clause.joiner),
            _Clause("to " + clause.text[m.end():].strip(), hint)]


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    # 'mail notice to the class (the "Notice Date")': the name the order gives, not the task.
    text = re.sub(r"\s*\((?:the |a |hereinafter(?: the)? )?[\"\u201c][^\"\u201d]{2,40}"
                  r"[\"\u201d]\)", "", text)
    # "shall — [within 14 days of this Order] — produce": the dashes around the words taken out.
    text = re.sub(r"\s*[\u2014\u2013](?:\s*[\u2014\u2013])+\s*", " ", text)
    text = re.sub(r"^\s*[\u2014\u2013]\s*|\s*[\u2014\u2013]\s*$", "", text)
    # "and [, by the close of business on March 27, 2026], file": the words went, the comma
    # after them stayed.
    text = re.sub(r"\b(and|or) ,\s*", r"\1 ", text)
    # "a joint status report [every 90 days], beginning [90 days from ...], describing": the
    # word that led into the first date, left alone.
    text = re.sub(r",?\s*\b(?:beginning|starting|commencing)(?: on| in [A-Z][a-z]+(?: \d{4})?)?"
                  r"\s*(?=,|$)", "", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"^(?:(?:[,;:]|(?:and|or|to|thereafter|also|then|(?:with)?in which to)\b)"
                  r"\s*)+", "", text, flags=_I)
    # "serve responses on or before the later of [(i) March 20, 2026], or (ii)": the list's
    # other label left behind.
    text = re.sub(r"\s*,?\s*(?:\b(?:or|and)\s*)?\((?:i{1,3}|[a-c]|[1-3])\)\s*$", "", text)
    text = re.sub(r"(?:[,;:]\s*)?(?:\band\b|\bor\b)?\s*[,;:.]*$", "", text, flags=_I)
    # "confer and, [within 5 business days thereafter,] submit": the commas went with the words.
    text = re.sub(r"\b(and|or),\s*,\s*", r"\1 ", text)
    text = re.sub(r",\s*,", ",", text)
    return text.strip(" ,;:")


def _remove_spans(text: str, spans: list[tuple[int, int]]) -> str:
    out = text
    for a, b in sorted(spans, reverse=True):
        out = out[:a] + " " + out[b:]
    return out


def _active_what(pred: str, subject: str) -> str:
    """Turn a passive command active.

    "be filed in this matter" with subject "a Joint Statement" reads "file a Joint Statement
    in this matter".
    """
    m = _PASSIVE.match(pred.strip())
    if m and re.match(r"\s+to [a-z]", m.group(3)) and not m.group(2) and m.group(1).lower() in (
            "prepared", "required", "permitted", "allowed", "expected", "encouraged",
            "entitled", "obligated", "advised", "directed", "ordered", "instructed"):
        return pred  # "be prepared to discuss ...": an adjective, not the subject acted on
    if m and subject:
        base = _BASE_VERBS.get(m.group(1).lower())
        second = _BASE_VERBS.get(m.group(2).lower()) if m.group(2) else None
        if base and (second or not m.group(2)):
            subject = re.sub(r"^(The|A|An|Any|Each|All) ", lambda a: a.group(1).lower() + " ",
                             subject.strip())
            verbs = f"{base} and {second}" if second else base
            return f"{verbs} {subject}{m.group(3)}"
    return pred


_ASIDE = re.compile(r"^(?:pursuant to|under|in accordance with|as\b|except|including|if|when|"
                    r"which|who|unless|subject to|together with|limited to|not to exceed|"
                    r"other than|excluding|for example|such as|e\.g\.|i\.e\.|"
                    r"no (?:more|longer) than|of no more than)\b", _I)


def _subject(pre: str) -> str:
    """The subject before the verb, without the asides set off by commas.

    "Mediation, pursuant to Local Civil Rules 16.04 - 16.12," is "Mediation"; "All other
    motions, except those relating to ..., " is "All other motions".
    """
    pieces = [p.strip() for p in re.split(r",\s*", pre.strip()) if p.strip()]
    while len(pieces) > 1 and _ASIDE.match(pieces[-1]):
        pieces.pop()
    # "..., and that any request to extend that deadline must be made": the subject is the
    # request, not the words joining it to the clause before.
    return re.sub(r"^(?:(?:and|or|but) )?(?:that )?", "", pieces[-1], flags=_I) if pieces else ""


# A time of day left behind when the date is taken out of the task: "file a report by 5:00
# p.m. (CT) [on June 5, 2026]", "appear ... [on November 19, 2025], at 10:00 a.m.".
_TIME_OF_DAY = re.compile(
    r",? \b(?:(?:by|at|before|until|no later than|not later than) )?(?:\d{1,2}(?::\d{2})? ?"
    r"[ap]\.?m\b\.?|noon\b|midnight\b)(?: ?\(?(?:Pacific|Eastern|Central|Mountain|[PEMC][SD]?T)"
    r"\b(?: Time)?\)?)?(?: ?\((?:noon|midnight)\))?(?: on\b)?|"
    r",? \b(?:(?:by|at|before|on or before|no later than|not later than) )?(?:the )?"
    r"(?:close of business|end of (?:the )?(?:business )?"
    r"day)\b(?: on\b)?", _I)
# "Any party wishing to submit exhibits ... shall do so": the task is what the subject wishes.
_WISHING = re.compile(r"\b(?:wishing|who wish(?:es)?|that wish(?:es)?|desiring|intending|"
                      r"who intends?) to (?P<task>[a-z].*)$", _I)


def _plain_what(pred: str, subject: str, *, dated: bool = True) -> str:
    """The task without the time of day, and "do so" said in full.

    An undated task ("by 5:00 p.m. on the Friday before the conference") keeps its time: it
    is the only word of when.
    """
    what = (_TIME_OF_DAY.sub("", pred) if dated else pred).strip().rstrip(" .;,:")
    # The event's own date, said of the event the period counts from: "no later than 14 days
    # before the hearing[, which is set for April 7, 2026]".
    what = re.sub(r",? (?:which|that) (?:is|was|has been|will be) (?:currently )?(?:set|"
                  r"scheduled|reset|noticed) (?:for|on) (?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|"
                  r"\d{1,2}/\d{1,2}/\d{2,4}|[^,;]*)", "", what, flags=_I)
    # The words that led into a date or period taken out: "do so on [the second business day
    # before ...]".
    what = re.sub(r"(?:\s+\b(?:on or before|no later than|not later than|on|by|at|within|the))+"
                  r"\s*$", "", what, flags=_I)
    so = re.match(r"(?:do|does) so\b", what, _I)
    wish = _WISHING.search(subject) if so else None
    if so and wish:
        what = wish.group("task").strip() + what[so.end():]
    return what


# Verbs whose "-ing" form drops an "e" ("completing", "serving"): the rest drop only "ing".
_E_VERBS = frozenset((
    "file", "serve", "complete", "produce", "exchange", "disclose", "designate", "prepare",
    "issue", "argue", "schedule", "take", "make", "provide", "notice", "move", "state",
    "change", "conclude", "continue", "update", "receive", "argue", "identify", "propose",
    "retire", "resolve", "supplement", "become", "issue", "subpoena", "evaluate", "rebut",
    "compile", "locate", "certify", "circulate", "mediate", "negotiate", "arbitrate",
    "substitute", "oppose", "raise", "close", "use", "revise", "lodge", "engage", "exercise",
    "stipulate", "initiate", "determine", "examine", "release", "remove", "excuse", "cure",
    "reserve", "preserve", "write", "redate", "relate", "compute", "dispose", "waive",
))


def _base_verb(word: str) -> str:
    """The plain form of a gerund: "joining" "join", "completing" "complete"."""
    lower = word.lower()
    if not lower.endswith("ing") or len(lower) < 5:
        return word
    if lower in _GERUNDS:
        return _GERUNDS[lower]
    stem = lower[:-3]
    if stem + "e" in _E_VERBS:
        return stem + "e"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]  # "submitting", "omitting"
    return stem


_DEADLINE_FOR = re.compile(
    r"^(?:the )?(?:[A-Za-z]+['\u2019]s? )?(?:(?:final|last) )?(?:deadline|last day|time|date|"
    r"cut-?off(?: date)?)"
    r" (?:for|to|by which to|within which to) (?:the parties to )?"
    r"(?P<task>(?:[a-z]+ing|[a-z]+)\b[^;]*?)"
    r",? (?:is|shall be|will be|are|must be|has been set (?:for|as|at)|is set (?:for|as|at))"
    r"\b", _I)


def _task_of_deadline(text: str) -> str | None:
    """The task a deadline sentence names, as a task.

    "The deadline for joining parties and amending pleadings is 60 days from ..." is "join
    parties and amend pleadings".
    """
    m = _DEADLINE_FOR.match(_strip_prefix(text))
    if not m:
        return None
    task = m.group("task").strip()
    if not re.match(r"[a-z]+ing\b", task, _I):
        if not re.match(r"(?:file|serve|join|amend|complete|produce|designate|disclose|"
                        r"exchange|move|respond|reply|object|submit|take|add|seek)\b", task, _I):
            return None
        return task
    # "joining parties and amending pleadings": every gerund after "and"/"or"/"," too.
    return re.sub(r"(?:(?<=^)|(?<=\band )|(?<=\bor ))([a-z]+ing)\b(?<!\bincluding)",
                  lambda g: _base_verb(g.group(1)), task, flags=_I)


_LIMIT_NOUN_VERB = (
    (r"depositions?|deposition hours", "take"),
    (r"interrogatories|requests?(?: for (?:admission|production))?|document requests", "serve"),
    (r"(?:expert )?witnesses|experts", "designate"),
)


def _limit_task(what: str, subject: str) -> str:
    """A limit read as a task.

    "be limited to ten depositions per side" with the subject "Depositions" is "take at
    most ten depositions per side".
    """
    m = re.match(r"(?:each )?be limited to (?:(?:a total of|a maximum of|no more than) )?"
                 r"(?P<rest>.+)$", what, _I)
    if not m:
        return what
    rest = m.group("rest")
    nouns = f"{rest} {subject}"
    verb = next((v for n, v in _LIMIT_NOUN_VERB if re.search(rf"\b(?:{n})\b", nouns, _I)), "")
    if not verb:
        return f"keep to at most {rest}"
    named = re.search(r"\b(?:" + "|".join(n for n, _ in _LIMIT_NOUN_VERB) + r")\b", rest, _I)
    if named is None and subject and not _who(subject):
        # "Depositions shall be limited to ten per side": the subject is what is limited.
        noun = re.sub(r"^(?:the|all|any) ", "", subject.strip(), flags=_I).lower()
        number = re.match(r"(\S+)(.*)$", rest)
        if number:
            return f"{verb} at most {number.group(1)} {noun}{number.group(2)}"
    return f"{verb} at most {rest}"


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# --- suggested template ids --------------------------------------------------------------


def _suggest(kind: Kind, lower: str, who: str, *, statement_list: bool) -> str | None:
    """The template id (DOMAIN.md) an item matches, if it clearly does."""
    js = bool(re.search(r"joint (?:discovery )?(?:statement|letter|stipulation)", lower))
    if kind is Kind.CONTENT:
        if not statement_list and "joint statement" not in lower:
            return None
        if re.search(r"still at issue|remains? unresolved|remain in dispute|at issue\b", lower):
            return "statement_content_c"
        if re.search(r"\bresolved\b", lower):
            return "statement_content_b"
        if re.search(r"met and conferred|meet and confer", lower):
            return "statement_content_a"
        return None
    if kind in (Kind.DEADLINE, Kind.DUTY):
        if re.search(r"\bcontact (?:the )?(?:pro se )?(?:plaintiffs?|defendants?|opposing|the "
                     r"other|him|her|them|counsel)\b", lower) and not js:
            return "contact"
        if js and re.search(r"\bfil(?:e|ed|es|ing)\b", lower) and kind is Kind.DEADLINE:
            return "statement_file"
        if js and re.search(r"\bprepar", lower):
            return "statement_prepare"
        if (js or "signature" in lower) and re.search(r"\bsign", lower):
            return "statement_sign"
        if "good faith" in lower and kind is Kind.DUTY:
            return "good_faith"
        if re.search(r"meet[ -]and[ -]confer|meet and confer", lower) and kind is Kind.DUTY:
            return "meet_and_confer"
        return None
    if kind is Kind.NOTICE:
        if "briefing" in lower and re.search(r"\bstay", lower):
            return "briefing_stayed"
        if ("opposition" in lower and "vacat" in lower) or re.search(
                r"relieved of (?:his|her|their|its|any|the) obligation to (?:respond|oppose)",
                lower):
            return "opposition_vacated"
        if who == "court" and "further order" in lower:
            return "further_order"
        if re.search(r"signatures? (?:is|are) acceptable|wet signature", lower):
            return "statement_sign"
        return None
    if kind is Kind.PROHIBITION:
        if re.search(r"\bfilings?\b|\bbriefing\b|\bbriefs?\b", lower) and "motion" in lower:
            return "no_further_filings"
        return None
    if kind is Kind.WARNING and "sanction" in lower and re.search(
            r"meet and confer|comply|this order", lower):
        return "sanctions_warning"
    return None


# --- the classifier ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Reading:
    """One clause read."""

    kind: Kind | None = None
    other: OtherReason | None = None
    unclassified: str = ""
    no_signal: bool = False
    who: str = ""
    what: str = ""
    periods: tuple[Period, ...] = ()
    fixed: tuple[tuple[date | None, str], ...] = ()
    confidence: float = 0.0
    notes: tuple[str, ...] = ()
    who_inferred: bool = False
    with_step: str = ""  # "at the same time as [the privilege log]": the step it goes with


# "shall serve a declaration at the same time as the privilege log", "contemporaneously with
# the production", "Together with the joint status report, ...": done when that step is.
_ACCOMPANY = re.compile(
    r"\b(?:at the same time(?: (?:as|that|with))?|contemporaneous(?:ly)? with|simultaneous(?:ly)? "
    r"with|concurrent(?:ly)? with|together with|along with|at the time of)\b"
    r"(?P<step>[^,;.:()]{0,80})", _I)


def _accompanied_step(text: str) -> str | None:
    """The step a task is done with ("the privilege log"), "" for "at the same time", or None."""
    m = _ACCOMPANY.search(text)
    if m is None:
        return None
    step = re.split(r"\b(?:shall|must|will|and|or|which|that|unless|if|so)\b", m.group("step"),
                    maxsplit=1, flags=_I)[0].strip()
    if m.group(0).lower().startswith("at the same time") and not re.search(
            r"\b(?:as|with)\b", m.group(0), _I):
        return ""
    if m.group(0).lower().startswith(("together", "along")) and not re.match(
            r"(?:the|its|their|his|her|any|each|a|an)\b", step, _I):
        return None  # "together with any exhibits": what goes in the paper, not a step
    return step


# Whose deadline a notice moves: "Defendant's deadline to answer ... is extended to", "The
# deadline for Plaintiff to respond ... is extended to".
_DEADLINE_OF = re.compile(
    r"^(?:(?:the )?(?P<who>[^,;]{2,60}?)['\u2019]s? (?:deadline|time) (?:to|for|within which to)"
    r"|(?:the )?(?:deadline|time) for (?P<who2>[^,;]{2,60}?) to) (?P<task>[^;]{3,200}?),? "
    r"(?:is|are|shall be|will be) (?:hereby )?(?:extended|continued|reset|moved|enlarged)\b", _I)


_OBJECTION_TO_ORDER = re.compile(
    r"\bobject\w*\b[^.;]{0,40}?\b(?:this|the|these) (?:[\w-]+ ){0,3}?(?:order|report|"
    r"findings|recommendations?)\b", _I)


def _own_service(periods: list[Period], text: str) -> list[Period]:
    """"Any objection to this Minute Order ... within 14 days of service": of this order.

    So is "... objecting to this Order must file objections ... within fourteen days after
    being served with a copy of it" (Rule 72(a)); but "A party may respond to another party's
    objections within 14 days after being served with a copy" is the objections' service.
    """
    if not _OBJECTION_TO_ORDER.search(text):
        return periods
    return [replace(p, trigger=Trigger.SERVICE) if p.trigger is Trigger.FILING and re.fullmatch(
        r"(?:the )?(?:date of )?service(?: thereof)?|(?:being )?served with a copy(?: of "
        r"(?:it|same))?", p.event, _I) else p for p in periods]


def _task_with_a_limit(text: str) -> bool:
    """Whether a command with a page limit is a task, not the limit alone.

    "shall each submit a letter, not to exceed three pages" is a task; "shall be limited to
    three pages" is the limit.
    """
    lead = re.search(r"\b(?:shall|must)\b(?! not\b)|\b(?:is|are) (?:hereby )?(?:ordered|"
                     r"directed) to\b", text, _I)
    if lead is None:
        return False
    return bool(re.match(
        r"\s*(?:(?:each|jointly|also|then|promptly)\s+)?(?!be\b|not\b)[a-z]+\s+(?:a|an|the|"
        r"its|their|his|her|any|one|each)\b", text[lead.end():], _I))


def _page_limit_only(text: str) -> bool:
    return bool(_PAGE_LIMIT.search(text)) and not find_periods(text)


def _read_clause(clause: _Clause, sentence: Sentence, order_date: date | None, *,
                 content_list: bool) -> _Reading:
    raw = clause.text
    text = _strip_prefix(raw) if raw else raw
    if clause.subject_hint and text:
        # "..., and must sign the Joint Statement": read with the subject it shares.
        text = f"{clause.subject_hint} {text}"
    if not text:
        return _Reading(other=OtherReason.LIST_INTRO)
    if (_CLOSING.search(text) and len(text.split()) <= 6) or _DATED_CLOSING.match(text):
        return _Reading(other=OtherReason.CLOSING)
    if sentence.heading:
        return _Reading(other=OtherReason.HEADING)
    if re.fullmatch(r"\(?(?:see |See )?(?:ECF|Doc\.?|Dkt\.?)[^)]{0,30}\)?\.?", text):
        return _Reading(other=OtherReason.CITATION)
    if _UNCHECKED.match(_ENUM.sub("", raw.strip(), count=1)):
        return _Reading(other=OtherReason.BACKGROUND)  # "[ ] The parties do not consent": not
        #                                               the choice made
    if re.fullmatch(r"\((?-i:[a-z]{2,4}|[A-Z]{2,4})(?:, [A-Za-z ]{2,20})?\)", text.strip()):
        return _Reading(other=OtherReason.CLOSING)  # the docket clerk's initials: "(KMH)"

    masked = _mask_quotes(text)
    rule_verb = _RULE_VERB.search(masked)
    if rule_verb and len(masked[: rule_verb.start()].split()) <= 3:
        masked = _mask_rules(masked)
    periods, ends = period_end_dates(_own_service(find_periods(masked), masked), order_date)
    fixed = sorted([*deadline_dates(masked, order_date), *ends], key=lambda f: f[0].start)
    timed = bool(periods or fixed)

    if raw.rstrip().endswith(":") and not timed:
        intro_directive = _DIRECTIVE.search(masked)
        if not intro_directive or _CONTENT_INTRO.search(masked):
            return _Reading(other=OtherReason.LIST_INTRO)
    if _PARTY_STATEMENT.match(masked):
        return _Reading(other=OtherReason.PARTY_STATEMENT)
    month_row = None if timed else _MONTH_ROW.fullmatch(masked.strip())
    if month_row and re.search(r"\b(?:trial|term|hearing|conference|jury selection|calendar "
                               r"call|docket call|argument)\b", month_row.group("label"), _I) \
            and not _ROW_TASK.search(
            month_row.group("label")):
        month = " ".join(month_row.group("month").replace(",", "").split())
        return _Reading(Kind.NOTICE, who="all", what=f"{_tidy(month_row.group('label'))}: "
                        f"{month}", confidence=0.6, notes=(
                            f"set for a month ({month}) with no day: enter the date when the "
                            "court sets it",))
    if not timed and _CASE_GOES_ON.match(masked.strip()):
        return _Reading(Kind.NOTICE, who="all", what=_tidy(text), confidence=0.7)
    if _DEFINITION.match(text):
        return _Reading(other=OtherReason.BACKGROUND)  # "'Day' means a calendar day ..."
    if _BACKGROUND_LEAD.match(masked):
        return _Reading(other=OtherReason.BACKGROUND)
    if not timed and _PRINTOUT_FIELD.match(masked):
        return _Reading(other=OtherReason.BACKGROUND)  # a Lexis printout's "Opinion by: ..."
    if not timed and _GENERIC_SUBJECT.match(masked):
        return _Reading(other=OtherReason.RULE)  # "A party seeking discovery must show ..."
    if (not timed and _PAGE_LIMIT.search(masked) and _LIMIT_VERB.search(masked)
            and not _CONTENT_SUBJECT.match(masked) and not content_list
            and not _task_with_a_limit(masked)):
        return _Reading(other=OtherReason.PAGE_LIMIT)

    def who_and_pre(match: re.Match[str] | None, *,
                    by_agent: bool = False) -> tuple[str, bool, str]:
        pre = masked[: match.start()] if match else masked
        if match and _orders_someone(match):
            found = _who(match.group(0))
            return found or "all parties", False, pre
        found = _who(pre)
        if found is None and match is not None and by_agent:
            by = re.search(r"\bby ((?:the )?[a-z' \u2019]+?)(?:[,.;]|$| within| no later)",
                           masked[match.end():], _I)
            if by:
                found = _who(by.group(1))
        if found is None and by_agent:
            # "Plaintiff's opposition is due ...", "Defendant's reply, if any, shall be
            # filed ...": the owner of the paper acts.
            owner = _POSSESSIVE.search(_subject(pre))
            if owner:
                found = _who(owner.group(1))
        return (found or ""), found is None, pre

    if content_list:
        what = _tidy(_strip_prefix(raw))
        return _Reading(Kind.CONTENT, who="(content)", what=what, confidence=0.85,
                        periods=tuple(periods))

    warning = _WARNING.search(masked)
    if warning:
        who, _, _ = who_and_pre(warning)
        return _Reading(Kind.WARNING, who=who or "all", what=_tidy(text), confidence=0.85)

    prohibition = _PROHIBITION.search(masked)
    while prohibition and (_CONDITION.search(masked, 0, prohibition.start())
                           or _WHY.search(masked, 0, prohibition.start())):
        # "if they cannot resolve the dispute, shall submit ...": a condition, not a ban;
        # "show cause ... why this action should not be dismissed": a question, not a ban.
        prohibition = _PROHIBITION.search(masked, prohibition.end())
    if prohibition:
        if _page_limit_only(masked) and not fixed:
            return _Reading(other=OtherReason.PAGE_LIMIT)
        who, _, _ = who_and_pre(prohibition)
        if not who and _NOT_HELD.match(masked, prohibition.end()) and _HELD_BY_COURT.search(
                masked, 0, prohibition.end()) and re.search(
                r"\b(?:shall|will|may|must) not$|\b(?:shall|will|may) be$",
                prohibition.group(0), _I):
            who = "court"  # "Oral argument will not be held unless the Court orders otherwise"
        if who == "court":
            # "The court will not consider any motion filed without ...": what the court
            # will not do is a notice to the parties, not a ban on the court.
            return _Reading(Kind.NOTICE, who="court", what=_tidy(text), confidence=0.75,
                            periods=tuple(periods))
        return _Reading(Kind.PROHIBITION, who=who or "all", what=_tidy(text), confidence=0.85,
                        periods=tuple(periods), fixed=tuple(
                            (f.value, w) for f, w in fixed if re.search(r"\bafter\b", w, _I)))

    notice = _NOTICE.search(masked) or _NOTICE_CASE.search(masked)
    if notice and timed and _IF_FAILS.match(masked):
        notice = None  # "If Plaintiff fails to respond by ..., the Court may dismiss ..."
    first_directive = _DIRECTIVE.search(masked)
    if notice and first_directive and first_directive.start() < notice.start() and timed:
        notice = None  # "defendants shall file a notice stating whether ... is withdrawn"
    allowed = _PERMISSION.search(masked)
    if notice and allowed and periods and allowed.start() < notice.start():
        notice = None  # "may file its motion ... 21 days before the conference, which is set for"
    if notice and first_directive and timed and _LEADING_CONDITION.match(masked):
        comma = masked.find(",", notice.end())
        if 0 <= comma < first_directive.start():
            notice = None  # "If the Court sets a hearing, each party shall lodge ... before"
    if notice and timed and re.match(r"(?:shall|must|will) be submitted\b", notice.group(0), _I):
        notice = None  # "reports shall be submitted ... no later than thirty days before"
    extension = notice and periods and re.search(
        r"\b(?:granted|given|allowed|afforded)\b", notice.group(0), _I)
    granted_date = notice and not periods and fixed and re.search(
        r"\b(?:granted|given|allowed|afforded|extended)\b", notice.group(0), _I)
    if granted_date:
        # "Plaintiff is GRANTED an extension of time to and including April 14, 2025, to
        # respond to ...": a deadline for the party granted it.
        last = fixed[-1][0]
        rest = re.search(r"\bto ([a-z].*)$", masked[last.end:])
        if rest:
            who, inferred, _ = who_and_pre(notice)
            return _Reading(Kind.DEADLINE, who=who, what=_tidy(rest.group(1)),
                            fixed=tuple((f.value, w) for f, w in fixed), confidence=0.8,
                            who_inferred=inferred)
        owned = _DEADLINE_OF.match(masked)
        moved_for = _who(owned.group("who") or owned.group("who2")) if owned else None
        if owned and moved_for:
            # "Defendant's deadline to answer the interrogatories is extended to 1/30/2026":
            # the defendant's deadline, moved.
            return _Reading(Kind.DEADLINE, who=moved_for, what=_tidy(owned.group("task")),
                            fixed=tuple((f.value, w) for f, w in fixed), confidence=0.8)
    if notice and extension and re.search(r"\bto [a-z]+", masked[periods[-1].end:]):
        who, inferred, _ = who_and_pre(notice)
        rest = re.search(r"\bto ([a-z].*)$", masked[periods[-1].end:])
        what = _tidy(rest.group(1)) if rest else _tidy(text)
        return _Reading(Kind.DEADLINE, who=who, what=what, periods=tuple(periods),
                        confidence=0.8, who_inferred=inferred)
    if notice:
        who, _, _ = who_and_pre(notice)
        if re.search(r"\b(?:the |this )?court (?:shall|will|may|intends|is|will be)\b|"
                     r"\bthe undersigned\b|(?-i:^(?:I|We)\b)", notice.group(0), _I):
            who = "court"
        when = [(f.value, f.text) for f in set_dates(masked, order_date)]
        if who == "court":
            # "The Court will usually schedule the conference within three business days",
            # "the Court will enter an order requiring Defendant to ... within thirty (30)
            # days": the court's own time, or a preview of the order that follows.
            periods = []
        told: tuple[str, ...] = ()
        if not who and re.search(r"\b(?:hearings?|conferences?|trial|argument)\b[^.;]{0,30}?"
                                 r"(?:will|shall) (?:be (?:held|conducted|convened)|take place)"
                                 r"\b", notice.group(0), _I):
            # "The Markman hearing will be held approximately 23 weeks after the CMC": the
            # court's own event, told to the parties; its time is kept.
            who = "court"
            if periods and re.search(r"\b(?:approximately|about|roughly|around)\s*$",
                                     masked[: periods[0].start], _I):
                told = ("an approximate time: the court sets the day",)
        return _Reading(Kind.NOTICE, who=who or "all", what=_tidy(text), confidence=0.8,
                        periods=tuple(periods), fixed=tuple(when), notes=told)

    if not timed and re.match(r"(?:no|nothing)\b[^,;]{0,40}\b(?:is|are) (?:required|needed|"
                              r"necessary)\b", masked, _I):
        # "No action is required at this time.": nobody has to do anything.
        return _Reading(Kind.NOTICE, who="all", what=_tidy(text), confidence=0.7)
    if _CONTENT_SUBJECT.match(masked):
        return _Reading(Kind.CONTENT, who="(content)", what=_tidy(text), confidence=0.75)

    if not timed and _POINTED_TO.search(masked):
        # "Counsel are directed to the Local Rules regarding protective orders": where to
        # look, not a task.
        who, _, _ = who_and_pre(None)
        return _Reading(Kind.NOTICE, who=who or "all", what=_tidy(text), confidence=0.7)
    fails = _IF_FAILS.match(masked) if timed else None
    if fails and _who(fails.group("who")):
        # "If Plaintiff fails to file a response by March 20, 2026, the Court may dismiss
        # this action": the date is Plaintiff's to meet, and the sentence says what follows.
        spans = [(p.start - fails.start("task"), p.end - fails.start("task")) for p in periods]
        spans += [(fails.group("task").find(w), fails.group("task").find(w) + len(w))
                  for _, w in fixed if w in fails.group("task")]
        what = _tidy(_plain_what(_remove_spans(fails.group("task"), [
            (max(a, 0), max(b, 0)) for a, b in spans if b > 0]), ""))
        return _Reading(Kind.DEADLINE, who=_who(fails.group("who")) or "", what=what,
                        periods=tuple(periods), fixed=tuple((f.value, w) for f, w in fixed),
                        confidence=0.6, notes=(
                            "the order says what follows if this is not done: "
                            + _tidy(masked[fails.end():]),))
    directive = _DIRECTIVE.search(masked)
    weak = None if directive else _WEAK_DIRECTIVE.search(masked)
    lead = directive or weak
    if lead is None and _ORDERED_THAT.search(sentence.text):
        subjunctive = _SUBJUNCTIVE.match(masked)
        if subjunctive:
            lead = _EMPTY.match(masked, subjunctive.end())
    orders_at = _COURT_ORDERS_THAT.search(masked) if lead is None and timed else None
    if orders_at is not None:
        # "the Court orders that any joint stipulation be filed no later than ...": a
        # command in the subjunctive, passive; read from its "be".
        that_be = re.search(r"\bthat (?P<subject>[^,;]{3,80}?) (?=be [a-z]+ed\b|be made\b)",
                            masked[orders_at.start():], _I)
        if that_be:
            lead = _EMPTY.match(masked, orders_at.start() + that_be.end())
        else:
            orders_at = None
    if lead is None:
        # Docket text: "Defendant to produce its organizational charts by 6/25/2024."
        docket_to = _DOCKET_TO.match(masked)
        if docket_to:
            lead = _EMPTY.match(masked, docket_to.end() + 1)
    if lead is not None:
        if _RULE_SUBJECT.match(masked) and not re.match(
                # "Pursuant to Local Rule 37-1, the parties shall meet ...": the court's
                # command; but "Under Local Rule 37-1, the moving party must ...": the rule.
                r"^(?:pursuant to|under|in accordance with)\b[^,]*,\s*(?:the parties|all "
                r"parties|each party|defense|lead|plaintiffs?\b|defendants?\b|"
                r"counsel(?! for the (?:opposing|moving|responding)))", masked, _I):
            return _Reading(other=OtherReason.RULE)
        if _page_limit_only(masked) and not fixed and re.search(
                r"\b(?:limited|exceed|longer|pages?)\b", masked[lead.start():], _I) and not (
                _task_with_a_limit(masked)):
            return _Reading(other=OtherReason.PAGE_LIMIT)
        who, inferred, pre = who_and_pre(lead, by_agent=True)
        if who == "court" and orders_at is None and not _orders_someone(lead):
            # "If the parties fail to agree, the Court is required to enter a schedule": what
            # the court will do is a notice.
            return _Reading(Kind.NOTICE, who="court", what=_tidy(text), confidence=0.75,
                            periods=tuple(periods),
                            fixed=tuple((f.value, f.text) for f in set_dates(masked, order_date)))
        if orders_at is not None:
            # The court orders; the parties act. "that any joint stipulation be filed": the
            # subject is the paper.
            after_that = re.sub(r"^.*?\bthat\s+", "", pre[orders_at.start():])
            found = _who(after_that)
            who, inferred = (found, False) if found else ("", True)
            pre = after_that
        spans = [(p.start, p.end) for p in periods]
        spans += [(masked.find(words), masked.find(words) + len(words))
                  for _, words in fixed if words in masked]
        if _orders_someone(lead):
            pred = _remove_spans(masked[lead.end():], [
                (max(a - lead.end(), 0), max(b - lead.end(), 0)) for a, b in spans
                if b > lead.end()])
        else:
            pred = masked[lead.end():]
            pred_offset = lead.end()
            spans = [(max(a - pred_offset, 0), max(b - pred_offset, 0)) for a, b in spans
                     if b > pred_offset]
            pred = _remove_spans(pred, spans)
            if re.match(r"\s*(?:hereby |further |also )?(?:ordered|directed|required|"
                        r"instructed|expected|obligated|compelled) to\b", pred, _I):
                pred = re.sub(r"^\s*\S+(?: \S+)? to\b", "", pred, count=1)
            pred = re.sub(r"^\s*(?:also\s+)?have\b\s*(?:an additional\s+|until\s+)?", "", pred,
                          count=1, flags=_I)
            if lead.group(0).lower().rstrip().endswith("responsible for"):
                pred = _GERUND.sub(lambda g: _GERUNDS[g.group(1).lower()], pred, count=1)
            pred = re.sub(r"^\s*(?:they|he|she|it|counsel|the parties|all parties) (?:are|is) "
                          r"(?:each )?(?:required|directed|ordered|expected|obligated) to\b", "",
                          pred, count=1, flags=_I)
            # "The parties are reminded that, under Rule 26(f), they must confer ...": the
            # command is the one the reminder states.
            if lead.group(0).lower().endswith("reminded that") and not timed and not re.search(
                    r"\b(?:shall|must|should|are to|is to|need to|needs to|have to|has to|"
                    r"will|(?:are|is) (?:required|directed|obligated|expected|ordered) to)\b",
                    masked[lead.end():], _I):
                # "The parties are reminded that these rules apply to every discovery
                # motion": a statement, no task.
                return _Reading(Kind.NOTICE, who="all", what=_tidy(text), confidence=0.7)
            if lead.group(0).lower().endswith("reminded that"):
                pred = re.sub(r"^\s*,?\s*(?:[^,;]{0,60},\s*)?(?:they|he|she|it|counsel|"
                              r"the parties|all parties|each party) (?:shall|must|should|are "
                              r"to|is to|will)\s+", "", pred, count=1, flags=_I)
            subject = _subject(pre)
            # A passive command ("Motions to join other parties ... shall be filed") names
            # the thing to do, whoever its words mention: turn it active.
            is_passive = bool(_PASSIVE.match(pred.strip()))
            pred = (_active_what(pred, subject) if inferred or is_passive or not _who(subject)
                    else pred)
            if inferred and _COURT_EVENT.match(subject) and re.match(
                    r"\s*(?:commence|begin|take place|start|proceed)\b", pred, _I):
                # "Trial shall commence on 2 February 2027": the court's event, a notice.
                return _Reading(Kind.NOTICE, who="all", what=_tidy(text), confidence=0.75,
                                fixed=tuple((f.value, w) for f, w in fixed),
                                periods=tuple(periods))
            if inferred and subject and re.match(
                    r"\s*(?:remain|be|stay) open\b", pred, _I) and timed \
                    and re.search(r"\bdiscovery\b", subject, _I):
                # "Fact discovery shall remain open through the 30th day of September, 2026":
                # the last day to complete it.
                pred = "complete " + re.sub(r"^(?:The|All|Any) ", lambda a: a.group(0).lower(),
                                            subject.strip())
            if inferred and subject and re.match(
                    r"\s*(?:take place|occur|be (?:held|completed|conducted|taken|concluded)|"
                    # "All fact discovery shall close on May 29, 2026": the event itself.
                    r"close|end|begin|commence|expire|conclude|terminate|go forward|"
                    r"proceed)\b",
                    pred, _I):
                pred = f"{subject} {lead.group(0)} {pred.strip()}"
            if inferred and not timed and _COURT_ACT.match(subject):
                # "any ruling shall be memorialized in a minute order": the court's act.
                return _Reading(Kind.NOTICE, who="court", what=_tidy(text), confidence=0.7)
            if lead.group(0).lower().endswith("due") or (
                    subject and re.fullmatch(r"\s*be due\W*", pred, _I)):
                # "Responses shall be due within 14 days ...": "Responses due".
                pred = f"{subject} due" if subject else "due"
        what = _tidy(_plain_what(_unmask_titles(pred, text), _subject(pre),
                                 dated=timed)) or _tidy(text)
        what = _AND_TO_VERB.sub(" and ", what)  # "serve ... and [to] produce ..."
        what = _limit_task(what, _subject(pre))
        deadline_task = _task_of_deadline(text) if timed else None
        if deadline_task:
            # "The deadline for completing fact discovery ... shall be October 17, 2025".
            what = _tidy(deadline_task)
        confidence = 0.9 if directive else 0.75
        notes: list[str] = []
        if inferred:
            confidence -= 0.1
        if lead.group(0).lower() == "should":
            confidence -= 0.1
        kind = Kind.DEADLINE if timed else Kind.DUTY
        with_step = None if timed else _accompanied_step(masked)
        if _FORTHWITH.search(masked) and not periods:
            notes.append("\"forthwith\" (at once): the order gives no day count; set a date")
            if not fixed:
                confidence -= 0.3
        return _Reading(kind, who=who, what=what, periods=tuple(periods),
                        fixed=tuple((f.value, w) for f, w in fixed), confidence=confidence,
                        notes=tuple(notes), who_inferred=inferred,
                        with_step="" if with_step is None else with_step or "the same time")

    permit = _PERMISSION.search(masked)
    if permit and timed:
        who, inferred, _ = who_and_pre(permit)
        spans = [(p.start, p.end) for p in periods]
        spans += [(masked.find(w), masked.find(w) + len(w)) for _, w in fixed if w in masked]
        pred = _remove_spans(masked[permit.end():], [
            (max(a - permit.end(), 0), max(b - permit.end(), 0)) for a, b in spans
            if b > permit.end()])
        # "Any reply ... may be filed within seven days": "file Any reply".
        pred = _active_what(pred, _subject(masked[: permit.start()]))
        return _Reading(Kind.DEADLINE, who=who, what=_tidy(_plain_what(pred, "")) or _tidy(text),
                        periods=tuple(periods), fixed=tuple((f.value, w) for f, w in fixed),
                        confidence=0.6, who_inferred=inferred, notes=(
                            "the order allows this (\"may\") but does not require it",))
    allowed_only = None if timed else _MAY_ONLY.search(masked)
    if allowed_only and not _PAST.search(masked[: allowed_only.start()]):
        # "Counsel may retain one archival copy", "Each side may propound up to 25
        # interrogatories": what the order allows, with no time, asks nothing of anyone.
        who, _, _ = who_and_pre(allowed_only)
        if re.search(r"\b(?:no|neither|nor|nobody|none)\b[^,;]{0,60}$",
                     masked[: allowed_only.start()], _I):
            # "no party may delete data from any device": a ban.
            return _Reading(Kind.PROHIBITION, who="all", what=_tidy(text), confidence=0.75)
        return _Reading(Kind.NOTICE, who=who or "all", what=_tidy(text), confidence=0.7,
                        notes=("the order allows this (\"may\"); nothing is required",))
    if _NOTICE_WEAK.search(masked):
        who, _, _ = who_and_pre(None)
        return _Reading(Kind.NOTICE, who=who or "all", what=_tidy(text), confidence=0.6)
    if _CITATION.search(text) or _RULE_SUBJECT.match(masked) or "\u2591" in masked:
        return _Reading(other=OtherReason.RULE)
    if timed and re.search(r"\b(?:was|were|had been) (?:originally )?due\b", masked, _I):
        # "Defendant's responses were due on February 1, 2026, but ...": what happened.
        return _Reading(other=OtherReason.BACKGROUND)
    # "Plaintiff's motion, filed 21 days after the deadline, is untimely": the deadline is
    # the period's event, not a deadline this sentence sets.
    unperiod = _remove_spans(masked, [(p.start, p.end) for p in periods])
    if timed and re.search(r"\bdue\b|\bdeadline\b|\bcut-?off\b|\blast day\b", unperiod, _I):
        who, inferred, _ = who_and_pre(None)
        owner = _POSSESSIVE.match(_strip_prefix(masked)) if inferred else None
        if owner and (found := _who(owner.group(1))):
            who, inferred = found, False  # "Plaintiff's response ... due by 3/14/2025"
        task = _task_of_deadline(text)
        return _Reading(Kind.DEADLINE, who=who, what=_tidy(task) if task else _tidy(text),
                        periods=tuple(periods),
                        fixed=tuple((f.value, w) for f, w in fixed), confidence=0.65,
                        who_inferred=inferred)
    listed = _LISTED.match(masked) if not periods else None
    if listed:
        # "Initial disclosures [en dash] exchanged no later than Friday, March 13, 2026",
        # "Settlement conference [en dash] Tuesday, November 17, 2026, at 9:00 a.m.", in
        # bullets: a list of dates written as a label, a dash and what is done by then.
        label = _tidy(listed.group("label"))
        done = listed.group("done") or ""
        event = _ROW_EVENT.search(label) and not done and not _ROW_TASK.search(label)
        dates = fixed or [(f, f.text) for f in find_dates(masked, order_date)]
        if dates and label:
            return _Reading(Kind.NOTICE if event else Kind.DEADLINE,
                            who="all" if event else "", what=f"{label} {done}".strip(),
                            fixed=tuple((f.value, w) for f, w in dates[:1]), confidence=0.7,
                            who_inferred=not event)
    # "The Court previously ordered Defendant to supplement its answers by November 14, 2025":
    # an earlier order, told.
    commanding = re.sub(r"\b(?:previously|earlier|already) (?:ordered|directed)\b|"
                        # "On January 12, 2026, this Court ordered the parties to ...": told.
                        r"\b(?:the|this) court (?:ordered|directed)\b", "", masked, flags=_I)
    if (_PAST.search(masked) or re.match(r"(?i:on|in) [A-Z][a-z]+\.? (?:\d{1,2}, )?\d{4},",
                                          masked)) and not re.search(
            r"\b(?:shall|must|will|ordered|directed)\b", commanding, _I):
        return _Reading(other=OtherReason.BACKGROUND)
    if timed:
        return _Reading(unclassified="names a period or date but no one ordered to act")
    if _RUN_IN_HEADING.match(text) and not _VERBISH.search(text):
        return _Reading(other=OtherReason.HEADING)  # "Deadline for Initial Disclosures."
    if _APPEARANCES.search(masked) and not _VERBISH.search(masked):
        # Minutes' "APPEARANCES: Plaintiff's counsel: Jane Roe, jroe@... (by video)": who came.
        return _Reading(other=OtherReason.BACKGROUND)
    if _SIGNALS.search(masked):
        return _Reading(unclassified="has words of an obligation the importer could not read")
    return _Reading(no_signal=True)


def _items_from(reading: _Reading, sentence: Sentence, ref: SentenceRef,
                source: str) -> list[tuple[ProposedObligation, Period | None]]:
    """One item per period or date (a sentence with two clocks gives two items)."""
    assert reading.kind is not None  # noqa: S101 - only called for obligations
    kind = reading.kind
    what = reading.what or source
    if len(what) > _MAX_WHAT:
        what = what[: _MAX_WHAT - 1].rstrip() + "\u2026"
    base = ProposedObligation(
        who=reading.who or "all parties", what=what, kind=kind,
        source_sentence=source, ref=ref, confidence=max(0.05, min(1.0, reading.confidence)),
        notes=reading.notes)
    if reading.who_inferred:
        base = replace(base, notes=(*base.notes, _NO_ONE))
    out: list[tuple[ProposedObligation, Period | None]] = []
    dated_kinds = (Kind.DEADLINE, Kind.NOTICE, Kind.PROHIBITION)
    many = len(reading.periods) + len(reading.fixed) > 1
    if len(reading.periods) + len(reading.fixed) > _MAX_TIMES:
        base = replace(base, confidence=min(base.confidence, 0.3), notes=(
            *base.notes, "too many periods and dates in one sentence to read: read it yourself"))
        return [(base, None)]
    if kind in dated_kinds:
        for p in reading.periods:
            conf = base.confidence
            notes = list(base.notes)
            trigger = p.trigger
            if p.conflict:
                conf -= 0.4
                notes.append(p.conflict)
            if p.days is None and p.months is not None:
                conf -= 0.3
                notes.append(f"a period of {p.months} month(s): count it by hand")
            if p.hours is not None:
                conf -= 0.3
                notes.append(f"a period of {p.hours} hours: the app counts whole days, so "
                             "count the hours by the clock and set the date and time")
            if trigger is None and not p.chained and _ANY_RESPONSE.match(
                    _strip_prefix(source)):
                # "Responses to any such letter motion shall be filed within three business
                # days": counted from each motion's filing, not from this order.
                trigger = Trigger.FILING
                conf -= 0.2
                notes.append("counted from the filing of the paper responded to (the order "
                             "names no event)")
            elif trigger is None and not p.chained and _RESPONDS.fullmatch(base.what):
                # "the opposing party will have seven calendar days to respond": from the
                # paper responded to.
                trigger = Trigger.FILING
                conf -= 0.2
                notes.append("counted from the filing of the paper responded to (the order "
                             "names no event)")
            elif trigger is None and not p.chained:
                trigger = Trigger.ORDER_DATE
                conf -= 0.25
                notes.append("the order names no event to count from: read as from the date "
                             "of the order")
            elif trigger is Trigger.OTHER:
                conf -= 0.25
                notes.append(f"counted from an event the importer does not know: {p.event!r}")
            if many:
                conf -= 0.1
                notes.append("one of several times in this sentence")
            when = " ".join(p.words.split()) or None
            item = replace(base, days=p.days, court_days=p.court_days, direction=p.direction,
                           trigger=trigger, confidence=max(0.05, min(1.0, conf)),
                           when_text=when, notes=tuple(notes),
                           what=_part_with(base.what, p.words))
            out.append((item, p))
        for value, words in reading.fixed:
            conf = base.confidence - (0.1 if many else 0.0)
            notes = list(base.notes)
            if is_monthly(words):
                notes.append(MONTHLY_NOTE.format(words=words))
            elif is_period_end(words):
                unit = "quarter" if "quarter" in words.lower() else "month"
                notes.append(PERIOD_END_NOTE.format(words=words, unit=unit))
            elif _SERIES_WORDS.search(words):
                notes.append(f"recurs ({words}): the date given is the first")
            if value is None:
                conf -= 0.3
                notes.append("the date has no year and the order's date is unknown: enter it")
            item = replace(base, trigger=Trigger.FIXED_DATE, fixed_date=value,
                           confidence=max(0.05, min(1.0, conf)), when_text=words,
                           notes=tuple(notes), what=_part_with(base.what, words))
            out.append((item, None))
    if not out:
        out.append((base, None))
    return out


def _part_with(what: str, words: str) -> str:
    """The part of a docket text's "A due 6/28/2024; B due 7/12/2024" that has these words."""
    parts = [part for part in what.split("; ") if part.strip()]
    if len(parts) < 2 or not words:
        return what
    mine = [part for part in parts if words in part]
    if len(mine) != 1:
        return what
    part = mine[0].replace(words, " ")
    part = re.sub(r"\s+(?:by|on|no later than|not later than|on or before)\s*$", "",
                  part.strip(), flags=_I)
    part = _tidy(part)
    if part and re.search(r"\bdue\b", mine[0], _I) and not re.search(r"\bdue\b", part, _I):
        part += " due"  # "reply due 7/12/2024": the date's words took "due" with them
    return part or what


def _paragraph_label(sentence: Sentence, intro: Sentence | None) -> str:
    if not sentence.enumerator:
        return ""
    number = sentence.enumerator.strip("()")
    if intro is not None and re.search(r"\bORDERED\b", intro.text):
        return f"IT IS ORDERED, paragraph {number}"
    if number.isdigit():
        return f"paragraph {number}"
    return sentence.enumerator


def _source_text(sentence: Sentence) -> str:
    """The sentence as quoted: a numbered paragraph's own number is left out."""
    text = sentence.text
    m = re.match(r"^\d{1,2}\. ", text)
    if m:
        text = text[m.end():]
    return text


def classify(sentences: tuple[Sentence, ...], order_date: date | None,
             case_name: str | None = None) -> Classified:
    """Read every sentence.

    Args:
        sentences: The order's sentences in order.
        order_date: The order's date, for dates without a year.
        case_name: The caption's case name ("Acme Widgets, Inc. v. Zenith Supply Co."), so
            a party named by name ("Acme shall produce ...") acts for its side.

    Returns:
        The obligations, unclassified sentences and the rest, each with its source.
    """
    roles = caption_roles(case_name)
    roles += named_entities(" ".join(s.text for s in sentences), roles)
    token = _CAPTION_ROLES.set(roles)
    try:
        return _classify(sentences, order_date)
    finally:
        _CAPTION_ROLES.reset(token)


def _classify(sentences: tuple[Sentence, ...], order_date: date | None) -> Classified:
    drafts: list[_Draft] = []
    unclassified: list[tuple[int, UnclassifiedSentence]] = []
    other: list[tuple[int, OtherSentence]] = []
    quiet: list[tuple[int, Sentence, SentenceRef, str]] = []
    for index, sentence in enumerate(sentences):
        intro = sentences[sentence.intro] if sentence.intro is not None else None
        content_list = bool(intro is not None and _CONTENT_INTRO.search(intro.text)
                            and not re.search(r"\bORDERED\b", intro.text))
        statement_list = bool(content_list and intro is not None
                              and re.search(r"joint statement", intro.text, _I))
        source = _source_text(sentence)
        ref = SentenceRef((sentence.first, sentence.last), sentence.page, sentence.printed,
                          _paragraph_label(sentence, intro))
        if sentence.letter:
            # A party's letter the order is endorsed on: its dates are the party's.
            other.append((index, OtherSentence(source, ref, OtherReason.PARTY_STATEMENT)))
            continue
        if sentence.row:
            row = _read_row(sentence, ref, source, order_date)
            if row is not None:
                item, row_period = row
                drafts.append(_Draft(item, index, sentence.block, 0,
                                     event_words=row_period.event if row_period else ""))
                more = _ROW_MORE.search(source)
                if more is None or more.start() < (source.find(item.when_text or "") or 0):
                    continue
                # "Mediation Questionnaire due. If your registration ... is confirmed after
                # this date, the Mediation Questionnaire is due within one day of ...": the
                # row's label goes on in sentences of its own.
                source = source[more.end():]
        clauses = [_Clause(source)] if content_list else _clauses(_strip_prefix(source))
        if not clauses:
            clauses = [_Clause(source)]
        readings = [_read_clause(c, sentence, order_date, content_list=content_list)
                    for c in clauses]
        if len(readings) > 1 and readings[0].other is OtherReason.RULE and _RULE_LEAD.match(
                clauses[0].text):
            # "Under Local Rule 37-1, the moving party must serve a letter ..., and counsel
            # for the opposing party must confer within ten days ...": the rule goes on.
            readings = [r if r.kind is None or r.fixed else _Reading(other=OtherReason.RULE)
                        for r in readings]
        if all(r.kind is None for r in readings):
            if any(r.unclassified for r in readings):
                note = next(r.unclassified for r in readings if r.unclassified)
                unclassified.append((index, UnclassifiedSentence(source, ref, note)))
            elif all(r.no_signal for r in readings):
                quiet.append((index, sentence, ref, source))
            else:
                reason = next((r.other for r in readings if r.other), OtherReason.BACKGROUND)
                other.append((index, OtherSentence(source, ref, reason)))
            continue
        readings = _join_qualifiers(readings, clauses, statement_list=statement_list)
        loose = [r.unclassified for r in readings if r.kind is None and r.unclassified]
        if loose:
            unclassified.append((index, UnclassifiedSentence(
                source, ref, f"part of this sentence was not read: it {loose[0]}")))
        for number, reading in enumerate(readings):
            if reading.kind is None:
                continue
            for item, period in _items_from(reading, sentence, ref, source):
                lower = (item.what if item.kind is Kind.CONTENT
                         else f"{item.what} {clauses[number].text}").lower()
                suggested = _suggest(item.kind, lower, item.who, statement_list=statement_list)
                item = replace(item, suggested_id=suggested)
                drafts.append(_Draft(item, index, sentence.block, number,
                                     chained_back=bool(period and period.chained),
                                     event_words=period.event if period else "",
                                     with_step=reading.with_step))
            hearing = next((p for p in reading.periods if p.trigger is Trigger.HEARING
                            and p.direction is Direction.BEFORE), None)
            if reading.kind is Kind.DEADLINE and hearing is not None:
                # "14 days before the Final Pretrial Conference, which is set for February 9,
                # 2026": the conference's date is a notice of its own.
                for found in set_dates(source, order_date):
                    event = _first_upper(_tidy(hearing.event)) or "The hearing"
                    drafts.append(_Draft(ProposedObligation(
                        who="all", what=f"{event}: {found.text}", kind=Kind.NOTICE,
                        source_sentence=source, ref=ref, confidence=0.7,
                        trigger=Trigger.FIXED_DATE, fixed_date=found.value,
                        when_text=found.text, notes=(
                            "the date of the event this sentence counts back from",)),
                        index, sentence.block, number))
    _expand_abbreviations(drafts, sentences)
    _court_conference(drafts, sentences)
    drafts = _merge(drafts)
    _inherit_ids(drafts)
    _infer_who(drafts)
    obligations = _chain(drafts)
    _defined_dates(obligations, drafts, sentences)
    blocks_with_items = {d.block for d in drafts}
    for index, sentence, ref, source in quiet:
        if _RUN_IN_HEADING.match(source):
            # "Meet and confer. Lead counsel shall ...": a run-in heading, not a sentence.
            other.append((index, OtherSentence(source, ref, OtherReason.HEADING)))
        elif sentence.block in blocks_with_items:
            unclassified.append((index, UnclassifiedSentence(
                source, ref, "no duty, date or warning found, but it sits among obligations")))
        else:
            other.append((index, OtherSentence(source, ref, OtherReason.BACKGROUND)))
    result = Classified(obligations)
    result.unclassified = [u for _, u in sorted(unclassified, key=lambda t: t[0])]
    result.other = [o for _, o in sorted(other, key=lambda t: t[0])]
    return result


_PRONOUN_SUBJECT = re.compile(r"^(?:(?:but|and) )?(?:it|they|he|she|the same|such|this|that)"
                              r"(?: [a-z]+)? (?:shall|must|will|should)\b", _I)


def _join_qualifiers(readings: list[_Reading], clauses: list[_Clause], *,
                     statement_list: bool) -> list[_Reading]:
    """A clause that only goes on with the clause before is part of its item.

    "Plaintiff shall file the motion by March 3, 2026, and shall note it for consideration":
    one deadline; "The deposition shall go forward, but it shall be limited to four hours":
    one duty. A second clause with its own time, its own actor or a task of its own (a
    template's: "and shall sign the Joint Statement") stays an item of its own.
    """
    out = list(readings)
    for i in range(len(out) - 1):
        r, after = out[i], out[i + 1]
        if r.kind is Kind.DUTY and not r.periods and not r.fixed and after.kind is Kind.DEADLINE \
                and after.fixed and not after.periods and re.search(
                    r",\s*(?:by|on or before|no later than|not later than)\s[^,;]{4,40}\.?$",
                    clauses[i + 1].text, _I):
            # "Plaintiff's experts must be designated, and the information ... disclosed, by
            # 10/30/2026": the date set off at the end is both clauses'; one deadline.
            inferred = after.who_inferred and r.who_inferred
            out[i + 1] = replace(after, what=f"{r.what}, and {after.what}",
                                 who=after.who if not after.who_inferred else r.who,
                                 who_inferred=inferred,
                                 confidence=min(r.confidence, after.confidence))
            out[i] = _Reading(other=OtherReason.BACKGROUND)
    for i in range(1, len(out)):
        r, clause, prev = out[i], clauses[i], out[i - 1]
        if (clause.subject_hint is not None and r.kind is Kind.DEADLINE
                and re.match(r"(?:do|does) so\b", r.what, _I) and prev.kind is Kind.DUTY
                and not prev.periods and not prev.fixed):
            # "Defendant shall answer Interrogatory Nos. 12-15 ..., and shall do so by March
            # 31, 2026": the time is the first task's.
            out[i - 1] = replace(r, what=prev.what, who=prev.who or r.who,
                                 who_inferred=prev.who_inferred)
            out[i] = _Reading(other=OtherReason.BACKGROUND)
            continue
        if r.other is OtherReason.PAGE_LIMIT:
            # "..., but the deposition of any party's designee shall not exceed seven hours":
            # the limit is said of the task before it.
            j = next((k for k in range(i - 1, -1, -1) if out[k].kind is not None), None)
            if j is not None and out[j].kind in (Kind.DEADLINE, Kind.DUTY, Kind.PROHIBITION):
                joiner = ", but " if re.search(r"\bbut\b", clause.joiner, _I) else "; "
                words = _tidy(re.sub(r"^(?:but|and)\s+", "", clause.text, flags=_I))
                out[j] = replace(out[j], what=f"{out[j].what}{joiner}{words}")
            continue
        if r.kind is not Kind.DUTY or r.periods or r.fixed or r.with_step:
            continue  # a task done "contemporaneously with" another is a task of its own
        pronoun = bool(_PRONOUN_SUBJECT.match(clause.text))
        if clause.subject_hint is None and not pronoun:
            continue
        j = next((k for k in range(i - 1, -1, -1) if out[k].kind is not None), None)
        if j is None:
            continue
        prev = out[j]
        if prev.kind not in (Kind.DEADLINE, Kind.DUTY):
            continue
        if not (pronoun or r.who_inferred or r.who == prev.who):
            continue
        if _suggest(r.kind, f"{r.what} {clause.text}".lower(), r.who,
                    statement_list=statement_list) is not None:
            continue
        words = _tidy(re.sub(r"^(?:but|and)\s+", "", clause.text, flags=_I)) if pronoun \
            else r.what
        joiner = ", but " if re.search(r"\bbut\b", clause.joiner, _I) else ", and "
        out[j] = replace(prev, what=f"{prev.what}{joiner}{words}",
                         confidence=min(prev.confidence, r.confidence))
        out[i] = _Reading(other=OtherReason.BACKGROUND)
    return out


_ROW_EVENT = re.compile(
    r"\b(?:trial|hearing|conference|calendar call|argument|docket call)\b", _I)
_ROW_TASK = re.compile(
    r"\b(?:deadline|last day|cut-?off|due|motions?|fil(?:e|ed|ing)|disclos\w*|complet\w*|"
    r"exchange|serve|submi\w*|join\w*|amend\w*|designat\w*|reports?|brief\w*|by)\b", _I)


# "Trial Term: April 2027", "Jury Selection ........ March 2027": a court event set for a
# month with no day; kept as a notice with the month in words, for the reader to date.
_MONTH_ROW = re.compile(
    r"(?P<label>[A-Z][\w'\u2019/()&-]*(?: [\w'\u2019/()&-]+){0,6}?)(?::|\s*\.{3,}|\s+[-\u2013"
    r"\u2014]|(?= {2}))\s*(?:(?:the )?(?:month|term) of )?(?P<month>(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December),? \d{4})\.?")
# "Oral argument will not be held unless ...", "No hearing will be scheduled": what the
# court will not do is a notice, not a ban on the parties.
_NOT_HELD = re.compile(
    r"\s*(?:be )?(?:held|heard|scheduled|calendared|set|entertained)\b", _I)
_HELD_BY_COURT = re.compile(
    r"\b(?:hearings?|(?:oral )?arguments?|conferences?|trials?|motions?)\b", _I)
# "The claims against Officer Martinez shall proceed", "This action will go forward": the
# case goes on; no one is told to do anything.
_CASE_GOES_ON = re.compile(
    r"(?:(?:the|this|these|all|any|its|his|her|their|[A-Z][\w'\u2019.-]*) )?(?:[\w'\u2019-]+ )"
    r"{0,3}?(?:claims?|counts?|action|case|matter|suit|lawsuit|litigation)\b[^.;]{0,120}?\b"
    r"(?:shall|will|may|must|should|is to|are to)(?: now)? (?:proceed|go forward|move forward|"
    r"continue)\b(?! to (?:file|serve|produce|comply|pay|provide|submit))", _I)


# The fields a printout from a legal database puts before the opinion: "Opinion by: J. P.
# STADTMUELLER", "Core Terms", "Judges: ...", "Prior History: ...".
_PRINTOUT_FIELD = re.compile(
    r"(?:Opinion by|Judges|Core Terms|Reporter|Prior History|Subsequent History|"
    r"Procedural Posture|Disposition|Headnotes|LexisNexis Headnotes|Case Summary)(?::|\s*$)")


_POINTED_TO = re.compile(
    r"\b(?:is|are) (?:hereby |also |further )?(?:directed|referred) to (?:the )?(?:(?:local|"
    r"federal|civil) )*(?:rules?|L\.? ?R\.|section|\u00a7|standing orders?|court['\u2019]s "
    r"(?:website|procedures|guidelines))\b", _I)
# "Initial disclosures [en dash] exchanged no later than ...": a label, a dash, what is done.
_LISTED = re.compile(
    r"^\s*(?:[\u2022\u25cf\u25aa\u25e6*-]\s+)?(?P<label>[A-Z][^\u2013\u2014:;.]{2,80}?)\s+"
    r"(?:[\u2013\u2014]|--|-)\s+(?:(?P<done>(?:motions |papers |reports? )?[a-z]+ed|held|made|"
    r"done|served|filed)\b(?= (?:no later than|not later than|by|on or before|on)\b)|"
    r"(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b))")
# The end of a row's label where more sentences follow it in the same cell.
_ROW_MORE = re.compile(r"(?<=[a-z)])\.\s+(?=(?:If|When|Unless|Any|The|A|An|Each|All|No|"
                       r"Counsel|Parties|Plaintiffs?|Defendants?)\b)")


def _read_row(sentence: Sentence, ref: SentenceRef, source: str, order_date: date | None
              ) -> tuple[ProposedObligation, Period | None] | None:
    """One row of a table of dates: a deadline (or the date of a hearing or trial).

    A row may give a period instead of a date: "ADR report filed   14 days after mediation".
    """
    dates = find_dates(source, order_date)
    if not dates:
        periods = find_periods(source)
        if not periods or periods[0].days is None:
            return None
        period = periods[0]
        label = _tidy(source[: period.start].strip(" .:-\u2013\u2014"))
        if not label:
            return None
        trigger = period.trigger or Trigger.ORDER_DATE
        row_notes = ["read from a table of dates: check the row's label"]
        if period.trigger is None:
            row_notes.append("the order names no event to count from: read as from the date "
                             "of the order")
        return ProposedObligation(
            who=_who(label) or "all parties", what=label, kind=Kind.DEADLINE,
            source_sentence=source, ref=ref, confidence=0.7 if period.trigger else 0.5,
            days=period.days, court_days=period.court_days, direction=period.direction,
            trigger=trigger, when_text=" ".join(period.words.split()),
            notes=tuple(row_notes)), period
    found = dates[-1] if dates[-1].end >= len(source.rstrip(" .")) - 14 else dates[0]
    leading = [dates[0]]
    for later in dates[1:]:
        if source[leading[-1].end:later.start].strip(" \t\u00a0|") or later.start > 80:
            break
        leading.append(later)
    if found is dates[0] and len(leading) > 1:
        # "May 11, 2026   May 26, 2026   Deadline to Complete Expert Discovery": the original
        # date and the amended one, both before the label; the amended one stands.
        found = leading[-1]
    label = (source[: found.start] + source[found.end:]).strip()
    for other in reversed([d for d in dates if d is not found]):
        # "Fact Discovery Cut-Off   April 10, 2026   June 12, 2026": the current date and the
        # new one; the row's last date stands.
        label = label.replace(other.text, " ", 1)
    label = re.sub(r"(?:\s*[.\u2026_]{2,}\s*)+", " ", label)
    # The time and weekday around the date: "9:00 a.m., Tuesday, [September 15, 2026]".
    label = re.sub(r"(?:,? (?:at )?\d{1,2}(?::\d{2})? ?[ap]\.?m\.?\.?)?,?(?: on)?"
                   r"(?:,? (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?,?$", "", label,
                   flags=_I)
    label = _tidy(label.strip(" .:-\u2013\u2014"))
    more = _ROW_MORE.search(label)
    if more:
        label = label[: more.start()]
    if not label:
        return None
    event = bool(_ROW_EVENT.search(label)) and not _ROW_TASK.search(label)
    kind = Kind.NOTICE if event else Kind.DEADLINE
    owner = _POSSESSIVE.match(label)
    who = _who(label) or (_who(owner.group(1)) if owner else None) or (
        "all" if event else "all parties")
    notes: list[str] = ["read from a table of dates: check the row's label"]
    confidence = 0.8
    if len(dates) > 1:
        notes.append(f"the row gives {len(dates)} dates: {found.text} is read as the one that "
                     "stands; check it")
    if found.value is None:
        confidence -= 0.3
        notes.append("the date has no year and the order's date is unknown: enter it")
    return ProposedObligation(
        who=who, what=label, kind=kind, source_sentence=source, ref=ref,
        confidence=confidence, trigger=Trigger.FIXED_DATE, fixed_date=found.value,
        when_text=found.text, notes=tuple(notes)), None


# 'An Initial Pretrial Conference ("IPTC") was held': the order's own short name for an event.
_DEFINED_ABBREVIATION = re.compile(
    r"\b((?:[A-Z][\w'\u2019-]*\s+(?:(?:of|and|for|the|to)\s+)?){1,6}?[A-Z][\w'\u2019-]*)\s*"
    r"\((?:the\s+)?[\"\u201c]([A-Z]{2,8})[\"\u201d]\)")


def _expand_abbreviations(drafts: list[_Draft], sentences: tuple[Sentence, ...]) -> None:
    """Read "within 21 days after the IPTC" as the Initial Pretrial Conference it names."""
    names: dict[str, str] = {}
    for sentence in sentences:
        for m in _DEFINED_ABBREVIATION.finditer(sentence.text):
            names.setdefault(m.group(2), m.group(1))
    if not names:
        return
    for d in drafts:
        item = d.item
        if item.trigger is not Trigger.OTHER or not d.event_words:
            continue
        words = re.sub(r"\b[A-Z]{2,8}\b", lambda a: names.get(a.group(0), a.group(0)),
                       d.event_words)
        if words == d.event_words:
            continue
        prep = "before" if item.direction is Direction.BEFORE else "after"
        trigger = classify_event(prep, words)
        if trigger is not Trigger.OTHER:
            # 'An Initial Pretrial Conference ("IPTC") was held on February 17, 2026': the
            # event's own date, where the order gives it with the name.
            held = [f.value for s in sentences for m in _DEFINED_ABBREVIATION.finditer(s.text)
                    if m.group(1) in words for f in find_dates(s.text[m.end():m.end() + 60])
                    if f.value is not None]
            d.item = replace(item, trigger=trigger, event_date=held[0] if len(held) == 1
                             else item.event_date, notes=(
                *(n for n in item.notes if not n.startswith("counted from an event")),
                f"counted from {words!r}, the order's short name for it"))
            d.event_words = words


# A date the order names itself: '... within 30 days after entry of this Order (the "Notice
# Date")', 'The date the mailing is completed is the "Notice Date."'
_TERM = r"[\"\u201c](?P<term>[A-Z][\w'\u2019 -]{1,40}?(?:Date|Deadline|Day))[.,]?[\"\u201d]"
_DATE_NAMED_HERE = re.compile(rf"\((?:the |a |hereinafter(?: the)? |hereafter(?: the)? )?{_TERM}"
                              r"\)", _I)
_DATE_NAMED_AFTER = re.compile(rf"\b(?:is|shall be|will be|becomes|constitutes)(?: referred to "
                               rf"as| called| deemed)? (?:the )?{_TERM}", _I)


def _defined_dates(items: list[ProposedObligation], drafts: list[_Draft],
                   sentences: tuple[Sentence, ...]) -> None:
    """Count a period from a date the order names itself from the step that sets it.

    'Class Counsel shall mail notice ... no later than 30 days after entry of this Order (the
    "Notice Date"). Objections shall be filed no later than 45 days after the Notice Date.':
    the objections count from the mailing's date, not from an unknown event.
    """
    def dated(j: int) -> bool:
        o = items[j]
        return o.kind in (Kind.DEADLINE, Kind.NOTICE) and (
            o.days is not None or o.fixed_date is not None)

    setters: dict[str, int] = {}
    for index, sentence in enumerate(sentences):
        here = [j for j in range(len(items)) if drafts[j].sentence == index and dated(j)]
        for m in _DATE_NAMED_HERE.finditer(sentence.text):
            before = [j for j in here if items[j].when_text
                      and 0 <= sentence.text.find(items[j].when_text or "") < m.start()]
            pick = before[-1] if before else (here[0] if here else None)
            if pick is not None:
                setters.setdefault(m.group("term").lower(), pick)
        for m in _DATE_NAMED_AFTER.finditer(sentence.text):
            if here:
                continue  # the sentence dates something of its own
            earlier = [j for j in range(len(items)) if drafts[j].sentence < index and dated(j)]
            if earlier and index - drafts[earlier[-1]].sentence <= 2:
                setters.setdefault(m.group("term").lower(), earlier[-1])
    if not setters:
        return
    for i, d in enumerate(drafts):
        term = re.sub(r"^(?:the|such|said) ", "", d.event_words.strip(), flags=_I).lower()
        at = setters.get(term)
        item = items[i]
        if at is None or at == i or item.trigger is not Trigger.OTHER:
            continue
        step = items[at]
        name = d.event_words.strip()
        items[i] = replace(
            item, chained_to=at,
            event_date=step.fixed_date if step.fixed_date is not None else item.event_date,
            notes=(*(n for n in item.notes if not n.startswith("counted from an event")),
                   f"counted from {name}, the date the order sets by another step "
                   f"({step.what!r})"))


def _court_conference(drafts: list[_Draft], sentences: tuple[Sentence, ...] = ()) -> None:
    """A period "before the conference" counts back from the court's conference.

    The parties' own meet-and-confer is rarely a date to count back from; "no later than seven
    days before the conference" in an order that schedules an initial, pretrial or status
    conference means that conference (a hearing, for counting). But "the conference" is the
    one the order last spoke of: under "(1) Counsel shall meet and confer ... In advance of the
    conference: (a) Not less than five days before the conference, ..." it is the parties'.
    """
    # An order that sets a court's conference and never asks the parties to confer: "within
    # three days after the conference" is after the court's conference too.
    sets_conference = any(
        d.item.fixed_date is not None and _SETS_CONFERENCE.search(d.item.source_sentence)
        for d in drafts)
    parties_confer = any(_PARTIES_CONFER.search(d.item.source_sentence) for d in drafts)
    for d in drafts:
        item = d.item
        bare = not re.search(r"\bmeet|\bparties|\bcounsel|\btheir\b|\bconfer\b",
                             d.event_words, _I)
        if item.trigger is not Trigger.CONFERENCE or not bare:
            continue
        own = sentences[d.sentence].text if 0 <= d.sentence < len(sentences) else ""
        if item.direction is Direction.BEFORE and _AFTER_CONFERRING.search(own):
            # "After the parties confer as required by Rule 26(f), counsel shall file not less
            # than 10 days before the conference a joint report": done after the parties'
            # conference, so before another one, the court's.
            d.item = replace(item, trigger=Trigger.HEARING, notes=(
                *item.notes, "counted back from the court's conference (a hearing): the "
                "parties' own conference comes first"))
            continue
        named = _conference_named_before(sentences, d.sentence, d.event_words)
        if named is Trigger.CONFERENCE:
            d.item = replace(item, notes=(
                *item.notes, "\"the conference\" read as the parties' meet-and-confer the "
                "order speaks of just before"))
            continue
        if named is Trigger.HEARING or item.direction is Direction.BEFORE or (
                sets_conference and not parties_confer
                and re.fullmatch(r"(?:the|that|this|such)(?: [a-z]+)? conference",
                                 d.event_words.strip(), _I)):
            note = ("counted back from the court's conference (a hearing)"
                    if item.direction is Direction.BEFORE else
                    "counted from the court's conference this order sets (a hearing)")
            d.item = replace(item, trigger=Trigger.HEARING, notes=(*item.notes, note))


_AFTER_CONFERRING = re.compile(
    r"\b(?:after|once|following|when) (?:the parties|counsel|they|all parties)?\s?(?:have )?"
    r"(?:confer(?:red)?|met and conferred|meet and confer|conferring)\b", _I)
# How far back "the conference" looks for the conference it means.
_ANTECEDENT_REACH = 4
_COURT_CONFERENCE = re.compile(
    r"\b(?:telephonic|telephone|video|status|scheduling|pretrial|pre-trial|settlement|case "
    r"management|discovery|dispute|initial|informal|court|court's|rule 16) conference\b|"
    r"\bconference (?:call )?with the court\b|\bteleconference\b|\bhearing\b", _I)
_PARTIES_CONFERENCE = re.compile(
    r"\bmeet[- ]and[- ]confer\b|\bmeet and confer\b|\bconfer\b|\bparties['\u2019] "
    r"(?:conference|meeting)\b|\brule 26\(f\) (?:conference|meeting)\b", _I)


def _conference_named_before(sentences: tuple[Sentence, ...], at: int,
                             event: str) -> Trigger | None:
    """Which conference "the conference" means: the one named last before it, if any.

    The sentence's own words before the period come first, then the sentences before it (a
    few, within the order's commands). A sentence that names both (counsel "shall meet and
    confer before the status conference") names the court's.
    """
    if not sentences or not 0 <= at < len(sentences):
        return None
    own = sentences[at].text
    cut = own.lower().find(event.lower()) if event else -1
    texts = [own[:cut] if cut > 0 else ""]
    for j in range(at - 1, max(-1, at - 1 - _ANTECEDENT_REACH), -1):
        if sentences[j].heading or sentences[j].row:
            continue
        texts.append(sentences[j].text)
    for text in texts:
        if _COURT_CONFERENCE.search(text):
            return Trigger.HEARING
        if _PARTIES_CONFERENCE.search(text):
            return Trigger.CONFERENCE
    return None


_SETS_CONFERENCE = re.compile(
    r"\b(?:telephonic|telephone|discovery|status|scheduling|pretrial|settlement|video|"
    r"dispute|informal|assessment|mediation)(?: [a-z]+)? conference (?:is|has been|will be|"
    r"shall be) (?:hereby )?(?:set|scheduled|reset|held)\b", _I)
_PARTIES_CONFER = re.compile(r"\bconfer\b|\bmeet[- ]and[- ]confer|\bconferred\b", _I)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Two clauses of one sentence saying the same thing become one item."""
    out: list[_Draft] = []
    for d in drafts:
        if out:
            prev = out[-1]
            a, b = prev.item, d.item
            if (prev.sentence == d.sentence and a.kind is b.kind and a.kind in (
                    Kind.NOTICE, Kind.WARNING, Kind.PROHIBITION)
                    and (a.suggested_id == b.suggested_id or b.suggested_id is None)
                    and a.days == b.days and a.trigger == b.trigger
                    and a.fixed_date == b.fixed_date):
                who = a.who if a.who not in ("all", "") else b.who
                out[-1] = _Draft(replace(a, who=who, what=f"{a.what}; {b.what}",
                                         confidence=min(a.confidence, b.confidence)),
                                 prev.sentence, prev.block, prev.clause, prev.chained_back,
                                 prev.event_words)
                continue
        out.append(d)
    return out


def _inherit_ids(drafts: list[_Draft]) -> None:
    """Sentences that spell out the good-faith duty share its id (the paragraph is one duty)."""
    for i, d in enumerate(drafts):
        if d.item.suggested_id is not None:
            continue
        for prev in reversed(drafts[:i]):
            if prev.block != d.block:
                break
            if prev.item.suggested_id == "good_faith" and d.item.kind in (
                    Kind.DUTY, Kind.WARNING, Kind.PROHIBITION, Kind.NOTICE):
                d.item = replace(d.item, suggested_id="good_faith")
                break


_NO_ONE = "the order names no one here: check who"


def _infer_who(drafts: list[_Draft]) -> None:
    """Give a passive command the actor named for the same task elsewhere in the order.

    "a Joint Statement shall be filed" takes "defense counsel" from "defense counsel shall
    file a Joint Statement".
    """
    for d in drafts:
        if _NO_ONE not in d.item.notes:
            continue
        same = [o.item for o in drafts if o is not d and o.item.suggested_id is not None
                and o.item.suggested_id == d.item.suggested_id and _NO_ONE not in o.item.notes]
        notes = tuple(n for n in d.item.notes if n != _NO_ONE)
        if same:
            d.item = replace(d.item, who=same[0].who, notes=(
                *notes, f"who: taken from another sentence about the same task ({same[0].who})"))
        else:
            d.item = replace(d.item, who="all parties", notes=(
                *notes, "the order names no one here; read as all parties: check who"))


_GENERIC_NOUNS = frozenset((
    "discovery", "close", "motion", "order", "court", "court's", "parties", "party", "their",
    "which", "after", "before", "being", "filing", "service", "served", "date", "dates",
    "matter", "case", "time", "requests", "request", "counsel", "defendant", "defendants",
    "plaintiff", "plaintiffs", "judge", "district", "period", "entry", "other", "thereof",
    "receipt", "receiving", "received", "event", "events", "giving", "arising", "dispute",
    "disputes", "written", "writing",
))


def _chain(drafts: list[_Draft]) -> list[ProposedObligation]:
    """Link each period counted from another step to the item for that step."""
    items = [d.item for d in drafts]
    for i, d in enumerate(drafts):
        item = d.item
        target: int | None = None
        trigger = item.trigger
        if d.chained_back:
            for j in range(i - 1, -1, -1):
                same_sentence = drafts[j].sentence == d.sentence
                if items[j].kind is Kind.DEADLINE or (
                        same_sentence and items[j].kind is Kind.DUTY):
                    target = j
                    break
            if target is not None:
                prev_what = items[target].what.lower()
                if re.search(r"\bmeet|\bconfer", prev_what):
                    trigger = Trigger.CONFERENCE
                elif re.search(r"\bfile|\bserve|\bsubmit|\blodge", prev_what):
                    trigger = Trigger.FILING
                else:
                    trigger = Trigger.OTHER
            else:
                trigger = trigger or Trigger.OTHER
        elif trigger is Trigger.CONFERENCE:
            target = _find(items, i, lambda o: (
                o.kind in (Kind.DEADLINE, Kind.DUTY)
                and bool(re.search(r"meet and confer|meet[ -]and[ -]confer|\bconfer\b",
                                   o.what, _I))
                and not re.search(r"\bfile\b|\bstatement\b|\bletter\b", o.what, _I)))
            if target is None:
                target = _find(items, i, lambda o: o.kind is Kind.DEADLINE and bool(
                    re.search(r"\bmeet\b|\bmeeting\b|\bconference\b", o.what, _I))
                    and o.suggested_id != "contact")
        elif trigger is Trigger.HEARING:
            # "14 days before the conference set for May 5, 2022": the sentence dates the
            # event itself; otherwise the nearest notice that sets a hearing (never one that
            # vacates it).
            # A date another step of the same sentence is due by is not the event's ("meet
            # and confer by 1/9/2026, and file a joint letter seven days prior to the
            # conference").
            if item.event_date is not None:
                continue  # the event's date is known already
            due = {items[j].fixed_date for j in range(len(drafts))
                   if j != i and drafts[j].sentence == d.sentence
                   and items[j].kind in (Kind.DEADLINE, Kind.DUTY)}
            own = [f.value for f in find_dates(item.source_sentence)
                   if f.value is not None and f.value not in due]
            if len(set(own)) == 1 and item.fixed_date is None:
                # The hearing's date, not the deadline's: the item stays a period.
                items[i] = item = replace(item, event_date=own[0], notes=(
                    *item.notes, f"the event is dated in the same sentence: {own[0]:%B %d, %Y}"))
                continue
            target = _find(items, i, lambda o: o.fixed_date is not None and o.kind is Kind.NOTICE
                           and bool(re.search(r"hearing|conference|trial", o.what, _I))
                           and not re.search(r"vacat|continued|taken off", o.what, _I))
        elif trigger in (Trigger.FILING, Trigger.OTHER) and d.event_words and (
                item.direction is not Direction.BEFORE):
            # Counted back from an event ("before the date of the deposition"), a period
            # follows no step of the order: a step is done by its deadline, not on it.
            nouns = [w for w in re.findall(r"[a-z]{5,}", d.event_words.lower())
                     if w not in _GENERIC_NOUNS]
            if nouns:
                target = _find(items, i, _mentions(nouns))
            elif trigger is Trigger.FILING and i > 0 and drafts[i - 1].block == d.block \
                    and items[i - 1].kind is Kind.DEADLINE \
                    and re.search(r"\brecei(pt|v)", d.event_words, _I):
                target = i - 1  # "within seven days of receipt": of what the step before sends
        if d.with_step and item.kind is Kind.DUTY:
            _date_with(items, i, d.with_step)
            continue
        if d.event_words == SAME_PERIOD:
            _same_period(items, i)
            continue
        if target is not None or trigger is not item.trigger:
            items[i] = replace(item, chained_to=target, trigger=trigger)
    return items


def _same_period(items: list[ProposedObligation], i: int) -> None:
    """"Within the same thirty-day period": the period of that length the order gave before."""
    item = items[i]
    target = next((j for j in range(i - 1, max(-1, i - 41), -1)
                   if items[j].days == item.days and items[j].trigger is not None
                   and items[j].trigger is not Trigger.FIXED_DATE
                   and SAME_PERIOD not in (items[j].when_text or "")), None)
    if target is None:
        return
    step = items[target]
    items[i] = replace(
        item, trigger=step.trigger, direction=step.direction, court_days=step.court_days,
        event_date=step.event_date, chained_to=step.chained_to,
        notes=(*(n for n in item.notes if not n.startswith("counted from an event")),
               f"the same period as another step ({step.what!r}): ends when it does"))


def _date_with(items: list[ProposedObligation], i: int, step: str) -> None:
    """Date a task done "at the same time as" another step like that step (same clock)."""
    def dated(o: ProposedObligation) -> bool:
        return o.kind is Kind.DEADLINE and (o.days is not None or o.fixed_date is not None)

    nouns = [w for w in re.findall(r"[a-z]{5,}", step.lower()) if w not in _GENERIC_NOUNS
             and w != "same"]
    target: int | None = None
    if nouns:
        named = _mentions(nouns)
        target = next((j for j in range(i - 1, max(-1, i - 41), -1)
                       if dated(items[j]) and named(items[j])), None)
    elif i > 0 and dated(items[i - 1]):
        target = i - 1  # "at the same time": the step just before
    if target is None:
        return
    step_item = items[target]
    items[i] = replace(
        items[i], kind=Kind.DEADLINE, days=step_item.days, court_days=step_item.court_days,
        direction=step_item.direction, trigger=step_item.trigger,
        fixed_date=step_item.fixed_date, event_date=step_item.event_date,
        # Chained as the step is, not to it: counted from the step, it would fall a whole
        # period after it.
        when_text=step_item.when_text, chained_to=step_item.chained_to,
        confidence=min(items[i].confidence, step_item.confidence) - 0.1,
        notes=(*items[i].notes, f"done with another step ({step_item.what!r}): dated like it"))


def _mentions(nouns: list[str]) -> Callable[[ProposedObligation], bool]:
    """A test: a deadline whose words name one of ``nouns`` ("letter", "deposition")."""
    def test(o: ProposedObligation) -> bool:
        return o.kind is Kind.DEADLINE and any(
            re.search(rf"\b{re.escape(n[:6])}", o.what.lower()) for n in nouns)
    return test


def _find(items: list[ProposedObligation], at: int,
          test: Callable[[ProposedObligation], bool]) -> int | None:
    """The nearest item before ``at`` (else after it) that passes ``test``."""
    # The step an item counts from is near it; a window keeps long orders linear.
    order = list(range(at - 1, max(-1, at - 41), -1)) + list(range(at + 1,
                                                                    min(len(items), at + 41)))
    for j in order:
        if test(items[j]):
            return j
    return None

