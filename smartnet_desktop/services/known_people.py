"""People the network knows already whose name is the one typed for a walk-in, with the
folding of the same-person rule (ö = oe = o, ß = ss): shown before anyone is created."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from smartnet_desktop.db_search import persons_matching
from smartnet_desktop.domain.models import Organization, Person
from smartnet_desktop.domain.search import name_fold, search_words


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
