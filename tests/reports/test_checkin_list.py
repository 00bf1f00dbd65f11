"""The paper check-in list: everyone, alphabetical as German lists are, with the codes."""

from __future__ import annotations

import io
import json
import re

from pypdf import PdfReader

from smartnet_desktop.cli import main
from smartnet_desktop.services import attendees


def test_the_check_in_list_holds_everyone_alphabetically_with_codes(
    demo, db_path, tmp_path, capsys
):
    sessions, gera, _ = demo
    out = tmp_path / "liste.pdf"
    code = main(
        ["--db", str(db_path), "checkin-list", "--event", str(gera), "--out", str(out), "--json"]
    )
    assert code == 0 and json.loads(capsys.readouterr().out)["people"] == 40
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    rows = attendees.list_attendees(sessions, gera)
    for row in rows:
        assert row.badge_code in text and row.family_name in text
    objectors = sum(r.photo_objection for r in rows)
    assert "Check-in-Liste" in text and len(re.findall(r"keine\s+Fotos", text)) == objectors
    order = [m for m in re.findall(r"^(\S[^,\n]*), ", text, re.MULTILINE)]
    for earlier, later in [
        ("Görlitz-Fiktiv", "Grünfeld"),
        ("Ohneorga", "Öztürk-Fiktiv"),
        ("Ødegård", "Ohneorga"),
        ("Überall", "Weißbach"),
        ("Straßburger", "Thüringer"),
        ("Zeißig", "Żółćińska"),
    ]:
        assert order.index(earlier) < order.index(later), (earlier, later)
