"""What the two attendee lists (photographers' list, paper check-in list) draw alike: the
opening lines under the heading, the name order, and the ruled table of attendees."""

from __future__ import annotations

from datetime import datetime

from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.domain.search import name_sort_key
from smartnet_desktop.reports.a4_list import event_lines


def in_name_order(rows: list[AttendeeRow]) -> list[AttendeeRow]:
    """Family name, then given name, in the one collation every list of people uses."""
    return sorted(rows, key=lambda r: name_sort_key(r.family_name, r.given_name))


def list_opening(
    heading,
    event: EventRow,
    count_line: str,
    printed_at: datetime,
    language: str,
    style,
    space_mm: float,
) -> list:
    """The heading, "Title · date", "N people · Stand: ...", then `space_mm` of space."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    title_line, count_text = event_lines(event, count_line, printed_at, language)
    return [
        heading,
        Paragraph(title_line, style),
        Paragraph(count_text, style),
        Spacer(1, space_mm * mm),
    ]


def attendee_table(
    data: list[list],
    widths_mm: list[float],
    rule: float,
    padding: tuple[float, float],
    repeat_rows: int = 0,
    extra_style: tuple = (),
):
    """Rows vertically centred, a grey rule under each; `extra_style` adds commands
    of its own (drawn after the rules)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=repeat_rows)
    top, bottom = padding
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), rule, colors.HexColor("#bbbbbb")),
                *extra_style,
                ("TOPPADDING", (0, 0), (-1, -1), top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            ]
        )
    )
    return table
