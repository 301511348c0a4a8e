"""The 94 federal judicial districts, each mapped to its state or territory and time zone.

This is a reviewed table, not a guess made at run time. The codes are the ones the courts use
in their own web and CM/ECF addresses (``caed`` = Eastern District of California). The state
decides which state legal holidays count for periods measured after an event (FRCP
6(a)(6)(C)); the time zone decides when the last day ends for electronic filing (FRCP
6(a)(4)(A)). Where a district's divisions sit in two time zones, ``tz_note`` says so: the
zone given is the one of the district's main clerk's office.
"""

from __future__ import annotations

from dataclasses import dataclass

from meetconfer_gui.domain.errors import DomainError


@dataclass(frozen=True, slots=True)
class District:
    """One federal district court.

    Attributes:
        code: Short code, lower case (``caed``).
        name: Full name ("Eastern District of California").
        abbreviation: Bluebook-style short name ("E.D. Cal.").
        state: Two-letter code of the state or territory whose holidays apply.
        timezone: IANA zone of the main clerk's office.
        tz_label: The zone as people say it ("Pacific").
        tz_note: Divisions in another zone, if any.
    """

    code: str
    name: str
    abbreviation: str
    state: str
    timezone: str
    tz_label: str
    tz_note: str = ""

    @property
    def filing_cutoff(self) -> str:
        """When the last day of a filing period ends in this court (FRCP 6(a)(4)).

        Returns:
            "by 11:59 p.m. Pacific time if filed electronically; ..." with any division in
            another time zone named.
        """
        text = (f"by 11:59 p.m. {self.tz_label} time if filed electronically; before the "
                "clerk's office closes if filed on paper")
        if self.tz_note:
            text += f" ({self.tz_note})"
        return text

    @property
    def court_name(self) -> str:
        """The court's title as captions print it."""
        return f"United States District Court, {self.name}"


_PT = ("America/Los_Angeles", "Pacific")
_MT = ("America/Denver", "Mountain")
_AZ = ("America/Phoenix", "Mountain (Arizona, no daylight saving)")
_CT = ("America/Chicago", "Central")
_ET = ("America/New_York", "Eastern")

# code, name, abbreviation, state, (zone, label), note
_TABLE: tuple[tuple[str, str, str, str, tuple[str, str], str], ...] = (
    ("alnd", "Northern District of Alabama", "N.D. Ala.", "AL", _CT, ""),
    ("almd", "Middle District of Alabama", "M.D. Ala.", "AL", _CT, ""),
    ("alsd", "Southern District of Alabama", "S.D. Ala.", "AL", _CT, ""),
    ("akd", "District of Alaska", "D. Alaska", "AK", ("America/Anchorage", "Alaska"), ""),
    ("azd", "District of Arizona", "D. Ariz.", "AZ", _AZ, ""),
    ("ared", "Eastern District of Arkansas", "E.D. Ark.", "AR", _CT, ""),
    ("arwd", "Western District of Arkansas", "W.D. Ark.", "AR", _CT, ""),
    ("cand", "Northern District of California", "N.D. Cal.", "CA", _PT, ""),
    ("caed", "Eastern District of California", "E.D. Cal.", "CA", _PT, ""),
    ("cacd", "Central District of California", "C.D. Cal.", "CA", _PT, ""),
    ("casd", "Southern District of California", "S.D. Cal.", "CA", _PT, ""),
    ("cod", "District of Colorado", "D. Colo.", "CO", _MT, ""),
    ("ctd", "District of Connecticut", "D. Conn.", "CT", _ET, ""),
    ("ded", "District of Delaware", "D. Del.", "DE", _ET, ""),
    ("dcd", "District of Columbia", "D.D.C.", "DC", _ET, ""),
    ("flnd", "Northern District of Florida", "N.D. Fla.", "FL", _ET,
     "Pensacola and Panama City divisions are on Central time"),
    ("flmd", "Middle District of Florida", "M.D. Fla.", "FL", _ET, ""),
    ("flsd", "Southern District of Florida", "S.D. Fla.", "FL", _ET, ""),
    ("gand", "Northern District of Georgia", "N.D. Ga.", "GA", _ET, ""),
    ("gamd", "Middle District of Georgia", "M.D. Ga.", "GA", _ET, ""),
    ("gasd", "Southern District of Georgia", "S.D. Ga.", "GA", _ET, ""),
    ("hid", "District of Hawaii", "D. Haw.", "HI", ("Pacific/Honolulu", "Hawaii"), ""),
    ("idd", "District of Idaho", "D. Idaho", "ID", ("America/Boise", "Mountain"),
     "the Northern Division (Coeur d'Alene) is on Pacific time"),
    ("ilnd", "Northern District of Illinois", "N.D. Ill.", "IL", _CT, ""),
    ("ilcd", "Central District of Illinois", "C.D. Ill.", "IL", _CT, ""),
    ("ilsd", "Southern District of Illinois", "S.D. Ill.", "IL", _CT, ""),
    ("innd", "Northern District of Indiana", "N.D. Ind.", "IN",
     ("America/Indiana/Indianapolis", "Eastern"), "the Hammond division is on Central time"),
    ("insd", "Southern District of Indiana", "S.D. Ind.", "IN",
     ("America/Indiana/Indianapolis", "Eastern"), "the Evansville division is on Central time"),
    ("iand", "Northern District of Iowa", "N.D. Iowa", "IA", _CT, ""),
    ("iasd", "Southern District of Iowa", "S.D. Iowa", "IA", _CT, ""),
    ("ksd", "District of Kansas", "D. Kan.", "KS", _CT, ""),
    ("kyed", "Eastern District of Kentucky", "E.D. Ky.", "KY", _ET, ""),
    ("kywd", "Western District of Kentucky", "W.D. Ky.", "KY",
     ("America/Kentucky/Louisville", "Eastern"),
     "the Bowling Green, Owensboro and Paducah divisions are on Central time"),
    ("laed", "Eastern District of Louisiana", "E.D. La.", "LA", _CT, ""),
    ("lamd", "Middle District of Louisiana", "M.D. La.", "LA", _CT, ""),
    ("lawd", "Western District of Louisiana", "W.D. La.", "LA", _CT, ""),
    ("med", "District of Maine", "D. Me.", "ME", _ET, ""),
    ("mdd", "District of Maryland", "D. Md.", "MD", _ET, ""),
    ("mad", "District of Massachusetts", "D. Mass.", "MA", _ET, ""),
    ("mied", "Eastern District of Michigan", "E.D. Mich.", "MI", ("America/Detroit", "Eastern"),
     ""),
    ("miwd", "Western District of Michigan", "W.D. Mich.", "MI", ("America/Detroit", "Eastern"),
     "four Upper Peninsula counties are on Central time"),
    ("mnd", "District of Minnesota", "D. Minn.", "MN", _CT, ""),
    ("msnd", "Northern District of Mississippi", "N.D. Miss.", "MS", _CT, ""),
    ("mssd", "Southern District of Mississippi", "S.D. Miss.", "MS", _CT, ""),
    ("moed", "Eastern District of Missouri", "E.D. Mo.", "MO", _CT, ""),
    ("mowd", "Western District of Missouri", "W.D. Mo.", "MO", _CT, ""),
    ("mtd", "District of Montana", "D. Mont.", "MT", _MT, ""),
    ("ned", "District of Nebraska", "D. Neb.", "NE", _CT,
     "the western part of the state is on Mountain time"),
    ("nvd", "District of Nevada", "D. Nev.", "NV", _PT, ""),
    ("nhd", "District of New Hampshire", "D.N.H.", "NH", _ET, ""),
    ("njd", "District of New Jersey", "D.N.J.", "NJ", _ET, ""),
    ("nmd", "District of New Mexico", "D.N.M.", "NM", _MT, ""),
    ("nynd", "Northern District of New York", "N.D.N.Y.", "NY", _ET, ""),
    ("nyed", "Eastern District of New York", "E.D.N.Y.", "NY", _ET, ""),
    ("nysd", "Southern District of New York", "S.D.N.Y.", "NY", _ET, ""),
    ("nywd", "Western District of New York", "W.D.N.Y.", "NY", _ET, ""),
    ("nced", "Eastern District of North Carolina", "E.D.N.C.", "NC", _ET, ""),
    ("ncmd", "Middle District of North Carolina", "M.D.N.C.", "NC", _ET, ""),
    ("ncwd", "Western District of North Carolina", "W.D.N.C.", "NC", _ET, ""),
    ("ndd", "District of North Dakota", "D.N.D.", "ND", _CT,
     "the southwestern part of the state is on Mountain time"),
    ("ohnd", "Northern District of Ohio", "N.D. Ohio", "OH", _ET, ""),
    ("ohsd", "Southern District of Ohio", "S.D. Ohio", "OH", _ET, ""),
    ("oknd", "Northern District of Oklahoma", "N.D. Okla.", "OK", _CT, ""),
    ("oked", "Eastern District of Oklahoma", "E.D. Okla.", "OK", _CT, ""),
    ("okwd", "Western District of Oklahoma", "W.D. Okla.", "OK", _CT, ""),
    ("ord", "District of Oregon", "D. Or.", "OR", _PT, "Malheur County is on Mountain time"),
    ("paed", "Eastern District of Pennsylvania", "E.D. Pa.", "PA", _ET, ""),
    ("pamd", "Middle District of Pennsylvania", "M.D. Pa.", "PA", _ET, ""),
    ("pawd", "Western District of Pennsylvania", "W.D. Pa.", "PA", _ET, ""),
    ("rid", "District of Rhode Island", "D.R.I.", "RI", _ET, ""),
    ("scd", "District of South Carolina", "D.S.C.", "SC", _ET, ""),
    ("sdd", "District of South Dakota", "D.S.D.", "SD", _CT,
     "the Western Division (Rapid City) is on Mountain time"),
    ("tned", "Eastern District of Tennessee", "E.D. Tenn.", "TN", _ET,
     "the Winchester division is on Central time"),
    ("tnmd", "Middle District of Tennessee", "M.D. Tenn.", "TN", _CT, ""),
    ("tnwd", "Western District of Tennessee", "W.D. Tenn.", "TN", _CT, ""),
    ("txnd", "Northern District of Texas", "N.D. Tex.", "TX", _CT, ""),
    ("txed", "Eastern District of Texas", "E.D. Tex.", "TX", _CT, ""),
    ("txsd", "Southern District of Texas", "S.D. Tex.", "TX", _CT, ""),
    ("txwd", "Western District of Texas", "W.D. Tex.", "TX", _CT,
     "the El Paso and Pecos divisions are on Mountain time"),
    ("utd", "District of Utah", "D. Utah", "UT", _MT, ""),
    ("vtd", "District of Vermont", "D. Vt.", "VT", _ET, ""),
    ("vaed", "Eastern District of Virginia", "E.D. Va.", "VA", _ET, ""),
    ("vawd", "Western District of Virginia", "W.D. Va.", "VA", _ET, ""),
    ("waed", "Eastern District of Washington", "E.D. Wash.", "WA", _PT, ""),
    ("wawd", "Western District of Washington", "W.D. Wash.", "WA", _PT, ""),
    ("wvnd", "Northern District of West Virginia", "N.D. W. Va.", "WV", _ET, ""),
    ("wvsd", "Southern District of West Virginia", "S.D. W. Va.", "WV", _ET, ""),
    ("wied", "Eastern District of Wisconsin", "E.D. Wis.", "WI", _CT, ""),
    ("wiwd", "Western District of Wisconsin", "W.D. Wis.", "WI", _CT, ""),
    ("wyd", "District of Wyoming", "D. Wyo.", "WY", _MT, ""),
    ("prd", "District of Puerto Rico", "D.P.R.", "PR", ("America/Puerto_Rico", "Atlantic"), ""),
    ("vid", "District of the Virgin Islands", "D.V.I.", "VI", ("America/St_Thomas", "Atlantic"),
     ""),
    ("gud", "District of Guam", "D. Guam", "GU", ("Pacific/Guam", "Chamorro"), ""),
    ("nmid", "District of the Northern Mariana Islands", "D. N. Mar. I.", "MP",
     ("Pacific/Saipan", "Chamorro"), ""),
)

DISTRICTS: dict[str, District] = {
    code: District(code, name, abbr, state, tz[0], tz[1], note)
    for code, name, abbr, state, tz, note in _TABLE
}

#: Every state or territory that has a district court, with its name.
STATES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "VI": "U.S. Virgin Islands", "GU": "Guam",
    "MP": "Northern Mariana Islands",
}


def district(code: str) -> District:
    """Look up a district by its code, in any case.

    Args:
        code: A code such as ``caed`` or ``CAED``.

    Returns:
        The district.

    Raises:
        DomainError: If no district has that code.
    """
    found = DISTRICTS.get(code.strip().lower())
    if found is None:
        raise DomainError(
            f"unknown district {code!r}: use a code such as caed (E.D. Cal.) or nysd (S.D.N.Y.); "
            "'meetconfer districts' lists all 94"
        )
    return found


def state_code(code: str) -> str:
    """Normalise a two-letter state or territory code.

    Args:
        code: ``ca``, ``CA`` ...

    Returns:
        The upper-case code.

    Raises:
        DomainError: If it names no state or territory with a district court.
    """
    value = code.strip().upper()
    if value not in STATES:
        raise DomainError(
            f"unknown state {code!r}: use a two-letter code such as CA, NY or PR"
        )
    return value
