"""Keys of the key table pressed on a real display (xdotool), in German: F1 shows the
reference beside the desk without taking the scanner's keys; menu keys open what the
table says they open."""

from __future__ import annotations

import json
import time

from tests.database_under_test import sqlite_only
from tests.ui.test_real_keys import checked_in, cli

pytestmark = sqlite_only


def _wait(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"waited {timeout} s for {what}"
        time.sleep(0.1)


def test_f1_and_menu_keys_with_real_keys(request, tmp_path):
    display = request.getfixturevalue("real_display")
    db = tmp_path / "meeting.db"
    cli(db, "demo-data")
    event = max(e["id"] for e in json.loads(cli(db, "events", "list", "--json")))
    people = json.loads(cli(db, "attendees", "--event", str(event), "--json"))
    app = display.start_app(["--db", str(db), "--lang", "de"])

    display.key("F1")
    _wait(lambda: "Tastenübersicht" in app.window_names(), 15, "the keyboard reference")
    display.scan(people[0]["badge_code"])  # the reference leaves the keys to the desk
    _wait(lambda: checked_in(db, event) == 1, 10, "the scan while F1's reference shows")
    display.screenshot(tmp_path / "f1.png")

    for keys, title in (
        ("ctrl+shift+e", "Neue Veranstaltung"),  # File › New event (event.new)
        # File › Export (attendees.export), from the desk's field, which has the focus and
        # took Ctrl+E, the key before the table, as "end of line"
        ("ctrl+l", "Teilnehmerliste exportieren"),
    ):
        app.activate()
        display.key(keys)
        _wait(lambda t=title: t in app.window_names(), 15, f"'{title}' after {keys}")
        display.key("Escape")
        _wait(lambda t=title: t not in app.window_names(), 15, f"'{title}' to close")
    assert app.close() == 0
