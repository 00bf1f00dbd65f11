"""People the network knows already whose name is the one typed for a walk-in, with the
folding of the same-person rule (ö = oe = o, ß = ss): shown before anyone is created."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from smartnet_desktop.db_search import persons_matching
from smartnet_desktop.domain.models import Organization, Person, Registration
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.domain.search import name_fold, search_words
from smartnet_desktop.services.attendees import attendee_query, attendee_rows


@dataclass(frozen=True)
class KnownPerson:
    person_id: int
    name: str
    organization: str


def likely_persons(
    sessions: sessionmaker, given_name: str, family_name: str, limit: int = 5
) -> list[KnownPerson]:
    """Known people with this family name and a first name that begins as typed (both
    folded); merged records left out. One indexed query on the stored search keys."""
    words = search_words(family_name)
    family, given = name_fold(family_name), name_fold(given_name)
    if not words or len(family) < 2:
        return []
    found: list[KnownPerson] = []
    with sessions.begin() as session:
        query = (
            select(Person, Organization.name)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.id.in_(persons_matching(session, words)))
            .where(Person.merged_into_id.is_(None))
            .limit(200)
        )
        for person, organization in session.execute(query):
            if name_fold(person.family_name) != family:
                continue
            if given and not name_fold(person.given_name).startswith(given):
                continue
            name = " ".join(p for p in (person.given_name, person.family_name) if p)
            found.append(KnownPerson(person.id, name, organization or ""))
            if len(found) >= limit:
                break
    return found


def unregistered_matching(
    sessions: sessionmaker, event_id: int, text: str, limit: int = 5
) -> list[AttendeeRow]:
    """People of the network whose name or organisation matches the desk's search (the same
    words and folding) and who are not registered for this event: each as the row of their
    latest registration elsewhere, for the desk to register and check in."""
    words = [w for w in search_words(text) if "@" not in w]
    if not words:
        return []
    with sessions.begin() as session:
        here = select(Registration.person_id).where(Registration.event_id == event_id)
        query = (
            attendee_query(None, persons_matching(session, words))
            .where(Registration.person_id.not_in(here), Person.merged_into_id.is_(None))
            .limit(200)
        )
        latest: dict[int, AttendeeRow] = {}
        for row in attendee_rows(session, query):
            if (
                row.person_id not in latest
                or row.registration_id > latest[row.person_id].registration_id
            ):
                latest[row.person_id] = row
    return list(latest.values())[:limit]
