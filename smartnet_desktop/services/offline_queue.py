"""Check-ins and consent answers (F7/F8/F9) made while the server cannot be reached: kept
durably on this computer (a small SQLite file per database in the data folder) and sent
with their request ids and the time they happened at the desk when the server is back. A
person checked in elsewhere meanwhile is a conflict for staff to see. An item the server
refuses for good (a domain error: it would be refused every time) is set aside with that
error, kept and counted, so that it never blocks the items after it.

The file survives the laptop being closed or the program ending: the next start sends
what is waiting."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    delete,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import make_engine, sqlite_path
from smartnet_desktop.domain.errors import (
    AlreadyCheckedIn,
    DatabaseProblem,
    NotFound,
    SmartNetError,
)
from smartnet_desktop.domain.models import UTCDateTime, utc_now
from smartnet_desktop.domain.outcome import Done, touched
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import checkin, consent
from smartnet_desktop.services.requests import new_request_id
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
    Column("refused", String(2000)),  # set aside: the server's refusal (_refusal_text)
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
    Column("refused", String(2000)),  # set aside, as a check-in
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


class _SetAside:
    """What the queue knows of an item the server refused for good."""

    __slots__ = ()

    @property
    def refusal(self) -> SmartNetError | None:
        """The server's refusal of a set-aside item (worded like any domain error), or
        None while the item waits."""
        if self.refused is None:
            return None
        kept = json.loads(self.refused)
        return SmartNetError(kept["code"], **kept["params"])


def _refusal_text(error: SmartNetError) -> str:
    return json.dumps({"code": error.code, "params": error.params}, default=str)


@dataclass(frozen=True, slots=True)
class QueuedCheckIn(_SetAside):
    request_id: str
    event_id: int
    registration_id: int
    name: str
    desk: str
    arrived_at: datetime
    refused: str | None = None


@dataclass(frozen=True, slots=True)
class QueuedConsent(_SetAside):
    request_id: str
    kind: str  # "photo" or "contact"
    person_id: int
    event_id: int
    decision: str
    all_events: bool
    name: str
    desk: str
    recorded_at: datetime
    refused: str | None = None


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
    set_aside: tuple[QueuedCheckIn | QueuedConsent, ...] = ()  # refused for good, this time


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
        _add_refused_column(self._engine)

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
        """The consent answers waiting to be sent (not those set aside)."""
        return self._items(_consents, QueuedConsent, event_id, refused=False)

    def pending(self, event_id: int | None = None) -> list[QueuedCheckIn]:
        """The check-ins waiting to be sent (not those set aside)."""
        return self._items(_pending, QueuedCheckIn, event_id, refused=False)

    def set_aside(self, event_id: int | None = None) -> list[QueuedCheckIn | QueuedConsent]:
        """The items the server refused for good, kept with their refusal, oldest first."""
        found = self._items(_pending, QueuedCheckIn, event_id, refused=True)
        found += self._items(_consents, QueuedConsent, event_id, refused=True)
        return sorted(found, key=lambda q: getattr(q, "arrived_at", None) or q.recorded_at)

    def _items(self, table: Table, kind, event_id: int | None, refused: bool) -> list:
        time = table.c.arrived_at if "arrived_at" in table.c else table.c.recorded_at
        query = select(table).order_by(time)
        query = query.where(table.c.refused.is_not(None) if refused else table.c.refused.is_(None))
        if event_id is not None:
            query = query.where(table.c.event_id == event_id)
        with self._engine.connect() as connection:
            return [kind(**r._mapping) for r in connection.execute(query)]

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
        aside: list[QueuedCheckIn | QueuedConsent] = []
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
                    return Sent(applied, conflicts, True, set_aside=tuple(aside))
                raise
            except SmartNetError as refusal:  # refused for good: the next ones still go
                aside.append(self._set_aside(_pending, queued, refusal))
                continue
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
                    return Sent(applied, conflicts, True, tuple(recorded), tuple(aside))
                raise
            except SmartNetError as refusal:
                aside.append(self._set_aside(_consents, answer, refusal))
                continue
            recorded.append(answer)
            with self._engine.begin() as connection:
                connection.execute(
                    delete(_consents).where(_consents.c.request_id == answer.request_id)
                )
        return Sent(applied, conflicts, False, tuple(recorded), tuple(aside))

    def _set_aside(self, table: Table, queued, refusal: SmartNetError):
        """Kept with the server's refusal and no longer sent. A lost server or a database
        fault (DatabaseProblem) never sets an item aside: that is not the item's doing."""
        refused = _refusal_text(refusal)
        with self._engine.begin() as connection:
            connection.execute(
                update(table).where(table.c.request_id == queued.request_id).values(refused=refused)
            )
        return replace(queued, refused=refused)

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


def _add_refused_column(engine: Engine) -> None:
    """A queue file written before items could be set aside gets the column (create_all
    makes missing tables only)."""
    with engine.begin() as connection:
        for table in (_pending, _consents):
            columns = {c["name"] for c in inspect(connection).get_columns(table.name)}
            if "refused" not in columns:
                connection.execute(
                    text(f"ALTER TABLE {table.name} ADD COLUMN refused VARCHAR(2000)")
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
