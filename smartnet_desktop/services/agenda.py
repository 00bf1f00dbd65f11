"""The agenda of an event, with start times computed from the event's start and durations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.enums import AgendaKind
from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.models import AgendaItem
from smartnet_desktop.domain.outcome import Done, Reverse, touched
from smartnet_desktop.domain.rows import AgendaItemInput, AgendaRow
from smartnet_desktop.services import validation
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


MAX_DURATION = 24 * 60


def _validated(data: AgendaItemInput) -> dict:
    if data.duration_minutes < 0:
        raise InvalidInput("duration", "negative", value=data.duration_minutes)
    if data.duration_minutes > MAX_DURATION:
        raise InvalidInput("duration", "too_long_duration", max=MAX_DURATION)
    if data.kind not in set(AgendaKind):
        raise InvalidInput("kind", "unknown_value", value=data.kind)
    return {
        "title": validation.required_text("title", data.title),
        "duration_minutes": data.duration_minutes,
        "fixed_start": data.fixed_start,
        "description": validation.optional_text("description", data.description, 5000),
        "speaker": validation.optional_text("speaker", data.speaker),
        "location": validation.optional_text("location", data.location),
        "kind": data.kind,
    }


def _items(session: Session, event_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.event_id == event_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _load_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFound("agenda_item_not_found", item_id=item_id)
    return item


def _input_of(item: AgendaItem) -> AgendaItemInput:
    return AgendaItemInput(
        item.title,
        item.duration_minutes,
        item.fixed_start,
        item.description,
        item.speaker,
        item.location,
        item.kind,
    )


def _renumber(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items):
        item.position = position


def _agenda_of(event_id: int):
    return touched([event_id], agenda=True)


def add_item(
    sessions: sessionmaker[Session],
    event_id: int,
    data: AgendaItemInput,
    position: int | None = None,
) -> Done[int]:
    """Inserts an item (at the end by default); the value is its id, the reverse deletes it."""
    values = _validated(data)
    with sessions.begin() as session:
        load_event(session, event_id)
        items = _items(session, event_id)
        item = AgendaItem(event_id=event_id, position=0, **values)
        session.add(item)
        index = len(items) if position is None else max(0, min(position, len(items)))
        items.insert(index, item)
        _renumber(items)
        session.flush()
        item_id = item.id
    return Done(
        item_id, _agenda_of(event_id), Reverse("add", lambda: delete_item(sessions, item_id))
    )


def update_item(sessions: sessionmaker[Session], item_id: int, data: AgendaItemInput) -> Done[int]:
    """Changes an item; the reverse puts back the values it had."""
    values = _validated(data)
    with sessions.begin() as session:
        item = _load_item(session, item_id)
        before, event_id = _input_of(item), item.event_id
        for key, value in values.items():
            setattr(item, key, value)
    return Done(
        item_id,
        _agenda_of(event_id),
        Reverse("edit", lambda: update_item(sessions, item_id, before)),
    )


def item_input(sessions: sessionmaker[Session], item_id: int) -> AgendaItemInput:
    with sessions.begin() as session:
        item = _load_item(session, item_id)
        return _input_of(item)


@dataclass(frozen=True)
class DeletedItem:
    """What restore_item needs to put an item back exactly: its id (later undo steps refer
    to it), event, place and values."""

    item_id: int
    event_id: int
    position: int
    data: AgendaItemInput


def delete_item(sessions: sessionmaker[Session], item_id: int) -> Done[DeletedItem]:
    """Deletes an item; the reverse restores it under its own id, at its place."""
    with sessions.begin() as session:
        item = _load_item(session, item_id)
        deleted = DeletedItem(item.id, item.event_id, item.position, _input_of(item))
        session.delete(item)
        session.flush()
        _renumber(_items(session, deleted.event_id))
    return Done(
        deleted,
        _agenda_of(deleted.event_id),
        Reverse("delete", lambda: restore_item(sessions, deleted)),
    )


def restore_item(sessions: sessionmaker[Session], deleted: DeletedItem) -> Done[int]:
    """Undo of delete_item: the item comes back under its own id, at its place."""
    values = _validated(deleted.data)
    with sessions.begin() as session:
        load_event(session, deleted.event_id)
        items = _items(session, deleted.event_id)
        item = AgendaItem(id=deleted.item_id, event_id=deleted.event_id, position=0, **values)
        session.add(item)
        items.insert(max(0, min(deleted.position, len(items))), item)
        _renumber(items)
    return Done(
        deleted.item_id,
        _agenda_of(deleted.event_id),
        Reverse("add", lambda: delete_item(sessions, deleted.item_id)),
    )


def reorder(sessions: sessionmaker[Session], event_id: int, item_ids: list[int]) -> Done[list[int]]:
    """Puts the event's items in the given order; the value and the reverse's order is the
    order before."""
    with sessions.begin() as session:
        before = _reorder(session, event_id, item_ids)
    return _reordered(sessions, event_id, before)


def _reordered(sessions, event_id: int, before: list[int]) -> Done[list[int]]:
    return Done(
        before,
        _agenda_of(event_id),
        Reverse("order", lambda: reorder(sessions, event_id, before)),
    )


def _reorder(session: Session, event_id: int, item_ids: list[int]) -> list[int]:
    load_event(session, event_id)
    items = _items(session, event_id)
    before = [i.id for i in items]
    if sorted(item_ids) != sorted(before):
        raise InvalidInput("agenda", "agenda_changed")
    by_id = {i.id: i for i in items}
    _renumber([by_id[i] for i in item_ids])
    return before


def move_item(
    sessions: sessionmaker[Session], event_id: int, item_id: int, step: int
) -> Done[list[int]]:
    """Moves one item up (-1) or down (+1), in one transaction; reversible like reorder."""
    with sessions.begin() as session:
        order = [item.id for item in _items(session, event_id)]
        if item_id not in order:
            raise NotFound("agenda_item_not_found")
        index = order.index(item_id)
        order.insert(max(0, min(len(order) - 1, index + step)), order.pop(index))
        before = _reorder(session, event_id, order)
    return _reordered(sessions, event_id, before)
