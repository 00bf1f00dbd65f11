"""Reading the people registered for an event, with accent-proof search."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.models import Organization, Person, Registration
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.domain.search import normalise, search_key

_COLUMNS = (
    Registration.id,
    Person.id,
    Registration.event_id,
    Person.title,
    Person.given_name,
    Person.family_name,
    func.coalesce(Organization.name, ""),
    Person.role,
    Person.email,
    Person.phone,
    Registration.badge_code,
    Registration.walk_in,
    Registration.checked_in_at,
    Registration.checked_in_by,
    Registration.badge_printed_at,
    Registration.photo_objection,
    Person.contact_sharing,
    Person.search_key,
)


def person_search_key(person: Person, organization_name: str | None) -> str:
    return search_key(
        person.title, person.given_name, person.family_name, organization_name, person.email
    )


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def attendee_query(event_id: int | None, search: str | None = None) -> Select:
    """Attendee rows of one event (or of any event, for callers that filter further)."""
    query = (
        select(*_COLUMNS)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .order_by(Person.family_name, Person.given_name, Registration.id)
    )
    if event_id is not None:
        query = query.where(Registration.event_id == event_id)
    words = normalise(search).split()
    if words:
        name_match = and_(
            *(Person.search_key.like(f"%{_escape_like(w)}%", escape="\\") for w in words)
        )
        code_match = Registration.badge_code == search.strip().upper()
        query = query.where(or_(name_match, code_match))
    return query


def list_attendees(
    sessions: sessionmaker[Session],
    event_id: int,
    search: str | None = None,
    person_ids: Iterable[int] | None = None,
) -> list[AttendeeRow]:
    """Everyone registered for the event, optionally only matches of a search or some people."""
    query = attendee_query(event_id, search)
    if person_ids is not None:
        query = query.where(Registration.person_id.in_(list(person_ids)))
    with sessions.begin() as session:
        return [AttendeeRow(*values) for values in session.execute(query)]


def attendee_row(session: Session, registration_id: int) -> AttendeeRow:
    """One registration as a row, inside a caller's transaction."""
    query = attendee_query(None).where(Registration.id == registration_id)
    return AttendeeRow(*session.execute(query).one())


def matches(row: AttendeeRow, text: str) -> bool:
    """The same rule as the SQL search, for filtering rows already in memory (GUI)."""
    words = normalise(text).split()
    if not words:
        return True
    if row.badge_code == text.strip().upper():
        return True
    return all(w in row.search_key for w in words)
