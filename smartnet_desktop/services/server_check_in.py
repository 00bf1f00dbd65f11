"""A desk's check-in by badge code or person id on PostgreSQL: one statement, the server-side
function of migration 0015 with the attendee row joined to its answer (issue 24 item 3:
four desks under load waited 46 ms median for a dozen statements each). The same results as
checkin.check_in_code on SQLite: request ids applied once, "already checked in" refused with
who and when, the audit row, the change row the other desks follow."""

from __future__ import annotations

import functools
import json
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import statements
from smartnet_desktop.db_server import check_in_call, check_in_values
from smartnet_desktop.domain.errors import AlreadyCheckedIn, NotFound
from smartnet_desktop.domain.models import Organization, Person, Registration, utc_now
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import audit, validation
from smartnet_desktop.services.attendees import attendee_columns, attendee_row


def on_server(sessions: sessionmaker[Session]) -> bool:
    """Whether the database has the one-statement check-in (db.statements decides)."""
    bind = sessions.kw.get("bind")
    return bind is not None and statements(bind).check_in_call is not None


def check_in_code(
    sessions: sessionmaker[Session],
    event_id: int,
    text: str,
    person_id: int | None,
    by: str,
    request_id: str | None,
) -> AttendeeRow:
    """By badge code (`text`) or person id (what the text means as one, or None)."""
    found = _call(sessions, event_id, None, text, person_id, by, request_id, None)
    if found is None:
        raise NotFound("attendee_not_found", query=text, event_id=event_id)
    return found


def check_in(
    sessions: sessionmaker[Session],
    registration_id: int,
    by: str,
    request_id: str | None,
    at: datetime | None,
) -> AttendeeRow:
    """By registration id; `at`: when the person arrived (an offline desk's check-in)."""
    found = _call(sessions, None, registration_id, "", None, by, request_id, at)
    if found is None:
        raise NotFound("attendee_not_found", query=str(registration_id))
    return found


def _call(
    sessions: sessionmaker[Session],
    event_id: int | None,
    registration_id: int | None,
    text: str,
    person_id: int | None,
    by: str,
    request_id: str | None,
    at: datetime | None,
) -> AttendeeRow | None:
    """The statement is its own transaction (autocommit): one round trip, no BEGIN and
    COMMIT around it; the function writes all or nothing, and a refusal writes nothing.
    None: no such registration."""
    if request_id:
        request_id = validation.optional_text("request_id", request_id, 64)
    now = utc_now()
    details = "}" if at is None else ", " + json.dumps(audit.at_desk(at))[1:]
    arguments = check_in_values(
        event_id,
        registration_id,
        text.upper(),
        person_id,
        by,
        request_id or None,
        now,
        at or now,
        details,
    )
    with sessions() as session:
        connection = session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        # The connection, not the session: plain columns, no ORM result handling.
        outcome, found_id, *values = connection.execute(_query(), arguments).one()
        if outcome == "checked_in":
            # Read with the statement's own snapshot, before the function's update.
            return replace(AttendeeRow(*values), checked_in_at=at or now, checked_in_by=by)
        if outcome == "repeated":
            return attendee_row(session, found_id)  # as it is now, in a fresh snapshot
        if outcome == "already":
            raise _already(session, found_id)
        if outcome == "no_event":
            raise NotFound("event_not_found", event_id=event_id)
        return None


@functools.cache
def _query():
    """The function's answer with the attendee row joined to it, built once."""
    call = check_in_call()
    return (
        select(call.c.outcome, call.c.registration_id, *attendee_columns())
        .select_from(call)
        .outerjoin(Registration, Registration.id == call.c.registration_id)
        .outerjoin(Person, Person.id == Registration.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
    )


def _already(session: Session, registration_id: int) -> AlreadyCheckedIn:
    """Who was first, read after their commit (the function's update waited for it)."""
    at, by, given, family = session.execute(
        select(
            Registration.checked_in_at,
            Registration.checked_in_by,
            Person.given_name,
            Person.family_name,
        )
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.id == registration_id)
    ).one()
    return AlreadyCheckedIn(at, by, " ".join(p for p in (given, family) if p))
