"""Benchmark the store: saving a matter change and loading the matter list.

Each is reported as a ratio to plain ``json`` on a file, measured in the same run on the same
documents, so the ratio does not depend on the machine:

- save: ``SqliteRepository.save`` (encoding, summary columns, next deadline, history entry, one
  transaction, ``synchronous=FULL``) against ``json.dump`` of the same document (a dict built
  once) to a file, and,
  for context, against ``json.dump`` followed by ``fsync`` (what "nothing lost" costs anyway).
- list: ``list_matters`` over N matters against ``json.load`` of a file holding the N
  documents (what a store without summary columns would have to read).
- get: ``get`` of one matter against ``json.load`` of its document.

Usage: ``python bench/bench_store.py [N]`` (default 50 matters).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from meetconfer_gui.domain.matter import Completion  # noqa: E402
from meetconfer_gui.domain.sample import sample_matter  # noqa: E402
from meetconfer_gui.storage import codec  # noqa: E402
from meetconfer_gui.storage.repository import open_repository  # noqa: E402


def best_of(fn: Callable[[], object], repeat: int, rounds: int = 5) -> float:
    """Median over ``rounds`` of the mean seconds per call over ``repeat`` calls."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        times.append((time.perf_counter() - start) / repeat)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the ratios."""
    args = sys.argv[1:] if argv is None else argv
    n = int(args[0]) if args else 50
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        repo = open_repository(folder / "store")
        base = sample_matter()
        ids = [repo.create(replace(base, name=f"Matter {i}"), user="bench").id
               for i in range(n)]
        matter = repo.get(ids[0])
        state = {"i": 0}

        def save() -> None:
            state["i"] += 1
            changed = matter.with_note("contact", f"note {state['i']}").with_completion(
                Completion("contact", date(2017, 10, 10), "bench"))
            repo.save(changed, user="bench", action="note", obligation="contact")

        doc_file = folder / "matter.json"

        doc = codec.to_document(matter)  # plain JSON: the dict is built once

        def dump() -> None:
            state["i"] += 1
            doc["matter"]["notes"] = [["contact", f"note {state['i']}"]]
            with open(doc_file, "w", encoding="utf-8") as fh:
                json.dump(doc, fh)

        def dump_fsync() -> None:
            state["i"] += 1
            doc["matter"]["notes"] = [["contact", f"note {state['i']}"]]
            with open(doc_file, "w", encoding="utf-8") as fh:
                json.dump(doc, fh)
                fh.flush()
                os.fsync(fh.fileno())

        all_file = folder / "all.json"
        with open(all_file, "w", encoding="utf-8") as fh:
            json.dump([codec.to_document(repo.get(i)) for i in ids], fh)

        def load_all() -> None:
            with open(all_file, encoding="utf-8") as fh:
                json.load(fh)

        def load_one() -> None:
            with open(doc_file, encoding="utf-8") as fh:
                json.load(fh)

        t_save = best_of(save, 40)
        t_dump = best_of(dump, 40)
        t_dump_sync = best_of(dump_fsync, 40)
        t_list = best_of(lambda: repo.list_matters(), 40)
        t_load_all = best_of(load_all, 40)
        t_get = best_of(lambda: repo.get(ids[0]), 40)
        t_load_one = best_of(load_one, 40)
        repo.close()
    ms = 1000.0
    print(f"store save: {t_save * ms:.2f} ms per change (ratio {t_save / t_dump:.1f}x "
          f"json.dump {t_dump * ms:.2f} ms; {t_save / t_dump_sync:.1f}x json.dump+fsync "
          f"{t_dump_sync * ms:.2f} ms)")
    print(f"store list: {t_list * ms:.2f} ms for {n} matters (ratio {t_list / t_load_all:.2f}x "
          f"json.load of the {n} documents {t_load_all * ms:.2f} ms)")
    print(f"store get: {t_get * ms:.2f} ms per matter (ratio {t_get / t_load_one:.1f}x "
          f"json.load {t_load_one * ms:.2f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
