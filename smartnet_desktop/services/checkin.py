"""The welcome desk: check in by registration, badge code or person id; undo; walk-ins."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import hold_write_lock
from smartnet_desktop.domain.enums import Channel, ConsentDecision
from smartnet_desktop.domain.errors import AlreadyCheckedIn, InvalidInput, NotFound
from smartnet_desktop.domain.models import Person, Registration, utc_now
from smartnet_desktop.domain.outcome import Done, Reverse, touched
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.services import audit, codes, server_check_in, validation
from smartnet_desktop.services.attendees import attendee_row
from smartnet_desktop.services.consent import wording_version
from smartnet_desktop.services.consent_records import (
    record_contact_decision,
    record_photo_objection,
)
from smartnet_desktop.services.events import event_row, load_event
from smartnet_desktop.services.registry import (
    PersonInput,
    find_or_create_person,
    matching_persons,
    register,
    validated,
)
from smartnet_desktop.services.requests import applied_request, new_request_id, remember_request


@dataclass(frozen=True, slots=True)
class WalkInInput:
    given_name: str
    family_name: str
    organization: str = ""
    email: str = ""
    title: str = ""
    role: str = ""
    photo_objection: bool = False
    contact_sharing: str = ""  # "", "grant" or "object": asked at the desk or not


class WalkInOutcome(StrEnum):
    NEW_PERSON = "new_person"  # created, registered and checked in
    KNOWN_PERSON = "known_person"  # in the network already: registered and checked in
    ALREADY_REGISTERED = "already_registered"  # registered beforehand: checked in only


@dataclass(frozen=True, slots=True)
class WalkInResult:
    row: AttendeeRow
    outcome: WalkInOutcome


@dataclass(frozen=True, slots=True)
class BadgeScan:
    """A badge code found in a scanned text: its holder at this event, or the event the
    badge was printed for when that is another one. `old_badge_of`: the holder of another
    meeting's badge is registered for this one too; `row` is then this meeting's
    registration (people keep their badges and bring them again)."""

    row: AttendeeRow
    other_event: EventRow | None = None
    old_badge_of: EventRow | None = None


@contextmanager
def _writing(sessions: sessionmaker[Session], shared: bool = False) -> Iterator[Session]:
    """One desk write: the write lock comes first, so that a check-in during an import
    waits for the current part instead of failing on a snapshot the import made stale.
    `shared` for writes that are race-free by themselves (check-in, undo): desks on one
    server then do not wait for each other, only for an import."""
    with sessions.begin() as session:
        hold_write_lock(session, shared)
        yield session


def _checked_in(sessions: sessionmaker[Session], row: AttendeeRow, by: str) -> Done[AttendeeRow]:
    """A check-in as the window takes it: the row, what it touched, and its reverse, an
    undo at this desk with a fresh request id (refused once another desk checked the
    person in again meanwhile)."""
    registration_id = row.registration_id

    def undo() -> Done[AttendeeRow]:
        return undo_check_in(sessions, registration_id, by, new_request_id())

    return Done(row, _touched(row), Reverse(row.display_name, undo))


def last_check_in(sessions: sessionmaker[Session], event_id: int, by: str) -> Reverse | None:
    """The reverse of this desk's newest check-in of the event that still stands, read from
    the registrations (their desk and time): a window opened again can still undo it."""
    with sessions.begin() as session:
        registration_id = session.scalar(
            select(Registration.id)
            .where(
                Registration.event_id == event_id,
                Registration.checked_in_by == by,
                Registration.checked_in_at.is_not(None),
            )
            .order_by(Registration.checked_in_at.desc(), Registration.id.desc())
            .limit(1)
        )
        if registration_id is None:
            return None
        row = attendee_row(session, registration_id)
    return _checked_in(sessions, row, by).reverse


def _touched(row: AttendeeRow):
    return touched([row.event_id], [row.person_id])


def find_registration(session: Session, event_id: int, code_or_person_id: str) -> Registration:
    """A badge code (any case) or a person id, as a scanner or a script sends it."""
    text = code_or_person_id.strip()
    registration = session.scalar(
        select(Registration).where(
            Registration.event_id == event_id, Registration.badge_code == text.upper()
        )
    )
    person_id = _person_id(text)
    if registration is None and person_id is not None:
        registration = session.scalar(
            select(Registration).where(
                Registration.event_id == event_id, Registration.person_id == person_id
            )
        )
    if registration is None:
        raise NotFound("attendee_not_found", query=text, event_id=event_id)
    return registration


def _person_id(text: str) -> int | None:
    """The person id a scanned or typed text may be; None for "²" or a number no id can be
    (it would overflow in the database driver instead of finding nobody)."""
    try:
        return validation.whole_number("code", text, minimum=1)
    except InvalidInput:
        return None


def _check_in(
    session: Session, registration: Registration, by: str, at: datetime | None = None
) -> AttendeeRow:
    # A conditional UPDATE, so that two desks can never both check the same person in.
    result = session.execute(
        update(Registration)
        .where(Registration.id == registration.id, Registration.checked_in_at.is_(None))
        .values(checked_in_at=at or utc_now(), checked_in_by=by)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount == 0:
        session.refresh(registration)
        person = session.get(Person, registration.person_id)
        name = " ".join(p for p in (person.given_name, person.family_name) if p)
        raise AlreadyCheckedIn(registration.checked_in_at, registration.checked_in_by, name)
    row = attendee_row(session, registration.id)
    # Last, because its entry of the change sequence holds the order lock until commit.
    audit.record(
        session,
        "check_in",
        by,
        registration.event_id,
        registration.person_id,
        badge_code=registration.badge_code,
        **audit.at_desk(at),
    )
    return row


def _repeated(session: Session, request_id: str | None) -> AttendeeRow | None:
    """The result of a request applied before (a retry): the row as it is now."""
    done = applied_request(session, request_id)
    return None if done is None else attendee_row(session, done.registration_id)


def check_in(
    sessions: sessionmaker[Session],
    registration_id: int,
    by: str,
    request_id: str | None = None,
    at: datetime | None = None,
) -> Done[AttendeeRow]:
    """`at`: when the person arrived, for a check-in sent later from an offline desk."""
    by = validation.optional_text("desk", by, 100)
    if server_check_in.on_server(sessions):  # one statement: the server's function
        row = server_check_in.check_in(sessions, registration_id, by, request_id, at)
        return _checked_in(sessions, row, by)
    with _writing(sessions, shared=True) as session:
        row = _repeated(session, request_id)
        if row is None:
            registration = session.get(Registration, registration_id)
            if registration is None:
                raise NotFound("attendee_not_found", query=str(registration_id))
            remember_request(session, request_id, "check_in", registration.id)
            row = _check_in(session, registration, by, at)
    return _checked_in(sessions, row, by)


def check_in_code(
    sessions: sessionmaker[Session],
    event_id: int,
    code_or_person_id: str,
    by: str,
    request_id: str | None = None,
) -> Done[AttendeeRow]:
    by = validation.optional_text("desk", by, 100)
    if server_check_in.on_server(sessions):  # one statement: the server's function
        text = code_or_person_id.strip()
        row = server_check_in.check_in_code(
            sessions, event_id, text, _person_id(text), by, request_id
        )
        return _checked_in(sessions, row, by)
    with _writing(sessions, shared=True) as session:
        row = _repeated(session, request_id)
        if row is None:
            load_event(session, event_id)
            registration = find_registration(session, event_id, code_or_person_id)
            remember_request(session, request_id, "check_in", registration.id)
            row = _check_in(session, registration, by)
    return _checked_in(sessions, row, by)


def undo_check_in(
    sessions: sessionmaker[Session],
    registration_id: int,
    by: str = "",
    request_id: str | None = None,
) -> Done[AttendeeRow]:
    """Takes a check-in back (there is no redo: the Done has no reverse)."""
    with _writing(sessions, shared=True) as session:
        row = _repeated(session, request_id)
        if row is None:
            row = _undo(session, registration_id, by, request_id)
    return Done(row, _touched(row))


def _undo(session: Session, registration_id: int, by: str, request_id: str | None) -> AttendeeRow:
    remember_request(session, request_id, "undo_check_in", registration_id)
    # Locked until commit: two undos of one check-in never both pass the test below.
    registration = session.get(Registration, registration_id, with_for_update=True)
    if registration is None:
        raise NotFound("attendee_not_found", query=str(registration_id))
    if registration.checked_in_at is None:
        raise NotFound("nothing_to_undo")
    if by and registration.checked_in_by != by:
        # Another desk checked this person in (again) meanwhile: not ours to take back.
        raise NotFound("undo_other_desk", by=registration.checked_in_by)
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


def find_badge(sessions: sessionmaker[Session], event_id: int, text: str) -> BadgeScan | None:
    """The registration whose badge code appears in `text` (a code typed or a QR scanned),
    preferring this event's; None when the text holds no known code."""
    found = codes.codes_in(text)
    if not found:
        return None
    with sessions.begin() as session:
        registrations = session.scalars(
            select(Registration).where(Registration.badge_code.in_(found))
        ).all()
        if not registrations:
            return None
        ours = [r for r in registrations if r.event_id == event_id]
        if ours:
            return BadgeScan(attendee_row(session, ours[0].id))
        other = registrations[0]
        here = session.scalar(
            select(Registration.id).where(
                Registration.event_id == event_id, Registration.person_id == other.person_id
            )
        )
        if here is not None:
            return BadgeScan(
                attendee_row(session, here),
                old_badge_of=event_row(load_event(session, other.event_id)),
            )
        return BadgeScan(
            attendee_row(session, other.id), event_row(load_event(session, other.event_id))
        )


def register_walk_in(
    sessions: sessionmaker[Session],
    event_id: int,
    data: WalkInInput,
    by: str,
    request_id: str | None = None,
) -> Done[WalkInResult]:
    """Registers a person who arrives unannounced and checks them in, in one transaction.

    A person the network knows already (same email, or same name and organisation) is
    registered, never created twice; one registered beforehand is only checked in."""
    by = validation.optional_text("desk", by, 100)
    if data.contact_sharing not in ("", ConsentDecision.GRANT, ConsentDecision.OBJECT):
        raise InvalidInput("contact_sharing", "unknown_value", value=data.contact_sharing)
    person_input = PersonInput(
        given_name=data.given_name,
        family_name=data.family_name,
        organization=data.organization,
        email=data.email,
        title=data.title,
        role=data.role,
    )
    with _writing(sessions) as session:
        result = _walk_in(session, event_id, data, person_input, by, request_id)
    checked_in = _checked_in(sessions, result.row, by)
    return Done(result, checked_in.change, checked_in.reverse)


def _walk_in(
    session: Session,
    event_id: int,
    data: WalkInInput,
    person_input: PersonInput,
    by: str,
    request_id: str | None,
) -> WalkInResult:
    done = applied_request(session, request_id)
    if done is not None:  # a retry: the person was registered by the first sending
        return WalkInResult(attendee_row(session, done.registration_id), WalkInOutcome(done.kind))
    event = load_event(session, event_id)
    known = matching_persons(session, validated(person_input))
    person = known[0][0] if known else find_or_create_person(session, person_input)
    registration, new = _registration_or_walk_in(session, event_id, person.id, by)
    if not new:
        outcome = WalkInOutcome.ALREADY_REGISTERED
    else:
        outcome = WalkInOutcome.KNOWN_PERSON if known else WalkInOutcome.NEW_PERSON
    if data.photo_objection and not registration.photo_objection:
        record_photo_objection(
            session,
            person,
            event_id,
            by,
            Channel.DESK,
            text_version=wording_version(event.photo_question),
        )
    if data.contact_sharing:
        record_contact_decision(
            session,
            person,
            data.contact_sharing,
            by,
            Channel.DESK,
            wording_version(event.contact_question),
        )
    remember_request(session, request_id, outcome, registration.id, person.id)
    return WalkInResult(_check_in(session, registration, by), outcome)


def register_badge_holder(
    sessions: sessionmaker[Session],
    event_id: int,
    person_id: int,
    by: str,
    request_id: str | None = None,
) -> Done[AttendeeRow]:
    """The holder of another meeting's badge, registered for this one and checked in."""
    by = validation.optional_text("desk", by, 100)
    with _writing(sessions) as session:
        row = _repeated(session, request_id)
        if row is None:
            load_event(session, event_id)
            registration, _new = _registration_or_walk_in(session, event_id, person_id, by)
            remember_request(session, request_id, "check_in", registration.id, person_id)
            row = _check_in(session, registration, by)
    return _checked_in(sessions, row, by)


def _registration_or_walk_in(
    session: Session, event_id: int, person_id: int, by: str
) -> tuple[Registration, bool]:
    """The person's registration for the event, or a new walk-in registration (True)."""
    registration = session.scalar(
        select(Registration).where(
            Registration.event_id == event_id, Registration.person_id == person_id
        )
    )
    if registration is not None:
        return registration, False
    audit.record(session, "walk_in_registered", by, event_id, person_id)
    return register(session, event_id, person_id, walk_in=True), True
