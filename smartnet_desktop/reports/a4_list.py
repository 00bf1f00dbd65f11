"""The frame the A4 lists share (photographers' list, check-in list): safe paragraph text,
the heading lines, page numbers at the foot, 20 mm margins. Pure: story in, PDF bytes out."""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime
from xml.sax.saxutils import escape

from smartnet_desktop import fonts
from smartnet_desktop.domain.rows import EventRow


def paragraph_text(value: str) -> str:
    """NFC (one code point per letter, as the font needs) and escaped for ReportLab."""
    return escape(unicodedata.normalize("NFC", value or ""))


def event_lines(event: EventRow, count_line: str, printed_label: str, printed_at: datetime):
    """ "Title · date" and "N people · As of ..." under a list's heading."""
    when = printed_label.format(when=printed_at.strftime("%d.%m.%Y %H:%M"))
    return (
        paragraph_text(f"{event.title} · {event.date:%d.%m.%Y}"),
        paragraph_text(f"{count_line} · {when}"),
    )


def build_a4(
    story: list, title: str, page_word: str, footer_left: str = "", author: str = ""
) -> bytes:
    """A4 with 20 mm margins; the foot carries `footer_left` (grey) and the page number."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(colors.HexColor("#666666"))
        if footer_left:
            canvas.drawString(20 * mm, 12 * mm, unicodedata.normalize("NFC", footer_left)[:110])
        canvas.drawRightString(190 * mm, 12 * mm, f"{page_word} {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=author or "SmartNet Desktop",
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
