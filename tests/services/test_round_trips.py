"""Issue 24 item 3: a desk's check-in on a PostgreSQL server costs one round trip. The
pool's pre-ping (a ";" before every statement) was a second one; a connection the server
dropped must still be replaced, not used (what the pre-ping was there for)."""

from __future__ import annotations

import tempfile
from datetime import date

import psycopg
import pytest
from sqlalchemy import event, text

from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, checkin, events, registry
from tests.database_under_test import postgresql_only

pytestmark = postgresql_only


@pytest.fixture
def two(sessions):
    meeting = events.create_event(sessions, EventInput("Treffen", date(2026, 12, 3), "Gera"))
    for family in ("Müller", "Łukasiewicz"):
        registry.add_attendee(
            sessions, meeting.value.id, registry.PersonInput(given_name="Ina", family_name=family)
        )
    return meeting.value.id, attendees.list_attendees(sessions, meeting.value.id)


class _Trace:
    """libpq's own protocol trace of every new connection: each ReadyForQuery the server
    sends ends one round trip."""

    def __init__(self, engine):
        self.file = tempfile.TemporaryFile("w+")
        engine.dispose()  # connections from now on are new, and traced
        event.listen(engine, "connect", self._connected)

    def _connected(self, dbapi_connection, _record):
        dbapi_connection.pgconn.trace(self.file.fileno())
        dbapi_connection.pgconn.set_trace_flags(psycopg.pq.Trace.SUPPRESS_TIMESTAMPS)

    def round_trips(self) -> int:
        self.file.flush()
        self.file.seek(0)
        count = sum(1 for line in self.file if "\tReadyForQuery" in line)
        self.file.seek(0)
        self.file.truncate()
        return count


def test_a_check_in_is_one_round_trip(sessions, two):
    event_id, (first, second) = two
    trace = _Trace(sessions.kw["bind"])
    checkin.check_in_code(sessions, event_id, first.badge_code, "Desk 1", "req-1")
    trace.round_trips()  # the first one connected (the log-in's own messages)
    done = checkin.check_in_code(sessions, event_id, second.badge_code, "Desk 1", "req-2")
    assert trace.round_trips() == 1
    assert done.value.checked_in_by == "Desk 1"


def test_a_connection_the_server_dropped_is_replaced_not_used(sessions, two):
    event_id, (first, second) = two
    checkin.check_in_code(sessions, event_id, first.badge_code, "Desk 1", "req-1")
    engine = sessions.kw["bind"]
    with engine.connect() as connection:
        pooled = connection.connection.dbapi_connection
        backend = pooled.info.backend_pid
    plain = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as other:  # ends the pooled one's backend
        other.execute("SELECT pg_terminate_backend(%s, 5000)", (backend,))  # gone
    done = checkin.check_in_code(sessions, event_id, second.badge_code, "Desk 1", "req-2")
    assert done.value.checked_in_by == "Desk 1"
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT pg_backend_pid()")) != backend
