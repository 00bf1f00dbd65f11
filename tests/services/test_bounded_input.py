"""Bounded input: a workbook whose parts unpack to far more than its size (one 1.5 GB
shared string in a 1.5 MB file), a part that lies about its size, a cell longer than
Excel allows, a CSV line of a million cells: each refused with one line and exit 2, fast
and in little memory, by `import` and `survey import` alike."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from smartnet_desktop.db import open_database
from smartnet_desktop.domain.errors import InvalidImport
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import events
from smartnet_desktop.services.importing import plan_import
from smartnet_desktop.services.survey import read_survey
from tests.database_under_test import sqlite_only
from tests.hostile_xlsx import (
    MIB,
    Part,
    shared_strings,
    with_huge_shared_string,
    with_shared_strings,
    write_zip,
)

ATTENDEES = ["Vorname", "Nachname"]
SURVEY = ["Organisation", "Art"]
COMMANDS = {
    "import": (ATTENDEES, ["import", "--event", "1"]),
    "survey import": (SURVEY, ["survey", "import"]),
    # a survey tool's export (one column per question) passes the same guard
    "survey import (wide)": (["Organisation", "Erfahrung [Mobilität]"], ["survey", "import"]),
}
# The child may map 1 GB (a regression fails with MemoryError, not by eating the machine);
# what it really touches must stay under 200 MB.
ADDRESS_SPACE = 1024 * MIB
PEAK_LIMIT_KB = 200 * 1024

# The program's modules are imported before the clock starts: on a loaded machine their
# import alone takes seconds, and the bound is on the refusal, not on Python's start.
CHILD = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from smartnet_desktop.cli import build_parser, main
import smartnet_desktop.services.importing, smartnet_desktop.services.survey
build_parser()
started = time.perf_counter()
code = main(sys.argv[2:])
seconds = time.perf_counter() - started
with open("/proc/self/status") as status:
    peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
with open(sys.argv[1], "w") as report:
    report.write(f"{{seconds}} {{peak_kb}}")
sys.exit(code)
"""


def _run_child(tmp_path: Path, argv: list[str]) -> tuple[int, str, float, int]:
    """Exit code, stderr, seconds the command took, peak resident KB of the child: its
    VmHWM, the high-water mark of the program itself (getrusage's ru_maxrss of a child
    also counts the test process it was started from)."""
    timing, out, err = tmp_path / "seconds", tmp_path / "out", tmp_path / "err"
    with out.open("w") as stdout, err.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD.format(limit=ADDRESS_SPACE), str(timing), *argv],
            stdout=stdout,
            stderr=stderr,
            cwd=Path(__file__).resolve().parents[2],
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        )
        code = child.wait(timeout=300)
    seconds, peak_kb = timing.read_text().split() if timing.exists() else ("inf", "0")
    return code, err.read_text(), float(seconds), int(peak_kb)


@pytest.fixture
def database(tmp_path) -> str:
    path = tmp_path / "desk.db"
    engine, sessions = open_database(path)
    events.create_event(sessions, EventInput("T", date(2024, 1, 1), "Ort"))
    engine.dispose()
    return str(path)


@sqlite_only  # the memory of one process is measured, whatever the database
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_huge_shared_string_is_refused_in_a_second_and_little_memory(tmp_path, database, command):
    header, argv = COMMANDS[command]
    path = tmp_path / "feindlich.xlsx"
    with_huge_shared_string(path, header)
    assert path.stat().st_size < 2 * MIB  # 1.5 MB that unpack to 1.5 GB
    code, err, seconds, peak_kb = _run_child(tmp_path, ["--db", database, *argv, str(path)])
    assert code == 2, err[-800:]
    assert err.count("\n") == 1 and "Traceback" not in err and "MemoryError" not in err
    assert "unpack" in err
    assert seconds < 1.0
    assert 0 < peak_kb < PEAK_LIMIT_KB, f"{peak_kb // 1024} MB"


@sqlite_only
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_huge_string_packed_loosely_enough_to_pass_the_ratio_is_refused_all_the_same(
    tmp_path, database, command
):
    """240 MB of varied letters in one shared string of a 3 MB file, packed 84 : 1: within
    every size and ratio bound, but openpyxl would hold the string whole (560 MB, 4 s)."""
    header, argv = COMMANDS[command]
    letters = random.Random(1).choices(b"abcdefghijklmnopqrstuvwxyz", k=8000)
    block = (bytes(letters) * 200)[:MIB]
    path = tmp_path / "locker.xlsx"
    with_shared_strings(path, header, shared_strings(header, block, 240))
    assert path.stat().st_size < 4 * MIB
    code, err, seconds, peak_kb = _run_child(tmp_path, ["--db", database, *argv, str(path)])
    assert code == 2, err[-800:]
    assert err.count("\n") == 1 and "Traceback" not in err and "MemoryError" not in err
    assert seconds < 1.0
    assert 0 < peak_kb < PEAK_LIMIT_KB, f"{peak_kb // 1024} MB"


@sqlite_only
def test_a_huge_string_of_many_short_runs_is_refused_in_little_memory(tmp_path, database):
    """No text is long and the ratio is 79 : 1: only the string, counted as it streams
    in, is too long."""
    letters = random.Random(1).choices(b"abcdefghijklmnopqrstuvwxyz", k=8000)
    runs = b"".join(
        b"<r><t>" + bytes(letters[i : i + 100]) + b"</t></r>" for i in range(0, 8000, 100)
    )
    block = runs * (MIB // len(runs))
    part = Part.repeated(
        "xl/sharedStrings.xml",
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si>',
        block,
        40,
        b"</si>" + b"".join(f"<si><t>{h}</t></si>".encode() for h in ATTENDEES) + b"</sst>",
    )
    path = tmp_path / "laeufe.xlsx"
    with_shared_strings(path, ATTENDEES, part)
    argv = ["--db", database, "import", "--event", "1", str(path)]
    code, err, _seconds, peak_kb = _run_child(tmp_path, argv)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err[-800:]
    assert 0 < peak_kb < PEAK_LIMIT_KB, f"{peak_kb // 1024} MB"


LAUGHS = (
    '<!DOCTYPE sst [<!ENTITY a "hahahahahahahahahahaha">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<si><t>&c;</t></si><si><t>Vorname</t></si><si><t>Nachname</t></si></sst>"
)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entities_are_refused_in_any_encoding(tmp_path, encoding):
    """A byte search finds "<!DOCTYPE" in UTF-8; in UTF-16 defusedxml, under openpyxl,
    refuses the entities."""
    declaration = f'<?xml version="1.0" encoding="{encoding.upper()}"?>'
    path = tmp_path / "lacht.xlsx"
    part = Part.of("xl/sharedStrings.xml", (declaration + LAUGHS).encode(encoding))
    with_shared_strings(path, ATTENDEES, part)
    with pytest.raises(InvalidImport) as refused:
        plan_import(path)
    assert refused.value.code == "unreadable_file"


def test_a_part_packed_far_more_tightly_than_any_spreadsheet_is_refused(tmp_path):
    """20 MB of one letter: within the size bound, but packed 1000 : 1."""
    path = tmp_path / "dicht.xlsx"
    with_shared_strings(path, ATTENDEES, shared_strings(ATTENDEES, b"a" * MIB, 20))
    with pytest.raises(InvalidImport) as refused:
        plan_import(path)
    assert refused.value.code == "workbook_packed_too_tightly"


def test_a_part_that_unpacks_to_more_than_it_declares_is_refused(tmp_path):
    path = tmp_path / "luegt.xlsx"
    real = shared_strings(ATTENDEES, b"Anna Beispiel " * 4096, 50)  # 2.8 MB, packs well
    with_shared_strings(path, ATTENDEES, real)
    data = path.read_bytes()
    # Declares 1,000 bytes: the directory passes, the bytes that follow do not.
    write_zip(path, [_part_of(path, name) for name in _names(data)], lambda p: min(p.size, 1000))
    with pytest.raises(InvalidImport) as refused:
        plan_import(path)
    assert refused.value.code in ("workbook_too_large", "unreadable_file")


def _names(data: bytes) -> list[str]:
    import io
    import zipfile

    return zipfile.ZipFile(io.BytesIO(data)).namelist()


def _part_of(path: Path, name: str) -> Part:
    import zipfile

    return Part.of(name, zipfile.ZipFile(path).read(name))


def test_a_shared_string_longer_than_a_cell_is_refused_with_line_and_column(tmp_path):
    """Made of 400 short runs, so that no single text node is long: the bound is on the
    string, counted as it streams in."""
    path = tmp_path / "lang.xlsx"
    runs = Part.repeated(
        "xl/sharedStrings.xml",
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si>',
        b"<r><t>" + bytes(range(97, 123)) * 4 + b"</t></r>",
        400,  # 41,600 characters: more than Excel's 32,767
        b"</si>" + b"".join(f"<si><t>{h}</t></si>".encode() for h in ATTENDEES) + b"</sst>",
    )
    with_shared_strings(path, ATTENDEES, runs)
    with pytest.raises(InvalidImport) as refused:
        plan_import(path)
    [problem] = refused.value.problems
    assert (problem["code"], problem["line"], problem["column"]) == ("cell_too_long", 2, 1)


def test_a_workbook_still_reads_as_before(tmp_path):
    """Behind the guard, openpyxl reads as it always did: text, numbers as printed,
    empty rows kept for true line numbers, the first sheet only."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Vorname", "Nachname", "Telefon", "Foto-Einwand"])
    sheet.append(["Łucja", "Żółć", 4936112345, True])
    sheet.append([])
    sheet.append(["Anna", "Beispiel", 1.5, False])
    book.create_sheet("Zweites").append(["nicht", "gelesen"])
    path = tmp_path / "liste.xlsx"
    book.save(path)
    plan = plan_import(path)
    assert [(r.line, r.person.given_name, r.person.phone) for r in plan.rows] == [
        (2, "Łucja", "4936112345"),
        (4, "Anna", "1.5"),
    ]
    assert [r.photo_objection for r in plan.rows] == [True, False]


def test_a_date_cell_reads_as_the_date_it_shows(tmp_path):
    """openpyxl gives dates as dates (as the import did before the streaming reader, which
    gave Excel's serial number 45413)."""
    from datetime import datetime

    from openpyxl import Workbook

    from smartnet_desktop.services.tabular_files import read_rows

    book = Workbook()
    book.active.append(["Vorname", "Angemeldet"])
    book.active.append(["Anna", datetime(2024, 5, 1)])
    path = tmp_path / "datum.xlsx"
    book.save(path)
    assert read_rows(path) == [["Vorname", "Angemeldet"], ["Anna", "2024-05-01 00:00:00"]]


def test_a_survey_workbook_reads_too(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Organisation", "Thema", "Art", "Erfahrung"])
    book.active.append(["Stadt Gera", "Mobilität", "Erfahrung", 2])
    path = tmp_path / "umfrage.xlsx"
    book.save(path)
    [line] = read_survey(path)
    assert (line.organization, line.rating, line.line) == ("Stadt Gera", 2, 2)


def test_a_csv_cell_longer_than_excel_allows_is_refused_with_line_and_column(tmp_path):
    path = tmp_path / "lang.csv"
    path.write_text("Vorname;Nachname\nAnna;Gut\nBert;" + "x" * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(InvalidImport) as refused:
        plan_import(path)
    [problem] = refused.value.problems
    assert (problem["code"], problem["line"], problem["column"]) == ("cell_too_long", 3, 2)


@sqlite_only
def test_a_csv_line_of_millions_of_cells_is_refused_in_little_memory(tmp_path, database):
    """Ten million semicolons (10 MB) would become ten million cells before any bound."""
    path = tmp_path / "breit.csv"
    path.write_text("Vorname;Nachname\nAnna;" + ";" * 10_000_000 + "\n", encoding="utf-8")
    code, err, seconds, peak_kb = _run_child(
        tmp_path, ["--db", database, "import", "--event", "1", str(path)]
    )
    assert code == 2 and err.count("\n") == 1 and "line 2" in err, err[-800:]
    assert 0 < peak_kb < PEAK_LIMIT_KB, f"{peak_kb // 1024} MB"
