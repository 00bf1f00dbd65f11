"""`minutes` and `invite` on the command line: what they write, and every refusal as one
line on stderr with exit code 2, nothing written (issue 26 items 4 and 5)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from smartnet_desktop.cli import main
from tests.record.meeting import make_meeting
from tests.reports.pdf_reading import all_text


@pytest.fixture
def meeting(sessions):
    return make_meeting(sessions)


def _run(capsys, argv) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as refused:  # argparse's own refusals
        status = refused.code
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def test_minutes_and_invitation_from_the_command_line(meeting, db_path, tmp_path, capsys):
    db = ["--db", str(db_path)]
    status, out, _ = _run(
        capsys,
        [
            *db,
            "minutes",
            "--event",
            str(meeting.previous),
            "--out",
            str(tmp_path / "p.pdf"),
            "--final",
            "--json",
        ],
    )
    assert status == 0
    assert json.loads(out) == {
        "status": "ok",
        "file": str(tmp_path / "p.pdf"),
        "state": "final",
        "organisations": 4,
        "named": 2,
        "counted": 3,
    }
    status, out, _ = _run(
        capsys,
        [
            *db,
            "invite",
            "--event",
            str(meeting.following),
            "--from",
            str(meeting.previous),
            "--out",
            str(tmp_path / "einladung"),
            "--json",
        ],
    )
    assert status == 0
    written = json.loads(out)
    assert (written["recipients"], written["left_out"], written["minutes_attached"]) == (4, 3, True)
    assert sorted(p.name for p in (tmp_path / "einladung").iterdir()) == [
        ".smartnet-desktop-output.json",
        "einladung.eml",
        "einladung.ics",
        "verteiler.csv",
    ]
    status, _, _ = _run(
        capsys,
        [
            *db,
            "minutes",
            "--event",
            str(meeting.previous),
            "--reopen",
            "--out",
            str(tmp_path / "e.pdf"),
            "--lang",
            "en",
        ],
    )
    assert status == 0
    assert "Minutes (draft)" in all_text((tmp_path / "e.pdf").read_bytes())


@pytest.mark.parametrize(
    "argv",
    [
        ["minutes", "--event", "{previous}", "--out", "{tmp}/p.txt"],
        ["minutes", "--event", "{previous}"],
        ["minutes", "--event", "999", "--out", "{tmp}/p.pdf"],
        ["minutes", "--event", "{previous}", "--reopen"],  # not final
        ["minutes", "--event", "{previous}", "--out", "{tmp}"],  # a folder
        ["minutes", "--event", "{previous}", "--final", "--reopen", "--out", "{tmp}/p.pdf"],
        ["invite", "--event", "{following}", "--from", "{following}", "--out", "{tmp}/i"],
        ["invite", "--event", "999", "--from", "{previous}", "--out", "{tmp}/i"],
        ["invite", "--event", "{following}", "--from", "{previous}", "--out", "{tmp}"],
        ["invite", "--event", "{following}", "--from", "{previous}", "--out", ""],
        ["invite", "--event", "{following}", "--from", "{previous}", "--out", "{tmp}/f.txt"],
    ],
)
def test_refusals_are_one_line_and_write_nothing(meeting, db_path, tmp_path, capsys, argv):
    (tmp_path / "brief.docx").write_text("the user's")
    (tmp_path / "f.txt").write_text("a file, not a folder")
    before = sorted(p.name for p in tmp_path.iterdir())
    values = {"previous": meeting.previous, "following": meeting.following, "tmp": tmp_path}
    status, _, err = _run(capsys, ["--db", str(db_path), *(a.format(**values) for a in argv)])
    assert status == 2
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "brief.docx").read_text() == "the user's"


def test_the_commands_are_listed_in_help():
    out = subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", "--help"], capture_output=True, text=True
    ).stdout
    assert "minutes" in out and "invite" in out
