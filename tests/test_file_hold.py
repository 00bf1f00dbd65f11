"""Issue 20.1, the net under the root fix: when this process has lost SQLite's locks on
its file (any open()+close() of the file in the process drops them) and another program
then removed the live write-ahead log, the program stops writing and says so, instead of
writing into a deleted file whose content vanishes when the program closes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from smartnet_desktop.db import open_database
from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.services import attendees, checkin
from smartnet_desktop.services.demo import load_demo
from tests.database_under_test import sqlite_only

ROOT = Path(__file__).resolve().parent.parent

pytestmark = sqlite_only


def _other_program_checks_in(db: Path, code: str) -> None:
    """Another process opens, writes and closes: with nobody else holding a lock, SQLite
    checkpoints the log into the file and deletes it when it closes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", "--db", str(db), "checkin", "--event",
         "1", code, "--by", "other"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def _demo_file(tmp_path: Path):
    db = tmp_path / "desk.db"
    engine, sessions = open_database(db)
    load_demo(sessions)
    rows = attendees.list_attendees(sessions, 1)
    return db, engine, sessions, rows


def _checked_in(db: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {
            code
            for (code,) in connection.execute(
                "SELECT badge_code FROM registrations WHERE checked_in_at IS NOT NULL"
            )
        }
    finally:
        connection.close()


def test_a_lost_hold_stops_every_write_with_its_own_message(tmp_path):
    db, engine, sessions, rows = _demo_file(tmp_path)
    checkin.check_in(sessions, rows[0].registration_id, "Desk")
    with open(db, "rb") as sniffing:  # what a file dialog's type sniffing did
        sniffing.read(16)
    _other_program_checks_in(db, rows[1].badge_code)
    assert not db.with_name("desk.db-wal").exists()  # the log this process writes into is gone

    with pytest.raises(DatabaseProblem) as caught:
        checkin.check_in(sessions, rows[2].registration_id, "Desk")
    assert caught.value.code == "lost_hold"
    with pytest.raises(DatabaseProblem):  # and it stays stopped: nothing is written on
        checkin.check_in(sessions, rows[3].registration_id, "Desk")
    engine.dispose()
    assert _checked_in(db) == {rows[0].badge_code, rows[1].badge_code}  # nothing was lost


def test_other_programs_and_reconnecting_raise_no_false_alarm(tmp_path):
    db, engine, sessions, rows = _demo_file(tmp_path)
    checkin.check_in(sessions, rows[0].registration_id, "Desk")
    _other_program_checks_in(db, rows[1].badge_code)  # our locks held: the log stays
    checkin.check_in(sessions, rows[2].registration_id, "Desk")
    engine.dispose()  # SQLite removes the log with the last connection ...
    assert not db.with_name("desk.db-wal").exists()
    checkin.check_in(sessions, rows[3].registration_id, "Desk")  # ... and starts a new one
    engine.dispose()
    assert _checked_in(db) == {r.badge_code for r in rows[:4]}
