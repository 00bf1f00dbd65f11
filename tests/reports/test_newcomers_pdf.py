"""The moderator's newcomers list: "neue Organisation" is read at a glance, never split
over two lines ("neue Orga-/nisation" in the narrow organisation column)."""

from __future__ import annotations

import io
import re
from datetime import datetime

from pypdf import PdfReader

from smartnet_desktop.reports.newcomers_list import render_newcomers
from smartnet_desktop.services import events, newcomers


def test_new_organisation_is_never_hyphenated_nor_split(demo):
    sessions, gera, _ = demo
    rows = newcomers.newcomers(sessions, gera)
    marked = [r for r in rows if r.new_organisation]
    assert len(marked) > 10  # the demo's first meeting: every organisation is new
    pdf = render_newcomers(events.get_event(sessions, gera), rows, datetime(2022, 8, 30, 9, 0))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert not re.search(r"Orga(ni(sa)?)?-\n", text), text
    assert text.count("neue Organisation") == len(marked)  # both words on one line
    # the organisation's own name may still be hyphenated where it is long: only the
    # marker is kept whole; and the name column keeps every name whole
    assert "Beckmann-Probe" in text and "Vertretung des Freistaats" in text.replace("\n", " ")


def test_not_yet_here_stays_on_one_line(demo):
    sessions, gera, _ = demo
    rows = newcomers.newcomers(sessions, gera)
    pdf = render_newcomers(events.get_event(sessions, gera), rows, datetime(2022, 8, 30, 9, 0))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert text.count("noch nicht da") == len(rows)  # was "noch nicht" / "da"
