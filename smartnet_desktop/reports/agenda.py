"""The agenda handout (A4): event header, every item with its time, the event's notices.

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

from smartnet_desktop import fonts
from smartnet_desktop.domain.rows import AgendaRow, EventRow
from smartnet_desktop.reports.a4_list import build_a4, paragraph_text

LABELS = {
    "de": {
        "agenda": "Tagesordnung",
        "notices": "Hinweise",
        "host": "Gastgeber",
        "organiser": "Veranstalter",
        "speaker": "Mit",
        "place": "Ort",
        "date": "%d.%m.%Y",
        "page": "Seite",
        "clock": " Uhr",
    },
    "en": {
        "agenda": "Agenda",
        "notices": "Notices",
        "host": "Host",
        "organiser": "Organiser",
        "speaker": "With",
        "place": "Where",
        "date": "%d %B %Y",
        "page": "Page",
        "clock": "",
    },
}


def render_agenda(event: EventRow, items: list[AgendaRow], language: str = "de") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    fonts.register()
    words = LABELS.get(language, LABELS["de"])
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10.5, leading=14)
    small = ParagraphStyle(
        "small", parent=base, fontSize=9, leading=12, textColor=colors.HexColor("#444444")
    )
    title = ParagraphStyle("title", parent=base, fontName=fonts.BOLD, fontSize=18, leading=23)
    heading = ParagraphStyle(
        "heading", parent=base, fontName=fonts.BOLD, fontSize=13, leading=18, spaceBefore=6
    )
    item_title = ParagraphStyle("item", parent=base, fontName=fonts.BOLD)

    when = event.date.strftime(words["date"])
    if event.start_time:
        end = f"–{event.end_time:%H:%M}" if event.end_time else ""
        when += f", {event.start_time:%H:%M}{end}{words['clock']}"
    place = ", ".join(p for p in (event.venue, event.address or event.town) if p)
    story = [Paragraph(paragraph_text(event.title), title), Paragraph(paragraph_text(when), base)]
    if place:
        story.append(Paragraph(paragraph_text(place), base))
    hosts = [
        f"{words['host']}: {event.host}" if event.host else "",
        f"{words['organiser']}: {event.organiser}" if event.organiser else "",
    ]
    if any(hosts):
        story.append(Paragraph(paragraph_text(" · ".join(h for h in hosts if h)), small))
    story += [Spacer(1, 6 * mm), Paragraph(words["agenda"], heading), Spacer(1, 2 * mm)]

    rows = []
    for item in items:
        time_text = f"{item.start:%H:%M}–{item.end:%H:%M}" if item.start and item.end else ""
        details = [Paragraph(paragraph_text(item.title), item_title)]
        if item.description:
            details.append(Paragraph(paragraph_text(item.description), small))
        extra = [
            f"{words['speaker']}: {item.speaker}" if item.speaker else "",
            f"{words['place']}: {item.location}" if item.location else "",
        ]
        if any(extra):
            details.append(Paragraph(paragraph_text(" · ".join(e for e in extra if e)), small))
        rows.append([Paragraph(time_text, base), details])
    if rows:
        table = Table(rows, colWidths=[32 * mm, 138 * mm], repeatRows=0)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#cccccc")),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        story.append(table)

    notices = [line.strip() for line in (event.notices or "").splitlines() if line.strip()]
    if notices:
        story += [Spacer(1, 6 * mm), Paragraph(words["notices"], heading)]
        story += [Paragraph("• " + paragraph_text(line), base) for line in notices]

    return build_a4(
        story, event.title, words["page"], footer_left=event.title, author=event.organiser
    )
