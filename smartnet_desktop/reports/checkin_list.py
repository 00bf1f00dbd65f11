"""The paper check-in list, for when the laptop or the power fails: everyone registered,
alphabetical, with organisation, badge code, a box to tick and the photo-objection mark.

Pure: plain rows in, PDF bytes out.
"""

from __future__ import annotations

from datetime import datetime

from smartnet_desktop import fonts
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.reports.a4_list import paragraph_text
from smartnet_desktop.reports.attendee_table import attendee_table, in_name_order, list_opening
from smartnet_desktop.reports.page_frame import build_a4, hyphenated
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

LABELS = {
    "heading": QT_TRANSLATE_NOOP("Reports", "Check-in list"),
    "count": QT_TRANSLATE_NOOP("Reports", "{n} registered"),
    "columns": (
        "",
        QT_TRANSLATE_NOOP("Reports", "Name"),
        QT_TRANSLATE_NOOP("Reports", "Organisation"),
        QT_TRANSLATE_NOOP("Reports", "Code"),
        QT_TRANSLATE_NOOP("Reports", "Photos"),
    ),
    "no_photos": QT_TRANSLATE_NOOP("Reports", "no photos"),
}


def render_checkin_list(
    event: EventRow, rows: list[AttendeeRow], printed_at: datetime, language: str = "de"
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
        space_mm=5,
    )
    story.append(_attendees_table(in_name_order(rows), wording, styles))
    return build_a4(story, wording["heading"], language, printed_at, footer_left=event.title)


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=12.5)
    bold = ParagraphStyle("bold", parent=base, fontName=fonts.BOLD)
    return {
        "base": base,
        "bold": bold,
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=fonts.BOLD, fontSize=18, leading=22
        ),
        "mark": ParagraphStyle("mark", parent=bold, textColor=colors.HexColor("#b00020")),
    }


def _name(row: AttendeeRow) -> str:
    """ "Family, Title Given": the list is read by family name."""
    given = " ".join(p for p in (row.title, row.given_name) if p)
    return ", ".join(p for p in (row.family_name, given) if p)


def _attendees_table(ordered: list[AttendeeRow], wording: dict, styles: dict):
    """A header row, then per attendee: tick box (✓ when checked in), name, organisation,
    badge code and the photo-objection mark."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph

    data = [[Paragraph(paragraph_text(c), styles["bold"]) for c in wording["columns"]]]
    for row in ordered:
        no_photos = Paragraph(paragraph_text(wording["no_photos"]), styles["mark"])
        data.append(
            [
                "✓" if row.checked_in_at else "",
                Paragraph(paragraph_text(_name(row)), styles["bold"]),
                Paragraph(paragraph_text(row.organization), styles["base"]),
                Paragraph(paragraph_text(row.badge_code), styles["base"]),
                no_photos if row.photo_objection else "",
            ]
        )
    tick_box = (
        ("FONTNAME", (0, 0), (0, -1), fonts.BOLD),
        # the tick box: an empty square to mark by hand
        ("BOX", (0, 1), (0, -1), 0.8, colors.black),
        ("INNERGRID", (0, 1), (0, -1), 0.8, colors.black),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
    )
    return attendee_table(
        data, [9, 55, 61, 24, 21], rule=0.4, padding=(4, 5), repeat_rows=1, extra_style=tick_box
    )
