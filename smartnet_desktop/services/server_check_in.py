"""A desk's check-in by badge code or person id on PostgreSQL: one statement, the server-side
function of migration 0015 with the attendee row joined to its answer (issue 24 item 3:
four desks under load waited 46 ms median for a dozen statements each). The same results as
checkin.check_in_code on SQLite: request ids applied once, "already checked in" refused with
who and when, the audit row, the change row the other desks follow."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import statements
from smartnet_desktop.db_server import check_in_call
from smartnet_desktop.domain.errors import AlreadyCheckedIn, NotFound
from smartnet_desktop.domain.models import Organization, Person, Registration, utc_now
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import validation
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
    """`person_id`: what the text means as a person id, or None. The statement is its own
    transaction (autocommit): one round trip, no BEGIN and COMMIT around it; the function
    writes all or nothing, and a refusal has written nothing."""
    with sessions() as session:
        session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        return _check_in(session, event_id, text, person_id, by, request_id)


def _check_in(
    session: Session,
    event_id: int,
    text: str,
    person_id: int | None,
    by: str,
    request_id: str | None,
) -> AttendeeRow:
    if request_id:
        request_id = validation.optional_text("request_id", request_id, 64)
    now = utc_now()
    call = check_in_call(event_id, text.upper(), person_id, by, request_id or None, now, "}")
    query = (
        select(call.c.outcome, call.c.registration_id, *attendee_columns())
        .select_from(call)
        .outerjoin(Registration, Registration.id == call.c.registration_id)
        .outerjoin(Person, Person.id == Registration.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
    )
    outcome, registration_id, *values = session.execute(query).one()
    if outcome == "checked_in":
        # The row was read with the statement's own snapshot, before the function's update.
        return replace(AttendeeRow(*values), checked_in_at=now, checked_in_by=by)
    if outcome == "repeated":
        return attendee_row(session, registration_id)  # as it is now, in a fresh snapshot
    if outcome == "already":
        raise _already(session, registration_id)
    if outcome == "no_event":
        raise NotFound("event_not_found", event_id=event_id)
    raise NotFound("attendee_not_found", query=text, event_id=event_id)


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
