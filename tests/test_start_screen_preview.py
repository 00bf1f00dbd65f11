"""The start screen shows the desk's first screenful, read with sqlite3, while SQLAlchemy
and the window load; the probe sees it before the window's own data (issue 24 item 5)."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt

from smartnet_desktop import app
from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees, events
from smartnet_desktop.services.demo import load_demo
from smartnet_desktop.services.first_glance import first_glance
from smartnet_desktop.ui import formatting, main_window
from smartnet_desktop.ui import start_screen as start
from smartnet_desktop.ui.views import checkin_view


def _demo(tmp_path):
    path = tmp_path / "meeting.db"
    engine, sessions = open_database(path)
    load_demo(sessions)
    engine.dispose()
    return path, sessions


def test_the_preview_reads_as_many_rows_as_the_desk_shows():
    assert app.PREVIEW_ROWS == main_window.FIRST_ROWS
    assert app.PREVIEW_LATEST == checkin_view.LATEST_SHOWN


def test_the_start_screen_shows_the_rows(qtbot, tmp_path):
    path, sessions = _demo(tmp_path)
    glance = first_glance(str(path), None, app.PREVIEW_ROWS, app.PREVIEW_LATEST)
    screen = start.start_screen()
    qtbot.addWidget(screen)
    table = start.show_first_glance(screen, glance)
    screen.show()
    qtbot.waitExposed(screen)
    newest = events.list_events(sessions)[0]
    rows = attendees.first_rows(sessions, newest.id, app.PREVIEW_ROWS, app.PREVIEW_LATEST)
    assert table.rowCount() == len(rows) > 0
    shown = [
        [table.item(r, c).text() for c in range(table.columnCount())] for r in range(len(rows))
    ]
    assert shown == [
        [
            row.display_name,
            row.organization,
            row.badge_code,
            formatting.status_text(row),
            formatting.photo_text(row.photo_objection),
            formatting.contact_text(row.contact_sharing),
        ]
        for row in rows
    ]
    assert table.focusPolicy() == Qt.FocusPolicy.NoFocus  # typed keys wait for the desk
    assert table.isVisible()


def test_the_preview_is_painted_before_the_windows_data(tmp_path):
    path, _sessions = _demo(tmp_path)
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
    marks = dict(
        line.split()[1:] for line in result.stdout.splitlines() if line.startswith("probe ")
    )
    assert float(marks["first_window"]) <= float(marks["first_rows_visible"])
    assert float(marks["first_rows_visible"]) < float(marks["window_shown"])
    assert float(marks["window_shown"]) <= float(marks["data_visible"])
