"""The desk never waits on an import: check-ins from another process while a 60,000-row
import runs all succeed, without a traceback."""

from __future__ import annotations

import subprocess
import sys
import time

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


def test_check_ins_during_a_60000_row_import_succeed(tmp_path):
    db = tmp_path / "meeting.db"
    engine, sessions = open_database(db)
    gera = min(load_demo(sessions).event_ids)
    codes = [r.badge_code for r in attendees.list_attendees(sessions, gera)]
    engine.dispose()
    big = tmp_path / "anmeldungen.csv"
    lines = ["Vorname;Nachname;Organisation;E-Mail"]
    lines += [f"Ina;Groß{i};Kommune {i % 300};ina{i}@beispiel.example" for i in range(60_000)]
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")

    importer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "smartnet_desktop",
            "--db",
            str(db),
            "import",
            "--event",
            str(gera),
            str(big),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
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
