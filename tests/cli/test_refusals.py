"""Every refusal of the command line is one line on stderr and an exit code (2 bad input,
1 an unusable database), never a traceback: numbers that do not fit, malformed database
URLs, ratings that are no digits, a copy from a mistyped path, two survey imports of one
file at the same time."""

from __future__ import annotations

import subprocess
import sys

import pytest

from smartnet_desktop.cli import main
from smartnet_desktop.services import organizations
from tests.database_under_test import counts

HUGE = "99999999999999999999"


def _refused(capsys, argv, exit_code: int = 2) -> str:
    """Runs the CLI; asserts the exit code and one line on stderr; returns that line."""
    try:
        status = main(argv)
    except SystemExit as refused:  # argparse's own refusals exit
        status = refused.code
    assert status == exit_code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    return err


@pytest.mark.parametrize(
    "argv",
    [
        ["counts", "--event", HUGE],
        ["attendees", "--event", "{gera}", "--limit", HUGE],
        ["attendees", "--event", "{gera}", "--limit", "-5"],
        ["attendees", "--event", "²"],
        ["events", "add", "--title", "T", "--date", "2026-12-08", "--venue", "V", "--number", HUGE],
        ["events", "add", "--title", "T", "--date", "2026-12-08", "--venue", "V", "--number", "0"],
        ["consent", "history", "--person", "9" * 5000, "--json"],
        ["badges", "--event", "{gera}", "--out", "x.pdf", "--skip", "-1"],
        ["audit", "--limit", "3000000000"],
    ],
)
def test_a_number_that_does_not_fit_is_refused_in_one_line(demo, db_path, capsys, argv):
    _sessions, gera, _ = demo
    argv = [a.format(gera=gera) for a in argv]
    line = _refused(capsys, ["--db", str(db_path), *argv])
    assert "argument --" in line  # names the option


@pytest.mark.parametrize("code", [HUGE, "9" * 5000, "²", "2147483648"])
def test_checkin_of_a_number_no_person_has_finds_nobody(demo, db_path, capsys, code):
    _sessions, gera, _ = demo
    line = _refused(capsys, ["--db", str(db_path), "checkin", "--event", str(gera), code])
    assert "Nobody with code or id" in line


@pytest.mark.parametrize(
    "url",
    [
        "bogus://",
        "postgresql+psycopg://u@[::1/x",
        "postgresql+psycopg://u@host:port/x",
        "sqlite+nothing:///x.db",
        "://x",
    ],
)
def test_a_malformed_database_url_is_refused_in_one_line(tmp_path, capsys, monkeypatch, url):
    monkeypatch.chdir(tmp_path)
    line = _refused(capsys, ["--db", url, "events", "list"])
    assert "database" in line.lower()
    assert list(tmp_path.iterdir()) == []  # nothing created by the attempt


SURVEY = "Organisation;Thema;Art;Erfahrung;Beschreibung\nStadt Gotha;Mobilität;Erfahrung;{};\n"


@pytest.mark.parametrize("rating", ["²", "٣", "9" * 5000, "-1", "+3"])
def test_a_rating_that_is_no_plain_digit_is_refused_naming_its_line(
    db_path, sessions, tmp_path, capsys, rating
):
    path = tmp_path / "umfrage.csv"
    path.write_text(SURVEY.format(rating), encoding="utf-8")
    before = counts(db_path, ("organizations", "statements"))
    line = _refused(capsys, ["--db", str(db_path), "survey", "import", str(path)])
    assert line.startswith("smartnet-desktop: line 2, column 4: ") and len(line) < 200
    assert counts(db_path, ("organizations", "statements")) == before


def _survey_importing(db, path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "smartnet_desktop", "--db", str(db), "survey", "import", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_survey_imports_of_one_file_at_the_same_time_create_nothing_twice(
    tmp_path, db_path, sessions
):
    path = tmp_path / "umfrage.csv"
    lines = ["Organisation;Thema;Art;Erfahrung;Beschreibung"]
    lines += [f"Kommune {i};Mobilität;Erfahrung;{i % 6 + 1};" for i in range(150)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    both = [_survey_importing(db_path, path) for _ in range(2)]
    outputs = [process.communicate(timeout=300) for process in both]
    assert all("Traceback" not in err for _out, err in outputs), outputs
    # Each runs after the other; on a slow machine the second may give up waiting after
    # the busy timeout, with one line and nothing changed.
    for process, (_out, err) in zip(both, outputs, strict=True):
        assert process.returncode == 0 or (
            process.returncode == 1 and "busy" in err and err.count("\n") == 1
        ), outputs
    assert 0 in [process.returncode for process in both], outputs
    names = [o.name for o in organizations.list_organizations(sessions)]
    assert len(names) == len(set(names)) == 150
    assert counts(db_path, ("statements",)) == (150,)


def test_db_copy_from_a_mistyped_path_creates_nothing(tmp_path, capsys):
    typo = tmp_path / "treffen-typo.db"
    target = tmp_path / "ziel.db"
    line = _refused(capsys, ["db", "copy", "--from", str(typo), "--to", str(target)], exit_code=1)
    assert str(typo) in line and "complete" not in line
    assert not typo.exists() and not target.exists()
