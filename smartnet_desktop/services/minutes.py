"""The minutes (Protokoll) of a meeting (issue 26 item 4): gathered from what the product
knows (attendance, agenda and notes, polls, survey, matches, suggestions, next meeting)
plus the organiser's own text, editable while a draft; "final" freezes it by writing the
PDF (kept in the database, so the invitation attaches exactly that); after that, editing
needs an explicit reopen, which is audited.

Attendance respects consent: organisations present are named, a person only while their
contact sharing is granted; everyone else is counted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.enums import ContactSharing
from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.minutes_rows import DRAFT, FINAL, Attendance, MinutesData
from smartnet_desktop.domain.models import Minutes
from smartnet_desktop.domain.outcome import Done, touched
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.domain.search import name_sort_key
from smartnet_desktop.services import audit, validation
from smartnet_desktop.services.agenda import list_agenda
from smartnet_desktop.services.agenda_notes import agenda_notes
from smartnet_desktop.services.attendees import list_attendees
from smartnet_desktop.services.events import get_event, load_event, next_event
from smartnet_desktop.services.exporting import audited_export, require_suffix
from smartnet_desktop.services.polls import poll_results
from smartnet_desktop.services.suggestions import suggestions_for_event

MAX_TEXT = 20000


def attendance(rows: list[AttendeeRow]) -> Attendance:
    """Checked-in people: every organisation, the granted by name, the others counted."""
    present = [r for r in rows if r.checked_in_at is not None]
    organisations = sorted(
        {r.organization for r in present if r.organization}, key=lambda o: name_sort_key(o, "")
    )
    granted = sorted(
        (r for r in present if r.contact_sharing == ContactSharing.GRANTED),
        key=lambda r: (*name_sort_key(r.family_name, r.given_name), r.person_id),
    )
    named = tuple(f"{_name(r)} ({r.organization})" if r.organization else _name(r) for r in granted)
    return Attendance(tuple(organisations), named, len(present) - len(granted))


def _name(row: AttendeeRow) -> str:
    return " ".join(p for p in (row.title, row.given_name, row.family_name) if p)


def _matches_of_the_day(session: Session, event_id: int) -> list:
    """The potential matches between organisations with someone checked in, best first."""
    from smartnet_desktop.services.matches import matches_in

    return matches_in(session, event_id=event_id, present_only=True)


def _survey(session: Session, event_id: int):
    """The survey's averages when one was imported and it belongs to this meeting (the
    meeting chosen for the survey, or no meeting chosen)."""
    from smartnet_desktop.services.network_settings import SURVEY_EVENT, stored_value
    from smartnet_desktop.services.survey import summary_in

    chosen = stored_value(session, SURVEY_EVENT)
    if chosen and chosen != str(event_id):
        return None
    found = summary_in(session)
    return found if found.processes.count or found.fields.count else None


def _stored(session: Session, event_id: int) -> Minutes | None:
    return session.scalars(select(Minutes).where(Minutes.event_id == event_id)).first()


def gather_minutes(sessions: sessionmaker[Session], event_id: int) -> MinutesData:
    """The minutes as they stand: the generated sections now, the organiser's text and
    state as stored."""
    event = get_event(sessions, event_id)
    present = attendance(list_attendees(sessions, event_id))
    with sessions() as session:
        stored = _stored(session, event_id)
        survey = _survey(session, event_id)
        matches = _matches_of_the_day(session, event_id)
        notes = agenda_notes(session, event_id)
        polls = poll_results(session, event_id)
        suggestions = suggestions_for_event(session, event_id)
        own = (
            (
                stored.introduction,
                stored.closing,
                stored.status,
                stored.finalised_at,
                stored.finalised_by,
            )
            if stored
            else ("", "", DRAFT, None, "")
        )
    return MinutesData(
        event,
        present,
        tuple(list_agenda(sessions, event_id)),
        tuple(notes),
        tuple(polls),
        survey,
        tuple(matches),
        tuple(suggestions),
        next_event(sessions, event_id),
        *own,
    )


def save_draft(
    sessions: sessionmaker[Session],
    event_id: int,
    introduction: str,
    closing: str,
    by: str = "",
) -> Done[int]:
    """Stores the organiser's text; refused once the minutes are final (reopen first)."""
    introduction = validation.optional_text("introduction", introduction, MAX_TEXT)
    closing = validation.optional_text("closing", closing, MAX_TEXT)
    with sessions.begin() as session:
        load_event(session, event_id)
        stored = _stored(session, event_id)
        if stored is None:
            stored = Minutes(event_id=event_id, status=DRAFT, introduction="", closing="")
            session.add(stored)
        if stored.status == FINAL:
            raise InvalidInput("minutes", "minutes_final")
        stored.introduction, stored.closing = introduction, closing
        audit.record(session, "minutes_draft", by, event_id)
    return Done(event_id, touched([event_id]))


def reopen(sessions: sessionmaker[Session], event_id: int, by: str = "") -> Done[int]:
    """Final minutes become a draft again: an explicit, audited step. The PDF written
    when they were final is dropped, so the invitation attaches no outdated minutes."""
    with sessions.begin() as session:
        load_event(session, event_id)
        stored = _stored(session, event_id)
        if stored is None or stored.status != FINAL:
            raise InvalidInput("minutes", "minutes_not_final")
        stored.status, stored.pdf = DRAFT, None
        stored.finalised_at, stored.finalised_by = None, ""
        audit.record(session, "minutes_reopened", by, event_id)
    return Done(event_id, touched([event_id]))


def write_minutes(
    sessions: sessionmaker[Session],
    event_id: int,
    out: Path,
    language: str = "de",
    final: bool = False,
    by: str = "",
) -> MinutesData:
    """Writes the minutes' PDF, audited like an export (it names people). `final`: the
    minutes become final in the same transaction as the audit entry, the PDF is kept;
    final minutes are written as they were frozen."""
    from smartnet_desktop.reports.minutes import render_minutes

    require_suffix(out, (".pdf",))
    data = gather_minutes(sessions, event_id)
    frozen = final_minutes_pdf(sessions, event_id)
    if frozen is not None:
        pdf = frozen
    else:
        now = datetime.now(UTC)
        if final:
            data = _finalised(data, now, by)
        pdf = render_minutes(data, language, now.astimezone())
    freeze = (lambda session: _freeze(session, data, pdf)) if final and frozen is None else None
    with audited_export(
        sessions, "minutes", len(data.attendance.named), out, event_id, by, also=freeze
    ) as temporary:
        temporary.write_bytes(pdf)
    return data


def _finalised(data: MinutesData, now: datetime, by: str) -> MinutesData:
    from dataclasses import replace

    return replace(data, status=FINAL, finalised_at=now, finalised_by=by)


def _freeze(session: Session, data: MinutesData, pdf: bytes) -> None:
    """Final with the PDF as written, in the transaction of the export's audit entry."""
    stored = _stored(session, data.event.id)
    if stored is None:
        stored = Minutes(event_id=data.event.id, introduction="", closing="")
        session.add(stored)
    stored.status, stored.pdf = FINAL, pdf
    stored.finalised_at, stored.finalised_by = data.finalised_at, data.finalised_by
    audit.record(session, "minutes_final", data.finalised_by, data.event.id)


def final_minutes_pdf(sessions: sessionmaker[Session], event_id: int) -> bytes | None:
    """The PDF of the final minutes; None while they are a draft."""
    with sessions() as session:
        stored = _stored(session, event_id)
        return stored.pdf if stored is not None and stored.status == FINAL else None


def preview_minutes(
    sessions: sessionmaker[Session],
    event_id: int,
    introduction: str | None = None,
    closing: str | None = None,
    language: str = "de",
) -> bytes:
    """The PDF as it would be written now, with the organiser's text being typed (None:
    as stored); final minutes as they were frozen. A read: nothing is stored or logged."""
    from dataclasses import replace

    from smartnet_desktop.reports.minutes import render_minutes

    frozen = final_minutes_pdf(sessions, event_id)
    if frozen is not None:
        return frozen
    data = gather_minutes(sessions, event_id)
    data = replace(
        data,
        introduction=data.introduction if introduction is None else introduction,
        closing=data.closing if closing is None else closing,
    )
    return render_minutes(data, language)


def erase_from_minutes(
    session: Session, event_ids: set[int], values: list[str], placeholder: str, by: str
) -> None:
    """An erased person (privacy.erase_person) leaves the minutes of their meetings: a
    frozen PDF that may name them is dropped (the minutes become a draft again, rebuilt
    without them) and their name or address in the organiser's text becomes `placeholder`.
    In the caller's transaction."""
    if not event_ids or not values:
        return
    for stored in session.scalars(select(Minutes).where(Minutes.event_id.in_(event_ids))):
        for value in values:
            stored.introduction = stored.introduction.replace(value, placeholder)
            stored.closing = stored.closing.replace(value, placeholder)
        if stored.status == FINAL:
            stored.status, stored.pdf = DRAFT, None
            stored.finalised_at, stored.finalised_by = None, ""
            audit.record(session, "minutes_reopened", by, stored.event_id, reason="erasure")
