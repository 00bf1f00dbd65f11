"""Hostile workbooks built in the test: a real XLSX whose parts are replaced, written by a
small zip writer of our own, so that a 1.5 GB part costs seconds, not minutes (one
deflated megabyte repeated: after a full flush a deflate block does not depend on what
came before)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from openpyxl import Workbook

MIB = 1 << 20


class Part:
    """One member: its deflated bytes, CRC-32 and sizes, declared as they are (or not)."""

    def __init__(self, name: str, deflated: bytes, crc: int, size: int) -> None:
        self.name, self.deflated, self.crc, self.size = name, deflated, crc, size

    @classmethod
    def of(cls, name: str, data: bytes) -> Part:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        return cls(name, packer.compress(data) + packer.flush(), zlib.crc32(data), len(data))

    @classmethod
    def repeated(cls, name: str, head: bytes, block: bytes, times: int, tail: bytes) -> Part:
        """head + block * times + tail, deflated in seconds however large."""
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
        packed_block = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
        end = packer.compress(tail) + packer.flush()
        crc = zlib.crc32(head)
        for _ in range(times):
            crc = zlib.crc32(block, crc)
        crc = zlib.crc32(tail, crc)
        size = len(head) + len(block) * times + len(tail)
        return cls(name, start + packed_block * times + end, crc, size)


def write_zip(path: Path, parts: list[Part], declared_size=None) -> None:
    """A zip (no zip64: every part below 4 GiB). `declared_size(part)` may lie."""
    out, central = io.BytesIO(), []
    for part in parts:
        size = declared_size(part) if declared_size else part.size
        name = part.name.encode()
        offset = out.tell()
        out.write(
            struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                0,
                8,
                0,
                0x21,
                part.crc,
                len(part.deflated),
                size,
                len(name),
                0,
            )  # fmt: skip
            + name
        )
        out.write(part.deflated)
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                part.crc,
                len(part.deflated),
                size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )  # fmt: skip
            + name
        )
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), start, 0)
    )
    path.write_bytes(out.getvalue())


def real_parts(rows: list[list[str]]) -> list[Part]:
    """The parts of a workbook as openpyxl writes it (its strings inline in the sheet)."""
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(buffer)
    return [Part.of(item.filename, source.read(item.filename)) for item in source.infolist()]


_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_STRINGS = "xl/sharedStrings.xml"


def with_shared_strings(path: Path, header: list[str], first: Part) -> None:
    """A real workbook whose sheet is `header` above one row of the first shared string in
    every column; `first` is the sharedStrings part, its first <si> that string and then
    one <si> per header (as `shared_strings` makes it)."""
    columns = "ABCDEFGHIJ"
    cells = "".join(f'<c r="{columns[i]}1" t="s"><v>{i + 1}</v></c>' for i in range(len(header)))
    data = "".join(f'<c r="{columns[i]}2" t="s"><v>0</v></c>' for i in range(len(header)))
    sheet = Part.of(
        "xl/worksheets/sheet1.xml",
        b'<worksheet xmlns="' + _MAIN + b'"><sheetData>'
        + f'<row r="1">{cells}</row><row r="2">{data}</row>'.encode()
        + b"</sheetData></worksheet>",
    )  # fmt: skip
    parts = []
    for part in real_parts([header]):
        if part.name == sheet.name:
            part = sheet
        elif part.name in ("[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
            text = zlib.decompress(part.deflated, -15)
            text = text.replace(
                b"</Types>",
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>',
            ).replace(
                b"</Relationships>",
                b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId9" />'
                b"</Relationships>",
            )
            part = Part.of(part.name, text)
        parts.append(part)
    write_zip(path, [*parts, first])


def shared_strings(header: list[str], block: bytes, times: int) -> Part:
    """sharedStrings.xml: first `block` * `times` as one string, then the header's."""
    return Part.repeated(
        _STRINGS,
        b'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="' + _MAIN + b'"><si><t>',
        block,
        times,
        b"</t></si>" + b"".join(f"<si><t>{h}</t></si>".encode() for h in header) + b"</sst>",
    )


def with_huge_shared_string(path: Path, header: list[str], mib: int = 1536) -> None:
    """A workbook of about 1.5 MB whose first shared string is `mib` MiB of "a": the file
    of issue 20 that took 1.6 GB of memory to import."""
    with_shared_strings(path, header, shared_strings(header, b"a" * MIB, mib))
