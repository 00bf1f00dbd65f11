"""Loads the demo meeting (invented people, real programme of the 2022 meeting in Gera)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.models import (
    AgendaItem,
    Event,
    Organization,
    Person,
    Project,
    Registration,
    Topic,
)
from smartnet_desktop.domain.rows import Change
from smartnet_desktop.paths import DEMO_DATA, require
from smartnet_desktop.services import codes
from smartnet_desktop.services.attendees import set_person_keys
from smartnet_desktop.services.consent_records import (
    record_contact_decision,
    record_photo_objection,
)
from smartnet_desktop.services.events import DEFAULT_CONTACT_QUESTION, DEFAULT_PHOTO_QUESTION
from smartnet_desktop.services.network_settings import (
    CONTACT_OFFICE,
    IMPRINT_URL,
    NETWORK_NAME,
    OFFICE_EMAIL,
    OFFICE_PHONE,
    PRIVACY_URL,
    SURVEY_EVENT,
    store,
)
from smartnet_desktop.services.organizations import BASE_URL, new_organization

# The desk recorded these answers on the day of the demo meeting.
_RECORDED_AT = datetime(2022, 8, 30, 8, 30, tzinfo=UTC)


def load_demo(sessions: sessionmaker[Session], source: Path = DEMO_DATA) -> Change:
    """Adds the demo organisations, people, events and agenda in one transaction."""
    data = json.loads(require(source).read_text(encoding="utf-8"))
    with sessions.begin() as session:
        _refuse_a_second_copy(session, data["events"][0])
        orgs = {o["key"]: _organization(session, o) for o in data["organizations"]}
        persons = _persons(session, data["persons"], orgs)
        by_number = {e["number"]: _event(session, e, persons) for e in data["events"]}
        _record_demo_consent(session, data, persons, by_number)
        _network(session, data, orgs, persons)
        _network_settings(session, data, by_number)
        return Change(
            event_ids=frozenset(e.id for e in by_number.values()),
            person_ids=frozenset(p.id for p, _ in persons.values()),
            events_changed=True,
        )


def _refuse_a_second_copy(session: Session, first: dict) -> None:
    exists = session.scalar(
        select(Event.id).where(
            Event.title == first["title"], Event.date == date.fromisoformat(first["date"])
        )
    )
    if exists:
        raise InvalidInput("demo", "demo_already_loaded", event_id=exists)


def _persons(session: Session, entries: list[dict], orgs: dict) -> dict:
    """key -> (Person, Organization or None), flushed (they have ids)."""
    persons = {}
    for p in entries:
        org = orgs.get(p["organization"]) if p["organization"] else None
        person = Person(
            title=p["title"],
            given_name=p["given_name"],
            family_name=p["family_name"],
            role=p["role"],
            email=p["email"],
            phone=p["phone"],
        )
        set_person_keys(person, org.name if org else None)
        persons[p["key"]] = (person, org)
    session.flush()
    for person, org in persons.values():
        person.organization_id = org.id if org else None
    session.add_all(person for person, _ in persons.values())
    session.flush()
    return persons


def _event(session: Session, e: dict, persons: dict) -> Event:
    """One meeting with its agenda and its registrations (attendees and walk-ins)."""
    event = Event(
        number=e["number"],
        title=e["title"],
        date=date.fromisoformat(e["date"]),
        start_time=time.fromisoformat(e["start_time"]),
        end_time=time.fromisoformat(e["end_time"]),
        venue=e["venue"],
        town=e["town"],
        address=e["address"],
        host=e["host"],
        organiser=e["organiser"],
        notices=e["notices"],
        retention_months=e["retention_months"],
        photo_question=DEFAULT_PHOTO_QUESTION,
        contact_question=DEFAULT_CONTACT_QUESTION,
    )
    session.add(event)
    session.flush()
    for position, item in enumerate(e["agenda"]):
        session.add(AgendaItem(event_id=event.id, position=position, **item))
    keys = e["attendees"] + e["walk_ins"]
    for key, code in zip(keys, codes.new_codes(session, len(keys)), strict=True):
        session.add(
            Registration(
                event_id=event.id,
                person_id=persons[key][0].id,
                badge_code=code,
                walk_in=key in e["walk_ins"],
                registered_at=_RECORDED_AT,
            )
        )
    session.flush()
    return event


def _record_demo_consent(session: Session, data: dict, persons: dict, events: dict) -> None:
    for entry in data["consent"]:
        person = persons[entry["person"]][0]
        common = {
            "by": "Demo",
            "channel": "form",
            "text_version": data["text_version"],
            "recorded_at": _RECORDED_AT,
        }
        if entry["kind"] == "contact_sharing":
            record_contact_decision(session, person, entry["decision"], **common)
        else:
            record_photo_objection(
                session,
                person,
                events[entry["event"]].id,
                all_events=entry.get("scope") == "all_events",
                **common,
            )


_PROFILE_FIELDS = ("kind", "town", "population", "website", "description", "partners")


def _organization(session: Session, data: dict) -> Organization:
    organization = new_organization(session, data["name"], data.get("profile_url", ""))
    for name in _PROFILE_FIELDS:
        setattr(organization, name, data.get(name) or (None if name == "population" else ""))
    organization.publish_ratings = bool(data.get("publish_ratings"))
    return organization


def _network(session: Session, data: dict, orgs: dict, persons: dict) -> None:
    """Profiles' contact persons and projects, the survey of 2022."""
    from smartnet_desktop.services.survey import apply_survey, survey_lines

    topics = {t.name: t.id for t in session.scalars(select(Topic))}
    for entry in data["organizations"]:
        organization = orgs[entry["key"]]
        organization.contact_person_id = persons[entry["contact"]][0].id
        for project in entry.get("projects", []):
            session.add(
                Project(
                    organization_id=organization.id,
                    title=project["title"],
                    topic_id=topics.get(project["topic"]),
                    status=project["status"],
                    link=project["link"],
                )
            )
    names = {key: org.name for key, org in orgs.items()}
    columns = data["survey"]["columns"]
    rows = [dict(zip(columns, row, strict=True)) for row in data["survey"]["rows"]]
    for row in rows:
        row["organization"] = names[row["organization"]]
    apply_survey(session, survey_lines(rows))


def _network_settings(session: Session, data: dict, events: dict) -> None:
    """The profile base URL, the office named on profiles without a contact person (with
    its e-mail and phone), the network's name, its Impressum and Datenschutz pages, and the
    meeting the survey of 2022 was reported at (the 4th, in Gera)."""
    store(session, BASE_URL, data["profile_base_url"])
    store(session, CONTACT_OFFICE, data["contact_office"])
    for key in (NETWORK_NAME, IMPRINT_URL, PRIVACY_URL, OFFICE_EMAIL, OFFICE_PHONE):
        store(session, key, data[key])
    store(session, SURVEY_EVENT, str(events[data["survey_event"]].id))
