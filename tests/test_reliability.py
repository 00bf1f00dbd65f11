"""Crash safety, backups under load, read-only and full disks, network shares, damage."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from smartnet_desktop.db import open_database
from smartnet_desktop.db_files import (
    backup_sqlite,
    integrity_check,
    on_network_filesystem,
    restore_database,
)
from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.services import attendees, checkin, consent
from smartnet_desktop.services.demo import load_demo
from tests.database_under_test import sqlite_only

ROOT = Path(__file__).resolve().parent.parent


def _spawn(db: Path, event_id: int, seed: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tests" / "crash_worker.py"),
            str(db),
            str(event_id),
            str(seed),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def test_killed_writers_lose_no_acknowledged_change_and_leave_nothing_half_written(tmp_path):
    db = tmp_path / "crash.db"
    engine, sessions = open_database(db)
    event_id = min(load_demo(sessions).event_ids)
    engine.dispose()
    acked_checkins: set[int] = set()
    acked_consent: list[tuple[int, str]] = []
    rng = random.Random(4)
    for round_number in range(12):
        worker = _spawn(db, event_id, round_number)
        time.sleep(rng.uniform(0.8, 1.6))
        os.kill(worker.pid, signal.SIGKILL)
        output, _ = worker.communicate()
        for line in output.splitlines():
            parts = line.split()
            if parts[:2] == ["ACK", "checkin"]:
                acked_checkins.add(int(parts[2]))
            elif parts[:2] == ["ACK", "consent"]:
                acked_consent.append((int(parts[2]), parts[3]))
        assert integrity_check(db), f"damaged after kill {round_number}"
    assert acked_checkins and acked_consent  # the workers really did work before dying

    connection = sqlite3.connect(db)
    checked = {
        r
        for (r,) in connection.execute(
            "SELECT id FROM registrations WHERE checked_in_at IS NOT NULL"
        )
    }
    assert acked_checkins <= checked
    rows = connection.execute(
        "SELECT person_id, decision FROM consent_events WHERE recorded_by = 'Crash' ORDER BY id"
    ).fetchall()
    # Every acknowledged change, in order; a commit whose acknowledgement the kill cut off
    # may stand between them (at most one per kill).
    remaining = iter(rows)
    assert all(any(change == row for row in remaining) for change in acked_consent)
    assert len(rows) - len(acked_consent) <= 12
    # No action without its audit entry, and no audit entry without its action.
    audit_checkins = connection.execute(
        "SELECT count(*) FROM audit_entries WHERE action = 'check_in' AND actor = 'Crash'"
    ).fetchone()[0]
    audit_consent = connection.execute(
        "SELECT count(*) FROM audit_entries WHERE action = 'consent' AND actor = 'Crash'"
    ).fetchone()[0]
    assert audit_checkins == len(checked) and audit_consent == len(rows)
    connection.close()


def test_backup_taken_while_another_process_writes_is_consistent_and_restores(tmp_path):
    db = tmp_path / "live.db"
    engine, sessions = open_database(db)
    event_id = min(load_demo(sessions).event_ids)
    worker = _spawn(db, event_id, 99)
    try:
        time.sleep(1.0)
        copies = []
        for number in range(4):
            copies.append(backup_sqlite(engine, tmp_path / f"copy{number}.db"))
            time.sleep(0.2)
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.communicate()
    for copy in copies:
        assert integrity_check(copy)
    last = copies[-1]
    with sqlite3.connect(last) as connection:
        expected = (
            connection.execute("SELECT count(*) FROM consent_events").fetchone()[0],
            connection.execute(
                "SELECT count(*) FROM registrations WHERE checked_in_at IS NOT NULL"
            ).fetchone()[0],
        )
    engine.dispose()
    kept = restore_database(db, last)
    assert kept.exists()
    with sqlite3.connect(db) as connection:
        restored = (
            connection.execute("SELECT count(*) FROM consent_events").fetchone()[0],
            connection.execute(
                "SELECT count(*) FROM registrations WHERE checked_in_at IS NOT NULL"
            ).fetchone()[0],
        )
    assert restored == expected


@sqlite_only
def test_restore_refuses_a_damaged_backup_and_changes_nothing(demo, db_path, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    before = db_path.read_bytes()
    with pytest.raises(DatabaseProblem) as caught:
        restore_database(db_path, bad)
    assert caught.value.code == "backup_damaged"
    assert db_path.read_bytes() == before


def test_a_damaged_file_is_reported_with_the_newest_backup(tmp_path):
    db = tmp_path / "broken.db"
    engine, sessions = open_database(db)
    load_demo(sessions)
    from smartnet_desktop.db_files import backup_to_folder

    backup = backup_to_folder(sessions)
    engine.dispose()
    data = bytearray(db.read_bytes())
    data[4096:8192] = os.urandom(4096)  # scribble over a page
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem) as caught:
        open_database(db)
    assert caught.value.code == "damaged" and caught.value.params["backup"] == str(backup)


def test_network_shares_are_refused():
    mounts = "server:/export /mnt/share nfs4 rw 0 0\n//nas/verein /media/nas cifs rw 0 0\n/dev/vda1 / ext4 rw 0 0\n"
    assert on_network_filesystem(Path("/mnt/share/smartnet.db"), mounts)
    assert on_network_filesystem(Path("/media/nas/a/smartnet.db"), mounts)
    assert on_network_filesystem(Path(r"\\server\share\smartnet.db"), mounts)
    assert not on_network_filesystem(Path("/home/desk/smartnet.db"), mounts)


@sqlite_only
def test_a_read_only_database_gives_a_clear_error_and_loses_nothing(demo, db_path):
    sessions, gera, _ = demo
    row = attendees.list_attendees(sessions, gera)[0]
    sessions.kw["bind"].dispose()
    _engine, read_only = open_database(f"sqlite:///file:{db_path}?mode=ro&uri=true")
    with pytest.raises(DatabaseProblem) as caught:
        checkin.check_in(read_only, row.registration_id, "Desk")
    assert caught.value.code == "read_only"
    assert attendees.list_attendees(read_only, gera)[0].checked_in_at is None  # still readable


@sqlite_only
def test_a_full_disk_gives_a_clear_error_and_keeps_earlier_work(demo):
    sessions, gera, _ = demo
    rows = attendees.list_attendees(sessions, gera)
    checkin.check_in(sessions, rows[0].registration_id, "Desk")
    engine = sessions.kw["bind"]
    with engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar()
    from sqlalchemy import event

    def no_room(dbapi_connection, _record):  # every new connection finds the disk full
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()
    event.listen(engine, "connect", no_room)
    with pytest.raises(DatabaseProblem) as caught:
        for person in range(1, 41):  # consent rows until the file would have to grow
            consent.record_contact(sessions, person, "grant", by="Desk", note="x" * 2000)
    assert caught.value.code == "disk_full"  # its own sentence, not "read-only"
    event.remove(engine, "connect", no_room)
    engine.dispose()
    assert attendees.list_attendees(sessions, gera, rows[0].badge_code)[0].checked_in_at is not None
    assert integrity_check(Path(engine.url.database))
