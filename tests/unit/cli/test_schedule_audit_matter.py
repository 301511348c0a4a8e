"""``meetconfer deadlines --matter ID`` with what-if options, checked by hand.

A matter made from the sample (order of Wed 2017-10-04, served that day) must answer
``--order-date`` and ``--served`` as ``--sample`` does: the order's own-day service moves with
a new order date, and ``--served`` with a later ``--order-date`` is applied in the same step.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.cli.helpers import run_cli


@pytest.fixture
def matter(tmp_path: Path, monkeypatch: Any, capsys: Any) -> str:
    """A store with one matter made from the sample; returns its data dir."""
    monkeypatch.delenv("MEETCONFER_DATA_DIR", raising=False)
    store = str(tmp_path / "store")
    assert run_cli(capsys, "--data-dir", store, "matter", "new", "--sample")[:2] == (0, "1\n")
    return store


CASES = [
    ([], ("2017-10-25", "2017-11-03", "2017-10-27"), "the sample as stored"),
    (["--order-date", "2017-10-10"], ("2017-10-31", "2017-11-09", "2017-11-02"),
     "order Tue 10-10 served that day: 21 -> Tue 10-31, 30 -> Thu 11-09"),
    (["--order-date", "2017-09-01"], ("2017-09-22", "2017-10-02", "2017-09-25"),
     "order Fri 09-01 served that day: 21 -> Fri 09-22, 30 -> Sun 10-01 -> Mon 10-02"),
    (["--order-date", "2017-10-10", "--served", "2017-10-12"],
     ("2017-10-31", "2017-11-13", "2017-11-06"),
     "served Thu 10-12: 30 -> Sat 11-11 -> Mon 11-13 (Veterans Day was observed Fri 11-10)"),
    (["--order-date", "2017-10-10", "--served", "2017-10-12", "--service", "mail"],
     ("2017-10-31", "2017-11-16", "2017-11-09"), "by mail: Mon 11-13 + 3 = Thu 11-16"),
    (["--served", "2017-10-24"], ("2017-10-25", "2017-11-27", "2017-11-20"),
     "served 10-24: contact still from the order; 30 -> Thanksgiving, Fri (CA), weekend -> 11-27"),
]


@pytest.mark.parametrize(("args", "dates", "reason"), CASES)
def test_matter_what_if(capsys: Any, matter: str, args: list[str],
                        dates: tuple[str, str, str], reason: str) -> None:
    """(contact, joint statement, conference_by) for the stored sample with the options."""
    status, out, err = run_cli(capsys, "--data-dir", matter, "deadlines", "--matter", "1",
                               "--json", "--today", "2017-10-10", *args)
    assert status == 0, (err, reason)
    d = json.loads(out)["deadlines"]
    assert (d["contact"], d["joint_statement"], d["conference_by"]) == dates, reason


def test_matter_served_before_new_order_date_is_refused(capsys: Any, matter: str) -> None:
    """Served 10-01 on an order dated 10-10: one line, exit 2."""
    status, out, err = run_cli(capsys, "--data-dir", matter, "deadlines", "--matter", "1",
                               "--json", "--order-date", "2017-10-10", "--served", "2017-10-01")
    assert status == 2 and out == "" and "before its date" in err
