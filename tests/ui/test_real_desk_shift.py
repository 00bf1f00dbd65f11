"""Issue 22 items 4 and 13 on the real window (Xvfb, German keymap, xdotool keys) at
1280×800 and 1024×700 in German and English: "ulrike" shows Ulrike Thüringer, who came to
the 4th meeting, greyed below the separator and Enter registers and checks her in; a
walk-in typed without umlauts shows the known Doris Fröhlich; F2 edits the shown person's
note, which the band then shows. Screenshots go to SMARTNET_SHOTS (default: tmp_path)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.real_window import require_tools


def _shot(display, tmp_path: Path, name: str) -> None:
    shots = Path(os.environ.get("SMARTNET_SHOTS", str(tmp_path)))
    shots.mkdir(parents=True, exist_ok=True)
    display.screenshot(shots / name)


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", ["1280x800", "1024x700"])
def test_a_desk_shift_with_known_people_a_walk_in_and_a_note(
    real_display_of_size, tmp_path, size, language
):
    require_tools("xprop", "xwininfo")
    display = real_display_of_size(size)
    home = tmp_path / "home"
    home.mkdir()
    app = display.start_app(
        ["--demo", "--lang", language],
        env={"XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")},
    )
    time.sleep(1.0)
    tag = f"{size}-{language}"
    display.key("ctrl+1")
    display.type_text("ulrike")  # a person's 60 ms per key
    time.sleep(0.8)
    _shot(display, tmp_path, f"desk-ulrike-{tag}.png")
    display.key("Return")  # the only one, not registered: registered and checked in
    time.sleep(1.0)
    _shot(display, tmp_path, f"desk-ulrike-checked-in-{tag}.png")
    display.key("F2")
    title = "Angaben von" if language == "de" else "Details of"
    app.wait_for_window(title, timeout=20)
    time.sleep(0.4)
    display.type_text("VIP — Gastgeber informieren" if language == "de" else "VIP — tell the host")
    _shot(display, tmp_path, f"desk-f2-{tag}.png")
    display.key("Return")
    time.sleep(1.0)
    _shot(display, tmp_path, f"desk-note-{tag}.png")
    display.type_text("Doris Froehlich")
    display.key("ctrl+n")
    time.sleep(1.0)
    display.type_text("Stadt Weida")
    time.sleep(0.5)
    _shot(display, tmp_path, f"desk-walk-in-{tag}.png")
    display.key("Return")
    time.sleep(1.0)
    _shot(display, tmp_path, f"desk-walk-in-done-{tag}.png")
    app.close()
    assert "Traceback" not in app.output()
