"""Import of registrations from CSV or XLSX: preview first, then one transaction.

By default a file with any invalid row writes nothing; with skip_invalid the valid rows
are imported and the others listed. People already in the network are matched (same email,
or same name and organisation) and people already registered are left alone, so importing
the same file twice adds nothing.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import hold_write_lock
from smartnet_desktop.domain.enums import ConsentDecision
from smartnet_desktop.domain.errors import InvalidImport, InvalidInput
from smartnet_desktop.domain.outcome import Done, touched
from smartnet_desktop.domain.rows import Change
from smartnet_desktop.domain.search import normalise
from smartnet_desktop.services import audit, validation
from smartnet_desktop.services.attendee_details import NOTE_LENGTH
from smartnet_desktop.services.import_people import KnownPeople, fold_cell
from smartnet_desktop.services.import_writing import write_part
from smartnet_desktop.services.registry import PersonInput, validated
from smartnet_desktop.services.tabular_files import read_rows

HEADER_ALIASES = {
    "given_name": ["vorname", "firstname", "givenname", "first"],
    "family_name": ["nachname", "lastname", "surname", "familyname", "familienname", "name"],
    "title": ["titel", "title", "akademischertitel", "academictitle"],
    "organization": [
        "organisation",
        "organization",
        "institution",
        "kommune",
        "einrichtung",
        "behorde",
        "verwaltung",
    ],
    "role": ["funktion", "position", "role", "rolle", "jobtitle"],
    "email": ["email", "mail", "emailadresse", "emailaddress"],
    "phone": ["telefon", "phone", "tel", "telefonnummer", "phonenumber", "mobil"],
    "photo_objection": [
        "fotoeinwand",
        "photoobjection",
        "keinefotos",
        "nophotos",
        "fotowiderspruch",
    ],
    "contact_sharing": ["kontaktweitergabe", "contactsharing", "weitergabe", "netzwerkverteiler"],
    "profile_url": ["steckbrief", "profilurl", "profileurl", "steckbriefurl", "expose", "profil"],
    "note": ["notiz", "note", "bemerkung", "anmerkung"],  # the registration's note for the desk
}
_ALIAS_TO_FIELD = {alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases}
_YES = {"ja", "j", "yes", "y", "x", "1", "true", "wahr"}
_NO = {"nein", "n", "no", "0", "false", "falsch"}


@dataclass(frozen=True)
class ImportRow:
    line: int
    person: PersonInput | None
    photo_objection: bool
    contact_decision: str | None
    problems: tuple[dict, ...]
    note: str = ""  # the optional note column (the desk shows it at check-in)


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do; shown as a preview before anything is written."""

    mapping: dict[str, str]  # column header -> field
    unknown_columns: list[str]
    rows: list[ImportRow]

    @property
    def problems(self) -> list[dict]:
        return [p for row in self.rows for p in row.problems]

    @property
    def valid_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.problems]


@dataclass(frozen=True)
class ImportResult:
    new_people: int
    registered: int
    already_registered: int
    skipped: list[dict] = field(default_factory=list)
    dry_run: bool = False

    def to_json(self) -> dict:
        return {
            "new_people": self.new_people,
            "registered": self.registered,
            "already_registered": self.already_registered,
            "skipped": self.skipped,
            "dry_run": self.dry_run,
        }


def _compact(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", normalise(header))


def map_headers(headers: list[str]) -> tuple[dict[int, str], list[str]]:
    mapping: dict[int, str] = {}
    unknown = []
    for index, header in enumerate(headers):
        name = _ALIAS_TO_FIELD.get(_compact(header))
        if name and name not in mapping.values():
            mapping[index] = name
        elif header.strip():
            unknown.append(header)
    return mapping, unknown


def _flag(value: str) -> bool | None:
    folded = fold_cell(value)
    if folded in _YES:
        return True
    if folded in _NO or not folded:
        return False
    return None


def _contact(value: str) -> str | None | bool:
    """ja -> grant, nein -> object, empty -> not asked (None); False when not understood."""
    folded = fold_cell(value)
    if not folded:
        return None
    if folded in _YES or folded in {"granted", "erlaubt", "zugestimmt"}:
        return ConsentDecision.GRANT
    if folded in _NO or folded in {"objected", "widersprochen", "abgelehnt"}:
        return ConsentDecision.OBJECT
    return False


def _parse_row(line: int, cells: dict[str, str]) -> ImportRow:
    problems: list[dict] = []
    person = None
    try:
        person = validated(
            PersonInput(**{k: v for k, v in cells.items() if k in PersonInput.__slots__})
        )
    except InvalidInput as error:
        problems.append({"line": line, "field": error.field, "code": error.code, **error.params})
    note = ""
    try:
        note = validation.optional_text("note", cells.get("note", ""), NOTE_LENGTH)
    except InvalidInput as error:
        problems.append({"line": line, "field": error.field, "code": error.code, **error.params})
    photo = _flag(cells.get("photo_objection", ""))
    contact = _contact(cells.get("contact_sharing", ""))
    for name, understood in (
        ("photo_objection", photo is not None),
        ("contact_sharing", contact is not False),
    ):
        if not understood:
            problems.append(
                {"line": line, "field": name, "code": "unknown_value", "value": cells[name][:50]}
            )
    if contact is False:
        contact = None
    return ImportRow(line, person, bool(photo), contact, tuple(problems), note)


def _identity(person: PersonInput) -> tuple:
    if person.email:
        return ("email", person.email.lower())
    return (
        "name",
        normalise(person.given_name),
        normalise(person.family_name),
        fold_cell(person.organization),
    )


# Fields that validation names differently from the import's column.
_FIELD_COLUMN = {"academic_title": "title"}


def _with_columns(rows: list[ImportRow], columns: dict[str, int]) -> list[ImportRow]:
    """Each problem gets the column of its cell (1 = the first), where one cell is meant."""

    def placed(problem: dict) -> dict:
        index = columns.get(_FIELD_COLUMN.get(problem["field"], problem["field"]))
        return problem if index is None else {**problem, "column": index + 1}

    return [
        replace(row, problems=tuple(placed(p) for p in row.problems)) if row.problems else row
        for row in rows
    ]


def plan_import(path: Path) -> ImportPlan:
    """Reads and checks the file; touches no database."""
    table = read_rows(Path(path))
    header_index = next((i for i, row in enumerate(table) if any(c.strip() for c in row)), None)
    if header_index is None:
        raise InvalidImport([{"line": 0, "field": "file", "code": "empty_file"}], code="empty_file")
    headers = table[header_index]
    mapping, unknown = map_headers(headers)
    if "given_name" not in mapping.values() and "family_name" not in mapping.values():
        raise InvalidImport(
            [{"line": header_index + 1, "field": "file", "code": "no_name_column"}],
            code="no_name_column",
        )
    rows: list[ImportRow] = []
    seen: dict[tuple, int] = {}
    for offset, cells in enumerate(table[header_index + 1 :], start=header_index + 2):
        if not "".join(cells).strip():  # a blank row (one string: faster than any())
            continue
        values = {name: (cells[i] if i < len(cells) else "") for i, name in mapping.items()}
        row = _parse_row(offset, values)
        if row.person is not None:
            key = _identity(row.person)
            if key in seen:
                row = ImportRow(
                    row.line,
                    row.person,
                    row.photo_objection,
                    row.contact_decision,
                    (
                        {
                            "line": offset,
                            "field": "name",
                            "code": "duplicate_in_file",
                            "first_line": seen[key],
                        },
                    ),
                )
            else:
                seen[key] = offset
        rows.append(row)
    if not rows:
        raise InvalidImport([{"line": 0, "field": "file", "code": "empty_file"}], code="empty_file")
    rows = _with_columns(rows, {name: index for index, name in mapping.items()})
    return ImportPlan({headers[i]: name for i, name in mapping.items()}, unknown, rows)


# Rows written per transaction. The desk's check-ins wait for the write lock at most as
# long as one part takes (about half a second here), never for the whole file: a 60,000-row
# import holding the lock for ten seconds made check-ins fail with "database is locked".
# 5,000 since the parts' inserts got faster (issue 24 item 4): a part of 5,000 holds the
# lock no longer than one of 4,000 did before (side by side under load 6-7: a median of
# 0.89-0.97 s against 0.87-1.14 s), and a 20,000-row file pauses 3 times, not 4.
IMPORT_PART_ROWS = 5000
# SQLite hands a free lock to whoever asks first, and a waiting desk asks again only every
# 100 ms: without this pause between parts the import would take the lock back each time.
PART_PAUSE_S = 0.12


def run_import(
    sessions: sessionmaker[Session],
    event_id: int,
    path: Path,
    skip_invalid: bool = False,
    dry_run: bool = False,
    by: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> Done[ImportResult]:
    """Checks the whole file first (a file with an invalid row writes nothing unless
    skip_invalid), then writes it in parts, each one transaction with its audit entry.
    Should the disk fail half-way, the parts written stay; importing the same file again
    adds only what is missing. A dry run writes each part and rolls it back.
    `progress(parts written, parts)` follows the parts (the window's progress bar)."""
    plan = plan_import(path)
    if plan.problems and not skip_invalid:
        raise InvalidImport(plan.problems)
    rows = plan.valid_rows
    parts = [rows[i : i + IMPORT_PART_ROWS] for i in range(0, len(rows), IMPORT_PART_ROWS)]
    totals = [0, 0, 0]
    people = KnownPeople()
    for number, part in enumerate(parts or [[]], start=1):
        if number > 1:
            time.sleep(PART_PAUSE_S)  # desks waiting for the lock get their turn
        with sessions.begin() as session:
            hold_write_lock(session)  # "who exists already" is then true until the commit
            if dry_run:
                people = KnownPeople()  # the part before was rolled back: its people too
            people.refresh(session)
            written = write_part(session, event_id, part, by, people)
            audit.record(
                session,
                "import",
                by,
                event_id,
                file=Path(path).name,
                part=f"{number}/{max(1, len(parts))}",
                new_people=written[0],
                registered=written[1],
                already_registered=written[2],
                skipped=len(plan.problems) if number == 1 else 0,
            )
            if dry_run:
                session.rollback()
        totals = [a + b for a, b in zip(totals, written, strict=True)]
        if progress is not None:
            progress(number, max(1, len(parts)))
    result = ImportResult(totals[0], totals[1], totals[2], plan.problems, dry_run)
    return Done(result, Change() if dry_run else touched([event_id]))
