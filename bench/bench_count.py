"""Benchmark ``meetconfer count --batch``: 100,000 mixed periods against a floor.

The floor is measured in the same run: a subprocess that reads the same input lines, parses
each with ``json`` and writes one result line of the same shape per input (``due``, a
``steps`` list of the same length with step objects of the same size, ``readings`` and
``notes`` where the engine gave them, the echoed request), without counting anything. The
shapes come from the engine's own output, written to a side file before the floor runs. The
ratio engine time / floor time is what the issue's target (within 3x) is about.

Usage: ``python bench/bench_count.py [N]`` (default 100,000 requests).
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 20171004
TARGET_RATIO = 3.0
ROUNDS = 3

_FLOOR = r'''
import json, sys

def main():
    inp, shapes, out, text_len = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    filler = "x" * text_len
    loads, dumps = json.loads, json.dumps
    with open(inp, encoding="utf-8") as src, open(shapes, encoding="utf-8") as sh, \
            open(out, "w", encoding="utf-8") as dst:
        write = dst.write
        for line, shape in zip(src, sh):
            req = loads(line)
            sizes = [int(x) for x in shape.split()]
            trigger = req["trigger"]
            steps = [{"date": trigger, "kind": "count", "text": filler,
                      "rule": "FRCP 6(a)(1)(C)"} for _ in range(sizes[0])]
            obj = {"due": trigger, "due_long": "Wednesday, September 25, 2030"}
            if len(sizes) > 2:
                obj["latest"] = trigger
                obj["readings"] = [
                    {"due": trigger, "assumes": filler,
                     "steps": [{"date": trigger, "kind": "count", "text": filler,
                                "rule": "FRCP 6(a)(1)(C)"} for _ in range(n)]}
                    for n in sizes[2:]]
            obj.update({"steps": steps, "trigger": trigger, "days": req["days"],
                        "direction": req.get("direction", "after"),
                        "court_days": req.get("court_days", False),
                        "state": req.get("state"), "service": req.get("service")})
            if sizes[1]:
                obj["notes"] = [filler] * sizes[1]
            write(dumps(obj) + "\n")

main()
'''


def make_requests(n: int, seed: int = SEED) -> list[dict[str, object]]:
    """Return ``n`` mixed, valid requests (fixed seed, so every run counts the same)."""
    rng = random.Random(seed)
    first = date(2015, 1, 1).toordinal()
    last = date(2030, 12, 31).toordinal()
    services = ["mail", "electronic", "personal", "clerk", "consented"]
    out: list[dict[str, object]] = []
    for _ in range(n):
        trigger = date.fromordinal(rng.randint(first, last))
        days = rng.randint(1, 60)
        req: dict[str, object] = {"trigger": trigger.isoformat(), "days": days}
        before = rng.random() < 0.25
        if before:
            req["direction"] = "before"
        elif rng.random() < 0.5:
            req["direction"] = "after"
        where = rng.random()
        if where < 0.35:
            req["state"] = "CA"
        elif where < 0.5:
            req["district"] = "caed"
        elif where < 0.6:
            req["state"] = "NY"
        # else: federal legal holidays only
        if not before and rng.random() < 0.4:
            req["service"] = rng.choice(services)
        if rng.random() < 0.1:
            req["court_days"] = True
        if rng.random() < 0.05:
            span = days + 5
            sign = -1 if before else 1
            req["closed"] = [(trigger + timedelta(days=sign * rng.randint(1, span))).isoformat()
                             for _ in range(rng.randint(1, 2))]
        out.append(req)
    return out


@dataclass(frozen=True)
class Timing:
    """One run of a subprocess: wall-clock seconds and CPU seconds (user + system)."""

    wall: float
    cpu: float

    def best(self, other: Timing) -> Timing:
        """The better of two runs, field by field."""
        return Timing(min(self.wall, other.wall), min(self.cpu, other.cpu))


def _run(cmd: list[str], out: Path) -> tuple[Timing, subprocess.CompletedProcess[str]]:
    """Run ``cmd`` with stdout to ``out``; return its timing and the finished process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as sink:
        proc = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu), proc


def main() -> int:
    """Run the engine and the floor on the same input; print rates and the ratio.

    Each is run ``ROUNDS`` times, alternately, and the best time of each is kept, so that a
    busy machine slows both alike rather than one of them.
    """
    args = [a for a in sys.argv[1:] if a.isdigit()]
    n = int(args[0]) if args else 100_000
    meetconfer = Path(sys.executable).parent / "meetconfer"
    with tempfile.TemporaryDirectory(prefix="bench_count_") as tmp:
        work = Path(tmp)
        requests = work / "requests.jsonl"
        requests.write_text("".join(json.dumps(r) + "\n" for r in make_requests(n)),
                            encoding="utf-8")
        engine_out = work / "engine.jsonl"
        cmd = [str(meetconfer), "count", "--batch", str(requests), "--json"]
        engine, proc = _run(cmd, engine_out)
        if proc.returncode != 0:
            print(f"count: the engine exited {proc.returncode}: {proc.stderr.strip()[:500]}")
            return 1

        # The shape of each result line, for the floor: steps, notes, each reading's steps.
        shapes, text_chars, text_count, lines = [], 0, 0, 0
        with engine_out.open(encoding="utf-8") as results:
            for line in results:
                obj = json.loads(line)
                lines += 1
                if "error" in obj:
                    print(f"count: line {obj['line']} was rejected: {obj['error']}")
                    return 1
                sizes = [len(obj["steps"]), len(obj.get("notes", ()))]
                sizes += [len(r["steps"]) for r in obj.get("readings", ())]
                shapes.append(" ".join(map(str, sizes)) + "\n")
                for s in obj["steps"]:
                    text_chars += len(s["text"])
                    text_count += 1
        if lines != n:
            print(f"count: {n} requests gave {lines} result lines")
            return 1
        shape_file = work / "shapes.txt"
        shape_file.write_text("".join(shapes), encoding="utf-8")
        floor_script = work / "floor.py"
        floor_script.write_text(_FLOOR, encoding="utf-8")
        text_len = str(text_chars // max(text_count, 1))
        floor_out = work / "floor.jsonl"
        floor_cmd = [sys.executable, str(floor_script), str(requests), str(shape_file),
                     str(floor_out), text_len]
        floor = Timing(float("inf"), float("inf"))
        for round_ in range(ROUNDS):
            if round_:
                engine = engine.best(_run(cmd, engine_out)[0])
            timing, proc = _run(floor_cmd, work / "floor.stdout")
            if proc.returncode != 0:
                print(f"count: the floor exited {proc.returncode}: {proc.stderr.strip()[:500]}")
                return 1
            floor = floor.best(timing)
        floor_lines = sum(1 for _ in floor_out.open(encoding="utf-8"))
        if floor_lines != n:
            print(f"count: the floor wrote {floor_lines} lines for {n} requests")
            return 1

    # The verdict uses CPU time: on a shared machine the wall clock also measures the
    # neighbours, and the longer run (the engine) is exposed to them longer. Both are shown.
    ratio = engine.cpu / floor.cpu
    wall_ratio = engine.wall / floor.wall
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"count: {n / engine.cpu:.0f} periods/s of CPU ({engine.cpu:.2f} s CPU, "
          f"{engine.wall:.2f} s wall for {n} requests, best of {ROUNDS}) "
          f"(ratio {ratio:.2f}x baseline)")
    print(f"count_floor: {n / floor.cpu:.0f} lines/s of CPU ({floor.cpu:.2f} s CPU, "
          f"{floor.wall:.2f} s wall; parse and write only)")
    print(f"count_wall: {n / engine.wall:.0f} periods/s (ratio {wall_ratio:.2f}x baseline)")
    print(f"count_target: {verdict} {TARGET_RATIO:.0f}x (CPU time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
