"""The welcome desk: check in by registration, badge code or person id; undo; walk-ins."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.errors import AlreadyCheckedIn, NotFound
from smartnet_desktop.domain.models import Person, Registration, utc_now
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import audit, validation
from smartnet_desktop.services.attendees import attendee_row
from smartnet_desktop.services.events import load_event
from smartnet_desktop.services.registry import PersonInput, find_or_create_person, register


@dataclass(frozen=True, slots=True)
class WalkInInput:
    given_name: str
    family_name: str
    organization: str = ""
    email: str = ""


def find_registration(session: Session, event_id: int, code_or_person_id: str) -> Registration:
    """A badge code (any case) or a person id, as a scanner or a script sends it."""
    text = code_or_person_id.strip()
    registration = session.scalar(
        select(Registration).where(
            Registration.event_id == event_id, Registration.badge_code == text.upper()
        )
    )
    if registration is None and text.isdigit():
        registration = session.scalar(
            select(Registration).where(
                Registration.event_id == event_id, Registration.person_id == int(text)
            )
        )
    if registration is None:
        raise NotFound("attendee_not_found", query=text, event_id=event_id)
    return registration


def _check_in(session: Session, registration: Registration, by: str) -> AttendeeRow:
    # A conditional UPDATE, so that two desks can never both check the same person in.
    result = session.execute(
        update(Registration)
        .where(Registration.id == registration.id, Registration.checked_in_at.is_(None))
        .values(checked_in_at=utc_now(), checked_in_by=by)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:
        session.refresh(registration)
        person = session.get(Person, registration.person_id)
        name = " ".join(p for p in (person.given_name, person.family_name) if p)
        raise AlreadyCheckedIn(registration.checked_in_at, registration.checked_in_by, name)
    audit.record(
        session,
        "check_in",
        by,
        registration.event_id,
        registration.person_id,
        badge_code=registration.badge_code,
    )
    return attendee_row(session, registration.id)


def check_in(sessions: sessionmaker[Session], registration_id: int, by: str) -> AttendeeRow:
    by = validation.optional_text("desk", by, 100)
    with sessions.begin() as session:
        registration = session.get(Registration, registration_id)
        if registration is None:
            raise NotFound("attendee_not_found", query=str(registration_id))
        return _check_in(session, registration, by)


def check_in_code(
    sessions: sessionmaker[Session], event_id: int, code_or_person_id: str, by: str
) -> AttendeeRow:
    by = validation.optional_text("desk", by, 100)
    with sessions.begin() as session:
        load_event(session, event_id)
        return _check_in(session, find_registration(session, event_id, code_or_person_id), by)


def undo_check_in(
    sessions: sessionmaker[Session], registration_id: int, by: str = ""
) -> AttendeeRow:
    with sessions.begin() as session:
        registration = session.get(Registration, registration_id)
        if registration is None:
            raise NotFound("attendee_not_found", query=str(registration_id))
        if registration.checked_in_at is None:
            raise NotFound("nothing_to_undo")
        audit.record(
            session,
            "check_in_undone",
            by,
            registration.event_id,
            registration.person_id,
            checked_in_at=registration.checked_in_at,
            checked_in_by=registration.checked_in_by,
        )
        registration.checked_in_at = None
        registration.checked_in_by = ""
        session.flush()
        return attendee_row(session, registration.id)


def register_walk_in(
    sessions: sessionmaker[Session], event_id: int, data: WalkInInput, by: str
) -> AttendeeRow:
    """Registers a person who arrives unannounced and checks them in, in one transaction."""
    by = validation.optional_text("desk", by, 100)
    person_input = PersonInput(
        given_name=data.given_name,
        family_name=data.family_name,
        organization=data.organization,
        email=data.email,
    )
    with sessions.begin() as session:
        load_event(session, event_id)
        person = find_or_create_person(session, person_input)
        registration = session.scalar(
            select(Registration).where(
                Registration.event_id == event_id, Registration.person_id == person.id
            )
        )
        if registration is None:
            registration = register(session, event_id, person.id, walk_in=True)
            audit.record(session, "walk_in_registered", by, event_id, person.id)
        return _check_in(session, registration, by)
