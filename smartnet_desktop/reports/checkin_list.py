"""The paper check-in list, for when the laptop or the power fails: everyone registered,
alphabetical, with organisation, badge code, a box to tick and the photo-objection mark.

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
        "heading": "Check-in-Liste",
        "count": "{n} angemeldet",
        "printed": "Stand: {when}",
        "columns": ("", "Name", "Organisation", "Code", "Fotos"),
        "no_photos": "keine Fotos",
        "page": "Seite",
    },
    "en": {
        "heading": "Check-in list",
        "count": "{n} registered",
        "printed": "As of {when}",
        "columns": ("", "Name", "Organisation", "Code", "Photos"),
        "no_photos": "no photos",
        "page": "Page",
    },
}


def render_checkin_list(
    event: EventRow, rows: list[AttendeeRow], printed_at: datetime, language: str = "de"
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    fonts.register()
    words = LABELS.get(language, LABELS["de"])
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=12.5)
    bold = ParagraphStyle("bold", parent=base, fontName=fonts.BOLD)
    heading = ParagraphStyle("heading", parent=base, fontName=fonts.BOLD, fontSize=18, leading=22)
    mark = ParagraphStyle("mark", parent=bold, textColor=colors.HexColor("#b00020"))

    ordered = sorted(rows, key=lambda r: name_sort_key(r.family_name, r.given_name))
    data = [[Paragraph(paragraph_text(c), bold) for c in words["columns"]]]
    for row in ordered:
        name = ", ".join(
            p for p in (row.family_name, " ".join(p for p in (row.title, row.given_name) if p)) if p
        )
        data.append(
            [
                "✓" if row.checked_in_at else "",
                Paragraph(paragraph_text(name), bold),
                Paragraph(paragraph_text(row.organization), base),
                Paragraph(paragraph_text(row.badge_code), base),
                Paragraph(paragraph_text(words["no_photos"]), mark) if row.photo_objection else "",
            ]
        )
    table = Table(data, colWidths=[9 * mm, 55 * mm, 61 * mm, 24 * mm, 21 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (0, -1), fonts.BOLD),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                # the tick box: an empty square to mark by hand
                ("BOX", (0, 1), (0, -1), 0.8, colors.black),
                ("INNERGRID", (0, 1), (0, -1), 0.8, colors.black),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    title_line, count_line = event_lines(
        event, words["count"].format(n=len(rows)), words["printed"], printed_at
    )
    story = [
        Paragraph(words["heading"], heading),
        Paragraph(title_line, base),
        Paragraph(count_line, base),
        Spacer(1, 5 * mm),
        table,
    ]

    return build_a4(story, words["heading"], words["page"], footer_left=event.title)
