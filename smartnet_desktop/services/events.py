"""Events of the series: list, read, create, and the counters the desk shows."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.enums import DEFAULT_BADGE_LAYOUT
from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.models import AgendaItem, Event, Person, Registration
from smartnet_desktop.domain.outcome import Done, touched
from smartnet_desktop.domain.rows import EventCounts, EventInput, EventRow
from smartnet_desktop.services import validation

DEFAULT_PHOTO_QUESTION = (
    "Wir machen Fotos. Möchten Sie nicht fotografiert werden? Dann vermerken wir das "
    "auf Ihrem Namensschild."
)
DEFAULT_CONTACT_QUESTION = (
    "Dürfen wir Ihre Kontaktdaten (Name, Organisation, Funktion, E-Mail, Telefon) "
    "innerhalb des Netzwerkverteilers weitergeben?"
)


def event_row(event: Event) -> EventRow:
    """The event as a row: each field of EventRow from the model's column of that name."""
    return EventRow(**{f.name: getattr(event, f.name) for f in fields(EventRow)})


def load_event(session: Session, event_id: int) -> Event:
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound("event_not_found", event_id=event_id)
    return event


def list_events(sessions: sessionmaker[Session]) -> list[EventRow]:
    """All events, newest first."""
    with sessions.begin() as session:
        events = session.scalars(select(Event).order_by(Event.date.desc(), Event.id.desc()))
        return [event_row(e) for e in events]


def get_event(sessions: sessionmaker[Session], event_id: int) -> EventRow:
    with sessions.begin() as session:
        return event_row(load_event(session, event_id))


def next_event(sessions: sessionmaker[Session], event_id: int) -> EventRow | None:
    """The meeting planned after this one: the next by date (on the same day, the next
    created), None when none is planned. The agenda handout announces it."""
    with sessions.begin() as session:
        this = load_event(session, event_id)
        later = session.scalars(
            select(Event)
            .where((Event.date > this.date) | ((Event.date == this.date) & (Event.id > this.id)))
            .order_by(Event.date, Event.id)
            .limit(1)
        ).first()
        return event_row(later) if later else None


def _validated(data: EventInput) -> dict:
    values = {
        "title": validation.required_text("title", data.title),
        "date": data.date,
        "venue": validation.optional_text("venue", data.venue),
        "number": data.number,
        "town": validation.optional_text("town", data.town, 200),
        "address": validation.optional_text("address", data.address, 500),
        "host": validation.optional_text("host", data.host),
        "organiser": validation.optional_text("organiser", data.organiser),
        "start_time": data.start_time,
        "end_time": data.end_time,
        "notices": validation.optional_text("notices", data.notices, 5000),
        "retention_months": data.retention_months,
        "badge_layout": validation.optional_text("badge_layout", data.badge_layout, 100)
        or DEFAULT_BADGE_LAYOUT,
        "photo_question": DEFAULT_PHOTO_QUESTION
        if data.photo_question is None
        else validation.optional_text("photo_question", data.photo_question, 2000),
        "contact_question": DEFAULT_CONTACT_QUESTION
        if data.contact_question is None
        else validation.optional_text("contact_question", data.contact_question, 2000),
        "qr_content": data.qr_content,
    }
    if data.date is None:  # once an IntegrityError from the database
        raise InvalidInput("date", "required")
    if data.qr_content not in ("profile", "code"):
        raise InvalidInput("qr_content", "unknown_value", value=data.qr_content)
    if data.number is not None:
        validation.in_range("number", data.number, minimum=1)
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        raise InvalidInput("end_time", "end_before_start")
    if data.retention_months < 0:
        raise InvalidInput("retention_months", "negative", value=data.retention_months)
    return values


def _event_written(row: EventRow) -> Done[EventRow]:
    """An event created or changed: the window reloads its list and shows this one."""
    return Done(row, touched([row.id], events=True))


def create_event(sessions: sessionmaker[Session], data: EventInput) -> Done[EventRow]:
    values = _validated(data)
    with sessions.begin() as session:
        event = Event(**values)
        session.add(event)
        session.flush()
        row = event_row(event)
    return _event_written(row)


def update_event(
    sessions: sessionmaker[Session], event_id: int, data: EventInput
) -> Done[EventRow]:
    values = _validated(data)
    with sessions.begin() as session:
        event = load_event(session, event_id)
        for key, value in values.items():
            setattr(event, key, value)
        session.flush()
        row = event_row(event)
    return _event_written(row)


def duplicate_event(
    sessions: sessionmaker[Session], event_id: int, data: EventInput
) -> Done[EventRow]:
    """A new event with the values given and a copy of the source event's agenda."""
    values = _validated(data)
    with sessions.begin() as session:
        source = load_event(session, event_id)
        event = Event(**values)
        session.add(event)
        session.flush()
        for item in session.scalars(select(AgendaItem).where(AgendaItem.event_id == source.id)):
            session.add(
                AgendaItem(
                    event_id=event.id,
                    position=item.position,
                    fixed_start=item.fixed_start,
                    duration_minutes=item.duration_minutes,
                    title=item.title,
                    description=item.description,
                    speaker=item.speaker,
                    location=item.location,
                    kind=item.kind,
                )
            )
        row = event_row(event)
    return _event_written(row)


def invite_from(sessions: sessionmaker[Session], event_id: int, source_event_id: int) -> Done[int]:
    """Registers the people of a previous event for this one; the value is how many were new.

    People only: new badge codes, no check-ins, no printing state, no event-specific photo
    objections (an objection "for all events" still applies).
    """
    from smartnet_desktop.services.codes import new_codes

    with sessions.begin() as session:
        load_event(session, event_id)
        load_event(session, source_event_id)
        already = set(
            session.scalars(select(Registration.person_id).where(Registration.event_id == event_id))
        )
        people = [
            (pid, everywhere)
            for pid, everywhere in session.execute(
                select(Registration.person_id, Person.photo_objection_all_events)
                .join(Person, Person.id == Registration.person_id)
                .where(Registration.event_id == source_event_id)
                .order_by(Registration.id)
            )
            if pid not in already
        ]
        for (pid, everywhere), code in zip(people, new_codes(session, len(people)), strict=True):
            session.add(
                Registration(
                    event_id=event_id,
                    person_id=pid,
                    badge_code=code,
                    photo_objection=bool(everywhere),
                )
            )
    return Done(len(people), touched([event_id]))


def event_counts(sessions: sessionmaker[Session], event_id: int) -> EventCounts:
    """The desk's counters, one definition for the desk, the status bar and the CLI."""
    with sessions.begin() as session:
        checked = Registration.checked_in_at.is_not(None)
        registered, checked_in, walk_ins, objections = session.execute(
            select(
                func.count(Registration.id),
                func.coalesce(func.sum(case((checked, 1), else_=0)), 0),
                func.coalesce(func.sum(case((checked & Registration.walk_in, 1), else_=0)), 0),
                func.coalesce(func.sum(case((Registration.photo_objection, 1), else_=0)), 0),
            ).where(Registration.event_id == event_id)
        ).one()
        return EventCounts(registered, checked_in, walk_ins, objections)
