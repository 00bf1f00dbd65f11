"""The start screen's first glance: the desk's first screenful read with sqlite3 alone,
read-only, or None whenever anything is in doubt (issue 24 item 5)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees, checkin, events
from smartnet_desktop.services.demo import load_demo
from smartnet_desktop.services.first_glance import first_glance


@pytest.fixture
def meeting(tmp_path):
    """The demo meeting with a few check-ins, closed again (the start screen reads it first)."""
    path = tmp_path / "meeting.db"
    engine, sessions = open_database(path)
    load_demo(sessions)
    newest = events.list_events(sessions)[0]
    people = attendees.list_attendees(sessions, newest.id)
    for row in people[-4:]:  # late in name order: only "the latest" brings them in
        checkin.check_in(sessions, row.registration_id, by="Tür 1")
    engine.dispose()
    yield path, sessions, newest
    engine.dispose()


def test_the_rows_and_counters_are_the_desks_own(meeting):
    path, sessions, newest = meeting
    glance = first_glance(str(path), None, 5, 3)
    assert glance is not None
    assert glance.event_title == newest.title
    assert glance.rows == attendees.first_rows(sessions, newest.id, 5, 3)
    assert [r.sort_key for r in glance.rows] == [
        r.sort_key for r in attendees.first_rows(sessions, newest.id, 5, 3)
    ]
    assert len(glance.rows) == 8  # five first and three latest check-ins
    counts = events.event_counts(sessions, newest.id)
    assert (glance.registered, glance.checked_in, glance.walk_ins, glance.expected) == (
        counts.registered,
        counts.checked_in,
        counts.walk_ins,
        counts.expected,
    )


def test_the_remembered_event_is_the_one_read(meeting):
    path, sessions, _newest = meeting
    other = events.list_events(sessions)[-1]
    glance = first_glance(str(path), other.id, 100, 12)
    assert glance.event_title == other.title
    assert glance.rows == attendees.first_rows(sessions, other.id, 100, 12)
    gone = first_glance(str(path), 999_999, 100, 12)  # a deleted event: the newest, as the desk
    assert gone.event_title == _newest.title


def test_nothing_in_doubt_is_shown(meeting, tmp_path):
    path, _sessions, _newest = meeting
    assert first_glance(None, None, 100, 12) is None  # the demo copy
    assert first_glance(str(tmp_path / "missing.db"), None, 100, 12) is None
    assert first_glance("postgresql://desk@server/meeting", None, 100, 12) is None
    for odd in ("a\x00b", "/", "~nobody-here-at-all/meeting.db"):  # not a file the desk opens
        assert first_glance(odd, None, 100, 12) is None
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"not a database at all" * 100)
    assert first_glance(str(corrupt), None, 100, 12) is None
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0017_minutes'")
    assert first_glance(str(path), None, 100, 12) is None


def test_a_locked_file_gives_nothing(meeting):
    path, _sessions, _newest = meeting
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # an exclusive lock keeps out readers
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert first_glance(str(path), None, 100, 12) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_it_never_writes(meeting):
    path, _sessions, _newest = meeting
    before = (path.read_bytes(), os.stat(path).st_mtime_ns)
    siblings = sorted(p.name for p in path.parent.iterdir())
    assert first_glance(str(path), None, 100, 12) is not None
    assert (path.read_bytes(), os.stat(path).st_mtime_ns) == before
    # A WAL file read read-only gets SQLite's own -wal/-shm beside it (the desk opening it
    # a moment later makes them too); the -wal holds nothing written.
    added = {p.name for p in path.parent.iterdir()} - set(siblings)
    assert added <= {"meeting.db-wal", "meeting.db-shm"}
    assert (
        not (path.parent / "meeting.db-wal").exists()
        or not (path.parent / "meeting.db-wal").stat().st_size
    )


def test_it_loads_neither_sqlalchemy_nor_qt():
    code = (
        "import sys\nimport smartnet_desktop.services.first_glance\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
