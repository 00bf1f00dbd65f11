"""The desk's first screenful read with the standard library's sqlite3, for the start screen.

Importing SQLAlchemy takes half a second on a staff laptop; the start screen shows the
attendees this reads meanwhile (issue 24 item 5). The same rows as attendees.first_rows, in
the same order, and the same counters as events.event_counts. Anything in doubt (no file, a
server URL, a lock, another schema revision, any error) gives None: the start screen then
stays as it was. The file is opened read-only and never written."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.revision import HEAD_REVISION

# The columns of an AttendeeRow in its order (services/attendees._SOURCES, without SQLAlchemy).
_SELECT = """
SELECT r.id, p.id, r.event_id, p.title, p.given_name, p.family_name,
       coalesce(o.name, ''), p.role, p.email, p.phone, r.badge_code, r.walk_in,
       r.checked_in_at, r.checked_in_by, r.badge_printed_at, r.photo_objection,
       p.contact_sharing, r.badge_fingerprint, r.note, p.search_key, p.sort_key
FROM registrations AS r
JOIN persons AS p ON p.id = r.person_id
LEFT OUTER JOIN organizations AS o ON o.id = p.organization_id
WHERE r.event_id = ?
"""
_FIRST = _SELECT + "ORDER BY p.sort_key, r.id LIMIT ?"
_LATEST = _SELECT + "AND r.checked_in_at IS NOT NULL ORDER BY r.checked_in_at DESC LIMIT ?"
_COUNTS = """
SELECT count(id), coalesce(sum(checked_in_at IS NOT NULL), 0),
       coalesce(sum(checked_in_at IS NOT NULL AND walk_in), 0)
FROM registrations WHERE event_id = ?
"""


@dataclass(frozen=True)
class FirstGlance:
    """What the start screen shows: the event, its first rows and its counters."""

    event_title: str
    rows: list[AttendeeRow]
    registered: int
    checked_in: int
    walk_ins: int

    @property
    def expected(self) -> int:
        return self.registered - self.checked_in


def first_glance(
    location: str | None, remembered_event: int | None, count: int, latest: int
) -> FirstGlance | None:
    """The event the desk would open (the remembered one, else the newest, as
    MainWindow.reload_events chooses) with `count` rows in name order and the `latest`
    check-ins; None when anything is in doubt."""
    if not location or "://" in location:
        return None
    try:
        path = Path(location).expanduser().resolve()
        if not path.is_file():
            return None
        connection = sqlite3.connect(
            path.as_uri() + "?mode=ro", uri=True, timeout=0, isolation_level=None
        )
    except (sqlite3.Error, OSError, ValueError, RuntimeError):  # RuntimeError: "~nobody"
        return None
    try:
        connection.execute("PRAGMA query_only = ON")  # belt and braces: mode=ro already
        connection.execute("BEGIN")  # one snapshot for rows and counters
        return _read(connection, remembered_event, count, latest)
    except Exception:  # only a preview: whatever went wrong, the start screen stays as it was
        return None
    finally:
        connection.close()


def _read(
    connection: sqlite3.Connection, remembered: int | None, count: int, latest: int
) -> FirstGlance | None:
    revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if revisions != [(HEAD_REVISION,)]:
        return None
    event = _event(connection, remembered)
    if event is None:
        return None
    event_id, title = event
    first = [_row(v) for v in connection.execute(_FIRST, (event_id, count))]
    shown = {r.registration_id for r in first}
    recent = [_row(v) for v in connection.execute(_LATEST, (event_id, latest))]
    rows = first + [r for r in recent if r.registration_id not in shown]
    registered, checked_in, walk_ins = connection.execute(_COUNTS, (event_id,)).fetchone()
    return FirstGlance(
        title,
        sorted(rows, key=lambda r: (r.sort_key, r.registration_id)),
        registered,
        checked_in,
        walk_ins,
    )


def _event(connection: sqlite3.Connection, remembered: int | None) -> tuple[int, str] | None:
    """The remembered event when it still exists, else the newest (events.list_events'
    order): what MainWindow.reload_events opens."""
    if remembered is not None:
        found = connection.execute(
            "SELECT id, title FROM events WHERE id = ?", (remembered,)
        ).fetchone()
        if found:
            return found
    return connection.execute(
        "SELECT id, title FROM events ORDER BY date DESC, id DESC LIMIT 1"
    ).fetchone()


def _row(values: tuple) -> AttendeeRow:
    """SQLite's stored values as the desk's types (UTCDateTime: naive UTC text; booleans 0/1)."""
    values = list(values)
    for index in (11, 15):  # walk_in, photo_objection
        values[index] = bool(values[index])
    for index in (12, 14):  # checked_in_at, badge_printed_at
        values[index] = _utc(values[index])
    return AttendeeRow(*values)


def _utc(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)
