"""Findings of the hardening review, each reproduced: control characters, hostile
spreadsheets, exports that could not be logged or were cut off by a full disk."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import text

from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import DatabaseProblem, InvalidImport, OutputRefused
from smartnet_desktop.services import audit, exporting, importing
from tests.database_under_test import sqlite_only


def _put_bell_into_a_name(sessions) -> None:
    """As an older version let it in through an import."""
    with sessions.begin() as session:
        session.execute(text("UPDATE persons SET family_name = 'Be\x07ll\x1b[31m' WHERE id = 1"))


def test_an_imported_control_character_is_refused_with_line_and_column(demo, tmp_path):
    sessions, gera, _ = demo
    path = tmp_path / "liste.csv"
    path.write_text("Vorname;Nachname\nAnna;Gut\nBert;Bö\x07se\n", encoding="utf-8")
    with pytest.raises(InvalidImport) as refused:
        importing.run_import(sessions, gera, path)
    assert refused.value.problems == [
        {"line": 3, "column": 2, "field": "family_name", "code": "control_character"}
    ]


def test_exports_survive_a_control_character_already_in_the_data(demo, tmp_path):
    sessions, gera, _ = demo
    _put_bell_into_a_name(sessions)
    out = tmp_path / "liste.xlsx"
    assert exporting.export_attendees(sessions, gera, out) == 40
    names = [c.value for c in next(load_workbook(out).active.iter_cols(min_col=3, max_col=3))]
    assert "Be\ufffdll\ufffd[31m" in names


def test_the_terminal_never_gets_an_escape_sequence(demo, db_path, capsys):
    sessions, gera, _ = demo
    _put_bell_into_a_name(sessions)
    assert main(["--db", str(db_path), "attendees", "--event", str(gera)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "Be\ufffdll" in out


def _hostile_xlsx(path, rows: int = 3) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Vorname", "Nachname"])
    for i in range(rows):
        sheet.append(["Ina", f"Klein{i}"])
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(
                    rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:XFD1048576"/>', data
                )
                assert b"XFD1048576" in data
            target.writestr(item, data)


def test_a_spreadsheet_declaring_a_million_rows_reads_in_little_memory(tmp_path):
    """The child process may use 1.5 GB at most; the same file took 3 GB before."""
    path = tmp_path / "feindlich.xlsx"
    _hostile_xlsx(path)
    probe = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))\n"
        "from smartnet_desktop.services.importing import plan_import\n"
        "plan = plan_import(sys.argv[1])\n"
        "print(len(plan.valid_rows))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "3"


def test_more_rows_than_a_meeting_can_have_are_refused_at_once(tmp_path):
    path = tmp_path / "riesig.csv"
    path.write_text("Vorname;Nachname\n" + "Ina;Klein\n" * 100_001, encoding="utf-8")
    with pytest.raises(InvalidImport) as refused:
        importing.plan_import(path)
    assert refused.value.code == "too_many_rows"


def test_the_terminal_shows_twenty_problem_lines_and_a_count(demo, db_path, tmp_path, capsys):
    sessions, gera, _ = demo
    path = tmp_path / "kaputt.csv"
    path.write_text(
        "Vorname;Nachname;E-Mail\n" + "".join(f"A;B{i};kein-at\n" for i in range(500)),
        encoding="utf-8",
    )
    assert main(["--db", str(db_path), "import", "--event", str(gera), str(path)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 20 and out[-1] == "... and 480 more problems"


@sqlite_only
def test_an_export_on_a_read_only_database_writes_no_file(demo, db_path, tmp_path):
    sessions, gera, _ = demo
    from smartnet_desktop.db import open_database

    _, read_only = open_database(f"sqlite:///file:{db_path}?mode=ro&uri=true")
    out = tmp_path / "liste.csv"
    with pytest.raises(DatabaseProblem):
        exporting.export_attendees(read_only, gera, out)
    assert list(tmp_path.glob("liste*")) == []


def test_an_export_cut_off_by_a_full_disk_leaves_no_file_and_no_entry(demo, tmp_path, monkeypatch):
    sessions, gera, _ = demo
    before = len(audit.list_entries(sessions))

    def full_disk(cells, out, suffix=None):
        out.write_text("Titel;Vorname;Nachn", encoding="utf-8")  # half a row, then:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporting, "write_table", full_disk)
    with pytest.raises(OutputRefused) as refused:  # the program's own sentence, not errno's
        exporting.export_attendees(sessions, gera, tmp_path / "liste.csv")
    assert refused.value.code == "output_disk_full"
    assert list(tmp_path.glob("liste*")) == []
    assert len(audit.list_entries(sessions)) == before
    earlier = tmp_path / "liste.csv"  # an earlier list of that name stays as it was
    earlier.write_bytes(b"the earlier list")
    with pytest.raises(OutputRefused):
        exporting.export_attendees(sessions, gera, earlier)
    assert earlier.read_bytes() == b"the earlier list"
    assert [p.name for p in tmp_path.glob("*liste*")] == ["liste.csv"]  # no temporary left


def test_the_audit_entry_of_an_export_names_the_folder(demo, tmp_path):
    sessions, gera, _ = demo
    exporting.export_attendees(sessions, gera, tmp_path / "liste.csv")
    entry = audit.list_entries(sessions, limit=1)[0]
    assert (
        entry.details["folder"] == str(tmp_path.resolve()) and entry.details["file"] == "liste.csv"
    )
