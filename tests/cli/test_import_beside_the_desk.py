"""Several processes on one database (a SQLite file, or the PostgreSQL test server): the
desk never waits on an import, two imports never duplicate anyone, and four desks checking
in the same badges check each in once."""

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


def _demo_meeting(db):
    """The demo meeting in the test's database; returns (location, Gera's id, badge codes)."""
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


def test_check_ins_during_a_60000_row_import_succeed(tmp_path, db_path):
    db, gera, codes = _demo_meeting(db_path)
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


def test_two_imports_of_one_file_at_the_same_time_create_nobody_twice(tmp_path, db_path):
    db, gera, _ = _demo_meeting(db_path)
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


DESK_SCRIPT = """
import sys
from smartnet_desktop.cli import main
db, event, desk, *codes = sys.argv[1:]
failures = 0
for code in codes:
    status = main(["--db", db, "checkin", "--event", event, "--by", desk, code])
    failures += status == 3
    if status not in (0, 3):
        sys.exit(10 + status)
sys.exit(3 if failures else 0)
"""


def test_four_desks_checking_in_the_same_badges_check_each_in_once(db_path):
    """Four processes, the same 20 badges in the same order: every badge is checked in by
    exactly one desk; each desk that lost a race exits 3 ("already checked in")."""
    db, gera, codes = _demo_meeting(db_path)
    codes = codes[:20]
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", DESK_SCRIPT, str(db), str(gera), f"Desk {n}", *codes],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    outputs = [desk.communicate(timeout=120) for desk in desks]
    assert all("Traceback" not in err for _out, err in outputs), outputs
    assert sorted(desk.returncode for desk in desks) in ([0, 3, 3, 3], [3, 3, 3, 3]), outputs
    engine, sessions = open_database(db)
    rows = [r for r in attendees.list_attendees(sessions, gera) if r.badge_code in codes]
    from smartnet_desktop.services.audit import list_entries

    check_ins = [e for e in list_entries(sessions) if e.action == "check_in"]
    engine.dispose()
    assert all(r.checked_in_at is not None for r in rows) and len(rows) == 20
    assert len(check_ins) == 20  # each badge once, whichever desk won it
    won = sum(out.count("checked in:") for out, _err in outputs)
    assert won == 20
