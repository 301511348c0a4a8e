"""Run every ``bench/bench_*.py`` and print what each reports.

Each benchmark is a script with a ``main()`` that prints lines such as
``count: 41234 periods/s (ratio 2.1x baseline)``, the baseline being measured in the same run
so that the ratio does not depend on the machine. ``make bench`` runs this file.

Usage: ``python bench/run_all.py [NAME ...]`` (names without ``bench_`` and ``.py`` pick some).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover(names: list[str]) -> list[Path]:
    """Return the benchmark scripts to run, in name order."""
    found = sorted(HERE.glob("bench_*.py"))
    if names:
        wanted = {f"bench_{n.removeprefix('bench_').removesuffix('.py')}.py" for n in names}
        found = [p for p in found if p.name in wanted]
    return found


def run_one(path: Path) -> int:
    """Import one benchmark script and run its ``main()``; return 0 on success."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        print(f"{path.stem}: cannot load", file=sys.stderr)
        return 1
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and pickle look their module up here
    spec.loader.exec_module(module)
    started = time.perf_counter()
    status = module.main()
    print(f"{path.stem}: finished in {time.perf_counter() - started:.1f} s")
    return int(status or 0)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks named in ``argv`` (all when empty)."""
    scripts = discover(list(sys.argv[1:] if argv is None else argv))
    if not scripts:
        print("no benchmark matched", file=sys.stderr)
        return 2
    failed = 0
    for path in scripts:
        print(f"== {path.stem}", flush=True)
        try:
            failed += run_one(path) != 0
        except Exception as err:
            print(f"{path.stem}: failed: {err!r}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
