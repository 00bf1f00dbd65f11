"""Start-up time with 20,000 people registered for one event.

Prints the medians over several fresh processes: process start to main window shown, and
to the attendee data visible. Targets on the 2-core machine: 0.5 s and 1.0 s. Beside them
the floor measured in the same run: a fresh Python process that shows a bare Qt window.
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


def one_run(db: Path, config: Path) -> tuple[float, float]:
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
    return float(marks["window_shown"]) - started, float(marks["data_visible"]) - started


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
        runs = [one_run(db, Path(folder)) for _ in range(args.runs)]
        floor = statistics.median(bare_window() for _ in range(args.runs))
    shown = statistics.median(r[0] for r in runs)
    visible = statistics.median(r[1] for r in runs)
    print(f"people registered:            {args.people}")
    print(f"runs (fresh processes):       {args.runs}")
    print(f"window shown   (median):      {shown:.3f} s   (target 0.5 s)")
    print(f"data visible   (median):      {visible:.3f} s   (target 1.0 s)")
    print(f"floor, bare Qt window shown:  {floor:.3f} s   (ratio {shown / floor:.1f}x)")


if __name__ == "__main__":
    main()
