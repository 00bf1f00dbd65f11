"""Reading the people registered for an event, with accent-proof search."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields, replace

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db_search import persons_matching
from smartnet_desktop.domain.models import Organization, Person, Registration
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.domain.search import name_sort_text, normalise, search_key, search_words
from smartnet_desktop.services.ask_me_about import offers_by_person

# Where each field of AttendeeRow comes from; the select lists them in the dataclass's own
# order, so a field added to the row without a source here fails at import, not later.
_SOURCES = {
    "registration_id": Registration.id,
    "person_id": Person.id,
    "event_id": Registration.event_id,
    "title": Person.title,
    "given_name": Person.given_name,
    "family_name": Person.family_name,
    "organization": func.coalesce(Organization.name, ""),
    "role": Person.role,
    "email": Person.email,
    "phone": Person.phone,
    "badge_code": Registration.badge_code,
    "walk_in": Registration.walk_in,
    "checked_in_at": Registration.checked_in_at,
    "checked_in_by": Registration.checked_in_by,
    "badge_printed_at": Registration.badge_printed_at,
    "photo_objection": Registration.photo_objection,
    "contact_sharing": Person.contact_sharing,
    "badge_fingerprint": Registration.badge_fingerprint,
    "note": Registration.note,
    "search_key": Person.search_key,
    "sort_key": Person.sort_key,
}
# Filled in after the select, from a query of its own (see attendee_rows).
_FILLED_AFTER = ("ask_me_about",)
_COLUMNS = tuple(_SOURCES[f.name] for f in fields(AttendeeRow) if f.name not in _FILLED_AFTER)


def attendee_columns() -> tuple:
    """The columns of an AttendeeRow in its order, for a query joining them elsewhere."""
    return _COLUMNS


def attendee_rows(session: Session, query: Select) -> list[AttendeeRow]:
    """The rows of an attendee_query, inside a caller's transaction. Printed badges get
    the "Fragen Sie mich zu" line they would show now, for the reprint check."""
    # The connection's rows, not the session's: the ORM's result handling cost a third of
    # reading 20,000 rows, and these are plain columns (issue 24 item 5). The connection
    # does not flush the caller's pending changes as the session does: flushed here.
    if session.autoflush:
        session.flush()
    rows = [AttendeeRow(*values) for values in session.connection().execute(query)]
    printed = [r.person_id for r in rows if r.badge_printed_at is not None]
    if not printed:
        return rows
    offers = offers_by_person(session, printed)
    return [
        replace(r, ask_me_about=offers[r.person_id]) if r.person_id in offers else r for r in rows
    ]


def set_person_keys(person: Person, organization_name: str | None) -> None:
    """The stored keys a person is found (search_key) and listed (sort_key) by."""
    person.search_key = person_search_key(person, organization_name)
    person.sort_key = name_sort_text(person.family_name, person.given_name)


def person_search_key(person: Person, organization_name: str | None) -> str:
    """Name and organisation, as the lists show them; the email is searched only when the
    text holds an "@" (see `matches`), so "beispiel" does not find a whole mail domain."""
    return search_key(person.title, person.given_name, person.family_name, organization_name)


def attendee_query(event_id: int | None, matching_people: Select | None = None) -> Select:
    """Attendee rows of one event (or of any event, for callers that filter further),
    optionally only of the people a search selected."""
    query = (
        select(*_COLUMNS)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .order_by(Person.sort_key, Registration.id)
    )
    if event_id is not None:
        query = query.where(Registration.event_id == event_id)
    if matching_people is not None:
        query = query.where(Registration.person_id.in_(matching_people))
    return query


def _search_query(session: Session, event_id: int, search: str) -> Select:
    """Name matches (through the search index), email matches or the exact badge code."""
    name_words, email_words = _split_words(search)
    code = _badge_code(search)
    code_owner = None
    if code:
        code_owner = session.scalar(
            select(Registration.person_id).where(
                Registration.event_id == event_id, Registration.badge_code == code
            )
        )
    if code_owner is not None:
        return attendee_query(event_id).where(Registration.person_id == code_owner)
    query = attendee_query(event_id, persons_matching(session, name_words) if name_words else None)
    for word in email_words:
        query = query.where(func.lower(Person.email).contains(word, autoescape=True))
    return query


def list_attendees(
    sessions: sessionmaker[Session],
    event_id: int,
    search: str | None = None,
    person_ids: Iterable[int] | None = None,
    limit: int | None = None,
) -> list[AttendeeRow]:
    """Everyone registered for the event, optionally only matches of a search or some people.

    A search matches every word in any part of the name, organisation or email, or the exact
    badge code. `limit` keeps the first rows in name order (the desk shows a screenful).
    """
    with sessions.begin() as session:
        if search and normalise(search):
            query = _search_query(session, event_id, search)
        else:
            query = attendee_query(event_id)
        if person_ids is not None:
            query = query.where(Registration.person_id.in_(list(person_ids)))
        return attendee_rows(session, query.limit(limit))


def first_rows(
    sessions: sessionmaker[Session], event_id: int, count: int, latest: int
) -> list[AttendeeRow]:
    """What a screen shows of a large event before its whole list is read: the first
    `count` rows in name order and the `latest` check-ins (the desk lists them), as one
    list in name order."""
    with sessions.begin() as session:
        first = attendee_rows(session, attendee_query(event_id).limit(count))
        recent = (
            attendee_query(event_id)
            .where(Registration.checked_in_at.is_not(None))
            .order_by(None)
            .order_by(Registration.checked_in_at.desc())
            .limit(latest)
        )
        shown = {r.registration_id for r in first}
        more = [r for r in attendee_rows(session, recent) if r.registration_id not in shown]
    return sorted(first + more, key=lambda r: (r.sort_key, r.registration_id))


def attendee_row(session: Session, registration_id: int) -> AttendeeRow:
    """One registration as a row, inside a caller's transaction."""
    query = attendee_query(None).where(Registration.id == registration_id)
    [row] = attendee_rows(session, query)
    return row


def _split_words(text: str) -> tuple[list[str], list[str]]:
    """Folded words of a search: those with an "@" look in the email, the rest in the name
    and organisation."""
    words = search_words(text)
    return [w for w in words if "@" not in w], [w for w in words if "@" in w]


def _badge_code(text: str) -> str:
    """The text as a badge code, or "" when it cannot be one (a code is letters and digits;
    PostgreSQL refuses a NUL inside any text it is asked to compare)."""
    code = text.strip().upper()
    return code if code.isalnum() else ""


def matcher(text: str) -> Callable[[AttendeeRow], bool]:
    """The same rule as the SQL search, for filtering rows already in memory (GUI); the
    text is folded once, not once per row."""
    name_words, email_words = _split_words(text)
    code = _badge_code(text)
    if not name_words and not email_words:
        return lambda row: True

    def match(row: AttendeeRow) -> bool:
        if row.badge_code == code:
            return True
        if not all(w in row.search_key for w in name_words):
            return False
        return not email_words or all(w in row.email.lower() for w in email_words)

    return match


def matches(row: AttendeeRow, text: str) -> bool:
    return matcher(text)(row)
