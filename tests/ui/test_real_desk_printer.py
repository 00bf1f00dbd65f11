"""Issue 22 item 8 on the real window: F10 with no printer set up opens the desk's printer
dialog, which says "no printer found" where the system has none, at 1280×800 and 1024×700
in German and English (screenshots kept beside the test's files)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.real_window import require_tools


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", ["1280x800", "1024x700"])
def test_f10_without_a_printer_opens_the_dialog_that_says_so(
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
    display.key("ctrl+1")
    display.type_text("Weißbach")  # ß as one key of the German keymap
    display.key("Return")
    time.sleep(1.0)
    display.key("F10")
    title = "Drucker dieses Empfangs" if language == "de" else "Printer of this desk"
    app.wait_for_window(title, timeout=20)
    time.sleep(0.5)
    # SMARTNET_SHOTS: a folder to keep the screenshot in for a look (default: tmp_path).
    shots = Path(os.environ.get("SMARTNET_SHOTS", str(tmp_path)))
    display.screenshot(shots / f"printer-{size}-{language}.png")
    display.key("Escape")
    time.sleep(0.3)
    app.close()  # a demo with a check-in may ask before closing: the exit code is not the point
    assert "Traceback" not in app.output()
