"""Issue 23 item 3: the photographers' list shows what the badges' photo marker looks like:
the same band (symbol, colour, words) and the corner symbol of label stock, as vectors."""

from __future__ import annotations

from datetime import date, datetime

import pypdfium2
from pypdf import PdfReader

from smartnet_desktop.badges.layouts import load_layouts
from smartnet_desktop.badges.photo_marker import MarkerStyle
from smartnet_desktop.badges.render import render_badges
from smartnet_desktop.domain.rows import BadgeData
from smartnet_desktop.reports import photo_list
from smartnet_desktop.services import events
from smartnet_desktop.services.consent import photo_objectors


def _colours(pdf: bytes) -> set[tuple[int, int, int]]:
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=1).to_pil().convert("RGB")
    return {colour for _, colour in image.getcolors(maxcolors=1 << 24)}


def test_the_list_shows_the_badges_marker_with_a_legend(demo, tmp_path):
    import io

    sessions, gera, _ = demo
    event = events.get_event(sessions, gera)
    marker = MarkerStyle("#2e5d4b", "Bitte nicht fotografieren")  # a colour the settings chose
    pdf = photo_list.render_photo_list(
        event, photo_objectors(sessions, gera), datetime(2026, 12, 8, 9, 0), "de", marker
    )
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Ihre Namensschilder tragen dieses Band" in text
    assert text.count("Bitte nicht fotografieren") >= 2  # the heading, and the band's words
    assert b"/Subtype /Image" not in pdf  # drawn as vectors, no emoji font, no picture
    badge = BadgeData(
        1, "Ola", "Li", "", "Stadt Weida", "", "Treffen", date(2026, 12, 8), "X1", True, "X1"
    )
    badge_pdf = render_badges([badge], load_layouts()["a4-insert-90x55"], marker).pdf
    band = (0x2E, 0x5D, 0x4B)
    assert band in _colours(badge_pdf) and band in _colours(pdf)  # the same band on both
