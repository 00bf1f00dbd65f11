"""Import of a 20,000-row CSV beside the Core-insert floor of as many rows, in one run.

The floor is benchmarks/bigdb.build: a new database (schema made by the migrations) and
20,000 people with their keys and badge codes registered through Core bulk inserts in one
transaction. The import is services.importing.run_import of a 20,000-row registration
list into a new database, with its parts, pauses for the desks, duplicate checks, consent
events and audit rows. Both are taken in turns, three times; medians and the ratio are
printed (issue 24 item 4: target <= 1.5x).
Run: python benchmarks/imports.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bigdb import build  # noqa: E402
from desk import import_csv  # noqa: E402

ROUNDS = 3
TARGET = 1.5


def main() -> None:
    imports, floors = [], []
    for round_ in range(ROUNDS):
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            start = time.perf_counter()
            build(folder / f"floor{round_}.db", 20_000)
            floors.append(time.perf_counter() - start)
            imports.append(import_csv(folder))
    imported, floor = statistics.median(imports), statistics.median(floors)
    print(f"import of a 20,000-row CSV:       {imported:.2f} s   (median of {ROUNDS})")
    print(f"  floor, Core insert of the rows: {floor:.2f} s   (with the schema)")
    print(f"  ratio {imported / floor:.2f}x   (target <= {TARGET}x)")


if __name__ == "__main__":
    main()
