"""The desk's person card after a scan, on the real window under Xvfb: a badge code typed
at a scanner's speed checks the person in, the card names the organisations here today
that fit theirs ("Heute hier und passend: …"), and F11 prints their personal sheet on the
desk's printer (a PDF file stands in for it, chosen before: no dialog). At 1280×800 and
1024×700; the screenshots are kept (SMARTNET_SHOTS, default the test's folder) for a look."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pypdfium2
import pytest

from tests.database_under_test import sqlite_only
from tests.ui.test_real_keys import checked_in, cli

pytestmark = sqlite_only


def _wait_for(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)
    return condition()


@pytest.mark.parametrize("size", ["1280x800", "1024x700"])
def test_a_scan_shows_the_matches_here_and_f11_prints_the_sheet(
    real_display_of_size, tmp_path, size
):
    db = tmp_path / "meeting.db"
    cli(db, "demo-data")
    event = max(e["id"] for e in json.loads(cli(db, "events", "list", "--json")))
    people = {
        p["family_name"]: p
        for p in json.loads(cli(db, "attendees", "--event", str(event), "--json"))
    }
    partner, holder = people["Weißbach"], people["Ackerbauer"]  # Stadt Gera; the Allianz
    cli(db, "checkin", "--event", str(event), "--by", "Desk 2", partner["badge_code"])
    printed = tmp_path / "printer"
    printed.mkdir()
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(
        json.dumps(
            {
                "desk_printer": f"file:{printed}",  # chosen at this desk's first F10
                "desk_stock": "a4-insert-90x55",
                "desk_pdf_counts_printed": True,
            }
        ),
        encoding="utf-8",
    )
    display = real_display_of_size(size)
    app = display.start_app(
        ["--db", str(db), "--lang", "de"],
        env={"SMARTNET_CONFIG_DIR": str(config), "SMARTNET_DATA_DIR": str(tmp_path / "data")},
    )
    shots = Path(os.environ.get("SMARTNET_SHOTS", str(tmp_path)))

    display.scan(holder["badge_code"])  # 8 ms per key, then Enter
    assert _wait_for(lambda: checked_in(db, event) == 2, 30), app.output()
    time.sleep(1.5)  # the card's matches are read after the check-in
    display.screenshot(shots / f"desk-card-{size}.png")

    display.key("F11")
    assert _wait_for(lambda: list(printed.glob("*-sheet.pdf")), 60), app.output()
    time.sleep(0.5)
    display.screenshot(shots / f"desk-sheet-printed-{size}.png")
    [sheet] = printed.glob("*-sheet.pdf")
    document = pypdfium2.PdfDocument(sheet.read_bytes())
    text = document[0].get_textpage().get_text_range()
    assert "Heute für Sie interessant" in text
    assert f"{holder['given_name']} {holder['family_name']}" in text
    assert "Stadt Gera" in text and "Heute hier: Jürgen Weißbach" in text
    document.close()
    app.close()  # a meeting with check-ins may ask before closing: the exit code is not the point
    assert "Traceback" not in app.output()
