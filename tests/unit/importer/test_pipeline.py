"""Every held-out order through the whole pipeline, as a user would run it.

``meetconfer matter new --import-order FILE`` (every proposed item accepted, as the import
wizard starts) and then ``meetconfer deadlines --matter ID --json``, in-process, on one shared
temporary store. For each order: both commands succeed; the matter's court is the order's
(from the caption, or a line near the top naming the district); its order date is the one
the held-out table gives; every obligation with a date shows how it was counted.

Six orders are bare docket entries that never name their court ("ORAL ORDER: ...", "TEXT
ORDER: ..."): no reading can find it, so the matter takes the default court and the command
says so on stderr for the user to correct.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.districts import DISTRICTS
from meetconfer_gui.domain.obligations import DateRule, TriggerKind
from meetconfer_gui.importer import Trigger, import_order
from meetconfer_gui.storage.repository import open_repository
from tests.unit.cli.helpers import run_cli
from tests.unit.importer.test_heldout import EXPECTED, HELDOUT
from tests.unit.importer.test_heldout2 import EXPECTED2, HELDOUT2
from tests.unit.importer.test_heldout3 import EXPECTED3, HELDOUT3
from tests.unit.importer.test_heldout4 import EXPECTED4, HELDOUT4
from tests.unit.importer.test_heldout5 import EXPECTED5, HELDOUT5
from tests.unit.importer.test_heldout6 import EXPECTED6, HELDOUT6
from tests.unit.importer.test_heldout7 import EXPECTED7, HELDOUT7
from tests.unit.importer.test_heldout8 import EXPECTED8, HELDOUT8
from tests.unit.importer.test_heldout9 import EXPECTED9, HELDOUT9
from tests.unit.importer.test_heldout10 import EXPECTED10, HELDOUT10
from tests.unit.importer.test_heldout11 import EXPECTED11, HELDOUT11

BATCHES = ((HELDOUT, EXPECTED), (HELDOUT2, EXPECTED2), (HELDOUT3, EXPECTED3),
           (HELDOUT4, EXPECTED4), (HELDOUT5, EXPECTED5), (HELDOUT6, EXPECTED6),
           (HELDOUT7, EXPECTED7), (HELDOUT8, EXPECTED8), (HELDOUT9, EXPECTED9),
           (HELDOUT10, EXPECTED10), (HELDOUT11, EXPECTED11))
ORDERS: dict[Path, date | None] = {
    folder / name: when for folder, table in BATCHES for name, (when, _) in table.items()}

# The court from the file name's prefix (the held-out files are named court first).
COURTS = {
    "bankr_sdtex": "txsd", "cand": "cand", "cdcal": "cacd", "dariz": "azd", "dcolo": "cod",
    "dconn": "ctd", "ddc": "dcd", "dded": "ded", "dhaw": "hid", "dkan": "ksd", "dmass": "mad",
    "dmd": "mdd", "dme": "med", "dmn": "mnd", "dnev": "nvd", "dnh": "nhd", "dnj": "njd",
    "dnm": "nmd", "dor": "ord", "dsc": "scd", "dutah": "utd", "edcal": "caed", "edla": "laed",
    "edny": "nyed", "edtex": "txed", "edva": "vaed", "edwis": "wied", "idd": "idd",
    "mdfla": "flmd", "mdnc": "ncmd", "mdtenn": "tnmd", "mied": "mied", "moed": "moed",
    "nced": "nced", "ndcal": "cand", "ndga": "gand", "ndill": "ilnd", "ndny": "nynd",
    "ndohio": "ohnd", "ndtex": "txnd", "oknd": "oknd", "sdcal": "casd", "sdfla": "flsd",
    "sdill": "ilsd", "sdny": "nysd", "sdohio": "ohsd", "wdmo": "mowd", "wdny": "nywd",
    "wdpa": "pawd", "wdtex": "txwd", "wdwash": "wawd",
}
# Docket entries that never name their court: the default court, with a note to correct it.
COURT_NOT_NAMED = frozenset((
    "ndtex_electronic_order.txt", "dded_oral_order.txt", "cand_clerks_notice.txt",
    "ndny_text_order.txt", "sdny_cmecf_docket.txt", "sdohio_docket_hearing.txt"))
DEFAULT_COURT = "caed"
TODAY = "2026-01-15"


def court_of(name: str) -> str:
    prefix = max((p for p in COURTS if name.startswith(p + "_")), key=len)
    return COURTS[prefix]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pipeline-store")


@pytest.mark.parametrize("path", sorted(ORDERS), ids=lambda p: p.name)
def test_order_becomes_a_matter_with_dated_steps(capsys, store, path):
    status, out, err = run_cli(capsys, "matter", "new", "--import-order", str(path),
                               "--data-dir", str(store))
    assert status == 0, err
    matter_id = out.strip()
    status, out, err = run_cli(capsys, "deadlines", "--matter", matter_id, "--json",
                               "--data-dir", str(store), "--today", TODAY)
    assert status == 0, err
    result = json.loads(out)

    repo = open_repository(store, read_only=True)
    try:
        matter = repo.get(matter_id)
    finally:
        repo.close()
    if path.name in COURT_NOT_NAMED:
        assert matter.district_code == DEFAULT_COURT
    else:
        assert matter.district_code == court_of(path.name), path.name
    expected_date = ORDERS[path]
    assert expected_date is not None
    assert matter.order.signed == expected_date

    # A period after a court's event is counted after it, one before it before it.
    _, imported = import_order(path)
    hearing_clocks = {direction: {(o.source_sentence, o.days) for o in imported.obligations
                                  if o.trigger is Trigger.HEARING and o.direction is direction}
                      for direction in Direction}
    for ob in matter.obligations:
        for rule in ob.rules:
            if rule.trigger is TriggerKind.HEARING:
                clocks = {(q.text, rule.days) for q in ob.quotes}
                other = Direction.BEFORE if rule.direction is Direction.AFTER \
                    else Direction.AFTER
                assert clocks & hearing_clocks[rule.direction] or not (
                    clocks & hearing_clocks[other]), ob.id

    for item in result["obligations"]:
        if item["due"] is not None:
            assert item["steps"], item["id"]
            assert item["steps"][-1]["date"] == item["due"], item["id"]
        if item["kind"] in ("deadline", "duty") and any(
                datable(rule) for rule in matter.obligation(item["id"]).rules):
            assert item["due"] is not None, item


def datable(rule: DateRule) -> bool:
    """A clock the matter's own facts date: the order's date, entry or service, a fixed
    date, or a hearing whose date the order gives (not a conference or paper yet to come)."""
    return rule.trigger in (TriggerKind.ORDER_DATE, TriggerKind.ORDER_ENTRY,
                            TriggerKind.SERVICE, TriggerKind.FIXED_DATE) or (
        rule.trigger is TriggerKind.HEARING and rule.fixed is not None)


def test_every_court_prefix_is_a_district():
    assert set(COURTS.values()) <= set(DISTRICTS)
    for path in ORDERS:
        assert court_of(path.name)
