"""The command line as a script would call it: exit codes, JSON, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from smartnet_desktop.cli import main


def run(capsys, *args):
    """main() as the console script runs it; argparse's own errors end in SystemExit."""
    try:
        code = main(list(args))
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


def test_events_add_prints_json_with_the_new_id_and_list_shows_it(capsys, db_path):
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "events",
        "add",
        "--title",
        "5. Netzwerktreffen",
        "--date",
        "2022-12-08",
        "--venue",
        "Mühlhausen",
        "--json",
    )
    assert code == 0
    created = json.loads(out)
    assert created["id"] >= 1 and created["venue"] == "Mühlhausen"
    code, out, _ = run(capsys, "--db", str(db_path), "events", "list", "--json")
    assert [e["id"] for e in json.loads(out)] == [created["id"]]


@pytest.mark.parametrize(
    "args",
    [
        ["events", "add", "--title", "X", "--date", "2022-13-45", "--venue", "M"],
        ["events", "add", "--title", "", "--date", "2022-12-08", "--venue", "M"],
        ["events", "add", "--title", "X", "--venue", "M"],
        [
            "events",
            "add",
            "--title",
            "X",
            "--date",
            "2022-12-08",
            "--venue",
            "M",
            "--number",
            "abc",
        ],
        ["attendees", "--event", "999"],
    ],
)
def test_bad_input_exits_2_with_one_line_and_no_traceback(capsys, db_path, args):
    code, _, err = run(capsys, "--db", str(db_path), *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def run_process(db_path, *args) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "smartnet_desktop", "--db", str(db_path), *args]
    return subprocess.run(command, capture_output=True, text=True)


def test_a_bad_date_as_a_real_process(db_path):
    result = run_process(
        db_path, "events", "add", "--title", "X", "--date", "2022-13-45", "--venue", "M"
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "smartnet-desktop: Date: '2022-13-45' is not a valid date (YYYY-MM-DD)."
    ]
    assert result.stdout == ""


def test_argparse_errors_exit_2_with_one_line(db_path):
    result = run_process(db_path, "events", "add", "--title", "X")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_demo_data_then_attendees_and_checkin_exit_codes(capsys, db_path):
    assert run(capsys, "--db", str(db_path), "demo-data")[0] == 0
    code, out, _ = run(
        capsys, "--db", str(db_path), "attendees", "--event", "1", "--search", "zolc", "--json"
    )
    assert code == 0
    [person] = json.loads(out)
    assert person["family_name"] == "Żółćińska"

    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "checkin",
        "--event",
        "1",
        person["badge_code"].lower(),
        "--by",
        "Desk 1",
        "--json",
    )
    assert code == 0
    assert json.loads(out)["checked_in_by"] == "Desk 1"

    code, out, err = run(
        capsys, "--db", str(db_path), "checkin", "--event", "1", str(person["person_id"]), "--json"
    )
    assert code == 3
    assert json.loads(out)["checked_in_by"] == "Desk 1"
    assert "already checked in" in err and "Desk 1" in err

    code, _, err = run(capsys, "--db", str(db_path), "checkin", "--event", "1", "NOSUCH")
    assert code == 2 and "NOSUCH" in err


def test_agenda_json_lists_the_six_demo_items_with_consistent_times(capsys, db_path, tmp_path):
    run(capsys, "--db", str(db_path), "demo-data")
    code, out, _ = run(capsys, "--db", str(db_path), "agenda", "--event", "1", "--json")
    assert code == 0
    items = json.loads(out)
    assert [i["position"] for i in items] == list(range(6))
    assert items[0]["title"] == "Begrüßung" and items[-1]["title"] == "Get-together / Ausklang"
    for before, after in zip(items, items[1:], strict=False):
        assert before["end"] == after["start"]
    code, _, _ = run(
        capsys, "--db", str(db_path), "agenda", "--event", "1", "--out", str(tmp_path / "a.pdf")
    )
    assert code == 0 and (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_a_reader_that_stops_early_is_no_error(demo, db_path):
    """`| true` has closed the pipe before anything is written (as `| head -1` or
    `| grep -q` close it early): no 'Broken pipe', exit status 0."""
    command = (
        f"{sys.executable} -m smartnet_desktop --db {db_path} attendees --event 1 | true; "
        "echo status=${PIPESTATUS[0]}"
    )
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().endswith("status=0") and done.stderr == ""
