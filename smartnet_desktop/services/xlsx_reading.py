"""The first sheet of an XLSX workbook as rows of strings, in bounded memory and time.

A workbook is a zip of XML parts, and any part can be a bomb: a 1.5 MB file whose shared
strings unpack to one 1.5 GB string took 1.6 GB of memory through openpyxl. So, before
anything is parsed, the zip's directory is checked (how many parts, their declared
sizes, how tightly each is packed); while parsing, the bytes actually unpacked are
counted and every cell's text is bounded as it streams in (expat, fed in small chunks; no
DTD, so no entities). Only the parts needed are read: the workbook, its relationships,
the shared strings and the first sheet.

Values are the text the cell stores (numbers as openpyxl would print them, booleans as
True/False); dates stay serial numbers, which no imported field needs.
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.parsers import expat

from smartnet_desktop.domain.errors import InvalidImport

MIB = 1 << 20
MAX_UNPACKED = 256 * MIB  # every part read, together; a 100,000-row list needs far less
MAX_RATIO = 100  # unpacked : packed of one part, as Apache POI allows; XML packs 5-30 : 1
RATIO_FROM = MIB  # smaller parts may pack tighter: they cannot hurt
MAX_PARTS = 10_000
MAX_CELL_CHARS = 32_767  # Excel's own limit of a cell
MAX_SHARED_STRINGS = 1_000_000
CHUNK = 64 * 1024


def _fail(code: str, **params) -> InvalidImport:
    return InvalidImport([{"line": 0, "field": "file", "code": code, **params}], code=code)


class _CellTooLong(Exception):
    pass


def _parts_in_directory(path: Path) -> int:
    """The number of parts, read from the zip's end record before zipfile reads the whole
    directory (a million tiny entries would cost hundreds of MB as ZipInfo objects)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        handle.seek(max(0, size - 22 - 65535))
        tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) - end < 22:
        raise _fail("unreadable_file", reason="not a readable XLSX file (no zip directory)")
    return struct.unpack("<H", tail[end + 10 : end + 12])[0]


def _check_directory(archive: zipfile.ZipFile) -> None:
    """Declared sizes and packing ratios, before a single part is unpacked."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if total > MAX_UNPACKED:
            raise _fail("workbook_too_large", max=MAX_UNPACKED // MIB)
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(1, info.compress_size):
            ratio = info.file_size // max(1, info.compress_size)
            raise _fail("workbook_packed_too_tightly", part=info.filename[:80], ratio=ratio)


class _Reader:
    """Streams parts through expat, counting the bytes really unpacked."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.unpacked = 0

    def parse(self, name: str, start: Callable, end: Callable, text: Callable | None) -> None:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = False
        parser.StartElementHandler = start
        parser.EndElementHandler = end
        if text is not None:
            parser.CharacterDataHandler = text
        parser.StartDoctypeDeclHandler = _no_doctype
        info = self.archive.getinfo(name)
        with self.archive.open(info) as stream:
            read = 0
            while chunk := stream.read(CHUNK):
                read += len(chunk)
                self.unpacked += len(chunk)
                if read > info.file_size:  # more than declared (zipfile checks, we count)
                    raise _fail("workbook_too_large", max=MAX_UNPACKED // MIB)
                if self.unpacked > MAX_UNPACKED:
                    raise _fail("workbook_too_large", max=MAX_UNPACKED // MIB)
                parser.Parse(chunk, False)
        parser.Parse(b"", True)

    def relationships(self, name: str) -> dict[str, tuple[str, str]]:
        """Id -> (type's last word, target part name) of a .rels part."""
        found: dict[str, tuple[str, str]] = {}
        if name not in self.archive.namelist():
            return found
        base = posixpath.dirname(posixpath.dirname(name))  # xl/_rels/x.rels -> xl

        def start(tag, attrs):
            if _local(tag) == "Relationship":
                target = attrs.get("Target", "")
                full = target.lstrip("/") if target.startswith("/") else f"{base}/{target}"
                kind = attrs.get("Type", "").rsplit("/", 1)[-1]
                found[attrs.get("Id", "")] = (kind, posixpath.normpath(full).lstrip("/"))

        self.parse(name, start, _ignore, None)
        return found


def _no_doctype(*_args) -> None:
    raise ValueError("a document type declaration (entities) in a workbook")


def _ignore(*_args) -> None:
    return None


def _local(tag: str) -> str:
    return tag.rsplit(" ", 1)[-1]


def _column(reference: str) -> int:
    """ "C7" -> 3 (1 = A); 0 when there is none."""
    number = 0
    for ch in reference:
        if not ("A" <= ch <= "Z"):
            break
        number = number * 26 + ord(ch) - 64
    return number


def read_xlsx(path: Path, max_rows: int, max_columns: int) -> list[list[str]]:
    """Rows of the first sheet, header first; empty rows kept so line numbers stay true."""
    if _parts_in_directory(path) > MAX_PARTS:
        raise _fail("unreadable_file", reason="not a readable XLSX file (too many parts)")
    with zipfile.ZipFile(path) as archive:
        _check_directory(archive)
        reader = _Reader(archive)
        office = reader.relationships("_rels/.rels")
        workbook = next((t for k, t in office.values() if k == "officeDocument"), "xl/workbook.xml")
        links = reader.relationships(
            posixpath.join(
                posixpath.dirname(workbook), "_rels", posixpath.basename(workbook) + ".rels"
            )
        )
        sheet = links.get(_first_sheet_id(reader, workbook), ("", ""))[1]
        strings_part = next((t for k, t in links.values() if k == "sharedStrings"), None)
        strings = _shared_strings(reader, strings_part) if strings_part else []
        if sheet not in archive.namelist():
            raise _fail("unreadable_file", reason="not a readable XLSX file (no sheet)")
        return _sheet_rows(reader, sheet, strings, max_rows, max_columns)


def _first_sheet_id(reader: _Reader, workbook: str) -> str:
    found: list[str] = []

    def start(tag, attrs):
        if _local(tag) == "sheet" and not found:
            found.extend(v for k, v in attrs.items() if _local(k) == "id")

    reader.parse(workbook, start, _ignore, None)
    return found[0] if found else ""


class _TooLong(str):
    """A shared string longer than a cell may be, kept as an empty marker: the cell that
    uses it is refused with its line and column (an unused one does no harm)."""


TOO_LONG = _TooLong()


def _shared_strings(reader: _Reader, part: str) -> list[str]:
    """Every <si>, its text runs joined (phonetic runs left out), each bounded while it
    streams in: text beyond MAX_CELL_CHARS is never kept."""
    strings: list[str] = []
    pieces: list[str] = []
    state = {"length": 0, "in_t": False, "phonetic": 0}

    def start(tag, _attrs):
        name = _local(tag)
        if name == "si":
            pieces.clear()
            state["length"] = 0
        elif name == "rPh":
            state["phonetic"] += 1
        elif name == "t" and not state["phonetic"]:
            state["in_t"] = True

    def end(tag):
        name = _local(tag)
        if name == "si":
            if len(strings) >= MAX_SHARED_STRINGS:
                raise _fail("too_many_texts", max=MAX_SHARED_STRINGS)
            too_long = state["length"] > MAX_CELL_CHARS
            strings.append(TOO_LONG if too_long else "".join(pieces))
            pieces.clear()
        elif name == "rPh":
            state["phonetic"] -= 1
        elif name == "t":
            state["in_t"] = False

    def text(data):
        if state["in_t"]:
            state["length"] += len(data)
            if state["length"] <= MAX_CELL_CHARS:
                pieces.append(data)
            elif pieces:
                pieces.clear()

    reader.parse(part, start, end, text)
    return strings


def _sheet_rows(
    reader: _Reader, part: str, strings: list[str], max_rows: int, max_columns: int
) -> list[list[str]]:
    rows: list[list[str]] = []
    cell = {"row": 0, "column": 0, "type": "", "in": False, "length": 0, "phonetic": 0}
    pieces: list[str] = []

    def start(tag, attrs):
        name = _local(tag)
        if name == "row":
            number = int(attrs.get("r", 0)) or len(rows) + 1
            if number < 1:
                raise ValueError("a row number below 1")
            if number > max_rows + 1:
                raise _fail("too_many_rows", max=max_rows)
            while len(rows) < number:  # rows the file leaves out are empty lines
                rows.append([])
            cell["row"], cell["column"] = number, 0
        elif name == "c":
            cell["column"] = _column(attrs.get("r", "")) or cell["column"] + 1
            cell["type"] = attrs.get("t", "n")
            cell["length"] = 0
            pieces.clear()
        elif name == "rPh":
            cell["phonetic"] += 1
        elif (name == "v" or name == "t" and not cell["phonetic"]) and cell["row"]:
            cell["in"] = True

    def end(tag):
        name = _local(tag)
        if name in ("v", "t"):
            cell["in"] = False
        elif name == "rPh":
            cell["phonetic"] -= 1
        elif name == "c" and cell["row"] and 1 <= cell["column"] <= max_columns:
            row = rows[cell["row"] - 1]
            while len(row) < cell["column"]:
                row.append("")
            value = _value(cell["type"], "".join(pieces), strings)
            if value is TOO_LONG:
                raise _CellTooLong()
            row[cell["column"] - 1] = value

    def text(data):
        if cell["in"]:
            cell["length"] += len(data)
            if cell["length"] > MAX_CELL_CHARS:
                raise _CellTooLong()
            pieces.append(data)

    try:
        reader.parse(part, start, end, text)
    except _CellTooLong:
        problem = {"line": cell["row"], "column": cell["column"], "field": "file"}
        problem |= {"code": "cell_too_long", "max": MAX_CELL_CHARS}
        raise InvalidImport([problem], code="cell_too_long") from None
    return rows


def _value(kind: str, raw: str, strings: list[str]) -> str:
    if kind == "s":
        return strings[int(raw)] if raw.strip() else ""
    if kind == "b":
        return str(raw.strip() == "1")
    if kind in ("n", "") and raw:
        number = raw.strip()
        try:  # as openpyxl prints it: 7 stays 7, 1E-3 becomes 0.001
            return str(float(number) if any(c in number for c in ".eE") else int(number))
        except ValueError:
            return raw
    return raw  # inlineStr, str (a formula's text), e (an error such as #N/A), d (ISO date)
