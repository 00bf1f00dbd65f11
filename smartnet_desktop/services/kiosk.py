"""The self check-in kiosk's use cases (issue 27): who is standing there, their answers to
the meeting's two questions, their own corrections. The check-in itself is the desk's
(checkin.check_in: the same request ids, the same conditional update).

A kiosk must not leak the attendee list: every answer here is about one person, found by
their badge code or their full e-mail address, never a list and never a near match."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.enums import Channel, ConsentDecision
from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.models import Person, Registration
from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.services import attendee_details, codes, consent, events
from smartnet_desktop.services.attendees import attendee_row

PHOTO = "photo"
CONTACT = "contact"
YES, NO, LATER = "yes", "no", "later"


def kiosk_name(desk: str) -> str:
    """Who recorded a kiosk write: the kiosk, named after its desk."""
    return f"Kiosk {desk}"[:100]


def kiosk_event(sessions: sessionmaker[Session], event_id: int | None) -> EventRow:
    """The meeting the kiosk serves: the one asked for, or the newest; NotFound without one."""
    if event_id is not None:
        return events.get_event(sessions, event_id)
    newest = events.list_events(sessions)
    if not newest:
        raise NotFound("no_events")
    return newest[0]


def identify(sessions: sessionmaker[Session], event_id: int, text: str) -> AttendeeRow:
    """The one person registered for the event whose badge (or booking QR) code is in
    `text`, or whose e-mail address `text` is in full. NotFound("kiosk_unknown") for
    anything else: a name, a part of an address, another meeting's badge."""
    text = text.strip()
    with sessions.begin() as session:
        registration_id = _by_email(session, event_id, text) if "@" in text else None
        if registration_id is None:
            registration_id = _by_code(session, event_id, text)
        if registration_id is None:
            raise NotFound("kiosk_unknown")
        return attendee_row(session, registration_id)


def _by_email(session: Session, event_id: int, text: str) -> int | None:
    found = session.scalars(
        select(Registration.id)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.event_id == event_id, func.lower(Person.email) == text.lower())
        .limit(2)
    ).all()
    return found[0] if len(found) == 1 else None  # two people sharing an address: the desk


def _by_code(session: Session, event_id: int, text: str) -> int | None:
    found = codes.codes_in(text)
    if not found:
        return None
    ours = session.scalar(
        select(Registration.id).where(
            Registration.event_id == event_id, Registration.badge_code.in_(found)
        )
    )
    if ours is not None:
        return ours
    # Another meeting's badge, brought again: its holder's registration for this one.
    holder = select(Registration.person_id).where(Registration.badge_code.in_(found))
    return session.scalar(
        select(Registration.id).where(
            Registration.event_id == event_id, Registration.person_id.in_(holder)
        )
    )


def consent_call(kind: str, answer: str) -> tuple[str, object] | None:
    """(service function name, its decision argument) for an answer; None for "later",
    which records nothing: the person stays as they were (never asked shares nothing).
    The photo question asks whether they object: "yes" records an objection, "no" its
    withdrawal (no objection in force for this meeting)."""
    if answer not in (YES, NO, LATER) or kind not in (PHOTO, CONTACT):
        raise InvalidInput("answer", "unknown_value", value=f"{kind}={answer}")
    if answer == LATER:
        return None
    if kind == PHOTO:
        return "photo", answer == YES
    return "contact", ConsentDecision.GRANT if answer == YES else ConsentDecision.OBJECT


def record_answer(
    sessions: sessionmaker[Session],
    row: AttendeeRow,
    kind: str,
    answer: str,
    desk: str,
    request_id: str | None = None,
) -> Done[None] | None:
    """One answer of the person at the kiosk, recorded with channel "kiosk" and the time
    (a retry with the same request id records it once); None for "later"."""
    call = consent_call(kind, answer)
    if call is None:
        return None
    by = kiosk_name(desk)
    if call[0] == "photo":
        return consent.record_photo(
            sessions, row.person_id, row.event_id, bool(call[1]), False, by, Channel.KIOSK,
            request_id=request_id,
        )  # fmt: skip
    return consent.record_contact(
        sessions, row.person_id, str(call[1]), by, Channel.KIOSK, event_id=row.event_id,
        request_id=request_id,
    )  # fmt: skip


def correct(
    sessions: sessionmaker[Session],
    row: AttendeeRow,
    given_name: str,
    family_name: str,
    title: str,
    organization: str,
    desk: str,
) -> Done[AttendeeRow]:
    """The person's own spelling of their name, title and organisation; everything else
    stays as stored. Audited as a correction by the person at the kiosk."""
    details = replace(
        attendee_details.details_of(row),
        given_name=given_name,
        family_name=family_name,
        title=title,
        organization=organization,
    )
    return attendee_details.update_details(
        sessions, row.registration_id, details, kiosk_name(desk), by_attendee=True
    )
