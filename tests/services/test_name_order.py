"""One collation wherever names are listed: DIN 5007-1 (Ö with O, ß as ss, Ł with L,
Ş with S, Ø with O), in the attendee list, the command line and the badge PDF."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from smartnet_desktop.cli import main
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, events, registry

# In the order a German reader expects them.
EXPECTED = [
    "Görlitz",
    "Grünfeld",
    "Łukasik",
    "Lutz",
    "Ødegård",
    "Öztürk",
    "Ozzy",
    "Şahin",
    "Schulz",
    "Ślęzak",
    "Straßburger",
    "Strasser",
    "Überall",
    "Zeißig",
    "Żółćińska",
]


def _event_with_the_names(sessions):
    event = events.create_event(sessions, EventInput("Treffen", date(2026, 12, 8), "Jena")).value
    for family in reversed(EXPECTED):
        registry.add_attendee(sessions, event.id, registry.PersonInput("Ina", family))
    return event.id


def test_the_attendee_list_is_in_german_alphabetical_order(sessions):
    event_id = _event_with_the_names(sessions)
    assert [r.family_name for r in attendees.list_attendees(sessions, event_id)] == EXPECTED
    assert [r.family_name for r in attendees.list_attendees(sessions, event_id, limit=3)] == (
        EXPECTED[:3]
    )


def test_the_command_line_and_the_badge_pdf_use_the_same_order(sessions, db_path, tmp_path, capsys):
    event_id = _event_with_the_names(sessions)
    assert main(["--db", str(db_path), "attendees", "--event", str(event_id)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("Ina ")[1].split("  (")[0] for line in lines] == EXPECTED
    out = tmp_path / "badges.pdf"
    assert main(["--db", str(db_path), "badges", "--event", str(event_id), "--out", str(out)]) == 0
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    positions = [text.index(name) for name in EXPECTED]
    assert positions == sorted(positions)
