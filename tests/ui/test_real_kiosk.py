"""Issue 27's Done-when on the real window: the kiosk under Xvfb driven with real keys:
a scan → the preview → the two answers → the badge printed to a PDF → checked in; a name
typed shows nobody's name; the PIN leaves it. Screenshots at 1280×800 and 1024×768 are
kept (SMARTNET_SHOTS names a folder to keep them in)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees, consent, events
from smartnet_desktop.services.demo import load_demo
from smartnet_desktop.services.kiosk_pin import hash_pin


def _wait(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.parametrize("size", ["1280x800", "1024x768"])
def test_the_kiosk_with_real_keys(real_display_of_size, tmp_path, size):
    display = real_display_of_size(size)
    db = tmp_path / "meeting.db"
    engine, sessions = open_database(db)
    load_demo(sessions)
    event = events.list_events(sessions)[0]
    rows = attendees.list_attendees(sessions, event.id)
    person = next(r for r in rows if r.checked_in_at is None)
    engine.dispose()
    config, out = tmp_path / "config", tmp_path / "badges"
    config.mkdir()
    out.mkdir()
    settings = {"kiosk_pin": hash_pin("2468"), "desk_printer": f"file:{out}/", "desk_name": "Foyer"}
    (config / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    shots = Path(os.environ.get("SMARTNET_SHOTS", str(tmp_path)))
    env = {"SMARTNET_CONFIG_DIR": str(config), "SMARTNET_DATA_DIR": str(tmp_path / "data")}
    app = display.start_app(["--db", str(db), "--kiosk", "--lang", "de"], env=env)
    time.sleep(1.5)
    display.screenshot(shots / f"kiosk-start-{size}.png")

    display.key("Escape", "ctrl+q", "alt+F4")  # none of them leaves the kiosk
    time.sleep(0.5)
    assert app.process.poll() is None

    display.type_text(person.family_name, delay_ms=40)  # a name: nobody is shown
    display.key("Return")
    time.sleep(1.0)
    display.screenshot(shots / f"kiosk-name-typed-{size}.png")

    display.scan(person.badge_code)
    time.sleep(2.0)
    display.screenshot(shots / f"kiosk-preview-{size}.png")
    display.key("space")  # "Stimmt" has the focus
    time.sleep(1.0)
    display.screenshot(shots / f"kiosk-question-{size}.png")
    display.key("Tab", "space")  # Ja: no photos, please
    time.sleep(1.0)
    display.key("Tab", "Tab", "space")  # Nein: no contact sharing
    pdf = out / f"{person.badge_code}.pdf"
    assert _wait(pdf.exists), app.output()
    time.sleep(1.0)
    display.screenshot(shots / f"kiosk-done-{size}.png")

    engine, sessions = open_database(db)
    fresh = attendees.list_attendees(sessions, event.id, person_ids=[person.person_id])[0]
    answers = [(c.kind, c.decision, c.channel) for c in consent.history(sessions, person.person_id)]
    engine.dispose()
    assert fresh.checked_in_at is not None and fresh.checked_in_by == "Kiosk Foyer"
    assert ("photo", "object", "kiosk") in answers
    assert ("contact_sharing", "object", "kiosk") in answers

    display.key("space")  # Fertig
    time.sleep(0.5)
    display.key("ctrl+shift+l")
    time.sleep(0.5)
    display.type_text("2468", delay_ms=40)
    display.key("Return")
    app.process.wait(20)
    assert app.process.returncode == 0
    assert "Traceback" not in app.output()
