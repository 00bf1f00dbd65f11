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


def test_two_imports_of_one_file_at_the_same_time_create_nobody_twice(tmp_path):
    db = tmp_path / "meeting.db"
    engine, sessions = open_database(db)
    gera = min(load_demo(sessions).event_ids)
    engine.dispose()
    listing = tmp_path / "anmeldungen.csv"
    lines = ["Vorname;Nachname;Organisation;E-Mail;Kontaktweitergabe"]
    lines += [f"Ina;Groß{i};Kommune {i % 30};ina{i}@beispiel.example;ja" for i in range(9_000)]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "smartnet_desktop",
        "--db",
        str(db),
        "import",
        "--event",
        str(gera),
        str(listing),
    ]
    both = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=300) for process in both]
    assert [process.returncode for process in both] == [0, 0], outputs
    engine, sessions = open_database(db)
    rows = attendees.list_attendees(sessions, gera, "gross")
    engine.dispose()
    assert len(rows) == 9_000  # each person once, registered once
    new = sorted(int(out.split("(")[1].split(" new")[0]) for out, _ in outputs)
    assert new[0] + new[1] == 9_000
