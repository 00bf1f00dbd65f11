"""The outputs added last session on a full disk: the minutes PDF, the personal sheets, the
network picture and the invitation folder. Whatever the room left, a command either writes
its whole output, or leaves what was there before exactly as it was (no half-written file
under the user's name, no temporary file) and says so in one line on stderr with exit
code 2 (an output refused, as for any other output that cannot be written).

A real full disk: a small tmpfs, mounted in a user and mount namespace of a child process
(no privileges needed; see tests/services/test_erasure_on_a_full_disk.py), filled up to a
margin. The database stays outside it: the fault is the output's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from smartnet_desktop.services import audit
from smartnet_desktop.services import minutes as minutes_service
from tests.services.test_erasure_on_a_full_disk import _namespaces_work

ROOT = Path(__file__).resolve().parents[2]

# Runs inside the namespace. Each output's folder holds what an earlier run left (the
# invitation folder: a real earlier invitation); the disk is filled to `margin` bytes, the
# commands run, and every folder's content afterwards is reported with each run's result.
ON_A_FULL_DISK = r"""
import json, os, subprocess, sys
db, mount, margin, commands = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
afterwards = json.loads(sys.argv[5])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount], check=True)

def cli(*args):
    return subprocess.run([sys.executable, "-m", "smartnet_desktop", "--db", db, *args],
                          capture_output=True, text=True)

def content(folder):
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                found[os.path.relpath(path, folder)] = handle.read().hex()
    return found

for name, args in commands.items():
    folder = os.path.join(mount, name)
    os.mkdir(folder)
    if name == "invitation":  # a real earlier invitation: a folder of this program's
        done = cli(*[a.replace("{mount}", mount) for a in args])
        assert done.returncode == 0, done.stderr
    else:
        with open(os.path.join(folder, args[args.index("--out") + 1].split("/")[-1]), "wb") as f:
            f.write(b"what an earlier run wrote " * 40)
done = cli(*afterwards)  # what happened since the earlier outputs
assert done.returncode == 0, done.stderr
before = {name: content(os.path.join(mount, name)) for name in commands}
filler = os.path.join(mount, "filler")
runs = {}
for name, args in commands.items():  # each with the same room left
    with open(filler, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
        except OSError:
            pass
    os.truncate(filler, max(0, os.path.getsize(filler) - margin))
    done = cli(*[a.replace("{mount}", mount) for a in args])
    runs[name] = {"exit": done.returncode, "err": done.stderr,
                  "after": content(os.path.join(mount, name))}
    os.remove(filler)
print(json.dumps({"before": before, "runs": runs}))
"""


def _commands(meeting, gera: int) -> dict[str, list[str]]:
    previous, following = str(meeting.previous), str(meeting.following)
    return {
        "minutes": ["minutes", "--event", previous, "--out", "{mount}/minutes/protokoll.pdf"],
        "sheets": ["sheets", "--event", str(gera), "--out", "{mount}/sheets/boegen.pdf"],
        "picture": ["network", "graph", "--out", "{mount}/picture/netz.svg"],
        "invitation": [
            "invite", "--event", following, "--from", previous, "--out",
            "{mount}/invitation/einladung",
        ],
    }  # fmt: skip


def _complete(name: str, files: dict[str, str]) -> bool:
    """The output as a whole (a PDF with its end, an SVG closed, the invitation's three)."""
    data = {path: bytes.fromhex(text) for path, text in files.items()}
    if name in ("minutes", "sheets"):
        (pdf,) = data.values()
        return pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-64:]
    if name == "picture":
        (svg,) = data.values()
        return svg.rstrip().endswith(b"</svg>")
    names = {Path(p).name for p in data}
    return {"einladung.ics", "verteiler.csv", "einladung.eml"} <= names and data[
        "einladung/einladung.ics"
    ].rstrip().endswith(b"END:VCALENDAR")


@pytest.fixture
def meeting(demo):
    """The record's small meeting (minutes, invitation) beside the demo meeting in Gera,
    whose survey gives the personal sheets and the network picture their matches."""
    from tests.record.meeting import make_meeting

    sessions, gera, _ = demo
    return make_meeting(sessions), gera


@pytest.mark.skipif(not _namespaces_work(), reason="needs user and mount namespaces (Linux)")
def test_an_output_on_a_full_disk_is_whole_or_leaves_the_earlier_one_and_says_so(
    meeting, sessions, db_path, tmp_path
):
    mount = tmp_path / "small-disk"
    mount.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    commands = _commands(*meeting)
    # Since the earlier invitation the minutes were made final: the new one carries them
    # as its attachment and is larger than the one it replaces, file by file.
    previous = str(meeting[0].previous)
    afterwards = ["minutes", "--event", previous, "--final", "--out", str(tmp_path / "m.pdf")]
    outcomes: dict[str, list[str]] = {name: [] for name in commands}
    for margin in (0, 8 * 1024, 16 * 1024, 48 * 1024, 6 * 1024 * 1024):
        child = subprocess.run(
            ["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c",
             ON_A_FULL_DISK, str(db_path), str(mount), str(margin), json.dumps(commands),
             json.dumps(afterwards)],
            capture_output=True, text=True, env=env, timeout=600,
        )  # fmt: skip
        assert child.returncode == 0, child.stderr
        minutes_service.reopen(sessions, meeting[0].previous, "Test")  # for the next margin
        seen = json.loads(child.stdout.strip().splitlines()[-1])
        for name, run in seen["runs"].items():
            before, after = seen["before"][name], run["after"]
            assert "Traceback" not in run["err"], (name, margin, run["err"])
            if run["exit"] == 0:
                assert _complete(name, after), (name, margin, sorted(after))
                outcomes[name].append("written")
                continue
            # Refused: one line naming the full disk, and everything as it was before.
            lines = run["err"].strip().splitlines()
            assert run["exit"] == 2 and len(lines) == 1, (name, margin, run["err"])
            assert "disk is full" in lines[0] and "unchanged" in lines[0], (name, lines[0])
            assert after == before, (name, margin, sorted(after), sorted(before))
            outcomes[name].append("refused")
    for name, seen_outcomes in outcomes.items():
        # From "nothing fits" to "plenty of room": both ends were reached.
        assert seen_outcomes[0] == "refused" and seen_outcomes[-1] == "written", (name, outcomes)
    # An output refused left no audit entry either (one per margin is the preparation's:
    # the earlier invitation, the final minutes).
    logged = Counter(e.details.get("what") for e in audit.list_entries(sessions, limit=1000))
    margins = len(outcomes["minutes"])
    assert logged["minutes"] == margins + outcomes["minutes"].count("written")
    assert logged["personal_sheets"] == outcomes["sheets"].count("written")
    assert logged["invitation"] == margins + outcomes["invitation"].count("written")
