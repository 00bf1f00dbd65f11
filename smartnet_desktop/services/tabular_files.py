"""Reading CSV (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252; comma, semicolon
or tab) and XLSX
into a header and rows of strings. Anything unreadable becomes InvalidImport."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from smartnet_desktop.domain.errors import InvalidImport
from smartnet_desktop.services.xlsx_guard import check_workbook

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 64
MAX_CELL_CHARS = 32_767  # Excel's own limit of a cell
MAX_LINE_CHARS = 1024 * 1024  # a line, in characters; a cell at most MAX_CELL_CHARS, as in Excel


def _fail(code: str, **params) -> InvalidImport:
    return InvalidImport([{"line": 0, "field": "file", "code": code, **params}], code=code)


def decode(raw: bytes) -> str:
    """UTF-16 when it says so (Excel's "Unicode text", survey tools' exports), then UTF-8
    (a BOM is dropped); otherwise the Windows-1252 of German Excel."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise _fail("unreadable_file", reason=f"broken UTF-16 ({error.reason})") from None
        if "\x00" in text:
            raise _fail("unreadable_file", reason="binary data (NUL characters)")
        return text
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


def _bounded(rows, max_columns: int = MAX_COLUMNS) -> list[list[str]]:
    """At most MAX_ROWS rows (and the header) of at most MAX_COLUMNS cells, each at most
    MAX_CELL_CHARS long: a hostile file cannot fill the memory, and a meeting never has
    more registrations than that."""
    kept = []
    for line, row in enumerate(rows, start=1):
        if len(kept) > MAX_ROWS:
            raise _fail("too_many_rows", max=MAX_ROWS)
        cells = list(row[:max_columns])
        for column, cell in enumerate(cells, start=1):
            if len(cell) > MAX_CELL_CHARS:
                problem = {"line": line, "column": column, "field": "file"}
                problem |= {"code": "cell_too_long", "max": MAX_CELL_CHARS}
                raise InvalidImport([problem], code="cell_too_long")
        kept.append(cells)
    return kept


def _short_lines(text: str) -> io.StringIO:
    """The text, once no line is longer than MAX_LINE_CHARS: the CSV reader builds a whole
    line's cells before any bound applies (a line of a million semicolons)."""
    start = 0
    for line in range(1, len(text) + 2):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE_CHARS:
            problem = {"line": line, "field": "file", "code": "line_too_long"}
            raise InvalidImport([{**problem, "max": MAX_LINE_CHARS}], code="line_too_long")
        if end >= len(text):
            break
        start = end + 1
    return io.StringIO(text, newline="")


def parse_csv(text: str, max_columns: int = MAX_COLUMNS) -> list[list[str]]:
    first = next((line for line in io.StringIO(text) if line.strip()), "")
    reader = csv.reader(_short_lines(text), delimiter=_delimiter(first))
    try:
        return _bounded(reader, max_columns)
    except csv.Error as error:
        raise _fail("unreadable_file", reason=str(error)) from None


def parse_xlsx(path: Path, max_columns: int = MAX_COLUMNS) -> list[list[str]]:
    """The first sheet, once the workbook has passed the guard (xlsx_guard): openpyxl
    then unpacks nothing larger than the guard allows. Values as openpyxl gives them
    (numbers, booleans and dates as str() prints them), each bounded as the rows stream."""
    try:
        check_workbook(path)
        from openpyxl import load_workbook  # only now: a refusal need not wait for it

        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            # The declared size ("A1:XFD1048576" in 4.7 KB) is not believed: rows are read
            # as they are stored, and no wider than MAX_COLUMNS.
            sheet.reset_dimensions()
            cells = sheet.iter_rows(max_col=max_columns, values_only=True)
            return _bounded((_trimmed(row) for row in cells), max_columns)
        finally:
            workbook.close()
    except InvalidImport:
        raise
    except Exception as error:  # noqa: BLE001 - any malformed workbook is the user's file, not our bug
        raise _fail(
            "unreadable_file", reason=f"not a readable XLSX file ({type(error).__name__})"
        ) from None


def _trimmed(values: tuple) -> list[str]:
    """openpyxl fills every row up to MAX_COLUMNS: the empty cells at the end are left
    out, as in a CSV line (100,000 rows of 64 cells would cost 50 MB for nothing)."""
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return ["" if v is None else str(v) for v in values[:end]]


# The types read_rows reads (.txt: a survey tool's tab-separated "Unicode text").
READABLE = (".csv", ".txt", ".xlsx")


def read_rows(path: Path, max_columns: int = MAX_COLUMNS) -> list[list[str]]:
    """All rows of the file, header first; blank rows are kept so line numbers stay true.
    `max_columns`: a survey tool's export has a column per question (survey.py)."""
    suffix = path.suffix.lower()
    if suffix not in READABLE:
        raise _fail("unknown_format", suffix=suffix or "?", accepted=list(READABLE))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _fail("unreadable_file", reason="file larger than 50 MB")
        if suffix == ".xlsx":  # checked part by part, then read by openpyxl
            return parse_xlsx(path, max_columns)
        raw = path.read_bytes()
    except OSError as error:
        raise _fail("unreadable_file", reason=error.strerror or str(error)) from None
    if len(raw) > MAX_BYTES:  # grown since
        raise _fail("unreadable_file", reason="file larger than 50 MB")
    return parse_csv(decode(raw), max_columns)
