"""The start: something is on screen before the database library and the views load.

Loading SQLAlchemy, opening the database and building the window take a second or more on
a staff laptop; the start screen shows first, then the window, then the attendees."""

from __future__ import annotations

import subprocess
import sys

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


# The order on screen (start screen, its preview, the window, the data) is checked by
# tests/test_start_screen_preview.py::test_the_preview_is_painted_before_the_windows_data.
