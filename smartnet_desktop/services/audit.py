"""The audit log: who did what, when. Entries are written inside the transaction of the
action they describe, so an action and its entry are committed together or not at all."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.models import AuditEntry, ChangeRecord, utc_now
from smartnet_desktop.services.bulk_rows import insert_many


def _changes_data(action: str) -> bool:
    """Exports only read; every other audited action changes what a desk shows."""
    return not action.startswith("export")


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    event_id: int | None
    person_id: int | None
    details: dict

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "event_id": self.event_id,
            "person_id": self.person_id,
            "details": self.details,
        }


def at_desk(happened_at: datetime | None) -> dict:
    """The detail naming when an action happened at a desk, for one sent later (a desk
    without its server kept it): the entry's own time is when it arrived."""
    return {} if happened_at is None else {"happened_at": happened_at.isoformat()}


def record(
    session: Session,
    action: str,
    actor: str = "",
    event_id: int | None = None,
    person_id: int | None = None,
    **details,
) -> None:
    session.add(
        AuditEntry(
            at=utc_now(),
            actor=actor or "",
            action=action,
            event_id=event_id,
            person_id=person_id,
            details=json.dumps(details, ensure_ascii=False, default=str),
        )
    )
    if _changes_data(action):  # the other desks follow the change sequence
        session.add(ChangeRecord(kind=action, event_id=event_id, person_id=person_id))


def record_many(session: Session, rows: list[dict]) -> None:
    """Bulk form (imports): each dict has action, actor, event_id, person_id, details."""
    now = utc_now()
    if rows:
        insert_many(
            session,
            AuditEntry.__table__,  # no per-row ORM or Core work
            [
                {
                    "at": now,
                    "actor": r.get("actor", ""),
                    "action": r["action"],
                    "event_id": r.get("event_id"),
                    "person_id": r.get("person_id"),
                    "details": json.dumps(r.get("details", {}), ensure_ascii=False),
                }
                for r in rows
            ],
        )
        changed = [r for r in rows if _changes_data(r["action"])]
        if changed:  # one entry of the change sequence for the whole batch
            session.add(
                ChangeRecord(kind=changed[0]["action"], event_id=changed[0].get("event_id"))
            )


def _row(entry: AuditEntry) -> AuditRow:
    try:
        details = json.loads(entry.details or "{}")
    except ValueError:
        details = {"raw": entry.details}
    return AuditRow(
        entry.id, entry.at, entry.actor, entry.action, entry.event_id, entry.person_id, details
    )


def list_entries(
    sessions: sessionmaker[Session], person_id: int | None = None, limit: int | None = None
) -> list[AuditRow]:
    """Newest first."""
    with sessions.begin() as session:
        query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
        if person_id is not None:
            query = query.where(AuditEntry.person_id == person_id)
        return [_row(e) for e in session.scalars(query)]
