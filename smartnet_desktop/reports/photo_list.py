"""The photographers' list: who must not be photographed at this event (A4, large names).

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

from datetime import datetime

from smartnet_desktop import fonts
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.domain.search import name_sort_key
from smartnet_desktop.reports.a4_list import build_a4, event_lines, paragraph_text

LABELS = {
    "de": {
        "heading": "Bitte nicht fotografieren",
        "count": "{n} Personen",
        "printed": "Stand: {when}",
        "code": "Code",
        "none": "Niemand hat der Aufnahme widersprochen.",
        "page": "Seite",
    },
    "en": {
        "heading": "Please do not photograph",
        "count": "{n} people",
        "printed": "As of {when}",
        "code": "Code",
        "none": "Nobody has objected to being photographed.",
        "page": "Page",
    },
}


def render_photo_list(
    event: EventRow, rows: list[AttendeeRow], printed_at: datetime, language: str = "de"
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    fonts.register()
    words = LABELS.get(language, LABELS["de"])
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=11, leading=14)
    heading = ParagraphStyle(
        "heading",
        parent=base,
        fontName=fonts.BOLD,
        fontSize=22,
        leading=27,
        textColor=colors.HexColor("#b00020"),
    )
    name = ParagraphStyle("name", parent=base, fontName=fonts.BOLD, fontSize=18, leading=22)
    org = ParagraphStyle(
        "org", parent=base, fontSize=12, leading=15, textColor=colors.HexColor("#333333")
    )

    ordered = sorted(rows, key=lambda r: name_sort_key(r.family_name, r.given_name))
    title_line, count_line = event_lines(
        event, words["count"].format(n=len(rows)), words["printed"], printed_at
    )
    story = [
        Paragraph(words["heading"], heading),
        Paragraph(title_line, base),
        Paragraph(count_line, base),
        Spacer(1, 6 * mm),
    ]
    if ordered:
        table = Table(
            [
                [
                    [
                        Paragraph(paragraph_text(r.display_name), name),
                        Paragraph(paragraph_text(r.organization), org),
                    ],
                    Paragraph(paragraph_text(r.badge_code), base),
                ]
                for r in ordered
            ],
            colWidths=[140 * mm, 30 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#bbbbbb")),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        story.append(table)
    else:
        story.append(Paragraph(words["none"], base))

    return build_a4(story, words["heading"], words["page"])
