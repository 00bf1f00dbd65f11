"""Issue 22 items 7 and 1 in the real window under Xvfb: a keyboard-wedge scanner set to
the other keyboard layout presses the keys of its own layout (real key codes, 8 ms per key,
then Enter) and the computer types what its layout puts on those keys; last meeting's
badge of someone registered for this meeting too is checked in at once."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import time

import pytest

from tests import xkb_layouts
from tests.database_under_test import sqlite_only
from tests.ui.test_real_keys import checked_in, cli

pytestmark = [
    sqlite_only,
    pytest.mark.skipif(bool(xkb_layouts.missing()), reason=xkb_layouts.missing() or "-"),
]

BADGE_URL = "https://steckbriefe.example/muehlhausen#{}"


@pytest.fixture
def meeting(tmp_path):
    db = tmp_path / "meeting.db"
    cli(db, "demo-data")
    listed = sorted(json.loads(cli(db, "events", "list", "--json")), key=lambda e: e["id"])
    fourth, fifth = listed[0]["id"], listed[-1]["id"]
    people = json.loads(cli(db, "attendees", "--event", str(fifth), "--json"))
    return db, fourth, fifth, people


def _attendee(db, event, person_id):
    rows = json.loads(cli(db, "attendees", "--event", str(event), "--json"))
    return next(r for r in rows if r["person_id"] == person_id)


def _old_code(db, registration_id: int, code: str) -> None:
    """A badge printed before codes lost Y and L."""
    with sqlite3.connect(db) as connection:
        connection.execute(
            "UPDATE registrations SET badge_code = ? WHERE id = ?", (code, registration_id)
        )
    connection.close()


def _wait_for_check_ins(db, event, count: int, timeout: float = 30.0) -> int:
    """The window works the queued keys off at its own pace (a filter per key under load)."""
    deadline = time.monotonic() + timeout
    while (done := checked_in(db, event)) < count and time.monotonic() < deadline:
        time.sleep(0.3)
    time.sleep(0.5)  # the band is drawn after the write
    return done


def _scanner(real_display, text: str, scanner_layout: str, folder) -> None:
    """The scanner's key presses for `text` in its own layout, 8 ms apart, then Enter."""
    presses = xkb_layouts.scanner_keys(text, scanner_layout, folder)
    real_display.key(*presses, delay_ms=8)
    real_display.key("Return", delay_ms=8)


@pytest.mark.parametrize(
    ("scanner_layout", "computer_layout", "language"), [("us", "de", "de"), ("de", "us", "en")]
)
def test_an_old_badge_from_a_scanner_set_to_the_other_layout_checks_in(
    real_display, meeting, tmp_path, scanner_layout, computer_layout, language
):
    db, _fourth, fifth, people = meeting
    holder = people[2]
    _old_code(db, holder["registration_id"], "K6QQPY")
    app = real_display.start_app(["--db", str(db), "--lang", language])
    subprocess.run(["setxkbmap", computer_layout], env=real_display.env(), check=True)
    time.sleep(0.3)

    _scanner(real_display, BADGE_URL.format("K6QQPY"), scanner_layout, tmp_path)
    done = _wait_for_check_ins(db, fifth, 1)
    real_display.screenshot(tmp_path / f"{scanner_layout}-scanner-on-{computer_layout}.png")

    assert done == 1, app.output()
    assert _attendee(db, fifth, holder["person_id"])["checked_in_at"]
    assert app.close() == 0


@pytest.mark.parametrize("language", ["de", "en"])
def test_last_meetings_badge_of_someone_registered_here_checks_in_at_once(
    real_display, meeting, tmp_path, language
):
    db, fourth, fifth, people = meeting
    here = {p["person_id"]: p for p in people}
    old = next(
        r
        for r in json.loads(cli(db, "attendees", "--event", str(fourth), "--json"))
        if r["person_id"] in here
    )
    app = real_display.start_app(["--db", str(db), "--lang", language])

    real_display.scan(f"https://steckbriefe.example/gera#{old['badge_code']}")
    done = _wait_for_check_ins(db, fifth, 1)
    real_display.screenshot(tmp_path / f"old-badge-{language}.png")

    assert done == 1, app.output()
    row = _attendee(db, fifth, old["person_id"])
    assert row["checked_in_at"] and row["registration_id"] == here[old["person_id"]][
        "registration_id"
    ]
    assert not _attendee(db, fourth, old["person_id"])["checked_in_at"]
    assert app.close() == 0
