"""Data-subject requests and retention: everything about a person, erasure, purge.

Erasure is the one reviewed path that touches the append-only tables: it lifts their
guard inside its own transaction, only to put placeholders where the person's data stood.
"""

from __future__ import annotations

import calendar
import dataclasses
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import engine_of, history_rewrite_allowed, open_database, scrub
from smartnet_desktop.db_files import backup_folder, sqlite_file
from smartnet_desktop.domain.errors import DatabaseProblem, NotFound
from smartnet_desktop.domain.models import (
    AuditEntry,
    ConsentEvent,
    Event,
    Organization,
    Person,
    Project,
    Registration,
    Statement,
)
from smartnet_desktop.domain.outcome import Done, touched
from smartnet_desktop.domain.search import name_sort_text, slug_of
from smartnet_desktop.file_scan import ScanFailed, contains_any
from smartnet_desktop.services import audit
from smartnet_desktop.services.attendees import set_person_keys
from smartnet_desktop.services.organizations import free_slug

PLACEHOLDER = "[gelöscht]"


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("person_not_found", person_id=person_id)
    return person


def person_record(sessions: sessionmaker[Session], person_id: int) -> dict:
    """Everything held about one person (Art. 15 GDPR), as plain JSON-ready data: every
    column of every row about them, so that a column added later is in the export too."""
    with sessions.begin() as session:
        person = _person(session, person_id)
        ids = [
            person_id,
            *session.scalars(select(Person.id).where(Person.merged_into_id == person_id)),
        ]
        org = session.get(Organization, person.organization_id) if person.organization_id else None
        registrations = session.execute(
            select(Registration, Event.title, Event.date)
            .join(Event, Event.id == Registration.event_id)
            .where(Registration.person_id.in_(ids))
            .order_by(Event.date)
        ).all()
        consent = session.scalars(
            select(ConsentEvent)
            .where(ConsentEvent.person_id.in_(ids))
            .order_by(ConsentEvent.recorded_at, ConsentEvent.id)
        )
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.person_id.in_(ids))
            .order_by(AuditEntry.at, AuditEntry.id)
        )
        return {
            "person": {**_as_json(person), "merged_records": ids[1:]},
            "organization": None if org is None else _as_json(org),
            "registrations": [
                {"event": title, "event_date": day.isoformat(), **_as_json(registration)}
                for registration, title, day in registrations
            ],
            "consent_history": [_as_json(c) for c in consent],
            "audit_entries": [
                {**_as_json(e), "details": json.loads(e.details or "{}")} for e in entries
            ],
        }


def _as_json(row) -> dict:
    """Every column of a stored row; dates and times as ISO text."""
    values = {}
    for column in row.__table__.columns:
        value = getattr(row, column.key)
        values[column.key] = value.isoformat() if hasattr(value, "isoformat") else value
    return values


def export_person(sessions: sessionmaker[Session], person_id: int, out: Path, by: str = "") -> dict:
    from smartnet_desktop.services.exporting import audited_export

    record = person_record(sessions, person_id)
    with audited_export(
        sessions, "data_subject_record", 1, out, by=by, person_id=person_id
    ) as temporary:
        temporary.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
    return record


def _values(person: Person) -> list[str]:
    """What identifies the person and must not survive anywhere: email, phone, full name
    and the search key. (A role or a common surname may also stand in an organisation's name.)"""
    full_name = " ".join(p for p in (person.given_name, person.family_name) if p)
    return [
        v for v in (person.email, person.phone, full_name, person.search_key) if v and len(v) >= 3
    ]


def _erase_name_from_organisation(session: Session, person: Person) -> None:
    """A one-person office is often named after its owner ("Ingenieurbüro Anna Beispiel"):
    the name goes from the organisation's name too."""
    full_name = " ".join(p for p in (person.given_name, person.family_name) if p)
    organisation = (
        session.get(Organization, person.organization_id) if person.organization_id else None
    )
    if organisation is None or len(full_name) < 3:
        return

    def without_name(text: str) -> str:
        return re.sub(re.escape(full_name), PLACEHOLDER, text or "", flags=re.IGNORECASE)

    renamed = without_name(organisation.name)
    if renamed != organisation.name:
        taken = session.scalar(select(Organization.id).where(Organization.name == renamed))
        organisation.name = renamed if taken is None else f"{renamed} ({organisation.id})"
        organisation.slug = free_slug(session, slug_of(organisation.name))  # the address too
        if slug_of(full_name) in slug_of(organisation.profile_url):
            organisation.profile_url = ""
        colleagues = select(Person).where(Person.organization_id == organisation.id)
        for colleague in session.scalars(colleagues):  # their search keys held the name
            set_person_keys(colleague, organisation.name)
    # The profile's own texts (description, partners, survey answers, projects).
    for field_name in ("description", "partners", "support_reasons"):
        setattr(organisation, field_name, without_name(getattr(organisation, field_name)))
    for statement in session.scalars(
        select(Statement).where(Statement.organization_id == organisation.id)
    ):
        statement.description = without_name(statement.description)
    for project in session.scalars(
        select(Project).where(Project.organization_id == organisation.id)
    ):
        project.title = without_name(project.title)


def _erase_rows(session: Session, people: list[Person], by: str, reason: str) -> list[str]:
    """Placeholders for the people's data in every table; returns the values removed."""
    values: list[str] = []
    ids = [p.id for p in people]
    for person in people:
        values += _values(person)
        _erase_name_from_organisation(session, person)
        person.title = person.role = person.email = person.phone = person.given_name = ""
        person.family_name = PLACEHOLDER
        person.search_key = ""
        person.sort_key = name_sort_text(PLACEHOLDER, "")
        person.organization_id = None
    from smartnet_desktop.services.minutes import erase_from_minutes

    attended = set(
        session.scalars(select(Registration.event_id).where(Registration.person_id.in_(ids)))
    )
    erase_from_minutes(session, attended, values, PLACEHOLDER, by)
    session.execute(delete(Registration).where(Registration.person_id.in_(ids)))
    with history_rewrite_allowed(session.connection(), ("consent_events", "audit_entries")):
        session.execute(
            update(ConsentEvent)
            .where(ConsentEvent.person_id.in_(ids), ConsentEvent.note != "")
            .values(note=PLACEHOLDER)
        )
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.person_id.in_(ids))):
            if any(v in (entry.details or "") for v in values):
                entry.details = json.dumps({"erased": True})
        session.flush()
    for person in people:
        audit.record(session, "erasure", by, None, person.id, reason=reason)
    return values


def _file_cleanup(sessions: sessionmaker[Session], values: list[str]) -> str:
    """Whether the database file holds none of the erased values any more: "" when it is
    clean, else why not yet. Asked after the erasure has committed, so it never turns a done
    erasure into a failure (nor into "nothing was changed"):
    "other_reader": another program has the database open and keeps old pages alive;
    "disk_full", "io_error", ...: rebuilding the file failed (it needs room for a copy);
    "not_verified": the file could not be read to prove it."""
    try:
        if not scrub(sessions):
            return "other_reader"
    except DatabaseProblem as problem:
        return problem.code
    path = sqlite_file(engine_of(sessions))
    if path is None:
        return ""
    needles = {
        encoded
        for value in values
        for encoded in {value.encode("utf-8"), value.lower().encode("utf-8")}
    }
    try:  # read in a child process: an open()+close() here would drop SQLite's locks
        left = contains_any([path, path.with_name(path.name + "-wal")], sorted(needles))
    except ScanFailed:
        return "not_verified"
    return "values_left" if left else ""


@dataclass(frozen=True)
class Erasure:
    """A committed erasure. `cleanup` is "" when the file was rebuilt and holds none of the
    erased values, else the reason it is not yet (see _file_cleanup)."""

    cleanup: str = ""

    @property
    def file_clean(self) -> bool:
        return not self.cleanup


def erase_person(sessions: sessionmaker[Session], person_id: int, by: str = "") -> Done[Erasure]:
    """Removes a person's personal data from every table (Art. 17 GDPR) and checks that
    none of the erased values is left in the database file."""
    with sessions.begin() as session:
        person = _person(session, person_id)
        people = [
            person,
            *session.scalars(select(Person).where(Person.merged_into_id == person_id)),
        ]
        events = set(
            session.scalars(
                select(Registration.event_id).where(
                    Registration.person_id.in_([p.id for p in people])
                )
            )
        )
        values = _erase_rows(session, people, by, "request")
    return Done(Erasure(_file_cleanup(sessions, values)), touched(events, [person_id]))


def backups_of(sessions: sessionmaker[Session]) -> list[Path]:
    """The backup files beside a SQLite database (which keep erased data until rotated)."""
    path = sqlite_file(engine_of(sessions))
    if path is None or not backup_folder(path).is_dir():
        return []
    return sorted(backup_folder(path).glob(f"{path.stem}-*.db"))


def erase_from_backups(sessions: sessionmaker[Session], person_id: int, by: str = "") -> int:
    """The same erasure in every backup that holds the person; returns how many were
    cleaned. A backup that cannot be opened is left as it is (and not counted)."""
    cleaned = 0
    for backup in backups_of(sessions):
        try:
            engine, backup_sessions = open_database(backup)
        except DatabaseProblem:
            continue
        try:
            erase_person(backup_sessions, person_id, by)
            cleaned += 1
        except NotFound:
            pass  # the backup is older than the person
        finally:
            engine.dispose()
    return cleaned


@dataclass(frozen=True)
class PurgePlan:
    event_ids: list[int]
    registrations: int
    people_erased: list[int]
    dry_run: bool
    cleanup: str = ""  # as Erasure.cleanup

    @property
    def file_clean(self) -> bool:
        return not self.cleanup

    def to_json(self) -> dict:
        return {
            "events": self.event_ids,
            "registrations_removed": self.registrations,
            "people_erased": len(self.people_erased),
            "dry_run": self.dry_run,
        }


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expired_events(session: Session, today: date) -> list[int]:
    """Events whose date plus retention period has passed and that still hold registrations."""
    rows = session.execute(
        select(Event.id, Event.date, Event.retention_months).where(
            select(func.count()).where(Registration.event_id == Event.id).scalar_subquery() > 0
        )
    ).all()
    return [eid for eid, day, months in rows if _add_months(day, months) < today]


def purge(
    sessions: sessionmaker[Session], today: date | None = None, dry_run: bool = False, by: str = ""
) -> Done[PurgePlan]:
    """Removes the registrations of expired events; people who are registered for no other
    (unexpired) event are erased, the others keep their person record."""
    today = today or date.today()
    with sessions.begin() as session:
        expired = expired_events(session, today)
        registered = set(
            session.scalars(
                select(Registration.person_id).where(Registration.event_id.in_(expired))
            )
        )
        keep = set(
            session.scalars(
                select(Registration.person_id).where(
                    Registration.person_id.in_(registered), Registration.event_id.not_in(expired)
                )
            )
        )
        erased_ids = sorted(registered - keep)
        count = session.scalar(select(func.count()).where(Registration.event_id.in_(expired))) or 0
        plan = PurgePlan(expired, count, erased_ids, dry_run)
        if dry_run or not expired:
            session.rollback()
            return Done(plan)
        session.execute(delete(Registration).where(Registration.event_id.in_(expired)))
        people = list(
            session.scalars(
                select(Person).where(
                    (Person.id.in_(erased_ids)) | (Person.merged_into_id.in_(erased_ids))
                )
            )
        )
        values = _erase_rows(session, people, by, "retention")
        audit.record(
            session,
            "purge",
            by,
            None,
            None,
            events=expired,
            registrations=count,
            people_erased=len(erased_ids),
        )
    plan = dataclasses.replace(plan, cleanup=_file_cleanup(sessions, values))
    return Done(plan, touched(expired, events=True))


def purge_due(sessions: sessionmaker[Session], today: date | None = None) -> list[int]:
    with sessions.begin() as session:
        return expired_events(session, today or date.today())
