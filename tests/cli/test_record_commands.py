"""`poll` and `newcomers` as a script calls them: exit codes, JSON, one-line refusals."""

from __future__ import annotations

import json

from pypdf import PdfReader

from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees, checkin
from smartnet_desktop.services.demo import load_demo
from tests.cli.test_cli import run


def _demo(db_path):
    engine, sessions = open_database(db_path)
    gera, _ = sorted(load_demo(sessions).event_ids)
    rows = attendees.list_attendees(sessions, gera)
    checkin.check_in(sessions, rows[0].registration_id, "Desk 1")
    engine.dispose()
    return gera, rows


def test_poll_add_vote_correct_and_results_as_the_issue_shows(capsys, db_path):
    gera, rows = _demo(db_path)
    db = ["--db", str(db_path)]
    code, out, _ = run(
        capsys, *db, "poll", "add", "--event", str(gera), "--question", "Mehrwert?",
        "--option", "Ja", "--option", "Nein", "--json",
    )  # fmt: skip
    assert code == 0
    poll = str(json.loads(out)["poll"])
    org = rows[0].organization
    assert (
        run(capsys, *db, "poll", "vote", "--poll", poll, "--organisation", org, "--option", "Nein")[
            0
        ]
        == 0
    )
    assert (
        run(capsys, *db, "poll", "vote", "--poll", poll, "--organisation", org, "--option", "Ja")[0]
        == 0
    )
    code, out, _ = run(capsys, *db, "poll", "results", "--poll", poll, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["question"] == "Mehrwert?"
    assert data["options"] == [{"option": "Ja", "votes": 1}, {"option": "Nein", "votes": 0}]


def test_poll_refusals_are_one_line_with_exit_2(capsys, db_path):
    gera, rows = _demo(db_path)
    db = ["--db", str(db_path)]
    run(
        capsys,
        *db,
        "poll",
        "add",
        "--event",
        str(gera),
        "--question",
        "Q",
        "--option",
        "A",
        "--option",
        "B",
    )
    absent = next(r.organization for r in rows if r.organization != rows[0].organization)
    for args in (
        ["vote", "--poll", "1", "--organisation", absent, "--option", "A"],
        ["vote", "--poll", "1", "--organisation", rows[0].organization, "--option", "C"],
        ["count", "--poll", "1", "--option", "A", "--count", "7"],
        ["results", "--poll", "99"],
        ["add", "--event", str(gera), "--question", "Q", "--option", "A"],
        ["count", "--poll", "1", "--option", "A", "--count", "-1"],
    ):
        code, out, err = run(capsys, *db, "poll", *args)
        assert code == 2, args
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    assert (
        "checked in"
        in run(
            capsys, *db, "poll", "vote", "--poll", "1", "--organisation", absent, "--option", "A"
        )[2]
    )


def test_poll_count_by_show_of_hands(capsys, db_path):
    gera, _ = _demo(db_path)
    db = ["--db", str(db_path)]
    run(
        capsys,
        *db,
        "poll",
        "add",
        "--event",
        str(gera),
        "--question",
        "Q",
        "--option",
        "Ja",
        "--option",
        "Nein",
        "--hands",
    )
    assert (
        run(capsys, *db, "poll", "count", "--poll", "1", "--option", "Ja", "--count", "7")[0] == 0
    )
    code, out, _ = run(capsys, *db, "poll", "results", "--poll", "1", "--json")
    assert json.loads(out)["options"] == [
        {"option": "Ja", "votes": 7},
        {"option": "Nein", "votes": 0},
    ]


def test_newcomers_json_and_pdf(capsys, db_path, tmp_path):
    gera, rows = _demo(db_path)
    db = ["--db", str(db_path)]
    code, out, _ = run(capsys, *db, "newcomers", "--event", str(gera), "--json")
    assert code == 0
    data = json.loads(out)
    assert len(data) == len(rows) and {"badge_code", "profile_address", "new_organisation"} <= set(
        data[0]
    )
    pdf = tmp_path / "neu.pdf"
    assert run(capsys, *db, "newcomers", "--event", str(gera), "--out", str(pdf))[0] == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Neu bei diesem Treffen" in text
    assert rows[0].family_name in text and "da" in text
    code, _, err = run(capsys, *db, "newcomers", "--event", "99")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_poll_delete_removes_the_poll_and_is_audited(capsys, db_path):
    from smartnet_desktop.services import audit, polls

    gera, _ = _demo(db_path)
    db = ["--db", str(db_path)]
    code, out, _ = run(
        capsys, *db, "poll", "add", "--event", str(gera), "--question", "Weiter so?",
        "--option", "Ja", "--option", "Nein", "--json",
    )  # fmt: skip
    poll = str(json.loads(out)["poll"])
    code, out, _ = run(capsys, *db, "poll", "delete", "--poll", poll, "--by", "Jörg", "--json")
    assert code == 0 and json.loads(out) == {"status": "ok", "poll": int(poll)}
    engine, sessions = open_database(db_path)
    try:
        assert polls.event_polls(sessions, gera) == []
        newest = audit.list_entries(sessions, limit=1)[0]
        assert (newest.action, newest.actor) == ("poll_delete", "Jörg")
    finally:
        engine.dispose()
    code, _, err = run(capsys, *db, "poll", "delete", "--poll", poll)
    assert code == 2 and len(err.strip().splitlines()) == 1
