"""Recomputing the sample schedule: target under 1 ms (issue 3).

Baseline in the same run: a deep copy of the same matter's plain data (json round trip),
which any recompute must at least match in cost.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import asdict
from datetime import date

from meetconfer_gui.domain.matter import ConferenceMethod, ConferenceSession
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.domain.schedule import compute_schedule


def _time(fn, n: int) -> float:
    runs = []
    for _ in range(7):
        t = time.perf_counter()
        for _ in range(n):
            fn()
        runs.append((time.perf_counter() - t) / n)
    return statistics.median(runs)


def main() -> None:
    today = date(2017, 10, 10)
    m = sample_matter().with_sessions(
        (ConferenceSession("s1", date(2017, 10, 20), ConferenceMethod.TELEPHONE),), None)
    compute_schedule(m, today)  # warm the calendar
    data = asdict(m)
    blob = json.dumps(data, default=str)
    base = _time(lambda: json.loads(blob), 500)
    t = _time(lambda: compute_schedule(m, today), 500)
    verdict = "OK" if t < 1e-3 else "OVER BUDGET"
    print(f"schedule: sample recompute {t * 1e3:.3f} ms (target < 1 ms: {verdict}; "
          f"ratio {t / base:.1f}x a JSON load of the matter, {base * 1e3:.3f} ms)")


if __name__ == "__main__":
    main()
