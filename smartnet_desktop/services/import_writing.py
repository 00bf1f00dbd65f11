"""Writing one part of an import (services.importing plans the file and runs the parts):
its new organisations and people, their registrations with badge codes, the notes, and
the consent columns as consent events. Bulk inserts throughout (issue 24 item 4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from smartnet_desktop.domain.enums import Channel, contact_state
from smartnet_desktop.domain.models import Organization, Person, Registration, utc_now
from smartnet_desktop.domain.search import name_sort_text, search_key
from smartnet_desktop.services import codes
from smartnet_desktop.services.bulk_rows import insert_many, insert_rows
from smartnet_desktop.services.consent_records import record_many
from smartnet_desktop.services.events import load_event
from smartnet_desktop.services.import_people import KnownPeople, fold_cell
from smartnet_desktop.services.organizations import new_organizations

if TYPE_CHECKING:
    from smartnet_desktop.services.importing import ImportRow

# The columns that tell an import's new people apart when their ids are read back.
_PERSON_COLUMNS = ("given_name", "family_name", "email", "organization_id")


def write_part(
    session: Session, event_id: int, rows: list[ImportRow], by: str, people: KnownPeople
) -> tuple[int, int, int]:
    """Writes one part of an import; returns (new people, registered, already registered)."""
    event = load_event(session, event_id)
    orgs = _organisations(session, rows)
    person_ids, created = _people(session, rows, orgs, people)
    registered = _register(session, event_id, rows, person_ids, created)
    _set_notes(session, event_id, rows, person_ids)
    _record_consent(session, event, rows, person_ids, created, by)
    return len(created), registered, len(set(person_ids)) - registered


def _organisations(session: Session, rows: list[ImportRow]) -> dict[str, tuple[int, str]]:
    """Folded organisation name -> (id, name), the file's new organisations added."""
    orgs = {
        fold_cell(name): (oid, name)
        for oid, name in session.execute(select(Organization.id, Organization.name))
    }
    wanted: dict[str, tuple[str, str]] = {}
    for row in rows:
        name = row.person.organization
        if name and fold_cell(name) not in orgs:
            wanted.setdefault(fold_cell(name), (name, row.person.profile_url))
    fresh = new_organizations(session, list(wanted.values()))
    for (folded, (name, _url)), oid in zip(wanted.items(), fresh, strict=True):
        orgs[folded] = (oid, name)
    return orgs


def _people(
    session: Session,
    rows: list[ImportRow],
    orgs: dict[str, tuple[int, str]],
    people: KnownPeople,
) -> tuple[list[int], frozenset[int]]:
    """The person of each row: found by the same-person rule, or created in one bulk
    insert. Returns their ids (row by row) and the ids created; `people` learns them."""
    now = utc_now()
    person_ids: list[int | None] = []
    new_people = []
    fresh_ids: list[int] = []
    for row in rows:
        p = row.person
        org = orgs.get(fold_cell(p.organization)) if p.organization else None
        pid = people.find(p.email, p.given_name, p.family_name, org[0] if org else None)
        person_ids.append(pid)
        if pid is None:
            new_people.append(
                {
                    "title": p.title,
                    "given_name": p.given_name,
                    "family_name": p.family_name,
                    "organization_id": org[0] if org else None,
                    "role": p.role,
                    "email": p.email,
                    "phone": p.phone,
                    # the state the row's consent event below leads to: no UPDATE after
                    "contact_sharing": contact_state(row.contact_decision),
                    "photo_objection_all_events": False,
                    "created_at": now,
                    "sort_key": name_sort_text(p.family_name, p.given_name),
                    "search_key": search_key(
                        p.title, p.given_name, p.family_name, org[1] if org else None
                    ),
                }
            )
    if new_people:
        fresh_ids = insert_rows(session, Person, new_people, _PERSON_COLUMNS)
        for pid, new in zip(fresh_ids, new_people, strict=True):
            people.add(
                pid,
                *(new[c] for c in ("email", "given_name", "family_name")),
                new["organization_id"],
            )
        fresh = iter(fresh_ids)
        person_ids = [pid if pid is not None else next(fresh) for pid in person_ids]
    return person_ids, frozenset(fresh_ids)


def _register(
    session: Session,
    event_id: int,
    rows: list[ImportRow],
    person_ids: list[int],
    created: frozenset[int],
) -> int:
    """Registers those not yet registered for the event; returns how many. The people the
    part `created` have no registration and no objection yet: only the others are asked
    about (a long IN list of 4,000 new ids per question cost a tenth of the import), and
    theirs carry the row's photo objection from the start (its consent event follows)."""
    objecting_here = {
        pid for row, pid in zip(rows, person_ids, strict=True) if row.photo_objection
    } & created
    wanted = list(dict.fromkeys(person_ids))
    known = [pid for pid in wanted if pid not in created]
    registered_already = set(  # this part's people only: the event may have many more
        session.scalars(
            select(Registration.person_id).where(
                Registration.event_id == event_id, Registration.person_id.in_(known)
            )
        )
        if known
        else ()
    )
    to_register = [pid for pid in wanted if pid not in registered_already]
    if not to_register:
        return 0
    asked = [pid for pid in to_register if pid not in created]
    objecting_everywhere = set(
        session.scalars(
            select(Person.id).where(Person.id.in_(asked), Person.photo_objection_all_events)
        )
        if asked
        else ()
    )
    now = utc_now()
    insert_many(
        session,
        Registration.__table__,  # not the ORM's bulk path: it cost a second per 20,000
        [
            {
                "event_id": event_id,
                "person_id": pid,
                "badge_code": code,
                "walk_in": False,
                "registered_at": now,
                "checked_in_by": "",
                "photo_objection": pid in objecting_everywhere or pid in objecting_here,
            }
            for pid, code in zip(
                to_register, codes.new_codes(session, len(to_register)), strict=True
            )
        ],
    )
    return len(to_register)


def _set_notes(
    session: Session, event_id: int, rows: list[ImportRow], person_ids: list[int]
) -> None:
    """The optional note column, onto each person's registration for the event."""
    notes = [
        {"person": pid, "new_note": row.note}
        for row, pid in zip(rows, person_ids, strict=True)
        if row.note
    ]
    if notes:
        table = Registration.__table__
        session.execute(
            update(table)
            .where(table.c.event_id == event_id, table.c.person_id == bindparam("person"))
            .values(note=bindparam("new_note")),
            notes,
        )


def _record_consent(
    session: Session,
    event,
    rows: list[ImportRow],
    person_ids: list[int],
    created: frozenset[int],
    by: str,
) -> None:
    """Consent columns become ConsentEvents (channel import); an empty cell records nothing,
    and an answer equal to the state already recorded is not recorded again. A person the
    part `created` has no decision and no objection yet: only the others are asked about."""
    wanted = {
        pid
        for row, pid in zip(rows, person_ids, strict=True)
        if row.photo_objection or row.contact_decision
    }
    if not wanted:
        return
    known = wanted - created
    states = dict.fromkeys(wanted & created, contact_state(None))
    objecting: set[int] = set()
    if known:
        query = select(Person.id, Person.contact_sharing).where(Person.id.in_(known))
        states.update((pid, state) for pid, state in session.execute(query))
        objecting.update(
            session.scalars(
                select(Registration.person_id).where(
                    Registration.event_id == event.id,
                    Registration.photo_objection,
                    Registration.person_id.in_(known),
                )
            )
        )
    contact, photo = {}, []
    for row, pid in zip(rows, person_ids, strict=True):
        if row.contact_decision and states.get(pid) != contact_state(row.contact_decision):
            contact[pid] = row.contact_decision
        if row.photo_objection and pid not in objecting:
            objecting.add(pid)
            photo.append(pid)
    record_many(
        session,
        event.id,
        list(contact.items()),
        photo,
        by,
        Channel.IMPORT,
        f"event-{event.id}",
        mirrored=created,  # _people and _register stored their states already
    )
