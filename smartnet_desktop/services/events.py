"""Events of the series: list, read, create, and the counters the desk shows."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.models import Event, Registration
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
    return EventRow(
        id=event.id,
        number=event.number,
        title=event.title,
        date=event.date,
        venue=event.venue,
        town=event.town,
        address=event.address,
        host=event.host,
        organiser=event.organiser,
        start_time=event.start_time,
        end_time=event.end_time,
        notices=event.notices,
        retention_months=event.retention_months,
        badge_layout=event.badge_layout,
        qr_content=event.qr_content,
        photo_question=event.photo_question,
        contact_question=event.contact_question,
    )


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
    }
    if data.number is not None and data.number < 1:
        raise InvalidInput("number", "not_positive", value=data.number)
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        raise InvalidInput("end_time", "end_before_start")
    if data.retention_months < 0:
        raise InvalidInput("retention_months", "negative", value=data.retention_months)
    return values


def create_event(sessions: sessionmaker[Session], data: EventInput) -> EventRow:
    values = _validated(data)
    with sessions.begin() as session:
        event = Event(
            **values,
            photo_question=DEFAULT_PHOTO_QUESTION,
            contact_question=DEFAULT_CONTACT_QUESTION,
        )
        session.add(event)
        session.flush()
        return event_row(event)


def event_counts(sessions: sessionmaker[Session], event_id: int) -> EventCounts:
    with sessions.begin() as session:
        checked = Registration.checked_in_at.is_not(None)
        registered, checked_in, walk_ins, objections = session.execute(
            select(
                func.count(Registration.id),
                func.coalesce(func.sum(case((checked, 1), else_=0)), 0),
                func.coalesce(func.sum(case((Registration.walk_in, 1), else_=0)), 0),
                func.coalesce(func.sum(case((Registration.photo_objection, 1), else_=0)), 0),
            ).where(Registration.event_id == event_id)
        ).one()
        return EventCounts(registered, checked_in, walk_ins, objections)
