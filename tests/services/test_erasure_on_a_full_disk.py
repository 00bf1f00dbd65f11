"""Issue 20.9: an erasure on a nearly full disk reports what happened.

The erasure commits (it writes little), then rebuilds the file (VACUUM needs room for a
copy of the database) and that fails on a full disk. It used to say "The disk is full;
nothing was changed" (or print a PendingRollbackError traceback) although the person was
erased and the audit entry written. A real full disk: a small tmpfs, mounted in a user and
mount namespace of a child process (no privileges needed), filled up to a margin.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees
from smartnet_desktop.services.demo import load_demo
from tests.database_under_test import sqlite_only

ROOT = Path(__file__).resolve().parents[2]

# Runs inside the namespace: mount, copy the database in, fill the disk, erase through the
# command line, free the disk again and look at what the file holds.
ON_A_FULL_DISK = r"""
import json, os, shutil, sqlite3, subprocess, sys
source, mount, margin_kb, person = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount], check=True)
db = os.path.join(mount, "desk.db")
shutil.copy(source, db)
room = os.statvfs(mount)
filler = os.path.join(mount, "filler")
with open(filler, "wb") as handle:
    handle.write(b"\0" * max(0, room.f_bavail * room.f_frsize - margin_kb * 1024))
done = subprocess.run(
    [sys.executable, "-m", "smartnet_desktop", "--db", db, "privacy", "erase",
     "--person", person, "--yes", "--json"],
    capture_output=True, text=True,
)
os.remove(filler)
connection = sqlite3.connect(db)
name = connection.execute(
    "SELECT family_name FROM persons WHERE id = ?", (int(person),)).fetchone()[0]
audits = connection.execute(
    "SELECT count(*) FROM audit_entries WHERE action = 'erasure' AND person_id = ?",
    (int(person),)).fetchone()[0]
ok = connection.execute("PRAGMA integrity_check").fetchone()[0]
print(json.dumps({"exit": done.returncode, "out": done.stdout, "err": done.stderr,
                  "name": name, "audits": audits, "integrity": ok}))
"""


def _namespaces_work() -> bool:
    if not shutil.which("unshare") or sys.platform != "linux":
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True
    )
    return probe.returncode == 0


@sqlite_only
@pytest.mark.skipif(not _namespaces_work(), reason="needs user and mount namespaces (Linux)")
def test_what_an_erasure_on_a_full_disk_reports_is_what_happened(tmp_path):
    source = tmp_path / "desk.db"
    engine, sessions = open_database(source)
    load_demo(sessions)
    person = attendees.list_attendees(sessions, 1)[0]
    engine.dispose()
    mount = tmp_path / "small-disk"
    mount.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outcomes = []
    for margin_kb in (48, 128, 160, 2048):  # from "nothing fits" to "plenty of room"
        child = subprocess.run(
            ["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c",
             ON_A_FULL_DISK, str(source), str(mount), str(margin_kb), str(person.person_id)],
            capture_output=True, text=True, env=env, timeout=180,
        )  # fmt: skip
        assert child.returncode == 0, child.stderr
        seen = json.loads(child.stdout.strip().splitlines()[-1])
        assert "Traceback" not in seen["err"], seen["err"]
        assert seen["integrity"] == "ok"
        if seen["exit"] == 0:  # reported erased: it is, with its audit entry
            report = json.loads(seen["out"])
            assert report["status"] == "erased"
            assert seen["name"] != person.family_name and seen["audits"] == 1
            outcomes.append(report["cleanup_pending"] or "clean")
        else:  # reported "nothing was changed": nothing was, and no audit entry either
            assert seen["exit"] == 1 and "nothing was changed" in seen["err"], seen
            assert seen["name"] == person.family_name and seen["audits"] == 0
            outcomes.append("refused")
    assert outcomes[0] == "refused" and outcomes[-1] == "clean"
    assert "disk_full" in outcomes  # the case of the issue: committed, file not rebuilt
