"""Issue 24 item 3: on a PostgreSQL server a desk's check-in by badge code is one statement
(the server-side function of migration 0015), with the same results as before: the row, the
audit row, the change row, the request applied once, "already checked in" with who."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event, select

from smartnet_desktop.domain.errors import AlreadyCheckedIn, NotFound
from smartnet_desktop.domain.models import AppliedRequest, AuditEntry, ChangeRecord
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, checkin, events, registry
from tests.database_under_test import postgresql_only


@pytest.fixture
def someone(sessions):
    meeting = events.create_event(sessions, EventInput("Treffen", date(2026, 12, 3), "Gera"))
    registry.add_attendee(
        sessions,
        meeting.value.id,
        registry.PersonInput(given_name="Jörg", family_name="Müller"),
    )
    [row] = attendees.list_attendees(sessions, meeting.value.id)
    return meeting.value.id, row


def _statements(sessions) -> list[str]:
    engine = sessions.kw["bind"]
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


@postgresql_only
def test_a_check_in_by_badge_code_is_one_statement_on_the_server(sessions, someone):
    event_id, row = someone
    seen = _statements(sessions)
    done = checkin.check_in_code(sessions, event_id, row.badge_code.lower(), "Desk 2", "req-1")
    assert len(seen) == 1, seen
    assert done.value.checked_in_by == "Desk 2" and done.value.checked_in_at is not None
    assert done.value == attendees.list_attendees(sessions, event_id)[0]  # as stored


def test_the_check_in_writes_what_the_desks_rely_on(sessions, someone):
    event_id, row = someone
    done = checkin.check_in_code(sessions, event_id, row.badge_code, "Desk 2", "req-1")
    again = checkin.check_in_code(sessions, event_id, row.badge_code, "Desk 3", "req-1")
    assert again.value == done.value  # a retried request: applied once, the row as it is
    with sessions() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "check_in"))
        [change] = session.scalars(select(ChangeRecord).where(ChangeRecord.kind == "check_in"))
        applied = session.get(AppliedRequest, "req-1")
    assert (entry.actor, entry.event_id, entry.person_id) == ("Desk 2", event_id, row.person_id)
    assert json.loads(entry.details) == {"badge_code": row.badge_code}
    assert (change.event_id, change.person_id) == (event_id, row.person_id)
    assert (applied.kind, applied.registration_id) == ("check_in", row.registration_id)
    with pytest.raises(AlreadyCheckedIn) as refused:
        checkin.check_in_code(sessions, event_id, str(row.person_id), "Desk 4", "req-2")
    assert refused.value.by == "Desk 2" and "Müller" in refused.value.name
    with sessions() as session:
        assert session.get(AppliedRequest, "req-2") is None  # a refusal leaves nothing
    with pytest.raises(NotFound):
        checkin.check_in_code(sessions, event_id, "QQQQQQ", "Desk 2", "req-3")
    with pytest.raises(NotFound):
        checkin.check_in_code(sessions, event_id + 99, row.badge_code, "Desk 2", "req-4")


@postgresql_only
def test_a_check_in_by_registration_is_one_statement_and_keeps_the_arrival_time(
    sessions, someone
):
    """The window's check-in (a row picked) and the offline queue's (sent later, `at`)."""
    event_id, row = someone
    arrived = datetime(2026, 12, 3, 8, 15, 30, 123456, tzinfo=UTC)
    seen = _statements(sessions)
    done = checkin.check_in(sessions, row.registration_id, "Desk 5", "req-9", at=arrived)
    assert len(seen) == 1, seen
    assert (done.value.checked_in_at, done.value.checked_in_by) == (arrived, "Desk 5")
    assert done.value == attendees.list_attendees(sessions, event_id)[0]
    with sessions() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "check_in"))
    assert json.loads(entry.details) == {
        "badge_code": row.badge_code,
        "happened_at": arrived.isoformat(),
    }
    with pytest.raises(NotFound):
        checkin.check_in(sessions, row.registration_id + 99, "Desk 5", "req-10")


def test_a_badge_code_of_another_event_is_not_checked_in_here(sessions, someone):
    """The function finds a code through its own index and holds it against the event
    (migration 0018): a code of another meeting is not found here, on either database."""
    event_id, row = someone
    other = events.create_event(sessions, EventInput("Anderes", date(2026, 12, 4), "Jena"))
    with pytest.raises(NotFound):
        checkin.check_in_code(sessions, other.value.id, row.badge_code, "Desk 2")
    assert attendees.list_attendees(sessions, event_id)[0].checked_in_at is None
    done = checkin.check_in_code(sessions, event_id, row.badge_code, "Desk 2")
    assert done.value.checked_in_at is not None
