"""The photographers' list: who must not be photographed at this event (A4, large names).

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

from datetime import datetime

from smartnet_desktop import fonts
from smartnet_desktop.badges.photo_marker import MarkerStyle
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.reports.a4_list import paragraph_text
from smartnet_desktop.reports.attendee_table import attendee_table, in_name_order, list_opening
from smartnet_desktop.reports.marker_legend import marker_legend
from smartnet_desktop.reports.page_frame import build_a4, hyphenated
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

LABELS = {
    "heading": QT_TRANSLATE_NOOP("Reports", "Please do not photograph"),
    "count": QT_TRANSLATE_NOOP("Reports", "{n} people"),
    "none": QT_TRANSLATE_NOOP("Reports", "Nobody has objected to being photographed."),
}


def render_photo_list(
    event: EventRow,
    rows: list[AttendeeRow],
    printed_at: datetime,
    language: str = "de",
    marker: MarkerStyle | None = None,
) -> bytes:
    from reportlab.platypus import Paragraph

    fonts.register()
    wording = words(language, LABELS)
    styles = hyphenated(_styles(), language)
    story = list_opening(
        Paragraph(wording["heading"], styles["heading"]),
        event,
        wording["count"].format(n=len(rows)),
        printed_at,
        language,
        styles["base"],
        space_mm=6,
    )
    story.append(marker_legend(marker or MarkerStyle(), styles["base"], language))
    if rows:
        story.append(_objectors_table(in_name_order(rows), styles))
    else:
        story.append(Paragraph(wording["none"], styles["base"]))
    return build_a4(story, wording["heading"], language, printed_at, footer_left=event.title)


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=11, leading=14)
    return {
        "base": base,
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=22,
            leading=27,
            textColor=colors.HexColor("#b00020"),
        ),
        "name": ParagraphStyle("name", parent=base, fontName=fonts.BOLD, fontSize=18, leading=22),
        "org": ParagraphStyle(
            "org", parent=base, fontSize=12, leading=15, textColor=colors.HexColor("#333333")
        ),
    }


def _objectors_table(ordered: list[AttendeeRow], styles: dict):
    """Large name over the organisation, and the badge code."""
    from reportlab.platypus import Paragraph

    data = [
        [
            [
                Paragraph(paragraph_text(r.display_name), styles["name"]),
                Paragraph(paragraph_text(r.organization), styles["org"]),
            ],
            Paragraph(paragraph_text(r.badge_code), styles["base"]),
        ]
        for r in ordered
    ]
    return attendee_table(data, [140, 30], rule=0.5, padding=(6, 8))
