"""The head of a meeting's handouts (the agenda and the minutes): the title that breaks
only between its phrases, date and hours, place, host and organiser, in the house styles
both share.

Pure: plain rows in, ReportLab flowables out.
"""

from __future__ import annotations

import re

from smartnet_desktop import fonts
from smartnet_desktop.domain.rows import EventRow
from smartnet_desktop.reports.a4_list import paragraph_text

NBSP = "\u00a0"


def unbroken_title(title: str) -> str:
    """A title that breaks only between its phrases: the two words on either side of a
    slash stay together ("Smart Cities / Smart Regions" never ends a line after "Smart"),
    and so does a leading number with its word ("4. Netzwerktreffen")."""
    bound = re.sub(r"(\S+) (\S+)(?= / )", rf"\1{NBSP}\2", title)
    bound = re.sub(r"(?<= / )(\S+) (\S+)", rf"\1{NBSP}\2", bound)
    return re.sub(r"^(\d+\.) ", rf"\1{NBSP}", bound)


def house_styles() -> dict:
    """The paragraph styles of the meeting's handouts (agenda, minutes): one look for both."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10.5, leading=14)
    return {
        "base": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#444444")
        ),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=18, leading=23),
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=fonts.BOLD, fontSize=13, leading=18, spaceBefore=6
        ),
        "item": ParagraphStyle("item", parent=base, fontName=fonts.BOLD),
        "number": ParagraphStyle("number", parent=base, fontName=fonts.BOLD, alignment=2),
        # a bullet hanging in the margin: wrapped lines start under the text, not the bullet
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=5 * mm, bulletIndent=0),
        "next": ParagraphStyle(
            "next", parent=base, fontName=fonts.BOLD, fontSize=12, leading=16, spaceBefore=4
        ),
    }


def joined(*parts: str) -> str:
    """The non-empty parts on one line, set apart by a middle dot."""
    return " · ".join(p for p in parts if p)


def meeting_header(event: EventRow, wording: dict, styles: dict) -> list:
    """Title, date and hours, place, host and organiser: the head of the agenda and of the
    minutes. `wording` holds the agenda's labels (reports.agenda.LABELS)."""
    from reportlab.platypus import Paragraph

    when = event.date.strftime(wording["date"])
    if event.start_time:
        end = f"–{event.end_time:%H:%M}" if event.end_time else ""
        when += ", " + wording["clock"].format(time=f"{event.start_time:%H:%M}{end}")
    place = ", ".join(p for p in (event.venue, event.address or event.town) if p)
    story = [
        Paragraph(paragraph_text(unbroken_title(event.title)), styles["title"]),
        Paragraph(paragraph_text(when), styles["base"]),
    ]
    if place:
        story.append(Paragraph(paragraph_text(place), styles["base"]))
    hosts = joined(
        f"{wording['host']}: {event.host}" if event.host else "",
        f"{wording['organiser']}: {event.organiser}" if event.organiser else "",
    )
    if hosts:
        story.append(Paragraph(paragraph_text(hosts), styles["small"]))
    return story
