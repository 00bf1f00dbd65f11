"""The desk on a real X display, driven with real keys: a scanner's 8 ms per key and a
person typing umlauts at 60 ms. What the window shows is then read back by another
process, as a second desk would."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from tests.database_under_test import sqlite_only
from tests.real_window import real_display  # noqa: F401  (the fixture)

pytestmark = sqlite_only


def cli(db, *args):
    result = subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.fixture
def meeting(tmp_path):
    db = tmp_path / "meeting.db"
    cli(db, "demo-data")
    event = max(e["id"] for e in json.loads(cli(db, "events", "list", "--json")))
    people = json.loads(cli(db, "attendees", "--event", str(event), "--json"))
    return db, event, people


def checked_in(db, event):
    return json.loads(cli(db, "counts", "--event", str(event), "--json"))["checked_in"]


def test_a_scanned_badge_and_a_typed_umlaut_name_are_checked_in(real_display, meeting, tmp_path):
    db, event, people = meeting
    by_code = people[0]
    typed = next(p for p in people if "Ö" in p["family_name"])
    app = real_display.start_app(["--db", str(db), "--lang", "de"])

    real_display.scan(by_code["badge_code"])
    time.sleep(0.5)
    real_display.type_text(typed["family_name"].split("-")[0].lower(), delay_ms=60)
    time.sleep(0.5)
    real_display.key("Return")
    time.sleep(0.8)
    real_display.screenshot(tmp_path / "desk.png")

    assert checked_in(db, event) == 2  # seen by another process while the window is open
    assert app.close() == 0
    after = {p["person_id"]: p for p in json.loads(cli(db, "attendees", "--event", str(event), "--json"))}
    assert after[by_code["person_id"]]["checked_in_at"]
    assert after[typed["person_id"]]["checked_in_at"]
