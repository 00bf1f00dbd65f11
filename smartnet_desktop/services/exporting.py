"""Exports of personal data (attendee list, check-in list, audit log) and the one way they
are written: logged first, then written under a temporary name.

A cell starting with = + - or @ would run as a formula in Excel (CSV injection); such
cells are written as text: prefixed with an apostrophe in CSV, typed as a string in XLSX.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop import outputs
from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.domain.text_rules import writable
from smartnet_desktop.services import audit
from smartnet_desktop.services.attendees import list_attendees

COLUMNS = [
    ("Titel", lambda r: r.title),
    ("Vorname", lambda r: r.given_name),
    ("Nachname", lambda r: r.family_name),
    ("Organisation", lambda r: r.organization),
    ("Funktion", lambda r: r.role),
    ("E-Mail", lambda r: r.email),
    ("Telefon", lambda r: r.phone),
    ("Code", lambda r: r.badge_code),
    ("Spontan", lambda r: "ja" if r.walk_in else ""),
    (
        "Eingecheckt",
        lambda r: (
            r.checked_in_at.astimezone().strftime("%d.%m.%Y %H:%M") if r.checked_in_at else ""
        ),
    ),
    ("Eingecheckt von", lambda r: r.checked_in_by),
    ("Foto-Einwand", lambda r: "ja" if r.photo_objection else ""),
    (
        "Kontaktweitergabe",
        lambda r: {"granted": "ja", "objected": "nein"}.get(r.contact_sharing, ""),
    ),
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PHONE_COLUMNS = frozenset({"Telefon", "Phone"})
_PHONE_NUMBER = re.compile(r"^\+?[0-9 ()/.\-]{3,40}$")  # digits and separators only


def safe_cell(value: str, phone: bool = False) -> str:
    """A cell Excel would run as a formula gets an apostrophe; a phone number such as
    "+49 361 123456" in a phone column cannot call anything and stays as it is."""
    if value.startswith(_FORMULA_START) and not (phone and _PHONE_NUMBER.match(value)):
        return "'" + value
    return value


def table(rows: list[AttendeeRow]) -> list[list[str]]:
    return [[name for name, _ in COLUMNS]] + [[get(r) or "" for _, get in COLUMNS] for r in rows]


def csv_bytes(cells: list[list[str]]) -> bytes:
    """The table as CSV: UTF-8 with BOM and semicolons, what German Excel opens correctly by
    double-click; formula cells defused (safe_cell)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";")
    phones = {i for i, name in enumerate(cells[0] if cells else []) if name in PHONE_COLUMNS}
    writer.writerows(
        [[safe_cell(writable(c), i in phones) for i, c in enumerate(row)] for row in cells]
    )
    return buffer.getvalue().encode("utf-8-sig")


# The types write_table writes.
TABLES = (".csv", ".xlsx")


def write_table(cells: list[list[str]], out: Path, suffix: str | None = None) -> None:
    """CSV or XLSX by `suffix` (default: the file's own). Characters the text rule forbids
    (control characters, U+FFFE, U+FFFF ...), which no name needs and which make a workbook
    nobody can open, are written as "\ufffd"."""
    suffix = (suffix or out.suffix).lower()
    cells = [[writable(value) for value in row] for row in cells]
    if suffix == ".csv":
        out.write_bytes(csv_bytes(cells))
    elif suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Teilnehmende")
        for row in cells:
            typed = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # openpyxl would take "=..." for a formula
                typed.append(cell)
            sheet.append(typed)
        workbook.save(out)
    else:
        raise InvalidInput("file", "unknown_format", suffix=suffix or "?", accepted=TABLES)


def require_suffix(out: Path, allowed: tuple[str, ...]) -> str:
    """The file type, checked before anything is logged or written."""
    suffix = Path(out).suffix.lower()
    if suffix not in allowed:
        raise InvalidInput("file", "unknown_format", suffix=suffix or "?", accepted=allowed)
    return suffix


@contextmanager
def audited_export(
    sessions: sessionmaker[Session],
    what: str,
    count: int,
    out: Path,
    event_id: int | None = None,
    by: str = "",
    person_id: int | None = None,
    also: Callable[[Session], None] | None = None,
) -> Iterator[Path]:
    """Personal data leaves only with its audit entry. The entry is written first, so a
    database that cannot record it refuses before any file exists; the caller writes to
    the temporary path it is given, which gets the real name only when complete and when
    the entry is committed (a full disk never leaves half a list, see outputs.replacing;
    a commit that fails leaves the file that was there before). `also` writes what else
    belongs to the same action in the same transaction (the minutes made final with their
    PDF)."""
    with outputs.replacing(out) as temporary:  # a folder, device or link: refused first
        with sessions.begin() as session:
            audit.record(
                session,
                "export",
                by,
                event_id,
                person_id,
                what=what,
                count=count,
                file=Path(out).name,
                folder=str(Path(out).resolve().parent),
            )
            if also is not None:
                also(session)
            session.flush()
            yield temporary


def export_attendees(sessions: sessionmaker[Session], event_id: int, out: Path) -> int:
    """Writes the list and returns how many attendees it holds."""
    suffix = require_suffix(out, (".csv", ".xlsx"))
    rows = list_attendees(sessions, event_id)
    with audited_export(sessions, "attendees", len(rows), out, event_id) as temporary:
        write_table(table(rows), temporary, suffix)
    return len(rows)


def export_checkin_list(
    sessions: sessionmaker[Session], event_id: int, out: Path, language: str = "de", by: str = ""
) -> int:
    """The paper fallback of the desk as PDF; returns how many people are on it."""
    from datetime import datetime

    from smartnet_desktop.reports.checkin_list import render_checkin_list
    from smartnet_desktop.services.events import get_event

    require_suffix(out, (".pdf",))
    event = get_event(sessions, event_id)
    rows = list_attendees(sessions, event_id)
    pdf = render_checkin_list(event, rows, datetime.now().astimezone(), language)
    with audited_export(sessions, "checkin_list", len(rows), out, event_id, by) as temporary:
        temporary.write_bytes(pdf)
    return len(rows)


def export_audit_log(sessions: sessionmaker[Session], out: Path) -> int:
    """The audit log as CSV or XLSX (its export is itself logged)."""
    suffix = require_suffix(out, (".csv", ".xlsx"))
    rows = audit.list_entries(sessions)
    header = ["Zeit (UTC)", "Wer", "Aktion", "Veranstaltung", "Person", "Details"]
    cells = [
        [
            r.at.isoformat(),
            r.actor,
            r.action,
            str(r.event_id or ""),
            str(r.person_id or ""),
            json.dumps(r.details, ensure_ascii=False),
        ]
        for r in rows
    ]
    with audited_export(sessions, "audit_log", len(rows), out) as temporary:
        write_table([header, *cells], temporary, suffix)
    return len(rows)
