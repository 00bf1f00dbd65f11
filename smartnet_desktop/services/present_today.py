"""Who of which organisation is here at a meeting (checked in; or, before the meeting,
registered), as the matches show them: a name only while that person's contact sharing is
"granted", otherwise "jemand von <Organisation>" (issue 25 item 1)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from smartnet_desktop.domain.enums import ContactSharing
from smartnet_desktop.domain.models import Organization, Person, Registration
from smartnet_desktop.reports.match_reasons import someone_from


@dataclass(frozen=True, slots=True)
class HereFrom:
    """Who of one organisation is here: the names of those who granted contact sharing,
    in name order, and how many others (never named)."""

    named: tuple[str, ...]
    unnamed: int


def _here(event_id: int, registered: bool):
    """The conditions for a person counted as here at the event."""
    conditions = [Registration.event_id == event_id, Person.merged_into_id.is_(None)]
    if not registered:
        conditions.append(Registration.checked_in_at.is_not(None))
    return conditions


def organizations_here(event_id: int, registered: bool = False) -> Select:
    """The ids of the organisations with someone here: a subquery for other reads."""
    return (
        select(Person.organization_id)
        .join(Registration, Registration.person_id == Person.id)
        .where(*_here(event_id, registered), Person.organization_id.is_not(None))
    )


def who_is_here(
    session: Session, event_id: int, registered: bool = False, titles: bool = True
) -> dict[str, HereFrom]:
    """Organisation name -> who of it is here: the one reading of "here" and of "named"
    that the matches and the personal sheets share. `titles` False leaves the academic
    title out of the names (the sheet names people as "given family")."""
    named: dict[str, list[str]] = defaultdict(list)
    unnamed: dict[str, int] = defaultdict(int)
    for organization, title, given, family, sharing in session.execute(
        select(
            Organization.name,
            Person.title,
            Person.given_name,
            Person.family_name,
            Person.contact_sharing,
        )
        .join(Person, Person.organization_id == Organization.id)
        .join(Registration, Registration.person_id == Person.id)
        .where(*_here(event_id, registered))
        .order_by(Person.sort_key, Person.id)
    ):
        if sharing == ContactSharing.GRANTED:
            parts = (title, given, family) if titles else (given, family)
            named[organization].append(" ".join(p for p in parts if p))
        else:
            unnamed[organization] += 1
    return {
        organization: HereFrom(tuple(named.get(organization, ())), unnamed.get(organization, 0))
        for organization in named.keys() | unnamed.keys()
    }


def people_here(
    session: Session, event_id: int, language: str, registered: bool = False
) -> dict[str, tuple[str, ...]]:
    """Organisation name -> who of it is here, in name order: the names of those who
    granted contact sharing, then once "someone from <organisation>" for the others."""
    return {
        organization: here.named + ((someone_from(organization, language),) if here.unnamed else ())
        for organization, here in who_is_here(session, event_id, registered).items()
    }
