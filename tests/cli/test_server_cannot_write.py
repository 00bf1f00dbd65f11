"""A server that is there but takes no writes (a read-only server or transaction, a standby,
a full disk or no memory on the server) is told as what it is: the program's own error
with one sentence naming the cause, nothing changed, never a traceback or "something
unexpected" (issue: fault paths left open)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.messages import format_error
from smartnet_desktop.services import attendees, checkin
from tests.database_under_test import postgresql_only


def _as_admin(db_path, statement: str) -> None:
    """Runs `statement` past the program, on the test's own database."""
    admin = create_engine(make_url(str(db_path)), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(statement))
    admin.dispose()


def _first(sessions, event_id):
    return attendees.list_attendees(sessions, event_id)[0]


def _read_only(db_path) -> None:
    """Every new session of the database is read-only (as on a standby or in maintenance)."""
    database = make_url(str(db_path)).database
    _as_admin(db_path, f'ALTER DATABASE "{database}" SET default_transaction_read_only = on')


def _failing_writes(db_path, sqlstate: str, words: str) -> None:
    """Every new audit row (each write of the desk makes one) fails with the server's own
    error `sqlstate`, as a server whose disk is full or whose memory is gone answers."""
    _as_admin(
        db_path,
        "CREATE FUNCTION fail_as_the_server() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN RAISE EXCEPTION '{words}' USING ERRCODE = '{sqlstate}'; END $$",
    )
    _as_admin(
        db_path,
        "CREATE TRIGGER fail_as_the_server BEFORE INSERT ON audit_entries "
        "FOR EACH ROW EXECUTE FUNCTION fail_as_the_server()",
    )


@postgresql_only
def test_a_check_in_on_a_read_only_server_is_refused_with_its_cause(demo, db_path, capsys):
    _sessions, gera, _ = demo
    _read_only(db_path)
    from smartnet_desktop.db import open_database

    engine, sessions = open_database(db_path)
    try:
        row = _first(sessions, gera)
        with pytest.raises(DatabaseProblem) as caught:
            checkin.check_in(sessions, row.registration_id, "Desk 1")
        assert caught.value.code == "server_read_only"
        assert "accepts no changes" in format_error(caught.value)
        assert _first(sessions, gera).checked_in_at is None  # still readable, unchanged
    finally:
        engine.dispose()

    status = main(["--db", str(db_path), "checkin", "--event", str(gera), row.badge_code])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert status == 1 and captured.err.count("\n") == 1, captured.err
    assert "accepts no changes" in captured.err


@postgresql_only
@pytest.mark.parametrize(
    ("sqlstate", "code", "sentence"),
    [
        ("53100", "server_disk_full", "server's disk is full"),
        ("53200", "server_short_of_resources", "short of memory or connections"),
        ("58030", "server_io_error", "read or write error"),
    ],
)
def test_a_write_the_server_cannot_store_names_the_servers_trouble(
    demo, db_path, capsys, sqlstate, code, sentence
):
    sessions, gera, _ = demo
    row = _first(sessions, gera)
    _failing_writes(db_path, sqlstate, "could not extend file: No space left on device")
    with pytest.raises(DatabaseProblem) as caught:
        checkin.check_in(sessions, row.registration_id, "Desk 1")
    assert caught.value.code == code
    assert sentence in format_error(caught.value)
    assert "nothing was changed" in format_error(caught.value)
    assert _first(sessions, gera).checked_in_at is None

    status = main(["--db", str(db_path), "checkin", "--event", str(gera), row.badge_code])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert status == 1 and captured.err.count("\n") == 1 and sentence in captured.err
