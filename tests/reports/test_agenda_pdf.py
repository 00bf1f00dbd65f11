"""The agenda handout read back with pypdf: every item in order with its time, the notices."""

from __future__ import annotations

import io

from pypdf import PdfReader

from smartnet_desktop.domain.rows import AgendaItemInput
from smartnet_desktop.reports.agenda import render_agenda
from smartnet_desktop.services import agenda, events


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_handout_holds_every_item_in_order_with_its_time_and_the_notices(demo):
    sessions, gera, _ = demo
    event = events.get_event(sessions, gera)
    items = agenda.list_agenda(sessions, gera)
    text = _text(render_agenda(event, items, "de"))
    positions = []
    for item in items:
        entry = f"{item.start:%H:%M}–{item.end:%H:%M}"
        assert entry in text
        positions.append(text.index(item.title))
        assert text.index(entry) < text.index(item.title)
    assert positions == sorted(positions)
    assert "Tagesordnung" in text and "30.08.2022" in text
    for notice in ("Bitte Hygieneregeln beachten.", "Wer nicht fotografiert werden möchte"):
        assert notice in text


def test_english_handout_and_non_latin_text(demo):
    sessions, gera, _ = demo
    agenda.add_item(sessions, gera, AgendaItemInput("Grußwort von Łucja Żółćińska und Nguyễn"))
    text = _text(
        render_agenda(events.get_event(sessions, gera), agenda.list_agenda(sessions, gera), "en")
    )
    assert "Agenda" in text and "Notices" in text
    assert "Łucja Żółćińska und Nguyễn" in text
