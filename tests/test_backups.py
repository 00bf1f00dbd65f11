"""Backups are proven before they count, and restore takes only real SmartNet backups.

Each case reproduces a finding of the hardening review: a 0-byte backup after a full disk
that was later offered as "the newest backup", a restore that emptied the database, and
backup targets that are folders or devices.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import text

from smartnet_desktop import db_files
from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.services import attendees
from tests.database_under_test import sqlite_only


def _engine(sessions):
    return sessions.kw["bind"]


@sqlite_only
def test_a_failing_backup_leaves_nothing_behind(demo, tmp_path, monkeypatch):
    sessions, _, _ = demo

    def disk_full(source, destination):
        destination.write_bytes(b"")  # what a full disk left: an empty file
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(db_files, "_copy_database", disk_full)
    target = tmp_path / "backups" / "smartnet-20260101.db"
    with pytest.raises(DatabaseProblem) as failed:
        db_files.backup_sqlite(_engine(sessions), target)
    assert failed.value.code == "backup_failed" and "disk is full" in failed.value.params["reason"]
    assert list((tmp_path / "backups").iterdir()) == []


@sqlite_only
def test_the_newest_backup_offered_is_one_that_can_be_restored(demo, db_path):
    sessions, _, _ = demo
    good = db_files.backup_to_folder(sessions)
    empty = db_files.backup_folder(db_path) / "smartnet-29990101T000000.db"
    empty.write_bytes(b"")  # left by an older version on a full disk
    assert db_files.newest_backup(db_path) == good


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda path: path.write_bytes(b""), "backup_empty"),
        (lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200), "backup_damaged"),
        (
            lambda path: sqlite3.connect(path).execute("CREATE TABLE x (y)").connection.commit(),
            "backup_foreign",
        ),
    ],
)
def test_restore_refuses_what_is_no_smartnet_backup_and_changes_nothing(
    demo, db_path, tmp_path, make, code
):
    sessions, gera, _ = demo
    candidate = tmp_path / "candidate.db"
    make(candidate)
    before = len(attendees.list_attendees(sessions, gera))
    with pytest.raises(DatabaseProblem) as refused:
        db_files.restore_database(db_path, candidate)
    assert refused.value.code == code
    assert len(attendees.list_attendees(sessions, gera)) == before == 40


@sqlite_only
def test_restore_refuses_a_backup_of_a_newer_version(demo, db_path, tmp_path):
    sessions, gera, _ = demo
    newer = db_files.backup_sqlite(_engine(sessions), tmp_path / "newer.db")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(DatabaseProblem) as refused:
        db_files.restore_database(db_path, newer)
    assert refused.value.code == "backup_too_new"


@sqlite_only
@pytest.mark.parametrize("target", ["folder", "/dev/full"])
def test_backup_to_a_folder_or_device_is_one_clear_line(demo, db_path, tmp_path, capsys, target):
    out = tmp_path if target == "folder" else target
    code = main(["--db", str(db_path), "backup", "--out", str(out)])
    err = capsys.readouterr().err
    # Exit 2 (bad input, as every --out that names no file: issue 20 item 4), not 1 (an
    # unusable database): the database is fine.
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "not a file" in err


@sqlite_only
def test_restore_says_where_the_previous_file_was_kept(demo, db_path, tmp_path, capsys):
    sessions, _, _ = demo
    backup = db_files.backup_sqlite(_engine(sessions), tmp_path / "good.db")
    with sessions.begin() as session:
        session.execute(text("DELETE FROM agenda_items"))
    code = main(["--db", str(db_path), "restore", str(backup), "--json"])
    answer = json.loads(capsys.readouterr().out)
    assert code == 0 and answer["previous_kept_as"].endswith(".db")
    assert sqlite3.connect(answer["previous_kept_as"]).execute(
        "SELECT count(*) FROM agenda_items"
    ).fetchone() == (0,)


def test_a_folder_given_as_database_is_named_as_such(tmp_path, capsys):
    code = main(["--db", str(tmp_path), "events", "list"])
    err = capsys.readouterr().err
    assert code == 1 and "is a folder, not a database file" in err and err.count("\n") == 1
