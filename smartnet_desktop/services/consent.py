"""Photo objections and contact-sharing consent: recording, history, lists.

Every change is a new ConsentEvent (consent_records is the only writer); the state columns
mirror the history in the same transaction. Check-in never depends on either answer.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import hold_write_lock
from smartnet_desktop.domain.enums import Channel, ConsentDecision, ContactSharing
from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.models import ConsentEvent, Event, Organization, Person
from smartnet_desktop.domain.outcome import Done, touched
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.domain.search import name_sort_key
from smartnet_desktop.services import validation
from smartnet_desktop.services.attendees import list_attendees
from smartnet_desktop.services.consent_records import (
    history_person_ids,
    record_contact_decision,
    record_photo_decision,
)
from smartnet_desktop.services.events import DEFAULT_CONTACT_QUESTION, load_event
from smartnet_desktop.services.requests import applied_request, remember_request


@dataclass(frozen=True, slots=True)
class ConsentRow:
    id: int
    person_id: int
    kind: str
    event_id: int | None
    event_title: str
    scope: str
    decision: str
    recorded_at: datetime
    recorded_by: str
    channel: str
    text_version: str
    note: str

    def to_json(self) -> dict:
        return {
            **{k: getattr(self, k) for k in self.__slots__},
            "recorded_at": self.recorded_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class ContactRow:
    """One entry of the network's distribution list."""

    person_id: int
    title: str
    given_name: str
    family_name: str
    organization: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True, slots=True)
class DistributionList:
    included: list[ContactRow]
    not_asked: int
    objected: int


def wording_version(text: str) -> str:
    """A short fingerprint of the question as worded, stored with each answer."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or person.merged_into_id is not None:
        raise NotFound("person_not_found", person_id=person_id)
    return person


def _checked(by: str, channel: str, note: str) -> tuple[str, str, str]:
    if channel not in set(Channel):
        raise InvalidInput("channel", "unknown_value", value=channel)
    return (
        validation.optional_text("desk", by, 100),
        channel,
        validation.optional_text("note", note, 2000),
    )


@contextmanager
def _consent_change(
    sessions: sessionmaker[Session], request_id: str | None, kind: str, person_id: int
) -> Iterator[Session | None]:
    """The transaction of one consent change; None instead of a session when a request
    with this id was applied already (a retry), so that it is recorded once."""
    with sessions.begin() as session:
        if request_id:
            hold_write_lock(session)
            if applied_request(session, request_id) is not None:
                yield None
                return
            remember_request(session, request_id, kind, person_id=person_id)
        yield session


def record_photo(
    sessions: sessionmaker[Session],
    person_id: int,
    event_id: int,
    objects: bool,
    all_events: bool = False,
    by: str = "",
    channel: str = Channel.DESK,
    note: str = "",
    request_id: str | None = None,
    at: datetime | None = None,
) -> Done[None]:
    """Records an objection (objects=True) or its withdrawal, for the event or for all events.
    `at`: when it was said, for a change sent later from a desk without its server."""
    by, channel, note = _checked(by, channel, note)
    with _consent_change(sessions, request_id, "photo", person_id) as session:
        if session is None:  # the same request was applied before
            return Done(None, touched([event_id], [person_id]))
        event = load_event(session, event_id)
        person = _person(session, person_id)
        decision = ConsentDecision.OBJECT if objects else ConsentDecision.WITHDRAW
        record_photo_decision(
            session,
            person,
            event.id,
            decision,
            by,
            channel,
            all_events,
            wording_version(event.photo_question),
            note,
            recorded_at=at,
        )
        return Done(None, touched([event.id], [person_id]))


def record_contact(
    sessions: sessionmaker[Session],
    person_id: int,
    decision: str,
    by: str = "",
    channel: str = Channel.DESK,
    note: str = "",
    event_id: int | None = None,
    request_id: str | None = None,
    at: datetime | None = None,
) -> Done[None]:
    """grant, object or withdraw (a withdrawn grant shares nothing from then on). `at` as
    for record_photo."""
    if decision not in set(ConsentDecision):
        raise InvalidInput("contact_sharing", "unknown_value", value=decision)
    by, channel, note = _checked(by, channel, note)
    with _consent_change(sessions, request_id, "contact_sharing", person_id) as session:
        if session is None:  # the same request was applied before
            return Done(None, touched((), [person_id]))
        person = _person(session, person_id)
        question = (
            load_event(session, event_id).contact_question if event_id else DEFAULT_CONTACT_QUESTION
        )
        record_contact_decision(
            session, person, decision, by, channel, wording_version(question), note, at
        )
        return Done(None, touched((), [person_id]))


def history(sessions: sessionmaker[Session], person_id: int) -> list[ConsentRow]:
    """Every consent change of a person (and of duplicates merged into them), oldest first."""
    with sessions.begin() as session:
        _person(session, person_id)
        rows = session.execute(
            select(ConsentEvent, func.coalesce(Event.title, ""))
            .outerjoin(Event, Event.id == ConsentEvent.event_id)
            .where(ConsentEvent.person_id.in_(history_person_ids(session, person_id)))
            .order_by(ConsentEvent.recorded_at, ConsentEvent.id)
        )
        return [
            ConsentRow(
                c.id,
                c.person_id,
                c.kind,
                c.event_id,
                title,
                c.scope,
                c.decision,
                c.recorded_at,
                c.recorded_by,
                c.channel,
                c.text_version,
                c.note,
            )
            for c, title in rows
        ]


def photo_objectors(sessions: sessionmaker[Session], event_id: int) -> list[AttendeeRow]:
    """Everyone registered for the event with an objection in force for it."""
    return [r for r in list_attendees(sessions, event_id) if r.photo_objection]


def distribution_list(sessions: sessionmaker[Session]) -> DistributionList:
    """People of the network whose current contact-sharing state is granted, and how many
    were left out because they were never asked or objected."""
    with sessions.begin() as session:
        counts = dict(
            (state, n)
            for state, n in session.execute(
                select(Person.contact_sharing, func.count())
                .where(Person.merged_into_id.is_(None))
                .group_by(Person.contact_sharing)
            )
        )
        included = sorted(
            (
                ContactRow(*values)
                for values in session.execute(
                    select(
                        Person.id,
                        Person.title,
                        Person.given_name,
                        Person.family_name,
                        func.coalesce(Organization.name, ""),
                        Person.role,
                        Person.email,
                        Person.phone,
                    )
                    .outerjoin(Organization, Organization.id == Person.organization_id)
                    .where(
                        Person.contact_sharing == ContactSharing.GRANTED,
                        Person.merged_into_id.is_(None),
                    )
                )
            ),
            key=lambda c: (*name_sort_key(c.family_name, c.given_name), c.person_id),
        )
        return DistributionList(
            included,
            counts.get(ContactSharing.NOT_ASKED, 0),
            counts.get(ContactSharing.OBJECTED, 0),
        )


def objects_everywhere(sessions: sessionmaker[Session], person_id: int) -> bool:
    """Whether the person's objection for all events is in force."""
    with sessions.begin() as session:
        return _person(session, person_id).photo_objection_all_events
