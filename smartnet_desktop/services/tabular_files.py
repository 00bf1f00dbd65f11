"""Reading CSV (UTF-8 with or without BOM, Windows-1252; comma, semicolon or tab) and XLSX
into a header and rows of strings. Anything unreadable becomes InvalidImport."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from smartnet_desktop.domain.errors import InvalidImport

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 64


def _fail(code: str, **params) -> InvalidImport:
    return InvalidImport([{"line": 0, "field": "file", "code": code, **params}], code=code)


def decode(raw: bytes) -> str:
    """UTF-8 first (a BOM is dropped); otherwise the Windows-1252 of German Excel."""
    if b"\x00" in raw:
        raise _fail("unreadable_file", reason="binary data (NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _fail("unreadable_file", reason=f"unknown text encoding ({error.reason})") from None


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _bounded(rows) -> list[list[str]]:
    """At most MAX_ROWS rows (and the header) of at most MAX_COLUMNS cells: a hostile file
    cannot fill the memory, and a meeting never has more registrations than that."""
    kept = []
    for row in rows:
        if len(kept) > MAX_ROWS:
            raise _fail("too_many_rows", max=MAX_ROWS)
        kept.append(list(row[:MAX_COLUMNS]))
    return kept


def parse_csv(text: str) -> list[list[str]]:
    first = next((line for line in io.StringIO(text) if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    try:
        return _bounded(reader)
    except csv.Error as error:
        raise _fail("unreadable_file", reason=str(error)) from None


def parse_xlsx(raw: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        # The declared size ("A1:XFD1048576" in 4.7 KB) is not believed: rows are read as
        # they are stored, and no wider than MAX_COLUMNS.
        sheet.reset_dimensions()
        cells = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)
        rows = _bounded(["" if v is None else str(v) for v in row] for row in cells)
        workbook.close()
    except InvalidImport:
        raise
    except Exception as error:  # noqa: BLE001 - any malformed workbook is the user's file, not our bug
        raise _fail(
            "unreadable_file", reason=f"not a readable XLSX file ({type(error).__name__})"
        ) from None
    return rows


def read_rows(path: Path) -> list[list[str]]:
    """All rows of the file, header first; blank rows are kept so line numbers stay true."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", ".xlsx"):
        raise _fail("unknown_format", suffix=suffix or "?")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _fail("unreadable_file", reason=error.strerror or str(error)) from None
    if len(raw) > MAX_BYTES:
        raise _fail("unreadable_file", reason="file larger than 50 MB")
    if suffix == ".xlsx":
        return parse_xlsx(raw)
    return parse_csv(decode(raw))
