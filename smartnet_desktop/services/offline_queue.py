"""Check-ins and consent answers (F7/F8/F9) made while the server cannot be reached: kept
durably on this computer (a small SQLite file per database in the data folder) and sent
with their request ids and the time they happened at the desk when the server is back. A
person checked in elsewhere meanwhile is a conflict for staff to see.

The file survives the laptop being closed or the program ending: the next start sends
what is waiting."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import Boolean, Column, Integer, MetaData, String, Table, delete, insert, select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import make_engine, sqlite_path
from smartnet_desktop.domain.errors import AlreadyCheckedIn, DatabaseProblem, NotFound
from smartnet_desktop.domain.models import UTCDateTime, utc_now
from smartnet_desktop.domain.outcome import Done, touched
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import checkin, consent
from smartnet_desktop.services.desk_sync import new_request_id
from smartnet_desktop.settings import data_dir

_metadata = MetaData()
_pending = Table(
    "pending_check_ins",
    _metadata,
    Column("request_id", String(64), primary_key=True),
    Column("event_id", Integer, nullable=False),
    Column("registration_id", Integer, nullable=False),
    Column("name", String(400), nullable=False),
    Column("desk", String(100), nullable=False),
    Column("arrived_at", UTCDateTime, nullable=False),
)
# A photo objection (kind "photo": decision "object" or "withdraw", all_events) or a
# contact-sharing answer (kind "contact": "grant" or "object") recorded offline.
_consents = Table(
    "pending_consents",
    _metadata,
    Column("request_id", String(64), primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("person_id", Integer, nullable=False),
    Column("event_id", Integer, nullable=False),
    Column("decision", String(10), nullable=False),
    Column("all_events", Boolean, nullable=False, default=False),
    Column("name", String(400), nullable=False),
    Column("desk", String(100), nullable=False),
    Column("recorded_at", UTCDateTime, nullable=False),
)
_conflicts = Table(
    "conflicts",
    _metadata,
    Column("request_id", String(64), primary_key=True),
    Column("event_id", Integer, nullable=False),
    Column("name", String(400), nullable=False),
    Column("arrived_at", UTCDateTime, nullable=False),
    Column("checked_in_at", UTCDateTime),  # by the other desk; None: the registration is gone
    Column("checked_in_by", String(100), nullable=False, default=""),
)


@dataclass(frozen=True, slots=True)
class QueuedCheckIn:
    request_id: str
    event_id: int
    registration_id: int
    name: str
    desk: str
    arrived_at: datetime


@dataclass(frozen=True, slots=True)
class QueuedConsent:
    request_id: str
    kind: str  # "photo" or "contact"
    person_id: int
    event_id: int
    decision: str
    all_events: bool
    name: str
    desk: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class Conflict:
    """A queued check-in the server did not take: the person was checked in elsewhere
    meanwhile (at/by), or their registration was removed (at None)."""

    name: str
    arrived_at: datetime
    checked_in_at: datetime | None
    checked_in_by: str


@dataclass(frozen=True, slots=True)
class Sent:
    applied: list[AttendeeRow]
    conflicts: list[Conflict]
    still_offline: bool  # the server was lost again while sending; the rest waits
    consents: tuple[QueuedConsent, ...] = ()  # the consent answers recorded on the server


def for_location(location: str) -> OfflineQueue | None:
    """The queue of a server database; None for a SQLite file, which is never out of reach."""
    return None if sqlite_path(location) is not None else OfflineQueue(location)


class OfflineQueue:
    """The waiting check-ins for the database at `location` (one file per database)."""

    def __init__(self, location: str) -> None:
        key = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
        self.path = data_dir() / "offline" / f"queue-{key}.db"
        self._engine = make_engine(self.path)
        _metadata.create_all(self._engine)

    def close(self) -> None:
        self._engine.dispose()

    def add(self, row: AttendeeRow, desk: str, request_id: str | None = None) -> QueuedCheckIn:
        """Written and committed (synchronously, to the disk) before the desk says "saved"."""
        queued = QueuedCheckIn(
            request_id or new_request_id(),
            row.event_id,
            row.registration_id,
            row.display_name,
            desk,
            utc_now(),
        )
        return self._keep(_pending, queued)

    def add_consent(
        self,
        row: AttendeeRow,
        kind: str,
        decision: str,
        desk: str,
        request_id: str,
        all_events: bool = False,
    ) -> QueuedConsent:
        """A consent answer for `row`'s person, kept like a check-in: committed before the
        desk says it is recorded, sent with its request id (applied once) and its time."""
        queued = QueuedConsent(
            request_id,
            kind,
            row.person_id,
            row.event_id,
            decision,
            all_events,
            row.display_name,
            desk,
            utc_now(),
        )
        return self._keep(_consents, queued)

    def _keep(self, table: Table, queued):
        """One queued item written and committed; its fields are the table's columns."""
        with self._engine.begin() as connection:
            connection.execute(insert(table).values(**asdict(queued)))
        return queued

    def pending_consents(self, event_id: int | None = None) -> list[QueuedConsent]:
        query = select(_consents).order_by(_consents.c.recorded_at)
        if event_id is not None:
            query = query.where(_consents.c.event_id == event_id)
        with self._engine.connect() as connection:
            return [QueuedConsent(**r._mapping) for r in connection.execute(query)]

    def pending(self, event_id: int | None = None) -> list[QueuedCheckIn]:
        query = select(_pending).order_by(_pending.c.arrived_at)
        if event_id is not None:
            query = query.where(_pending.c.event_id == event_id)
        with self._engine.connect() as connection:
            return [QueuedCheckIn(**r._mapping) for r in connection.execute(query)]

    def conflicts(self, event_id: int | None = None) -> list[Conflict]:
        query = select(_conflicts).order_by(_conflicts.c.arrived_at)
        if event_id is not None:
            query = query.where(_conflicts.c.event_id == event_id)
        with self._engine.connect() as connection:
            return [
                Conflict(r.name, r.arrived_at, r.checked_in_at, r.checked_in_by)
                for r in connection.execute(query)
            ]

    def clear_conflicts(self, event_id: int | None = None) -> None:
        """Staff have seen them."""
        query = delete(_conflicts)
        if event_id is not None:
            query = query.where(_conflicts.c.event_id == event_id)
        with self._engine.begin() as connection:
            connection.execute(query)

    def send(self, sessions: sessionmaker[Session]) -> Sent:
        """Sends every waiting check-in, oldest first, each with its request id (a check-in
        the server took before the answer was lost is not applied twice)."""
        applied: list[AttendeeRow] = []
        conflicts: list[Conflict] = []
        for queued in self.pending():
            try:
                applied.append(
                    checkin.check_in(
                        sessions,
                        queued.registration_id,
                        queued.desk,
                        request_id=queued.request_id,
                        at=queued.arrived_at,
                    ).value
                )
            except AlreadyCheckedIn as already:
                conflicts.append(self._conflict(queued, already.at, already.by or ""))
                continue
            except NotFound:
                conflicts.append(self._conflict(queued, None, ""))
                continue
            except DatabaseProblem as problem:
                if problem.code == "server_unreachable":
                    return Sent(applied, conflicts, still_offline=True)
                raise
            self._forget(queued)
        recorded: list[QueuedConsent] = []
        for answer in self.pending_consents():
            try:
                _send_consent(sessions, answer)
            except NotFound:  # the person (or the event) was removed meanwhile
                conflicts.append(self._conflict(answer, None, "", table=_consents))
                continue
            except DatabaseProblem as problem:
                if problem.code == "server_unreachable":
                    return Sent(applied, conflicts, True, tuple(recorded))
                raise
            recorded.append(answer)
            with self._engine.begin() as connection:
                connection.execute(
                    delete(_consents).where(_consents.c.request_id == answer.request_id)
                )
        return Sent(applied, conflicts, still_offline=False, consents=tuple(recorded))

    def _conflict(self, queued, at: datetime | None, by: str, table: Table = _pending) -> Conflict:
        """A queued check-in (or consent answer, from `table`) the server did not take."""
        arrived = getattr(queued, "arrived_at", None) or queued.recorded_at
        with self._engine.begin() as connection:
            connection.execute(
                insert(_conflicts).values(
                    request_id=queued.request_id,
                    event_id=queued.event_id,
                    name=queued.name,
                    arrived_at=arrived,
                    checked_in_at=at,
                    checked_in_by=by,
                )
            )
            connection.execute(delete(table).where(table.c.request_id == queued.request_id))
        return Conflict(queued.name, arrived, at, by)

    def _forget(self, queued: QueuedCheckIn) -> None:
        with self._engine.begin() as connection:
            connection.execute(delete(_pending).where(_pending.c.request_id == queued.request_id))


def _send_consent(sessions: sessionmaker[Session], answer: QueuedConsent) -> None:
    if answer.kind == "photo":
        consent.record_photo(
            sessions,
            answer.person_id,
            answer.event_id,
            answer.decision == "object",
            answer.all_events,
            by=answer.desk,
            request_id=answer.request_id,
            at=answer.recorded_at,
        )
    else:
        consent.record_contact(
            sessions,
            answer.person_id,
            answer.decision,
            by=answer.desk,
            event_id=answer.event_id,
            request_id=answer.request_id,
            at=answer.recorded_at,
        )


def send_waiting(queue: OfflineQueue, sessions: sessionmaker[Session]) -> Done[Sent]:
    """The queue's sending as one write for the window (run off the GUI thread): the Done
    names the events of what was waiting and the people who arrived on the server."""
    events = {q.event_id for q in queue.pending()} | {q.event_id for q in queue.pending_consents()}
    sent = queue.send(sessions)
    if not (sent.applied or sent.conflicts or sent.consents):
        return Done(sent)
    people = [r.person_id for r in sent.applied] + [c.person_id for c in sent.consents]
    return Done(sent, touched(events, people))
