"""The personal sheet "Heute für Sie interessant": for each person, the organisations that fit
theirs (potential matches) and are at the meeting: checked in today (`present`) or, before
the day, registered. For each: what it said in the survey, why the two fit, whom to look
for (a person's name only while their contact sharing is granted, else only that someone
of it is here) and the address of its Steckbrief.

One read per call; the rows go to reports/personal_sheet.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.enums import StatementKind
from smartnet_desktop.domain.models import Organization, Person, Registration, Statement, Topic
from smartnet_desktop.domain.network_rows import Match
from smartnet_desktop.domain.rows import BadgeData
from smartnet_desktop.domain.search import name_sort_key
from smartnet_desktop.domain.sheet_rows import PersonalSheet, SheetBatch, SheetPartner, SheetTopic
from smartnet_desktop.services.events import load_event
from smartnet_desktop.services.exporting import audited_export, require_suffix
from smartnet_desktop.services.matches import matches_in
from smartnet_desktop.services.organizations import base_url, profile_address
from smartnet_desktop.services.present_today import HereFrom, who_is_here


def ranked_matches(session: Session, event_id: int, present: bool) -> list[Match]:
    """The one place the sheet takes its matches from: best score first, counting as "here"
    the people checked in (`present`) or, before the meeting, those registered."""
    found = matches_in(session, event_id=event_id, registered=not present)
    return sorted(found, key=lambda match: -match.points)  # stable: ties keep topic order


def personal_sheets(
    sessions: sessionmaker[Session],
    event_id: int,
    person_ids: Iterable[int] | None = None,
    present: bool = False,
) -> SheetBatch:
    """The sheets of `person_ids` (default: everyone registered, or with `present` everyone
    checked in), in name order; a person whose organisation has no match here gets none."""
    with sessions.begin() as session:
        return sheets_in(session, event_id, person_ids, present)


def meeting_started(session: Session, event_id: int) -> bool:
    """Someone is checked in: from now on "here" means checked in, not registered."""
    return (
        session.scalar(
            select(Registration.id)
            .where(Registration.event_id == event_id, Registration.checked_in_at.is_not(None))
            .limit(1)
        )
        is not None
    )


def with_sheets(
    sessions: sessionmaker[Session],
    event_id: int,
    badges: list[BadgeData],
    present: bool | None = None,
) -> list[BadgeData]:
    """`badges` each carrying its holder's sheet (the inside of the folded badge); None
    where the holder's organisation has no match here. `present` None: checked in once
    the meeting has started, registered before."""
    with sessions.begin() as session:
        if present is None:
            present = meeting_started(session, event_id)
        by_registration = dict(
            session.execute(
                select(Registration.id, Registration.person_id).where(
                    Registration.id.in_([b.registration_id for b in badges])
                )
            ).all()
        )
        batch = sheets_in(session, event_id, set(by_registration.values()), present, strict=False)
    sheets = {s.registration_id: s for s in batch.sheets}
    return [replace(b, inside=sheets.get(b.registration_id)) for b in badges]


def sheets_in(
    session: Session,
    event_id: int,
    person_ids: Iterable[int] | None,
    present: bool,
    strict: bool = True,
) -> SheetBatch:
    """`strict` False: a person not checked in still gets a sheet of those present (the
    folded badge printed for them)."""
    event = load_event(session, event_id)
    registered = session.execute(
        select(Registration, Person, Organization)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Registration.event_id == event_id, Person.merged_into_id.is_(None))
    ).all()
    here = who_is_here(session, event_id, registered=not present, titles=False)
    wanted = None if person_ids is None else list(dict.fromkeys(person_ids))
    known = {person.id for _r, person, _o in registered}
    holders = [
        (r, p, o)
        for r, p, o in registered
        if (wanted is None or p.id in wanted) and (not (present and strict) or r.checked_in_at)
    ]
    partners_of = _partners(
        session,
        {o.name for _r, _p, o in holders if o is not None},
        here,
        ranked_matches(session, event_id, present),
    )
    sheets, without = [], []
    for registration, person, organization in sorted(
        holders, key=lambda row: name_sort_key(row[1].family_name, row[1].given_name)
    ):
        partners = partners_of.get(organization.name, ()) if organization else ()
        if not partners:
            without.append(person.id)
            continue
        sheets.append(
            PersonalSheet(
                person.id,
                registration.id,
                " ".join(x for x in (person.title, person.given_name, person.family_name) if x),
                organization.name,
                event.title,
                event.date,
                present,
                partners,
            )
        )
    checked = {p.id for r, p, _o in registered if r.checked_in_at}
    return SheetBatch(
        tuple(sheets),
        tuple(without),
        tuple(i for i in wanted or () if i not in known),
        tuple(i for i in wanted or () if present and strict and i in known and i not in checked),
    )


def _partners(
    session: Session,
    holders: set[str],
    here: dict[str, HereFrom],
    ranked: list[Match],
) -> dict[str, tuple[SheetPartner, ...]]:
    """Per holder organisation: the fitting organisations that are here, those that fit on
    the most topics first, then in the order of the ranking."""
    if not holders:
        return {}
    said, rated = _survey_answers(session)
    topics: dict[str, dict[str, list[SheetTopic]]] = defaultdict(dict)
    rank: dict[tuple[str, str], int] = {}
    for position, match in enumerate(ranked):
        for holder, partner, offers in (
            (match.need, match.offer, True),
            (match.offer, match.need, False),
        ):
            if holder not in holders or partner not in here:
                continue
            kind = StatementKind.OFFER if offers else StatementKind.NEED
            text = said.get((partner, match.topic, kind), "")
            topics[holder].setdefault(partner, []).append(
                SheetTopic(
                    match.topic,
                    offers,
                    text,
                    rated.get((partner, match.topic)),
                    match.why or _beyond(match.reason, text),
                )
            )
            rank.setdefault((holder, partner), position)
    base = base_url(session)
    organizations = {
        o.name: o
        for o in session.scalars(
            select(Organization).where(
                Organization.name.in_({p for t in topics.values() for p in t})
            )
        )
    }
    result = {}
    for holder, found in topics.items():
        ordered = sorted(found, key=lambda p: (-len(found[p]), rank[(holder, p)]))
        result[holder] = tuple(
            SheetPartner(
                partner,
                organizations[partner].kind,
                organizations[partner].town,
                profile_address(organizations[partner], base),
                tuple(found[partner]),
                here[partner].named,
                here[partner].unnamed,
            )
            for partner in ordered
        )
    return result


def _survey_answers(session: Session):
    """What each organisation said per topic: (organisation, topic, kind) -> description,
    and its experience: (organisation, topic) -> rating."""
    said: dict[tuple[str, str, str], str] = {}
    rated: dict[tuple[str, str], int] = {}
    for org_name, topic, kind, description, rating in session.execute(
        select(
            Organization.name, Topic.name, Statement.kind, Statement.description, Statement.rating
        )
        .join(Topic, Topic.id == Statement.topic_id)
        .join(Organization, Organization.id == Statement.organization_id)
    ):
        if kind == StatementKind.EXPERIENCE:
            if rating is not None:
                rated[(org_name, topic)] = rating
        else:
            said[(org_name, topic, kind)] = description or ""
    return said, rated


def _beyond(reason: str, said: str) -> str:
    """The match's reason without the part the sheet already quotes as what the partner
    said (today's reasons repeat the survey's descriptions)."""
    parts = [part for part in reason.split("; ") if part and part != said]
    return "; ".join(parts)


# -- the file ---------------------------------------------------------------------------------


def write_sheets(
    sessions: sessionmaker[Session],
    event_id: int,
    out: Path,
    person_ids: Iterable[int] | None = None,
    present: bool = False,
    paper: str = "a4",
    language: str = "de",
    by: str = "",
) -> SheetBatch:
    """The sheets as one PDF, one page each; logged like every output naming people."""
    from smartnet_desktop.reports.personal_sheet import render_sheets

    require_suffix(out, (".pdf",))
    batch = personal_sheets(sessions, event_id, person_ids, present)
    if not batch.sheets or batch.not_registered:  # nothing written: the caller says why
        return batch
    pdf = render_sheets(list(batch.sheets), paper, language)
    with audited_export(
        sessions, "personal_sheets", len(batch.sheets), out, event_id, by
    ) as temporary:
        temporary.write_bytes(pdf)
    return batch
