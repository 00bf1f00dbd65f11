"""The agenda of an event, with start times computed from the event's start and durations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.models import AgendaItem
from smartnet_desktop.domain.rows import AgendaRow
from smartnet_desktop.services.events import load_event

DEFAULT_START = time(10, 0)


@dataclass(frozen=True, slots=True)
class _Slot:
    start: time
    end: time
    overlaps: bool
    past_end: bool


def _at(moment: time) -> datetime:
    return datetime.combine(date(2000, 1, 1), moment)


def schedule(
    items: list[tuple[time | None, int]], event_start: time | None, event_end: time | None
) -> list[_Slot]:
    """Times for (fixed start, duration) pairs in order.

    An item starts when the previous one ends unless it has a fixed start; a fixed start
    before the previous end is an overlap; an end after the event's end runs past it.
    """
    cursor = _at(event_start or DEFAULT_START)
    slots = []
    for fixed_start, minutes in items:
        start = _at(fixed_start) if fixed_start else cursor
        end = start + timedelta(minutes=minutes)
        overlaps = start < cursor
        past_end = bool(event_end) and (end > _at(event_end) or end.date() != start.date())
        slots.append(_Slot(start.time(), end.time(), overlaps, past_end))
        cursor = max(cursor, end)
    return slots


def list_agenda(sessions: sessionmaker[Session], event_id: int) -> list[AgendaRow]:
    with sessions.begin() as session:
        event = load_event(session, event_id)
        items = list(
            session.scalars(
                select(AgendaItem)
                .where(AgendaItem.event_id == event_id)
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
        slots = schedule(
            [(i.fixed_start, i.duration_minutes) for i in items], event.start_time, event.end_time
        )
        return [
            AgendaRow(
                id=item.id,
                event_id=item.event_id,
                position=index,
                start=slot.start,
                end=slot.end,
                fixed_start=item.fixed_start,
                duration_minutes=item.duration_minutes,
                title=item.title,
                description=item.description,
                speaker=item.speaker,
                location=item.location,
                kind=item.kind,
                overlaps=slot.overlaps,
                past_end=slot.past_end,
            )
            for index, (item, slot) in enumerate(zip(items, slots, strict=True))
        ]
