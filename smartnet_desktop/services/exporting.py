"""Export of the attendee list as CSV or XLSX.

A cell starting with = + - or @ would run as a formula in Excel (CSV injection); such
cells are written as text: prefixed with an apostrophe in CSV, typed as a string in XLSX.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.rows import AttendeeRow
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


def safe_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def table(rows: list[AttendeeRow]) -> list[list[str]]:
    return [[name for name, _ in COLUMNS]] + [[get(r) or "" for _, get in COLUMNS] for r in rows]


def write_table(cells: list[list[str]], out: Path) -> None:
    suffix = out.suffix.lower()
    if suffix == ".csv":
        # UTF-8 with BOM and semicolons: what German Excel opens correctly by double-click.
        with out.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerows([[safe_cell(c) for c in row] for row in cells])
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
        raise InvalidInput("file", "unknown_format", suffix=suffix or "?")


def export_attendees(sessions: sessionmaker[Session], event_id: int, out: Path) -> int:
    """Writes the list and returns how many attendees it holds."""
    rows = list_attendees(sessions, event_id)
    write_table(table(rows), Path(out))
    record_export(sessions, "attendees", len(rows), Path(out), event_id)
    return len(rows)


def export_checkin_list(
    sessions: sessionmaker[Session], event_id: int, out: Path, language: str = "de", by: str = ""
) -> int:
    """The paper fallback of the desk as PDF; returns how many people are on it."""
    from datetime import datetime

    from smartnet_desktop.reports.checkin_list import render_checkin_list
    from smartnet_desktop.services.events import get_event

    event = get_event(sessions, event_id)
    rows = list_attendees(sessions, event_id)
    Path(out).write_bytes(render_checkin_list(event, rows, datetime.now().astimezone(), language))
    record_export(sessions, "checkin_list", len(rows), Path(out), event_id, by)
    return len(rows)


def record_export(
    sessions: sessionmaker[Session],
    what: str,
    count: int,
    out: Path,
    event_id: int | None = None,
    by: str = "",
) -> None:
    """Every export of personal data is logged: what, how many, which file."""
    from smartnet_desktop.services import audit

    with sessions.begin() as session:
        audit.record(session, "export", by, event_id, what=what, count=count, file=Path(out).name)
