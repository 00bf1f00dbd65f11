"""The network's people and their registrations: add, edit, remove (undoable), merge."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.enums import contact_state
from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.models import ConsentEvent, Organization, Person, Registration
from smartnet_desktop.domain.outcome import Done, Reverse, touched
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.domain.search import normalise, same_person_key
from smartnet_desktop.services import audit, codes, validation
from smartnet_desktop.services.attendees import attendee_row, set_person_keys
from smartnet_desktop.services.events import load_event
from smartnet_desktop.services.organizations import new_organization


@dataclass(frozen=True, slots=True)
class PersonInput:
    given_name: str = ""
    family_name: str = ""
    title: str = ""
    organization: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    profile_url: str = ""


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """An existing person who may be the one being entered."""

    person_id: int
    name: str
    organization: str
    email: str
    reason: str  # "email" or "name_and_organization"


@dataclass(frozen=True, slots=True)
class RemovedRegistrations:
    """Everything needed to put removed registrations back (undo): every column of every
    row, read from the model, so that a column added later is restored too."""

    rows: tuple[tuple[tuple[str, object], ...], ...]

    @property
    def person_ids(self) -> frozenset[int]:
        return frozenset(dict(row)["person_id"] for row in self.rows)

    @property
    def event_ids(self) -> frozenset[int]:
        return frozenset(dict(row)["event_id"] for row in self.rows)


def validated(data: PersonInput) -> PersonInput:
    given = validation.optional_text("given_name", data.given_name, validation.MAX_NAME_LENGTH)
    family = validation.optional_text("family_name", data.family_name, validation.MAX_NAME_LENGTH)
    if not given and not family:
        raise InvalidInput("name", "required")
    return PersonInput(
        given_name=given,
        family_name=family,
        title=validation.optional_text("academic_title", data.title, 100),
        organization=validation.optional_text("organization", data.organization, 300),
        role=validation.optional_text("role", data.role, 200),
        email=validation.email(data.email),
        phone=validation.phone(data.phone),
        profile_url=validation.web_address("profile_url", data.profile_url),
    )


def find_organization(session: Session, name: str) -> Organization | None:
    """The organisation of that name, found case- and accent-blind."""
    if not name:
        return None
    organization = session.scalar(select(Organization).where(Organization.name == name))
    if organization is None:
        key = normalise(name)
        for candidate in session.scalars(select(Organization)):
            if normalise(candidate.name) == key:
                return candidate
    return organization


def organization_for(session: Session, name: str, profile_url: str = "") -> Organization | None:
    """The organisation of that name (found case- and accent-blind), created when new."""
    if not name:
        return None
    organization = find_organization(session, name)
    if organization is None:
        organization = new_organization(session, name, profile_url)
    elif profile_url and not organization.profile_url:
        organization.profile_url = profile_url
    return organization


def matching_persons(session: Session, data: PersonInput) -> list[tuple[Person, str]]:
    """People already in the network who are the same person (domain.search.same_person_key:
    the same email, or the same name in the same organisation); merged records excluded."""
    current = Person.merged_into_id.is_(None)
    found: list[tuple[Person, str]] = []
    if data.email:
        query = select(Person).where(current, func.lower(Person.email) == data.email.lower())
        found += [(person, "email") for person in session.scalars(query)]
    org = find_organization(session, data.organization)
    if data.organization and org is None:
        return found
    wanted = same_person_key(data.given_name, data.family_name, org.id if org else None)
    colleagues = select(Person).where(
        current, Person.organization_id == org.id if org else Person.organization_id.is_(None)
    )
    for person in session.scalars(colleagues):
        key = same_person_key(person.given_name, person.family_name, person.organization_id)
        if key == wanted and all(p.id != person.id for p, _ in found):
            found.append((person, "name_and_organization"))
    return found


def _apply(session: Session, person: Person, data: PersonInput) -> None:
    organization = organization_for(session, data.organization, data.profile_url)
    person.title = data.title
    person.given_name = data.given_name
    person.family_name = data.family_name
    person.organization_id = organization.id if organization else None
    person.role = data.role
    person.email = data.email
    person.phone = data.phone
    set_person_keys(person, organization.name if organization else None)


apply_person = _apply  # for services that edit a person inside their own transaction


def find_or_create_person(session: Session, data: PersonInput) -> Person:
    data = validated(data)
    existing = matching_persons(session, data)
    if existing:
        return existing[0][0]
    person = Person()
    _apply(session, person, data)
    session.add(person)
    session.flush()
    return person


def register(
    session: Session, event_id: int, person_id: int, walk_in: bool = False
) -> Registration:
    registration = Registration(
        event_id=event_id, person_id=person_id, badge_code=codes.new_code(session), walk_in=walk_in
    )
    person = session.get(Person, person_id)
    registration.photo_objection = bool(person and person.photo_objection_all_events)
    session.add(registration)
    session.flush()
    return registration


def find_matches(sessions: sessionmaker[Session], data: PersonInput) -> list[PersonMatch]:
    """Offered to the user before a new person is created, to avoid duplicates."""
    data = validated(data)
    with sessions.begin() as session:
        result = []
        for person, reason in matching_persons(session, data):
            org = (
                session.get(Organization, person.organization_id)
                if person.organization_id
                else None
            )
            name = " ".join(p for p in (person.title, person.given_name, person.family_name) if p)
            result.append(
                PersonMatch(person.id, name, org.name if org else "", person.email, reason)
            )
        return result


def add_attendee(
    sessions: sessionmaker[Session],
    event_id: int,
    data: PersonInput,
    existing_person_id: int | None = None,
) -> Done[AttendeeRow]:
    """Registers a new person, or the existing one the user chose, for the event; the value
    is the new attendee's row."""
    data = validated(data)
    with sessions.begin() as session:
        load_event(session, event_id)
        if existing_person_id is not None:
            person = session.get(Person, existing_person_id)
            if person is None:
                raise NotFound("person_not_found", person_id=existing_person_id)
        else:
            person = Person()
            _apply(session, person, data)
            session.add(person)
            session.flush()
        already = session.scalar(
            select(Registration.id).where(
                Registration.event_id == event_id, Registration.person_id == person.id
            )
        )
        if already:
            name = " ".join(p for p in (person.given_name, person.family_name) if p)
            raise InvalidInput("name", "already_registered", name=name)
        row = attendee_row(session, register(session, event_id, person.id).id)
    return Done(row, touched([event_id], [row.person_id]))


def update_person(sessions: sessionmaker[Session], person_id: int, data: PersonInput) -> Done[None]:
    data = validated(data)
    with sessions.begin() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person_not_found", person_id=person_id)
        _apply(session, person, data)
    return Done(None, touched(person_ids=[person_id]))


def person_input(sessions: sessionmaker[Session], person_id: int) -> PersonInput:
    """The stored values of a person, to fill an edit dialog."""
    with sessions.begin() as session:
        person = session.get(Person, person_id)
        if person is None:
            raise NotFound("person_not_found", person_id=person_id)
        org = session.get(Organization, person.organization_id) if person.organization_id else None
        return PersonInput(
            given_name=person.given_name,
            family_name=person.family_name,
            title=person.title,
            organization=org.name if org else "",
            role=person.role,
            email=person.email,
            phone=person.phone,
            profile_url=org.profile_url if org else "",
        )


def organization_names(sessions: sessionmaker[Session]) -> list[str]:
    with sessions.begin() as session:
        return list(session.scalars(select(Organization.name).order_by(Organization.name)))


def remove_registrations(
    sessions: sessionmaker[Session], registration_ids: list[int]
) -> Done[RemovedRegistrations]:
    """Takes people off the event's list (they stay in the network), all in one
    transaction and one undo step, named by the people removed."""
    columns = [column.key for column in Registration.__table__.columns]
    with sessions.begin() as session:
        removed, names = [], []
        for registration_id in registration_ids:
            registration = session.get(Registration, registration_id)
            if registration is None:
                raise NotFound("attendee_not_found", query=str(registration_id))
            removed.append(tuple((key, getattr(registration, key)) for key in columns))
            names.append(_name(session.get(Person, registration.person_id)))
            session.delete(registration)
            audit.record(
                session,
                "attendee_removed",
                "",
                registration.event_id,
                registration.person_id,
                badge_code=registration.badge_code,
            )
    gone = RemovedRegistrations(tuple(removed))
    label = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
    return Done(
        gone,
        touched(gone.event_ids, gone.person_ids),
        Reverse(label, lambda: restore_registrations(sessions, gone)),
    )


def _name(person: Person | None) -> str:
    return " ".join(p for p in (person.given_name, person.family_name) if p) if person else ""


def restore_registrations(
    sessions: sessionmaker[Session], removed: RemovedRegistrations
) -> Done[None]:
    """Undo of remove_registrations, in one transaction: the same ids, badge codes, states,
    times and printed badges come back."""
    with sessions.begin() as session:
        for row in removed.rows:
            values = dict(row)
            load_event(session, values["event_id"])
            if session.get(Person, values["person_id"]) is None:
                raise NotFound("person_not_found", person_id=values["person_id"])
            taken = session.scalar(
                select(Registration.id).where(Registration.badge_code == values["badge_code"])
            )
            if taken is not None:  # given to someone else meanwhile
                values["badge_code"] = codes.new_code(session)
            if session.get(Registration, values["id"]) is not None:
                del values["id"]
            session.add(Registration(**values))
            audit.record(session, "attendee_restored", "", values["event_id"], values["person_id"])
    return Done(None, touched(removed.event_ids, removed.person_ids))


def merge_persons(sessions: sessionmaker[Session], keep_id: int, merge_id: int) -> Done[None]:
    """Folds a duplicate into the person kept: registrations move over.

    Where both were registered for the same event, the kept registration stays and takes
    over a check-in the other one had. The duplicate's record is kept, marked as merged,
    because its consent history is append-only; that history counts for the kept person.
    """
    if keep_id == merge_id:
        raise InvalidInput("name", "same_person")
    with sessions.begin() as session:
        keep = session.get(Person, keep_id)
        merge = session.get(Person, merge_id)
        if keep is None or merge is None or merge.merged_into_id or keep.merged_into_id:
            raise NotFound("person_not_found", person_id=merge_id if keep else keep_id)
        kept_events = {
            r.event_id: r
            for r in session.scalars(select(Registration).where(Registration.person_id == keep_id))
        }
        events = set(kept_events)
        for registration in session.scalars(
            select(Registration).where(Registration.person_id == merge_id)
        ).all():
            events.add(registration.event_id)
            twin = kept_events.get(registration.event_id)
            if twin is None:
                registration.person_id = keep_id
                continue
            if twin.checked_in_at is None and registration.checked_in_at is not None:
                twin.checked_in_at = registration.checked_in_at
                twin.checked_in_by = registration.checked_in_by
            twin.photo_objection = twin.photo_objection or registration.photo_objection
            session.delete(registration)
        for field in ("title", "role", "email", "phone"):
            if not getattr(keep, field):
                setattr(keep, field, getattr(merge, field))
        if keep.organization_id is None:
            keep.organization_id = merge.organization_id
        keep.photo_objection_all_events = (
            keep.photo_objection_all_events or merge.photo_objection_all_events
        )
        merge.merged_into_id = keep_id
        audit.record(session, "persons_merged", "", None, keep_id, merged=merge_id)
        latest = session.scalar(
            select(ConsentEvent.decision)
            .where(
                ConsentEvent.person_id.in_([keep_id, merge_id]),
                ConsentEvent.kind == "contact_sharing",
            )
            .order_by(ConsentEvent.recorded_at.desc(), ConsentEvent.id.desc())
            .limit(1)
        )
        keep.contact_sharing = contact_state(latest)
        org = session.get(Organization, keep.organization_id) if keep.organization_id else None
        set_person_keys(keep, org.name if org else None)
    return Done(None, touched(events, [keep_id, merge_id]))
