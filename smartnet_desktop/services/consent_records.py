"""Appending consent decisions and keeping the mirrored state columns in step.

The only writer of ConsentEvent rows: it inserts, and nothing here updates or deletes one.
Helpers take the caller's session and never commit.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from smartnet_desktop.domain.enums import (
    ConsentDecision,
    ConsentKind,
    ConsentScope,
    contact_state,
    photo_objection_in_force,
)
from smartnet_desktop.domain.models import ConsentEvent, Person, Registration, utc_now
from smartnet_desktop.services import audit
from smartnet_desktop.services.bulk_rows import insert_many


def record_contact_decision(
    session: Session,
    person: Person,
    decision: str,
    by: str,
    channel: str,
    text_version: str = "",
    note: str = "",
    recorded_at: datetime | None = None,
) -> None:
    session.add(
        ConsentEvent(
            person_id=person.id,
            kind=ConsentKind.CONTACT_SHARING,
            decision=decision,
            recorded_at=recorded_at or utc_now(),
            recorded_by=by,
            channel=channel,
            text_version=text_version,
            note=note,
        )
    )
    person.contact_sharing = contact_state(decision)
    audit.record(
        session,
        "consent",
        by,
        None,
        person.id,
        kind=ConsentKind.CONTACT_SHARING,
        decision=decision,
        channel=channel,
        **audit.at_desk(recorded_at),
    )


def record_photo_decision(
    session: Session,
    person: Person,
    event_id: int | None,
    decision: str,
    by: str,
    channel: str,
    all_events: bool = False,
    text_version: str = "",
    note: str = "",
    recorded_at: datetime | None = None,
) -> None:
    """An objection or its withdrawal, for one event or for all events."""
    session.add(
        ConsentEvent(
            person_id=person.id,
            kind=ConsentKind.PHOTO,
            event_id=event_id,
            scope=ConsentScope.ALL_EVENTS if all_events else ConsentScope.EVENT,
            decision=decision,
            recorded_at=recorded_at or utc_now(),
            recorded_by=by,
            channel=channel,
            text_version=text_version,
            note=note,
        )
    )
    session.flush()
    refresh_photo_mirrors(session, person)
    audit.record(
        session,
        "consent",
        by,
        event_id,
        person.id,
        kind=ConsentKind.PHOTO,
        decision=decision,
        scope=ConsentScope.ALL_EVENTS if all_events else ConsentScope.EVENT,
        channel=channel,
        **audit.at_desk(recorded_at),
    )


def record_photo_objection(
    session: Session,
    person: Person,
    event_id: int,
    by: str,
    channel: str,
    all_events: bool = False,
    text_version: str = "",
    recorded_at: datetime | None = None,
) -> None:
    record_photo_decision(
        session,
        person,
        event_id,
        ConsentDecision.OBJECT,
        by,
        channel,
        all_events,
        text_version,
        recorded_at=recorded_at,
    )


def history_person_ids(session: Session, person_id: int) -> list[int]:
    """The person and the duplicates merged into them: their histories count together."""
    merged = session.scalars(select(Person.id).where(Person.merged_into_id == person_id))
    return [person_id, *merged]


def refresh_photo_mirrors(session: Session, person: Person) -> None:
    """Recomputes the cached photo states of a person from the append-only history."""
    decisions = [
        (scope, event_id, decision)
        for scope, event_id, decision in session.execute(
            select(ConsentEvent.scope, ConsentEvent.event_id, ConsentEvent.decision)
            .where(
                ConsentEvent.person_id.in_(history_person_ids(session, person.id)),
                ConsentEvent.kind == ConsentKind.PHOTO,
            )
            .order_by(ConsentEvent.recorded_at, ConsentEvent.id)
        )
    ]
    everywhere = [d for d in decisions if d[0] == ConsentScope.ALL_EVENTS]
    person.photo_objection_all_events = (
        bool(everywhere) and everywhere[-1][2] == ConsentDecision.OBJECT
    )
    for registration in session.scalars(
        select(Registration).where(Registration.person_id == person.id)
    ):
        registration.photo_objection = photo_objection_in_force(decisions, registration.event_id)


def record_many(
    session: Session,
    event_id: int,
    contact: list[tuple[int, str]],
    photo_objectors: list[int],
    by: str,
    channel: str,
    text_version: str = "",
    mirrored: frozenset[int] = frozenset(),
) -> None:
    """Bulk form for imports: contact decisions per person, event-specific photo objections.
    The people `mirrored` have their cached states set already by the caller (an import's
    new people get them at their insert): they get no UPDATE."""
    common = {
        "scope": ConsentScope.EVENT,
        "recorded_at": utc_now(),
        "recorded_by": by,
        "channel": channel,
        "text_version": text_version,
        "note": "",
    }
    rows = [
        {
            "person_id": pid,
            "kind": ConsentKind.CONTACT_SHARING,
            "event_id": None,
            "decision": decision,
            **common,
        }
        for pid, decision in contact
    ] + [
        {
            "person_id": pid,
            "kind": ConsentKind.PHOTO,
            "event_id": event_id,
            "decision": ConsentDecision.OBJECT,
            **common,
        }
        for pid in photo_objectors
    ]
    if not rows:
        return
    insert_many(session, ConsentEvent.__table__, rows)  # no per-row ORM or Core work
    _audit_many(session, rows, by, channel)
    _mirror_many(
        session,
        event_id,
        [(pid, decision) for pid, decision in contact if pid not in mirrored],
        [pid for pid in photo_objectors if pid not in mirrored],
    )


def _audit_many(session: Session, rows: list[dict], by: str, channel: str) -> None:
    """One audit entry per consent event, as record_contact/photo_decision write them."""
    audit.record_many(
        session,
        [
            {
                "action": "consent",
                "actor": by,
                "event_id": r["event_id"],
                "person_id": r["person_id"],
                "details": {"kind": r["kind"], "decision": r["decision"], "channel": channel},
            }
            for r in rows
        ],
    )


def _mirror_many(
    session: Session, event_id: int, contact: list[tuple[int, str]], photo_objectors: list[int]
) -> None:
    """The cached states (Person.contact_sharing, Registration.photo_objection) in bulk."""
    by_state: dict[str, list[int]] = {}
    for pid, decision in contact:
        by_state.setdefault(contact_state(decision), []).append(pid)
    for state, pids in by_state.items():  # one UPDATE per state, not one per person
        session.execute(
            update(Person)
            .where(Person.id.in_(pids))
            .values(contact_sharing=state)
            .execution_options(synchronize_session=False)
        )
    if photo_objectors:
        session.execute(
            update(Registration)
            .where(Registration.event_id == event_id, Registration.person_id.in_(photo_objectors))
            .values(photo_objection=True)
            .execution_options(synchronize_session=False)
        )
