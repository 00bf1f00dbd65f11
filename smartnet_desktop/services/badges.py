"""Which badges to print, with what QR content, and recording that they were printed."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.badge_print import badge_fingerprint
from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.models import (
    Organization,
    Person,
    Registration,
    utc_now,
)
from smartnet_desktop.domain.outcome import Done, touched
from smartnet_desktop.domain.rows import AttendeeRow, BadgeData
from smartnet_desktop.services import codes
from smartnet_desktop.services.ask_me_about import offers_by_person
from smartnet_desktop.services.attendees import attendee_query, attendee_rows
from smartnet_desktop.services.events import load_event
from smartnet_desktop.services.organizations import base_url, index_address, profile_address

SELECTIONS = ("all", "unprinted", "checked-in")
QR_MODES = ("profile", "code")


def _chosen(
    rows: list[AttendeeRow], only: str, person_ids: Iterable[int] | None
) -> list[AttendeeRow]:
    if only not in SELECTIONS:
        raise InvalidInput("only", "unknown_value", value=only)
    if person_ids is not None:
        wanted = set(person_ids)
        rows = [r for r in rows if r.person_id in wanted]
    if only == "unprinted":
        rows = [r for r in rows if r.badge_printed_at is None or r.needs_reprint]
    elif only == "checked-in":
        rows = [
            r
            for r in rows
            if r.checked_in_at is not None and (r.badge_printed_at is None or r.needs_reprint)
        ]
    return rows


def badge_data(
    sessions: sessionmaker[Session],
    event_id: int,
    only: str = "all",
    person_ids: Iterable[int] | None = None,
    qr_mode: str | None = None,
    ask_me_about: bool = False,
) -> list[BadgeData]:
    """The badges to print, in name order. "unprinted" includes badges that need a reprint;
    "checked-in" means checked in without a (current) badge. The QR code opens the
    organisation's profile, for a person without one the site's index, or carries the
    bare badge code where the network has no site (or when asked)."""
    with sessions.begin() as session:
        event = load_event(session, event_id)
        mode = qr_mode or event.qr_content
        if mode not in QR_MODES:
            raise InvalidInput("qr_content", "unknown_value", value=mode)
        base = base_url(session)
        index = index_address(base)
        profiles = {
            person_id: profile_address(organization, base)
            for person_id, organization in session.execute(
                select(Person.id, Organization)
                .join(Registration, Registration.person_id == Person.id)
                .join(Organization, Organization.id == Person.organization_id)
                .where(Registration.event_id == event_id)
            )
        }
        title, day = event.title, event.date
        rows = _chosen(attendee_rows(session, attendee_query(event_id)), only, person_ids)
        offers = offers_by_person(session, [r.person_id for r in rows]) if ask_me_about else {}
    return [
        BadgeData(
            registration_id=r.registration_id,
            given_name=r.given_name,
            family_name=r.family_name,
            title=r.title,
            organization=r.organization,
            role=r.role,
            event_title=title,
            event_date=day,
            qr_content=codes.qr_content(profiles.get(r.person_id, index), r.badge_code)
            if mode == "profile"
            else r.badge_code,
            photo_objection=r.photo_objection,
            badge_code=r.badge_code,
            ask_me_about=offers.get(r.person_id, ""),
        )
        for r in rows
    ]


def mark_printed(sessions: sessionmaker[Session], badges: list[BadgeData]) -> Done[None]:
    """Records that these badges were printed, and what they showed: the fingerprint and
    the QR target, frozen (the site keeps a page for it; the base URL cannot move under
    it unless forced)."""
    now = utc_now()
    with sessions.begin() as session:
        for badge in badges:
            session.execute(
                update(Registration)
                .where(Registration.id == badge.registration_id)
                .values(
                    badge_printed_at=now,
                    badge_target=badge.qr_content,
                    badge_fingerprint=badge_fingerprint(
                        badge.title,
                        badge.given_name,
                        badge.family_name,
                        badge.organization,
                        badge.role,
                        badge.photo_objection,
                        badge.ask_me_about,
                    ),
                )
            )
        people = set(
            session.scalars(
                select(Registration.person_id).where(
                    Registration.id.in_([b.registration_id for b in badges])
                )
            )
        )
        events = set(
            session.scalars(
                select(Registration.event_id).where(
                    Registration.id.in_([b.registration_id for b in badges])
                )
            )
        )
        return Done(None, touched(events, people))
