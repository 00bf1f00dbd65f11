"""A registered person's details as the desk edits them (F2): the spelling of the name, the
title, organisation, role and e-mail of the person, and the registration's note ("VIP —
tell the host", "pays at the desk"). One transaction, audited with every changed field as
old → new, and undoable (the reverse writes the old values back the same way)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.errors import NotFound
from smartnet_desktop.domain.models import Person, Registration
from smartnet_desktop.domain.outcome import Done, Reverse, touched
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import audit, validation
from smartnet_desktop.services.attendees import attendee_row
from smartnet_desktop.services.registry import PersonInput, apply_person, validated

NOTE_LENGTH = 300


@dataclass(frozen=True, slots=True)
class Details:
    given_name: str = ""
    family_name: str = ""
    title: str = ""
    organization: str = ""
    role: str = ""
    email: str = ""
    note: str = ""
    phone: str | None = None  # None: kept as stored (the desk does not edit it)


def details_of(row: AttendeeRow) -> Details:
    return Details(
        row.given_name,
        row.family_name,
        row.title,
        row.organization,
        row.role,
        row.email,
        row.note,
        row.phone,
    )


def update_details(
    sessions: sessionmaker[Session],
    registration_id: int,
    details: Details,
    by: str = "",
    by_attendee: bool = False,
) -> Done[AttendeeRow]:
    """Writes the details; the audit row names each changed field with its old and new
    value. Nothing changed: nothing is written (and there is nothing to undo).
    `by_attendee`: a correction the person made themselves (at the kiosk), audited so."""
    note = validation.optional_text("note", details.note, NOTE_LENGTH)
    with sessions.begin() as session:
        before = _row(session, registration_id)
        data = validated(
            PersonInput(
                given_name=details.given_name,
                family_name=details.family_name,
                title=details.title,
                organization=details.organization,
                role=details.role,
                email=details.email,
                phone=before.phone if details.phone is None else details.phone,
            )
        )
        wanted = Details(
            data.given_name, data.family_name, data.title, data.organization, data.role,
            data.email, note, data.phone,
        )  # fmt: skip
        old = details_of(before)
        changes = {
            k: [v, asdict(wanted)[k]] for k, v in asdict(old).items() if v != asdict(wanted)[k]
        }
        if not changes:
            return Done(before)
        apply_person(session, session.get(Person, before.person_id), data)
        session.get(Registration, registration_id).note = note
        audit.record(
            session, "attendee_details_changed", by, before.event_id, before.person_id,
            changes=changes, **({"corrected_by": "attendee"} if by_attendee else {}),
        )  # fmt: skip
        after = attendee_row(session, registration_id)
    return Done(
        after,
        touched([after.event_id], [after.person_id]),
        Reverse(after.display_name, lambda: update_details(sessions, registration_id, old, by)),
    )


def _row(session: Session, registration_id: int) -> AttendeeRow:
    if session.get(Registration, registration_id) is None:
        raise NotFound("attendee_not_found", query=str(registration_id))
    return attendee_row(session, registration_id)
