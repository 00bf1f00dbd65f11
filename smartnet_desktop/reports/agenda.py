"""The agenda handout (A4): event header, the numbered items with their times (as on the
meeting's slide: "1. Begrüßung"), the event's notices and the next meeting when one is
planned ("Nächstes Netzwerktreffen: 8. Dezember, Mühlhausen").

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

from datetime import date, datetime

from smartnet_desktop import fonts
from smartnet_desktop.domain.rows import AgendaRow, EventRow
from smartnet_desktop.reports.a4_list import paragraph_text
from smartnet_desktop.reports.meeting_header import house_styles, joined, meeting_header
from smartnet_desktop.reports.page_frame import build_a4, hyphenated
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
    # the event's hours (German: "10:00–15:30 Uhr")
    "clock": QT_TRANSLATE_NOOP("Reports", "{time}"),
    "next": QT_TRANSLATE_NOOP("Reports", "Next network meeting: {when}"),
    # the next meeting's day in the same year (German: "8. Dezember")
    "day_month": QT_TRANSLATE_NOOP("Reports", "{day} {month}"),
    # the next meeting's day in another year (German: "8. Dezember 2023")
    "day_month_year": QT_TRANSLATE_NOOP("Reports", "{day} {month} {year}"),
    "months": (
        QT_TRANSLATE_NOOP("Reports", "January"),
        QT_TRANSLATE_NOOP("Reports", "February"),
        QT_TRANSLATE_NOOP("Reports", "March"),
        QT_TRANSLATE_NOOP("Reports", "April"),
        QT_TRANSLATE_NOOP("Reports", "May"),
        QT_TRANSLATE_NOOP("Reports", "June"),
        QT_TRANSLATE_NOOP("Reports", "July"),
        QT_TRANSLATE_NOOP("Reports", "August"),
        QT_TRANSLATE_NOOP("Reports", "September"),
        QT_TRANSLATE_NOOP("Reports", "October"),
        QT_TRANSLATE_NOOP("Reports", "November"),
        QT_TRANSLATE_NOOP("Reports", "December"),
    ),
}


def render_agenda(
    event: EventRow,
    items: list[AgendaRow],
    language: str = "de",
    next_event: EventRow | None = None,
    printed_at: datetime | None = None,
) -> bytes:
    """The handout of `event`; `next_event` (services.events.next_event) is announced at
    the end when one is planned."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    fonts.register()
    wording = words(language, LABELS)
    styles = hyphenated(house_styles(), language)
    story = meeting_header(event, wording, styles)
    story += [Spacer(1, 6 * mm), Paragraph(wording["agenda"], styles["heading"]), Spacer(1, 2 * mm)]
    if items:
        story.append(_items_table(items, wording, styles))
    story += _notices(event, wording, styles)
    story += _next_meeting(event, next_event, wording, styles)
    return build_a4(
        story,
        event.title,
        language,
        printed_at,
        footer_left=event.title,
        author=event.organiser,
        subject=wording["agenda"],
    )


def _items_table(items: list[AgendaRow], wording: dict, styles: dict):
    """One row per item: its times, its number ("1."), then title, description, speaker and
    place; the number's own column makes the hanging indent."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = []
    for number, item in enumerate(items, start=1):
        time_text = f"{item.start:%H:%M}–{item.end:%H:%M}" if item.start and item.end else ""
        details = [Paragraph(paragraph_text(item.title), styles["item"])]
        if item.description:
            details.append(Paragraph(paragraph_text(item.description), styles["small"]))
        extra = joined(
            f"{wording['speaker']}: {item.speaker}" if item.speaker else "",
            f"{wording['place']}: {item.location}" if item.location else "",
        )
        if extra:
            details.append(Paragraph(paragraph_text(extra), styles["small"]))
        numbered = Paragraph(f"{number}.", styles["number"])
        rows.append([Paragraph(time_text, styles["base"]), numbered, details])
    table = Table(rows, colWidths=[28 * mm, 9 * mm, 133 * mm], repeatRows=0)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#cccccc")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (1, 0), (1, -1), 4),
                ("LEFTPADDING", (2, 0), (2, -1), 2),
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
        *(Paragraph(paragraph_text(line), styles["bullet"], bulletText="•") for line in notices),
    ]


def next_meeting_text(event: EventRow, upcoming: EventRow, wording: dict) -> str:
    """ "Nächstes Netzwerktreffen: 8. Dezember, Mühlhausen" (the year only when it is not
    this meeting's year)."""
    day: date = upcoming.date
    parts = {"day": day.day, "month": wording["months"][day.month - 1], "year": day.year}
    same_year = day.year == event.date.year
    when = wording["day_month" if same_year else "day_month_year"].format(**parts)
    place = upcoming.town or upcoming.venue
    return wording["next"].format(when=f"{when}, {place}" if place else when)


def _next_meeting(event: EventRow, upcoming: EventRow | None, wording: dict, styles) -> list:
    """The announcement of the next meeting (nothing when none is planned)."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    if upcoming is None:
        return []
    text = next_meeting_text(event, upcoming, wording)
    return [Spacer(1, 6 * mm), Paragraph(paragraph_text(text), styles["next"])]
