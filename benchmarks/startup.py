"""Start-up time with 20,000 people registered for one event.

Prints the medians over several fresh processes, each timed from outside (the clock starts
before the process does): to the first window on screen (the start screen), to the main
window, to the attendee data visible (the first screenful: the first rows in name order,
the counters, the latest check-ins, shown by the start screen from sqlite3 while the rest
loads), to the desk's own first screenful in the main window and to every view holding
every row. Beside them the floor measured in the same run:
a fresh Python process that shows a bare Qt window; targets are ratios to it (issue 24:
a visible window within 1.5x, the data within 2x).
Run: python benchmarks/startup.py [--runs 7] [--people 20000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bigdb import build  # noqa: E402


def one_run(db: Path, config: Path) -> tuple[float, float, float, float]:
    env = {
        **os.environ,
        "SMARTNET_STARTUP_PROBE": "1",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "SMARTNET_CONFIG_DIR": str(config),
    }
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", "--db", str(db), "--lang", "de"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    marks = dict(
        line.split()[1:] for line in result.stdout.splitlines() if line.startswith("probe ")
    )
    # The start screen's preview of the first screenful (first_rows_visible, read with
    # sqlite3) comes first; then the desk's own first screenful of a large event
    # (desk_first_rows_visible), before its whole list; a small one shows its list at once.
    marks.setdefault("desk_first_rows_visible", marks["data_visible"])
    marks.setdefault("first_rows_visible", marks["desk_first_rows_visible"])
    return tuple(
        float(marks[mark]) - started
        for mark in (
            "first_window",
            "window_shown",
            "first_rows_visible",
            "desk_first_rows_visible",
            "data_visible",
        )
    )


_BARE_WINDOW = """
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"shown {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
probe = Painted()
window.installEventFilter(probe)
window.resize(1280, 800)
window.show()
app.exec()
"""


def bare_window() -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-c", _BARE_WINDOW], env=env, capture_output=True, text=True, check=True
    )
    return float(result.stdout.split()[1]) - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        build(db, args.people)
        one_run(db, Path(folder))  # warm the file cache like a second start of the day
        runs, floors = [], []
        for _ in range(args.runs):  # taken in turns, so that both see the same machine
            runs.append(one_run(db, Path(folder)))
            floors.append(bare_window())
        floor = statistics.median(floors)
    first, shown, screenful, desk, visible = (
        statistics.median(r[i] for r in runs) for i in range(5)
    )
    print(f"people registered:              {args.people}")
    print(f"runs (fresh processes):         {args.runs}")
    print(f"floor, bare Qt window shown:    {floor:.3f} s")
    print(
        f"first window (start screen):    {first:.3f} s   {first / floor:.2f}x floor (target 1.5x)"
    )
    print(f"main window shown:              {shown:.3f} s   {shown / floor:.2f}x floor")
    print(
        f"data visible (first screenful): {screenful:.3f} s   {screenful / floor:.2f}x floor (target 2x)"
    )
    print(f"the desk's own first screenful: {desk:.3f} s   {desk / floor:.2f}x floor")
    print(f"every view has every row:       {visible:.3f} s   {visible / floor:.2f}x floor")


if __name__ == "__main__":
    main()
