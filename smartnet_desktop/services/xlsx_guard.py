"""Checks an XLSX workbook before openpyxl reads it, so that a bomb costs neither memory
nor time.

A workbook is a zip of XML parts, and any part can be a bomb: a 1.5 MB file whose shared
strings unpack to one 1.5 GB string took 1.6 GB of memory through openpyxl, which loads
every shared string before the first row. So, before openpyxl sees the file: the number
of parts is read from the zip's end record, the declared sizes (together) and the packing
ratio of each part are checked, and then every part is really unpacked, into nothing, in
small chunks, counting the bytes and stopping at the bound (a part may unpack to more than
it declares). That pass also refuses, in any XML part, a text of more than MAX_TEXT_BYTES
in one piece (openpyxl would hold it whole before any cell bound could apply) and a
document type declaration: no spreadsheet needs one, and entities are how XML bombs
itself (defusedxml, a dependency, which openpyxl then uses, refuses them in any encoding).

What bytes alone cannot show: one element made of millions of short pieces (a shared
string of many runs, a row of millions of cells), which openpyxl builds whole before any
cell bound applies. So the shared strings and the sheets also go through expat in that
pass, keeping nothing, only measuring how many bytes each string (`si`, `is`) and each
row spans; a longer one is refused. Reading stays openpyxl's.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path
from xml.parsers import expat

from smartnet_desktop.domain.errors import InvalidImport

MIB = 1 << 20
MAX_UNPACKED = 256 * MIB  # every part, together; a 100,000-row list needs far less
MAX_RATIO = 100  # unpacked : packed of one part, as Apache POI allows; XML packs 5-30 : 1
RATIO_FROM = MIB  # smaller parts may pack tighter: they cannot hurt
MAX_PARTS = 10_000
CHUNK = 64 * 1024
# The longest stretch of an XML part without a "<": a cell's 32,767 characters take at most
# ~200 KB even written as entities. openpyxl (expat under it) holds a text node whole, so
# a 200 MB string packed just loosely enough to pass MAX_RATIO would cost GBs without it.
MAX_TEXT_BYTES = MIB
XML_PARTS = (".xml", ".rels", ".vml")
# The most bytes one element openpyxl builds whole may span: a string (a cell's 32,767
# characters, with some formatted runs) and a row (a real row of a list is a few KB).
MAX_ELEMENT_BYTES = {"si": MIB, "is": MIB, "row": 4 * MIB}
FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")
OVERLAP = max(len(word) for word in FORBIDDEN) - 1  # a word split across two chunks


def _fail(code: str, **params) -> InvalidImport:
    return InvalidImport([{"line": 0, "field": "file", "code": code, **params}], code=code)


def _unreadable(why: str) -> InvalidImport:
    return _fail("unreadable_file", reason=f"not a readable XLSX file ({why})")


def check_workbook(path: Path) -> None:
    """Raises InvalidImport unless every part of the workbook unpacks within the bounds."""
    if _parts_in_directory(path) > MAX_PARTS:
        raise _unreadable("too many parts")
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        _check_directory(infos)
        unpacked = 0
        for info in infos:
            unpacked = _unpack_into_nothing(archive, info, unpacked)


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
        raise _unreadable("no zip directory")
    return struct.unpack("<H", tail[end + 10 : end + 12])[0]


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    """Declared sizes and packing ratios, before a single part is unpacked."""
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_UNPACKED:
            raise _fail("workbook_too_large", max=MAX_UNPACKED // MIB)
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(1, info.compress_size):
            ratio = info.file_size // max(1, info.compress_size)
            raise _fail("workbook_packed_too_tightly", part=info.filename[:80], ratio=ratio)


def _unpack_into_nothing(archive: zipfile.ZipFile, info: zipfile.ZipInfo, before: int) -> int:
    """The bytes unpacked so far, this part's added: counted as they come, never kept
    (zipfile also stops at the declared size and checks the CRC at the end)."""
    scan = info.filename.lower().endswith(XML_PARTS)
    measure = _ElementSizes() if _holds_cells(info.filename) else None
    read, carry, since_markup = 0, b"", 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            read += len(chunk)
            if read > info.file_size or before + read > MAX_UNPACKED:
                raise _fail("workbook_too_large", max=MAX_UNPACKED // MIB)
            if scan:
                window = carry + chunk
                if any(word in window for word in FORBIDDEN):
                    raise _unreadable("a document type declaration")
                carry = window[-OVERLAP:]
                since_markup = _text_run(chunk, since_markup)
            if measure is not None:
                measure.feed(chunk)
    if measure is not None:
        measure.feed(b"", final=True)
    return before + read


def _holds_cells(name: str) -> bool:
    name = name.lower()
    return name == "xl/sharedstrings.xml" or (
        name.startswith("xl/worksheets/") and name.endswith(".xml")
    )


class _ElementSizes:
    """Expat over one part, keeping no text: refuses any string or row spanning more than
    MAX_ELEMENT_BYTES, measured while it streams in (an element still open counts too),
    so its memory stays small whatever the part holds."""

    def __init__(self) -> None:
        self.parser = expat.ParserCreate(namespace_separator=" ")
        self.opened: dict[str, list[int]] = {name: [] for name in MAX_ELEMENT_BYTES}
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end

    def feed(self, chunk: bytes, final: bool = False) -> None:
        try:
            self.parser.Parse(chunk, final)
        except expat.ExpatError as error:
            raise _unreadable(f"malformed XML: {expat.ErrorString(error.code)}") from None
        for tag, starts in self.opened.items():
            if starts:
                self._refuse_beyond(tag, starts[0])

    def _refuse_beyond(self, tag: str, start: int) -> None:
        if self.parser.CurrentByteIndex - start > MAX_ELEMENT_BYTES[tag]:
            raise _fail("workbook_element_too_large", element=tag)

    def _start(self, name: str, _attributes) -> None:
        starts = self.opened.get(name.rsplit(" ", 1)[-1])
        if starts is not None:
            starts.append(self.parser.CurrentByteIndex)

    def _end(self, name: str) -> None:
        tag = name.rsplit(" ", 1)[-1]
        starts = self.opened.get(tag)
        if starts:
            self._refuse_beyond(tag, starts.pop())


def _text_run(chunk: bytes, before: int) -> int:
    """The bytes since the last "<", this chunk's added. Only the stretch across chunk
    ends needs counting: one inside a chunk is shorter than CHUNK < MAX_TEXT_BYTES."""
    first = chunk.find(b"<")
    if before + (len(chunk) if first < 0 else first) > MAX_TEXT_BYTES:
        raise _unreadable(f"a text of more than {MAX_TEXT_BYTES // MIB} MB in one piece")
    return before + len(chunk) if first < 0 else len(chunk) - chunk.rfind(b"<") - 1
