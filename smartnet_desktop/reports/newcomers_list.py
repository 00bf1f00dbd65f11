"""The moderator's list for "Vorstellung neuer Teilnehmer": the new people of a meeting with
their organisation (marked when it is new too), whether they are here, and the address of
the organisation's Steckbrief. Pure: plain rows in, PDF bytes out."""

from __future__ import annotations

from datetime import datetime

from smartnet_desktop import fonts
from smartnet_desktop.domain.newcomer_rows import Newcomer
from smartnet_desktop.domain.rows import EventRow
from smartnet_desktop.domain.search import name_sort_key
from smartnet_desktop.domain.text_rules import german_quotes
from smartnet_desktop.reports.a4_list import paragraph_text
from smartnet_desktop.reports.attendee_table import attendee_table, list_opening
from smartnet_desktop.reports.page_frame import build_a4, hyphenated
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

LABELS = {
    "heading": QT_TRANSLATE_NOOP("Reports", "New at this meeting"),
    "count": QT_TRANSLATE_NOOP("Reports", "{n} new people"),
    "none": QT_TRANSLATE_NOOP("Reports", "Everybody registered has been at a meeting before."),
    "new_organisation": QT_TRANSLATE_NOOP("Reports", "new organisation"),
    "here": QT_TRANSLATE_NOOP("Reports", "here"),
    "not_here": QT_TRANSLATE_NOOP("Reports", "not yet here"),
}


def render_newcomers(
    event: EventRow, rows: list[Newcomer], printed_at: datetime, language: str = "de"
) -> bytes:
    from reportlab.platypus import Paragraph

    fonts.register()
    wording = words(language, LABELS)
    styles = hyphenated(_styles(), language)
    styles["name"].hyphenationLang = ""  # a name is read as a whole ("Beckmann-Probe")
    story = list_opening(
        Paragraph(wording["heading"], styles["heading"]),
        event,
        wording["count"].format(n=len(rows)),
        printed_at,
        language,
        styles["base"],
        space_mm=6,
    )
    if rows:
        ordered = sorted(
            rows, key=lambda r: name_sort_key(r.attendee.family_name, r.attendee.given_name)
        )
        story.append(_table(ordered, styles, wording))
    else:
        story.append(Paragraph(wording["none"], styles["base"]))
    return build_a4(story, wording["heading"], language, printed_at, footer_left=event.title)


def _styles() -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=11, leading=14)
    grey = colors.HexColor("#555555")
    return {
        "base": base,
        "heading": ParagraphStyle(
            "heading", parent=base, fontName=fonts.BOLD, fontSize=22, leading=27
        ),
        "name": ParagraphStyle("name", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19),
        "org": ParagraphStyle("org", parent=base, fontSize=11, leading=14),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=11, textColor=grey),
    }


def _organisation(row: Newcomer, styles: dict, wording: dict) -> list:
    from reportlab.platypus import Paragraph

    org = paragraph_text(german_quotes(row.attendee.organization))  # as on the badges
    if row.new_organisation:
        # the marker is one unit: its words stay together (no-break spaces) and are never
        # hyphenated ("neue Orga-/nisation" hid it in the narrow column)
        mark = paragraph_text(wording["new_organisation"]).replace(" ", "\u00a0")
        org += f" · <b>{mark}</b>"
    cell = [Paragraph(org, styles["org"])]
    if row.profile_address:
        cell.append(Paragraph(paragraph_text(row.profile_address), styles["small"]))
    return cell


def _table(ordered: list[Newcomer], styles: dict, wording: dict):
    """Name (and role) | organisation and its Steckbrief | here or not yet."""
    from reportlab.platypus import Paragraph

    data = [
        [
            [
                Paragraph(paragraph_text(r.attendee.display_name), styles["name"]),
                Paragraph(paragraph_text(r.attendee.role), styles["small"]),
            ],
            _organisation(r, styles, wording),
            Paragraph(
                paragraph_text(wording["here" if r.attendee.checked_in_at else "not_here"]),
                styles["small"],
            ),
        ]
        for r in ordered
    ]
    # the status column fits "noch nicht da" on one line (9 pt: 22 mm and the padding)
    return attendee_table(data, [60, 83, 27], rule=0.5, padding=(5, 7))
