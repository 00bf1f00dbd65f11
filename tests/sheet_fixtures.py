"""The demo meeting seen through the personal sheets: whose sheet, which partner, who of the
partner shares their contact (named) and who does not (never named)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from smartnet_desktop.domain.models import Organization, Person, Registration


@dataclass(frozen=True)
class Someone:
    person_id: int
    registration_id: int
    name: str  # given and family name, as a sheet would name them
    organization: str
    granted: bool


def registered(sessions, event_id: int) -> list[Someone]:
    with sessions() as session:
        return [
            Someone(
                p.id,
                r.id,
                f"{p.given_name} {p.family_name}",
                o.name if o else "",
                p.contact_sharing == "granted",
            )
            for r, p, o in session.execute(
                select(Registration, Person, Organization)
                .join(Person, Person.id == Registration.person_id)
                .outerjoin(Organization, Organization.id == Person.organization_id)
                .where(Registration.event_id == event_id)
            )
        ]


def by_family_name(sessions, event_id: int, family_name: str) -> Someone:
    with sessions() as session:
        r, p, o = session.execute(
            select(Registration, Person, Organization)
            .join(Person, Person.id == Registration.person_id)
            .join(Organization, Organization.id == Person.organization_id)
            .where(Registration.event_id == event_id, Person.family_name == family_name)
        ).one()
        return Someone(
            p.id, r.id, f"{p.given_name} {p.family_name}", o.name, p.contact_sharing == "granted"
        )
