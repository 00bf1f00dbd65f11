"""The start: something is on screen before the database library and the views load.

Loading SQLAlchemy, opening the database and building the window take a second or more on
a staff laptop; the start screen shows first, then the window, then the attendees."""

from __future__ import annotations

import os
import subprocess
import sys

from smartnet_desktop.db import open_database
from smartnet_desktop.services.demo import load_demo

_NOTHING_HEAVY_YET = """
import sys
from smartnet_desktop.cli import _window_start
import smartnet_desktop.app
assert _window_start(["--db", "meeting.db", "--lang", "de", "--desk", "Tür 2"]) is not None
heavy = sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"
               or m.startswith("smartnet_desktop.services") or m.startswith("smartnet_desktop.cli."))
print(heavy)
"""


def test_a_window_start_loads_neither_the_commands_nor_the_database_library():
    result = subprocess.run(
        [sys.executable, "-c", _NOTHING_HEAVY_YET], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_commands_and_help_still_reach_the_full_parser():
    from smartnet_desktop.cli import _window_start

    assert _window_start([]) is not None
    assert _window_start(["--demo"]) is not None
    for argv in (["--help"], ["-h"], ["events", "list"], ["--db", "x.db", "attendees"], ["--lang", "fr"]):
        assert _window_start(argv) is None, argv


def test_the_start_screen_comes_first_then_the_window_then_the_data(tmp_path):
    path = tmp_path / "meeting.db"
    engine, sessions = open_database(path)
    load_demo(sessions)
    engine.dispose()
    env = {
        **os.environ,
        "SMARTNET_STARTUP_PROBE": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "SMARTNET_CONFIG_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", "--db", str(path), "--lang", "de"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    marks = dict(line.split()[1:] for line in result.stdout.splitlines() if line.startswith("probe "))
    assert float(marks["first_window"]) <= float(marks["window_shown"]) <= float(marks["data_visible"])
