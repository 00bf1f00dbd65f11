"""Issue 20, item 4: an output never destroys what the user owns. Every hostile case as a
real process of the command line, run in a folder of its own inside tmp_path (so that
".." and "." name folders of the test)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from smartnet_desktop import outputs
from tests.database_under_test import sqlite_only

ROOT = Path(__file__).resolve().parent.parent.parent


def cli(db_path, *args, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "smartnet_desktop", "--db", str(db_path), *args]
    return subprocess.run(
        command, capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout
    )


def refused_in_one_line(done: subprocess.CompletedProcess) -> bool:
    lines = done.stderr.strip().splitlines()
    return done.returncode == 2 and len(lines) == 1 and "Traceback" not in done.stderr


@pytest.fixture
def work(tmp_path) -> Path:
    """The current folder of the command: two levels down, so ".." is the test's too."""
    folder = tmp_path / "home" / "work"
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    return folder


def person_with_email(sessions) -> tuple[int, str]:
    from smartnet_desktop.services.attendees import list_attendees
    from smartnet_desktop.services.events import list_events

    for event in list_events(sessions):
        for row in list_attendees(sessions, event.id):
            if row.email:
                return row.person_id, row.email
    raise AssertionError("the demo meeting has e-mail addresses")


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry below `folder` with its content (or where a link points)."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = "-> " + os.readlink(path)
        elif path.is_file():
            found[key] = path.read_bytes()
        else:
            found[key] = "dir"
    return found


# -- the site -------------------------------------------------------------------------------


def test_the_site_into_a_folder_of_other_files_is_refused_and_they_all_stay(demo, db_path, work):
    documents = work / "Documents"
    (documents / "Steuer").mkdir(parents=True)
    (documents / "brief.odt").write_bytes(b"my letter")
    (documents / "Steuer" / "2025.pdf").write_bytes(b"%PDF tax")
    before = snapshot(documents)
    done = cli(db_path, "profiles", "site", "--out", str(documents), cwd=work)
    assert refused_in_one_line(done), done.stderr
    assert "did not write" in done.stderr
    assert snapshot(documents) == before


def test_folders_named_like_the_sites_old_and_part_copies_stay(demo, db_path, work):
    for name in ("site.old", "site.part"):
        (work / name).mkdir()
        (work / name / "keep.txt").write_text(name, encoding="utf-8")
    done = cli(db_path, "profiles", "site", "--out", "site", cwd=work)
    assert done.returncode == 0, done.stderr
    assert (work / "site" / "gera" / "index.html").is_file()
    for name in ("site.old", "site.part"):
        assert (work / name / "keep.txt").read_text(encoding="utf-8") == name


def test_a_planted_part_link_beside_the_site_redirects_nothing(demo, db_path, work, tmp_path):
    victim = tmp_path / "victim"
    victim.mkdir()
    (work / "site.part").symlink_to(victim)
    done = cli(db_path, "profiles", "site", "--out", "site", cwd=work)
    assert done.returncode == 0, done.stderr
    assert list(victim.iterdir()) == []
    assert (work / "site.part").is_symlink()
    assert (work / "site" / "index.html").is_file()


def test_a_link_planted_inside_an_earlier_site_is_refused(demo, db_path, work, tmp_path):
    assert cli(db_path, "profiles", "site", "--out", "site", cwd=work).returncode == 0
    victim = tmp_path / "victim"
    victim.mkdir()
    page = work / "site" / "gera"
    for child in page.iterdir():
        child.unlink()
    page.rmdir()
    page.symlink_to(victim)
    done = cli(db_path, "profiles", "site", "--out", "site", cwd=work)
    assert refused_in_one_line(done), done.stderr
    assert list(victim.iterdir()) == []


def test_the_site_written_again_replaces_only_its_own_files(demo, db_path, work):
    assert cli(db_path, "profiles", "site", "--out", "site", cwd=work).returncode == 0
    (work / "site" / "impressum.html").write_text("mine", encoding="utf-8")
    (work / "site" / "gera" / "foto.jpg").write_bytes(b"jpeg")
    done = cli(db_path, "profiles", "site", "--out", "site", cwd=work)
    assert done.returncode == 0, done.stderr
    assert (work / "site" / "impressum.html").read_text(encoding="utf-8") == "mine"
    assert (work / "site" / "gera" / "foto.jpg").read_bytes() == b"jpeg"
    assert (work / "site" / outputs.MARKER).is_file()


@pytest.mark.parametrize("out", [".", "", "/", ".."])
def test_the_site_into_no_folder_of_its_own_is_one_line(demo, db_path, work, out):
    before = snapshot(work.parent)
    done = cli(db_path, "profiles", "site", "--out", out, cwd=work)
    assert refused_in_one_line(done), done.stderr
    assert snapshot(work.parent) == before


def test_the_sites_audit_entry_stands_before_its_files(demo, db_path, work):
    """The entry is written first: a database that cannot take it leaves no site."""
    from smartnet_desktop.services import audit

    sessions, _, _ = demo
    assert cli(db_path, "profiles", "site", "--out", "site", cwd=work).returncode == 0
    entry = audit.list_entries(sessions, limit=1)[0]
    assert entry.details["what"] == "profile_site"


# -- files ------------------------------------------------------------------------------------


def test_a_fifo_as_output_is_refused_without_blocking(demo, db_path, work):
    sessions, _, _ = demo
    person, _email = person_with_email(sessions)
    fifo = work / "pipe"
    os.mkfifo(fifo)
    done = cli(
        db_path,
        "privacy",
        "export",
        "--person",
        str(person),
        "--out",
        str(fifo),
        cwd=work,
        timeout=60,
    )
    assert refused_in_one_line(done), done.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def _a_device(tmp_path: Path) -> Path:
    """A character device like /dev/full: made in tmp_path where allowed (root), else
    /dev/null itself (safe to name only once the program refuses devices)."""
    device = tmp_path / "full"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, AttributeError):
        return Path("/dev/null")
    return device


def test_a_device_as_output_stays_a_device(demo, db_path, work, tmp_path):
    sessions, _, _ = demo
    person, _email = person_with_email(sessions)
    device = _a_device(tmp_path)
    done = cli(
        db_path, "privacy", "export", "--person", str(person), "--out", str(device), cwd=work
    )
    assert refused_in_one_line(done), done.stderr
    assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert [p.name for p in device.parent.iterdir() if p.name.startswith(device.name + ".")] == []


@pytest.mark.parametrize("out", [".", "", "/", ".."])
def test_an_export_to_no_file_name_is_one_line(demo, db_path, work, out):
    sessions, _, _ = demo
    person, _email = person_with_email(sessions)
    before = snapshot(work.parent)
    done = cli(db_path, "privacy", "export", "--person", str(person), "--out", out, cwd=work)
    assert refused_in_one_line(done), done.stderr
    assert snapshot(work.parent) == before


def test_an_export_over_a_link_leaves_link_and_its_target(demo, db_path, work, tmp_path):
    precious = tmp_path / "precious.txt"
    precious.write_text("keep", encoding="utf-8")
    (work / "liste.csv").symlink_to(precious)
    done = cli(
        db_path, "export", "attendees", "--event", str(demo[1]), "--out", "liste.csv", cwd=work
    )
    assert refused_in_one_line(done), done.stderr
    assert (work / "liste.csv").is_symlink() and precious.read_text(encoding="utf-8") == "keep"


def test_an_export_replaces_an_earlier_file_of_the_same_name(demo, db_path, work):
    (work / "liste.csv").write_text("old", encoding="utf-8")
    os.chmod(work / "liste.csv", 0o640)
    done = cli(
        db_path, "export", "attendees", "--event", str(demo[1]), "--out", "liste.csv", cwd=work
    )
    assert done.returncode == 0, done.stderr
    assert (work / "liste.csv").read_text(encoding="utf-8-sig").startswith("Titel;")
    assert stat.S_IMODE(os.stat(work / "liste.csv").st_mode) == 0o640
    assert sorted(p.name for p in work.iterdir()) == ["liste.csv", "notes.txt"]


@pytest.mark.parametrize(
    "command",
    [
        ["agenda", "--event", "{event}", "--out", "{out}.pdf"],
        ["badges", "--event", "{event}", "--out", "{out}.pdf"],
        ["checkin-list", "--event", "{event}", "--out", "{out}.pdf"],
        ["export", "attendees", "--event", "{event}", "--out", "{out}.xlsx"],
        ["export", "photo-objections", "--event", "{event}", "--out", "{out}.pdf"],
        ["export", "contacts", "--out", "{out}.vcf"],
        ["profiles", "pdf", "--out", "{out}.pdf"],
        ["survey", "report", "--out", "{out}.pdf"],
        ["audit", "--out", "{out}.csv"],
    ],
)
def test_every_file_output_refuses_a_folder_of_that_name(demo, db_path, work, command):
    """One rule for every --out: a folder named like the file stays, with its content."""
    _, gera, _ = demo
    name = command[-1].format(out="out")
    (work / name).mkdir()
    (work / name / "inside.txt").write_text("mine", encoding="utf-8")
    done = cli(db_path, *[a.format(out="out", event=gera) for a in command], cwd=work)
    assert refused_in_one_line(done), done.stderr
    assert (work / name / "inside.txt").read_text(encoding="utf-8") == "mine"


# -- a killed run ---------------------------------------------------------------------------

KILLED_EXPORT = """
import sys, time
from smartnet_desktop import outputs
from smartnet_desktop.db import open_database
from smartnet_desktop.services.privacy import export_person

def stall(temporary, target):
    print("WRITTEN", flush=True)
    time.sleep(120)

outputs.put_in_place = stall
_engine, sessions = open_database(sys.argv[1])
export_person(sessions, int(sys.argv[2]), sys.argv[3])
"""


def test_a_killed_export_leaves_no_readable_copy_and_the_next_run_removes_it(demo, db_path, work):
    sessions, _, _ = demo
    person, email = person_with_email(sessions)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(db_path), str(person), "auskunft.json"],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "WRITTEN"  # complete, not yet in place
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    left = [p for p in work.iterdir() if email.encode() in p.read_bytes()]
    assert not (work / "auskunft.json").exists()
    for path in left:  # at worst the hidden temporary, for its owner's eyes only
        assert path.name.startswith(".") and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    foreign = work / ".auskunft.json.swp"
    foreign.write_text("an editor's file", encoding="utf-8")
    done = cli(
        db_path, "privacy", "export", "--person", str(person), "--out", "other.json", cwd=work
    )
    assert done.returncode == 0, done.stderr
    holding = sorted(p.name for p in work.iterdir() if email.encode() in p.read_bytes())
    assert holding == ["other.json"]
    assert foreign.read_text(encoding="utf-8") == "an editor's file"


# -- item 11: backups leave no SQLite side files -------------------------------------------


@sqlite_only
def test_a_backup_with_out_leaves_no_side_files(demo, db_path, work):
    done = cli(db_path, "backup", "--out", "kopie.db", cwd=work)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in work.iterdir()) == ["kopie.db", "notes.txt"]


@sqlite_only
def test_the_backup_of_each_start_leaves_no_side_files(demo, db_path):
    from smartnet_desktop.services import backups

    sessions, _, _ = demo
    first = backups.back_up(sessions, keep=10)
    second = backups.back_up(sessions, keep=10)
    assert sorted(p.name for p in first.parent.iterdir()) == sorted([first.name, second.name])


@sqlite_only
def test_a_backup_onto_a_fifo_is_refused(demo, db_path, work):
    os.mkfifo(work / "pipe")
    done = cli(db_path, "backup", "--out", "pipe", cwd=work, timeout=60)
    assert refused_in_one_line(done), done.stderr
    assert stat.S_ISFIFO(os.lstat(work / "pipe").st_mode)


@sqlite_only
def test_no_site_appears_when_its_audit_entry_cannot_be_written(demo, db_path, work):
    """The entry is committed before the first file: a database that cannot take it
    (read-only here) leaves no site behind."""
    done = cli(
        f"sqlite:///file:{db_path}?mode=ro&uri=true", "profiles", "site", "--out", "site", cwd=work
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert not (work / "site").exists()
