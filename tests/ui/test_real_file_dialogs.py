"""Issue 20.1 with real keys on a real display: Ctrl+O (and the other file dialogs the
keyboard reaches) shown on the database's folder and closed with Esc leave the window
holding its SQLite file: another process then reads and writes, the window's next scan is
seen by that process, and after the window closes every check-in is there.

Before the fix the dialog's type sniffing opened and closed the database file in the
window's process, which dropped SQLite's locks; the next program deleted the live log and
/proc/PID/fd showed "meeting.db-wal (deleted)"."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from tests.database_under_test import sqlite_only
from tests.ui.test_real_keys import checked_in, cli

pytestmark = sqlite_only


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"waited {timeout} s for {what}"
        time.sleep(0.1)


def _open_files(pid: int) -> list[str]:
    folder = Path(f"/proc/{pid}/fd")
    names = []
    for link in folder.iterdir():
        try:
            names.append(os.readlink(link))
        except OSError:
            pass  # closed in between
    return names


def test_file_dialogs_opened_with_real_keys_keep_the_window_on_its_file(request, tmp_path):
    display = request.getfixturevalue("real_display")
    db = tmp_path / "meeting.db"  # the program runs in tmp_path: the dialogs show it
    cli(db, "demo-data")
    (tmp_path / "backups").mkdir()
    event = max(e["id"] for e in json.loads(cli(db, "events", "list", "--json")))
    people = json.loads(cli(db, "attendees", "--event", str(event), "--json"))
    app = display.start_app(["--db", str(db), "--lang", "de"])

    for keys, title in (
        ("ctrl+o", "Datenbank öffnen oder anlegen"),
        ("ctrl+i", "Anmeldungen importieren"),
        ("alt+d w", "Aus einer Sicherung wiederherstellen"),  # its folder: backups/
    ):
        display.key(*keys.split())
        _wait(lambda t=title: t in app.window_names(), 15, f"the dialog '{title}'")
        time.sleep(1.5)  # the dialog lists the folder (and once sniffed every file in it)
        display.key("Escape")
        _wait(lambda t=title: t not in app.window_names(), 15, f"'{title}' to close")
        app.activate()

    cli(db, "checkin", "--event", str(event), people[0]["badge_code"], "--by", "other")
    assert (tmp_path / "meeting.db-wal").exists()  # the window's log was not deleted
    assert not [n for n in _open_files(app.pid) if "meeting.db" in n and "(deleted)" in n]

    display.scan(people[1]["badge_code"])
    _wait(lambda: checked_in(db, event) == 2, 10, "the window's scan, seen by another process")
    display.screenshot(tmp_path / "after-dialogs.png")
    assert app.close() == 0
    after = json.loads(cli(db, "attendees", "--event", str(event), "--json"))
    done = {p["badge_code"] for p in after if p["checked_in_at"]}
    assert {people[0]["badge_code"], people[1]["badge_code"]} <= done
