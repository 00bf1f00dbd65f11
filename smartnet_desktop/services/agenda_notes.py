"""The note written under each agenda item during the meeting (issue 26 item 3).

Each save is one transaction, audited, with its reverse (the text before)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.errors import NotFound
from smartnet_desktop.domain.models import AgendaItem
from smartnet_desktop.domain.outcome import Done, Reverse, touched
from smartnet_desktop.domain.record_rows import AgendaNoteRow
from smartnet_desktop.services import audit, validation

MAX_NOTE = 20_000


def agenda_notes(session: Session, event_id: int) -> list[AgendaNoteRow]:
    """Every item of the meeting in agenda order with its note ("" when none was written),
    so that the minutes print the whole agenda."""
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.event_id == event_id)
        .order_by(AgendaItem.position, AgendaItem.id)
    )
    return [
        AgendaNoteRow(item.id, index, item.title, item.note or "")
        for index, item in enumerate(items)
    ]


def item_note(sessions: sessionmaker[Session], item_id: int) -> str:
    with sessions.begin() as session:
        return _item(session, item_id).note or ""


def _item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFound("agenda_item_not_found", item_id=item_id)
    return item


def set_note(sessions: sessionmaker[Session], item_id: int, note: str, by: str = "") -> Done[str]:
    """Saves the note of one item; the value is the note as stored."""
    text = validation.optional_text("note", note, MAX_NOTE)
    with sessions.begin() as session:
        item = _item(session, item_id)
        before, event_id = item.note or "", item.event_id
        if before == text:
            return Done(text)
        item.note = text
        audit.record(session, "agenda_note", by, event_id, item=item_id, title=item.title)
    return Done(
        text,
        touched([event_id], agenda=True),
        Reverse(item.title, lambda: set_note(sessions, item_id, before, by)),
    )
