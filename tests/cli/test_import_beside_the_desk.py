"""The desk never waits on an import: check-ins from another process while a 60,000-row
import runs all succeed, without a traceback."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees
from smartnet_desktop.services.demo import load_demo


def _cli(db, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _demo_meeting(tmp_path):
    """A database file with the demo meeting; returns (path, Gera's event id, badge codes)."""
    db = tmp_path / "meeting.db"
    engine, sessions = open_database(db)
    gera = min(load_demo(sessions).event_ids)
    codes = [r.badge_code for r in attendees.list_attendees(sessions, gera)]
    engine.dispose()
    return db, gera, codes


def _registrations(tmp_path, count: int, groups: int, contact: str = "") -> Path:
    """A registration list; `contact` is every row's contact-sharing answer ("": none)."""
    listing = tmp_path / "anmeldungen.csv"
    lines = ["Vorname;Nachname;Organisation;E-Mail;Kontaktweitergabe"]
    lines += [
        f"Ina;Groß{i};Kommune {i % groups};ina{i}@beispiel.example;{contact}" for i in range(count)
    ]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return listing


def _importing(db, event_id: int, listing: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "smartnet_desktop", "--db", str(db), "import"]
    return subprocess.Popen(
        [*command, "--event", str(event_id), str(listing)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_check_ins_during_a_60000_row_import_succeed(tmp_path):
    db, gera, codes = _demo_meeting(tmp_path)
    importer = _importing(db, gera, _registrations(tmp_path, 60_000, 300))
    time.sleep(2.5)  # past reading the file: the import is writing
    results = []
    for code in codes[:6]:
        if importer.poll() is not None:
            break
        results.append(_cli(db, "checkin", "--event", str(gera), code))
    out, err = importer.communicate(timeout=300)
    assert importer.returncode == 0, err
    assert "60000 registered" in out
    assert len(results) >= 3, "the import ended before the desk could try"
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr


def test_two_imports_of_one_file_at_the_same_time_create_nobody_twice(tmp_path):
    db, gera, _ = _demo_meeting(tmp_path)
    listing = _registrations(tmp_path, 9_000, 30, contact="ja")
    both = [_importing(db, gera, listing) for _ in range(2)]
    outputs = [process.communicate(timeout=300) for process in both]
    assert [process.returncode for process in both] == [0, 0], outputs
    engine, sessions = open_database(db)
    rows = attendees.list_attendees(sessions, gera, "gross")
    engine.dispose()
    assert len(rows) == 9_000  # each person once, registered once
    new = sorted(int(out.split("(")[1].split(" new")[0]) for out, _ in outputs)
    assert new[0] + new[1] == 9_000
