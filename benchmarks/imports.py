"""Import of a 20,000-row CSV beside the Core-insert floor of as many rows, in turns.

The floor is benchmarks/bigdb.build: a new database (schema made by the migrations) and
20,000 people with their keys and badge codes registered through Core bulk inserts in one
transaction. The import is services.importing.run_import of a 20,000-row registration
list into a new database, with its parts, pauses for the desks, duplicate checks, consent
events and audit rows. Each turn takes one floor and one import (the first of the pair
alternates); the ratio of each turn is kept, and the median ratio and the range are
printed, so that the noise of a shared machine shows (issue 24 item 4: target <= 1.5x).
The CPU time of the same pairs is printed too: it does not count the pauses for the
desks, nor the time the other processes of the machine took.
Run: python benchmarks/imports.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bigdb import build  # noqa: E402
from desk import timed_import  # noqa: E402

ROUNDS = 6
TARGET = 1.5


def _floor(folder: Path) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    build(folder / "floor.db", 20_000)
    return time.perf_counter() - wall, time.process_time() - cpu


def _import(folder: Path) -> tuple[float, float]:
    return timed_import(folder)  # the import alone, not the CSV or the new database


def _line(name: str, values: list[float], unit: str = "s") -> str:
    low, high = min(values), max(values)
    return f"{name:<34}{statistics.median(values):.2f}{unit}  ({low:.2f}-{high:.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    rounds = parser.parse_args().rounds
    imports, floors, cpu_imports, cpu_floors = [], [], [], []
    for turn in range(rounds):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            pair = (_floor, _import) if turn % 2 == 0 else (_import, _floor)
            results = {step: step(folder) for step in pair}
        (floor, cpu_floor), (imported, cpu_import) = results[_floor], results[_import]
        floors.append(floor)
        imports.append(imported)
        cpu_floors.append(cpu_floor)
        cpu_imports.append(cpu_import)
        print(f"turn {turn + 1}: import {imported:.2f} s, floor {floor:.2f} s", flush=True)
    ratios = [i / f for i, f in zip(imports, floors, strict=True)]
    cpu_ratios = [i / f for i, f in zip(cpu_imports, cpu_floors, strict=True)]
    print(f"{rounds} turns, load average {os.getloadavg()[0]:.1f} at the end")
    print(_line("import of a 20,000-row CSV:", imports, " s"))
    print(_line("floor, Core insert of the rows:", floors, " s") + "  (with the schema)")
    print(_line("ratio per turn, median:", ratios, "x") + f"  (target <= {TARGET}x)")
    print(_line("CPU time ratio per turn, median:", cpu_ratios, "x") + "  (no pauses)")


if __name__ == "__main__":
    main()
