"""`db copy` moves a meeting from a laptop's file to the test's database (a server when the
suite runs on PostgreSQL) and back, losing nothing; `db check` says what a desk needs;
`backup` of a server database goes through pg_dump."""

from __future__ import annotations

import json

from smartnet_desktop.cli import main
from smartnet_desktop.db import open_database
from smartnet_desktop.domain.models import Base
from smartnet_desktop.services import attendees, checkin, registry
from smartnet_desktop.services.demo import load_demo
from tests.database_under_test import postgresql_only, rows


def _tables():
    return [t.name for t in Base.metadata.sorted_tables]


def test_a_meeting_copied_to_the_database_and_back_is_the_same(tmp_path, db_path, capsys):
    laptop = tmp_path / "laptop.db"
    engine, sessions = open_database(laptop)
    gera = min(load_demo(sessions).event_ids)
    first = attendees.list_attendees(sessions, gera)[0]
    checkin.check_in(sessions, first.registration_id, "Desk 1")
    engine.dispose()

    assert main(["db", "copy", "--from", str(laptop), "--to", str(db_path), "--json"]) == 0
    copied = json.loads(capsys.readouterr().out)
    assert copied["persons"] == 40 and copied["audit_entries"] >= 1
    assert all(rows(db_path, t) == rows(laptop, t) for t in _tables())

    # The copy is a working database: search, and new rows get new ids.
    engine, sessions = open_database(db_path)
    assert [r.family_name for r in attendees.list_attendees(sessions, gera, "weißbach")]
    added = registry.add_attendee(sessions, gera, registry.PersonInput("Nora", "Neu")).value
    assert added.person_id == 41
    engine.dispose()

    back = tmp_path / "back.db"
    assert main(["db", "copy", "--from", str(db_path), "--to", str(back)]) == 0
    assert all(rows(back, t) == rows(db_path, t) for t in _tables())
    capsys.readouterr()

    # Never into a database that holds data already.
    assert main(["db", "copy", "--from", str(laptop), "--to", str(back)]) == 1
    assert "empty database" in capsys.readouterr().err


def test_db_check_reports_what_a_desk_needs(db_path, sessions, capsys):
    # (`sessions` creates the database: a check itself creates nothing.)
    assert main(["--db", str(db_path), "db", "check", "--json"]) == 0
    checks = {c["check"]: c["ok"] for c in json.loads(capsys.readouterr().out)}
    assert checks["reachable"] and checks["schema_current"] and checks["can_write"]
    assert checks["history_guard"] and checks["tables"]
    if "://" in str(db_path):  # PostgreSQL's trigram index; SQLite scans (0015)
        assert checks["search_index"]


def test_db_check_of_an_unreachable_server_fails_with_a_reason(capsys):
    url = "postgresql+psycopg://nobody@127.0.0.1:9/none"
    assert main(["--db", url, "db", "check"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  reachable" in out and "server_unreachable" in out


@postgresql_only
def test_a_server_database_is_backed_up_with_pg_dump(demo, db_path, tmp_path, capsys):
    out = tmp_path / "treffen.dump"
    assert main(["--db", str(db_path), "backup", "--out", str(out)]) == 0
    assert out.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert not list(tmp_path.glob("*.part"))
