"""What the A4 reports write alike: safe paragraph text and the lines under a list's heading.
The page itself (margins, foot line, language) is reports/page_frame.py."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from xml.sax.saxutils import escape

from smartnet_desktop.domain.rows import EventRow
from smartnet_desktop.reports.page_frame import as_of_text


def paragraph_text(value: str) -> str:
    """NFC (one code point per letter, as the font needs) and escaped for ReportLab."""
    return escape(unicodedata.normalize("NFC", value or ""))


def event_lines(event: EventRow, count_line: str, printed_at: datetime, language: str):
    """ "Title · date" and "N people · Stand: 30.11.2026, 17:23 Uhr" under a list's heading."""
    return (
        paragraph_text(f"{event.title} · {event.date:%d.%m.%Y}"),
        paragraph_text(f"{count_line} · {as_of_text(printed_at, language)}"),
    )
