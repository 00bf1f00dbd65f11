"""Newcomers ("neu"): people and organisations at their first meeting of the series, for the
moderator's "Vorstellung neuer Teilnehmer" (issue 26 item 1).

The series is every event in the database, in date order (on one day, in the order they
were made), as events.next_event has it. A person is new at an event unless they were
checked in at an earlier one: being registered before but never coming still counts as new
(they were never there to be introduced). Check-ins of a duplicate record merged into the
person count as theirs. An organisation is new unless somebody now belonging to it was
checked in at an earlier event.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.models import Event, Organization, Person, Registration
from smartnet_desktop.domain.newcomer_rows import Newcomer, NewcomerMarks
from smartnet_desktop.services.attendees import attendee_query, attendee_rows
from smartnet_desktop.services.events import load_event
from smartnet_desktop.services.organizations import base_url, profile_address


def _earlier_checked_in(
    session: Session, event: Event, people: Collection[int] | None, orgs: set[int]
) -> list[tuple[int, int | None, int | None]]:
    """(person id, merged into, organisation) of everyone checked in before this event; with
    `people`, only the records that can decide about them: theirs, those merged into them,
    and those of their organisations (`orgs`)."""
    earlier = select(Event.id).where(
        (Event.date < event.date) | ((Event.date == event.date) & (Event.id < event.id))
    )
    query = (
        select(Person.id, Person.merged_into_id, Person.organization_id)
        .join(Registration, Registration.person_id == Person.id)
        .where(Registration.event_id.in_(earlier), Registration.checked_in_at.is_not(None))
    )
    if people is not None:
        query = query.where(
            Person.id.in_(people)
            | Person.merged_into_id.in_(people)
            | Person.organization_id.in_(orgs)
        )
    return list(session.execute(query))


def newcomer_marks_in(
    session: Session, event_id: int, people: Collection[int] | None = None
) -> NewcomerMarks:
    """The marks of everyone registered, or only of `people` (ids; a desk's first screenful
    is marked without reading the whole event, issue 24 item 5)."""
    event = load_event(session, event_id)
    query = (
        select(Person.id, Person.organization_id)
        .join(Registration, Registration.person_id == Person.id)
        .where(Registration.event_id == event_id)
    )
    if people is not None:
        query = query.where(Person.id.in_(people))
    here = list(session.execute(query))
    seen = _earlier_checked_in(session, event, people, {o for _, o in here if o is not None})
    known_people = {p for person, merged, _ in seen for p in (person, merged) if p is not None}
    known_orgs = {org for _, _, org in seen if org is not None}
    new_people, orgs, with_new_org = set(), set(), set()
    for person, org in here:
        if person not in known_people:
            new_people.add(person)
        if org is not None and org not in known_orgs:
            orgs.add(org)
            with_new_org.add(person)
    return NewcomerMarks(frozenset(new_people), frozenset(orgs), frozenset(with_new_org))


def newcomer_marks(
    sessions: sessionmaker[Session], event_id: int, people: Collection[int] | None = None
) -> NewcomerMarks:
    """The marks the attendee list and the desk's card show (of `people` only, when given)."""
    with sessions.begin() as session:
        return newcomer_marks_in(session, event_id, people)


def newcomers(sessions: sessionmaker[Session], event_id: int) -> list[Newcomer]:
    """The new people registered for the event, in name order, each with whether their
    organisation is new too and its Steckbrief address."""
    with sessions.begin() as session:
        marks = newcomer_marks_in(session, event_id)
        rows = attendee_rows(
            session,
            attendee_query(event_id).where(Registration.person_id.in_(marks.person_ids)),
        )
        base = base_url(session)
        orgs = {
            person_id: org
            for person_id, org in session.execute(
                select(Person.id, Organization)
                .join(Organization, Organization.id == Person.organization_id)
                .where(Person.id.in_(marks.person_ids))
            )
        }
        return [
            Newcomer(
                row,
                row.person_id in orgs and orgs[row.person_id].id in marks.organisation_ids,
                profile_address(orgs[row.person_id], base) if row.person_id in orgs else "",
            )
            for row in rows
        ]


def export_newcomers(
    sessions: sessionmaker[Session], event_id: int, out, language: str = "de", by: str = ""
) -> int:
    """The moderator's PDF of the newcomers, audited like every export naming people;
    returns how many people are on it."""
    from datetime import datetime

    from smartnet_desktop.reports.newcomers_list import render_newcomers
    from smartnet_desktop.services.events import get_event
    from smartnet_desktop.services.exporting import audited_export, require_suffix

    require_suffix(out, (".pdf",))
    event = get_event(sessions, event_id)
    rows = newcomers(sessions, event_id)
    pdf = render_newcomers(event, rows, datetime.now().astimezone(), language)
    with audited_export(sessions, "newcomers", len(rows), out, event_id, by) as temporary:
        temporary.write_bytes(pdf)
    return len(rows)
