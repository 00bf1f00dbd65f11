"""The agenda handout read back with pypdf and pypdfium2: every item in order with its time
and number, the notices, the next meeting (issue 23 item 14)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from smartnet_desktop.cli import main
from smartnet_desktop.domain.rows import AgendaItemInput
from smartnet_desktop.reports.agenda import render_agenda
from smartnet_desktop.reports.meeting_header import unbroken_title
from smartnet_desktop.services import agenda, events
from tests.reports.pdf_reading import find, page_texts


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


def test_items_are_numbered_as_on_the_slide_with_hanging_indents(demo):
    """ "1. Begrüßung" … "6. Get-together / Ausklang": the number in its own column, the
    title and the lines under it aligned right of it."""
    sessions, gera, _ = demo
    items = agenda.list_agenda(sessions, gera)
    pdf = render_agenda(events.get_event(sessions, gera), items, "de")
    numbers, titles = [], []
    for n, item in enumerate(items, start=1):
        title = find(pdf, item.title)[0]
        number = [b for b in find(pdf, f"{n}.") if abs(b.top - title.top) < 2]
        assert number and number[0].right < title.left, item.title
        numbers.append(number[0])
        titles.append(title)
    lefts = [t.left for t in titles]
    assert max(lefts) - min(lefts) < 1.5  # one column of titles
    # a wrapped description hangs under the title, not under the number
    sonstiges = next(i for i in items if i.title == "Sonstiges")
    text_lines = page_texts(pdf)[0].splitlines()
    start = next(i for i, line in enumerate(text_lines) if "Vorstellung neuer" in line)
    second = text_lines[start + 1].split()[0]  # the description's wrapped second line
    lines = [b for b in find(pdf, second) if b.page == 1 and b.top > titles[4].top]
    assert sonstiges.description and lines
    assert abs(lines[0].left - titles[items.index(sonstiges)].left) < 1.5


def test_notices_hang_under_their_bullet(demo):
    sessions, gera, _ = demo
    pdf = render_agenda(events.get_event(sessions, gera), agenda.list_agenda(sessions, gera))
    first = find(pdf, "Wir machen Fotos.")[0]
    wrapped = find(pdf, "DAT.")[0]  # the notice's second line
    bullets = [b for b in find(pdf, "•") if first.top <= (b.top + b.bottom) / 2 <= first.bottom]
    assert wrapped.top > first.top and abs(wrapped.left - first.left) < 1.5
    assert bullets and bullets[0].right < first.left


def test_the_next_meeting_is_announced_when_one_is_planned(demo):
    sessions, gera, muehlhausen = demo
    event = events.get_event(sessions, gera)
    upcoming = events.next_event(sessions, gera)
    assert upcoming is not None and upcoming.id == muehlhausen
    items = agenda.list_agenda(sessions, gera)
    german = _text(render_agenda(event, items, "de", upcoming))
    english = _text(render_agenda(event, items, "en", upcoming))
    assert "Nächstes Netzwerktreffen: 8. Dezember, Mühlhausen" in german
    assert "Next network meeting: 8 December, Mühlhausen" in english
    assert events.next_event(sessions, muehlhausen) is None
    last = _text(render_agenda(events.get_event(sessions, muehlhausen), [], "de", None))
    assert "Nächstes Netzwerktreffen" not in last


def test_the_next_meeting_in_another_year_names_the_year(demo):
    sessions, gera, muehlhausen = demo
    event = events.get_event(sessions, gera)
    later = replace(events.get_event(sessions, muehlhausen), date=date(2023, 3, 14))
    assert "Nächstes Netzwerktreffen: 14. März 2023, Mühlhausen" in _text(
        render_agenda(event, [], "de", later)
    )


def test_the_cli_handout_announces_the_next_meeting(demo, db_path, tmp_path):
    _sessions, gera, _ = demo
    out = tmp_path / "tagesordnung.pdf"
    assert main(["--db", str(db_path), "agenda", "--event", str(gera), "--out", str(out)]) == 0
    assert "Nächstes Netzwerktreffen: 8. Dezember, Mühlhausen" in _text(out.read_bytes())


def test_the_title_never_breaks_inside_smart_regions(demo):
    """The title "4. Netzwerktreffen Smart Cities / Smart Regions in Thüringen" at 18 pt
    broke after "Smart"; the two words on either side of the slash stay together."""
    sessions, gera, _ = demo
    pdf = render_agenda(events.get_event(sessions, gera), agenda.list_agenda(sessions, gera))
    smart = [b for b in find(pdf, "Smart") if b.top < 120]
    regions, cities = find(pdf, "Regions")[0], find(pdf, "Cities")[0]
    assert any(abs(b.top - regions.top) < 2 for b in smart)  # "Smart" on the line of "Regions"
    assert any(abs(b.top - cities.top) < 2 for b in smart)
    assert unbroken_title("4. Netzwerktreffen Smart Cities / Smart Regions in Thüringen") == (
        "4.\u00a0Netzwerktreffen Smart\u00a0Cities / Smart\u00a0Regions in Thüringen"
    )
