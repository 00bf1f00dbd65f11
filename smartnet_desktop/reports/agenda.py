"""The agenda handout (A4): event header, every item with its time, the event's notices.

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

from smartnet_desktop import fonts
from smartnet_desktop.domain.rows import AgendaRow, EventRow
from smartnet_desktop.reports.a4_list import build_a4, paragraph_text
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

LABELS = {
    "agenda": QT_TRANSLATE_NOOP("Reports", "Agenda"),
    "notices": QT_TRANSLATE_NOOP("Reports", "Notices"),
    "host": QT_TRANSLATE_NOOP("Reports", "Host"),
    "organiser": QT_TRANSLATE_NOOP("Reports", "Organiser"),
    "speaker": QT_TRANSLATE_NOOP("Reports", "With"),
    "place": QT_TRANSLATE_NOOP("Reports", "Where"),
    # the event's date as strftime writes it (German: 30.08.2022)
    "date": QT_TRANSLATE_NOOP("Reports", "%d %B %Y"),
    "page": QT_TRANSLATE_NOOP("Reports", "Page"),
    # the event's hours (German: "10:00–15:30 Uhr")
    "clock": QT_TRANSLATE_NOOP("Reports", "{time}"),
}


def render_agenda(event: EventRow, items: list[AgendaRow], language: str = "de") -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    fonts.register()
    wording = words(language, LABELS)
    styles = _styles()
    story = _event_header(event, wording, styles)
    story += [Spacer(1, 6 * mm), Paragraph(wording["agenda"], styles["heading"]), Spacer(1, 2 * mm)]
    if items:
        story.append(_items_table(items, wording, styles))
    story += _notices(event, wording, styles)
    return build_a4(
        story, event.title, wording["page"], footer_left=event.title, author=event.organiser
    )


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

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
    }


def _joined(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _event_header(event: EventRow, wording: dict, styles: dict) -> list:
    """Title, date and hours, place, host and organiser."""
    from reportlab.platypus import Paragraph

    when = event.date.strftime(wording["date"])
    if event.start_time:
        end = f"–{event.end_time:%H:%M}" if event.end_time else ""
        when += ", " + wording["clock"].format(time=f"{event.start_time:%H:%M}{end}")
    place = ", ".join(p for p in (event.venue, event.address or event.town) if p)
    story = [
        Paragraph(paragraph_text(event.title), styles["title"]),
        Paragraph(paragraph_text(when), styles["base"]),
    ]
    if place:
        story.append(Paragraph(paragraph_text(place), styles["base"]))
    hosts = _joined(
        f"{wording['host']}: {event.host}" if event.host else "",
        f"{wording['organiser']}: {event.organiser}" if event.organiser else "",
    )
    if hosts:
        story.append(Paragraph(paragraph_text(hosts), styles["small"]))
    return story


def _items_table(items: list[AgendaRow], wording: dict, styles: dict):
    """One row per item: its times, then title, description, speaker and place."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = []
    for item in items:
        time_text = f"{item.start:%H:%M}–{item.end:%H:%M}" if item.start and item.end else ""
        details = [Paragraph(paragraph_text(item.title), styles["item"])]
        if item.description:
            details.append(Paragraph(paragraph_text(item.description), styles["small"]))
        extra = _joined(
            f"{wording['speaker']}: {item.speaker}" if item.speaker else "",
            f"{wording['place']}: {item.location}" if item.location else "",
        )
        if extra:
            details.append(Paragraph(paragraph_text(extra), styles["small"]))
        rows.append([Paragraph(time_text, styles["base"]), details])
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
    return table


def _notices(event: EventRow, wording: dict, styles: dict) -> list:
    """The event's notices, one bullet per line (nothing when there are none)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    notices = [line.strip() for line in (event.notices or "").splitlines() if line.strip()]
    if not notices:
        return []
    return [
        Spacer(1, 6 * mm),
        Paragraph(wording["notices"], styles["heading"]),
        *(Paragraph("• " + paragraph_text(line), styles["base"]) for line in notices),
    ]
