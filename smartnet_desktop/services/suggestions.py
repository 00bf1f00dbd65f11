"""The suggestions made at a meeting ("Vorschläge zur Weiterentwicklung der
Netzwerktreffen"): add, edit, remove, each one transaction, audited, with its reverse."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.errors import NotFound
from smartnet_desktop.domain.models import Suggestion
from smartnet_desktop.domain.outcome import Done, Reverse, touched
from smartnet_desktop.domain.record_rows import SuggestionRow
from smartnet_desktop.services import audit, validation
from smartnet_desktop.services.events import load_event

MAX_TEXT = 5000


def suggestions_for_event(session: Session, event_id: int) -> list[SuggestionRow]:
    """In the order they were made."""
    found = session.scalars(
        select(Suggestion).where(Suggestion.event_id == event_id).order_by(Suggestion.id)
    )
    return [SuggestionRow(s.id, s.text, s.organisation) for s in found]


def list_suggestions(sessions: sessionmaker[Session], event_id: int) -> list[SuggestionRow]:
    with sessions.begin() as session:
        load_event(session, event_id)
        return suggestions_for_event(session, event_id)


def _values(text: str, organisation: str) -> tuple[str, str]:
    return (
        validation.required_text("suggestion", text, MAX_TEXT),
        validation.optional_text("organization", organisation),
    )


def _load(session: Session, suggestion_id: int) -> Suggestion:
    found = session.get(Suggestion, suggestion_id)
    if found is None:
        raise NotFound("suggestion_not_found", suggestion_id=suggestion_id)
    return found


def add_suggestion(
    sessions: sessionmaker[Session],
    event_id: int,
    text: str,
    organisation: str = "",
    by: str = "",
    suggestion_id: int | None = None,
) -> Done[SuggestionRow]:
    """A new suggestion (under its old id when an undo of remove puts it back)."""
    text, organisation = _values(text, organisation)
    with sessions.begin() as session:
        load_event(session, event_id)
        row = Suggestion(id=suggestion_id, event_id=event_id, text=text, organisation=organisation)
        session.add(row)
        session.flush()
        added = SuggestionRow(row.id, text, organisation)
        audit.record(session, "suggestion_add", by, event_id, suggestion=added.id, text=text)
    return Done(
        added,
        touched([event_id], agenda=True),
        Reverse(text[:40], lambda: remove_suggestion(sessions, added.id, by)),
    )


def edit_suggestion(
    sessions: sessionmaker[Session],
    suggestion_id: int,
    text: str,
    organisation: str = "",
    by: str = "",
) -> Done[SuggestionRow]:
    text, organisation = _values(text, organisation)
    with sessions.begin() as session:
        row = _load(session, suggestion_id)
        before, event_id = SuggestionRow(row.id, row.text, row.organisation), row.event_id
        row.text, row.organisation = text, organisation
        audit.record(
            session, "suggestion_edit", by, event_id, suggestion=row.id, text=text,
            before=before.text,
        )  # fmt: skip
    return Done(
        SuggestionRow(suggestion_id, text, organisation),
        touched([event_id], agenda=True),
        Reverse(
            text[:40],
            lambda: edit_suggestion(sessions, suggestion_id, before.text, before.organisation, by),
        ),
    )


def remove_suggestion(
    sessions: sessionmaker[Session], suggestion_id: int, by: str = ""
) -> Done[SuggestionRow]:
    with sessions.begin() as session:
        row = _load(session, suggestion_id)
        removed, event_id = SuggestionRow(row.id, row.text, row.organisation), row.event_id
        session.delete(row)
        audit.record(session, "suggestion_remove", by, event_id, suggestion=row.id, text=row.text)
    return Done(
        removed,
        touched([event_id], agenda=True),
        Reverse(
            removed.text[:40],
            lambda: add_suggestion(
                sessions, event_id, removed.text, removed.organisation, by, removed.id
            ),
        ),
    )
