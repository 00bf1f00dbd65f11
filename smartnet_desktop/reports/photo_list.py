"""The photographers' list: who must not be photographed at this event (A4, large names).

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime
from xml.sax.saxutils import escape

from smartnet_desktop import fonts
from smartnet_desktop.domain.rows import AttendeeRow, EventRow

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


def _text(value: str) -> str:
    return escape(unicodedata.normalize("NFC", value or ""))


def render_photo_list(
    event: EventRow, rows: list[AttendeeRow], printed_at: datetime, language: str = "de"
) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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

    ordered = sorted(
        rows, key=lambda r: (unicodedata.normalize("NFKD", r.family_name).casefold(), r.given_name)
    )
    story = [
        Paragraph(words["heading"], heading),
        Paragraph(_text(f"{event.title} · {event.date:%d.%m.%Y}"), base),
        Paragraph(
            _text(
                words["count"].format(n=len(rows))
                + " · "
                + words["printed"].format(when=printed_at.strftime("%d.%m.%Y %H:%M"))
            ),
            base,
        ),
        Spacer(1, 6 * mm),
    ]
    if ordered:
        table = Table(
            [
                [
                    [Paragraph(_text(r.display_name), name), Paragraph(_text(r.organization), org)],
                    Paragraph(_text(r.badge_code), base),
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

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawRightString(190 * mm, 12 * mm, f"{words['page']} {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=words["heading"],
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
