"""The personal sheet "Heute für Sie interessant": one page per person (A4 or A5), or the
inside panel of the folded badge. For each fitting organisation: its name, what it offers
or looks for and what it said in the survey, why the two fit, whom to look for, and the
QR code of its Steckbrief (drawn as the badges draw theirs: a 1-bit image mask).

Pure: plain rows in, PDF bytes (or drawing on a given canvas) out. Whatever does not fit
on the one page is named in a last line ("Außerdem passend: …"), never dropped silently.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from smartnet_desktop import fonts
from smartnet_desktop.badges import qr
from smartnet_desktop.domain.addresses import is_web_address
from smartnet_desktop.domain.sheet_rows import PersonalSheet, SheetPartner
from smartnet_desktop.domain.text_rules import german_quotes
from smartnet_desktop.reports.a4_list import paragraph_text
from smartnet_desktop.reports.network_labels import labels
from smartnet_desktop.reports.page_frame import (
    FOOT_GREY,
    as_of_text,
    document_language,
    hyphenated,
    identify,
)
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

MM = 72 / 25.4
BLUE = "#0b3d6e"
PAPERS = {"a4": (210.0, 297.0), "a5": (148.0, 210.0)}
TOPICS_SHOWN = 3  # per organisation; more are counted ("+ 2 weitere Themen")

LABELS = {
    "title": QT_TRANSLATE_NOOP("Reports", "Of interest to you today"),
    "for": QT_TRANSLATE_NOOP("Reports", "for {name}, {organization}"),
    "intro_present": QT_TRANSLATE_NOOP(
        "Reports", "These organisations are here today and fit yours in the survey:"
    ),
    "intro_registered": QT_TRANSLATE_NOOP(
        "Reports", "These organisations are registered for the meeting and fit yours in the survey:"
    ),
    "offers": QT_TRANSLATE_NOOP("Reports", "offers help: {topic}"),
    "needs": QT_TRANSLATE_NOOP("Reports", "looks for help: {topic}"),
    "experience": QT_TRANSLATE_NOOP("Reports", "experience {rating}"),
    "why": QT_TRANSLATE_NOOP("Reports", "Why: {reason}"),
    "more_topics": QT_TRANSLATE_NOOP("Reports", "+ {n} more topics"),
    "here": QT_TRANSLATE_NOOP("Reports", "Here today: {who}"),
    "registered": QT_TRANSLATE_NOOP("Reports", "Registered: {who}"),
    "someone": QT_TRANSLATE_NOOP("Reports", "someone from {organization}"),
    "qr": QT_TRANSLATE_NOOP("Reports", "Profile"),
    "more": QT_TRANSLATE_NOOP("Reports", "Also fitting: {names}"),
    "scale": QT_TRANSLATE_NOOP("Reports", "Experience 1–6: 1 = very much, 6 = none"),
}

Rect = tuple[float, float, float, float]  # x, y, width, height in points


@dataclass
class SheetGeometry:
    """Where the parts of one sheet went (local points): each organisation's text block and
    QR code, and the organisations that did not fit (named in the last line)."""

    entries: list[tuple[str, Rect]] = field(default_factory=list)
    codes: list[tuple[str, Rect]] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Measure:
    """Type and code sizes for the room a sheet has: a full page reads at 9.5 pt, the
    folded badge's panel (two columns) at 7.5 pt."""

    size: float
    qr: float
    columns: int

    @classmethod
    def of(cls, width: float, height: float) -> _Measure:
        if width > height * 1.4:  # a landscape panel: two columns side by side
            return cls(7.2, 19 * MM, 2)
        if height >= 250 * MM:
            return cls(9.5, 26 * MM, 1)
        return cls(8.2, 22 * MM, 1)


def _styles(size: float, language: str) -> dict:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    fonts.register()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=size, leading=size * 1.28)
    grey = colors.HexColor("#444444")
    return hyphenated(
        {
            "base": base,
            "title": ParagraphStyle(
                "title",
                parent=base,
                fontName=fonts.BOLD,
                fontSize=size * 2.0,
                leading=size * 2.4,
                textColor=colors.HexColor(BLUE),
            ),
            "for": ParagraphStyle("for", parent=base, fontSize=size * 1.2, leading=size * 1.5),
            "intro": ParagraphStyle("intro", parent=base, textColor=grey),
            "name": ParagraphStyle(
                "name", parent=base, fontName=fonts.BOLD, fontSize=size * 1.2, leading=size * 1.45
            ),
            "small": ParagraphStyle(
                "small", parent=base, fontSize=size * 0.9, leading=size * 1.15, textColor=grey
            ),
            "qr": ParagraphStyle(
                "qr", parent=base, fontSize=size * 0.8, leading=size, textColor=grey, alignment=1
            ),
        },
        language,
    )


def _shortened(text: str, limit: int) -> str:
    text = " ".join(unicodedata.normalize("NFC", text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def who_to_find(partner: SheetPartner, wording: dict) -> str:
    """ "Anna Schmidt, jemand von Stadt Gera": names only of those who share their contact."""
    who = list(partner.named)
    if partner.unnamed or not who:
        who.append(wording["someone"].format(organization=german_quotes(partner.organization)))
    return ", ".join(who)


def _entry_paragraphs(partner: SheetPartner, sheet: PersonalSheet, wording, styles, limit: int):
    from reportlab.platypus import Paragraph

    lines = [Paragraph(paragraph_text(german_quotes(partner.organization)), styles["name"])]
    kind = labels(wording["language"])["kinds"].get(partner.kind, "")
    about = " · ".join(x for x in (kind, partner.town) if x and x not in partner.organization)
    if about:
        lines.append(Paragraph(paragraph_text(about), styles["small"]))
    for topic in partner.topics[:TOPICS_SHOWN]:
        head = wording["offers" if topic.partner_offers else "needs"].format(topic=topic.topic)
        text = f"<b>{paragraph_text(head)}</b>"
        if topic.said:
            text += " – " + paragraph_text(german_quotes(_shortened(topic.said, limit)))
        if topic.rating is not None:
            rating = wording["experience"].format(rating=topic.rating).replace(" ", "\u00a0")
            text += f" ({paragraph_text(rating)})"  # never "(Erfahrung" / "3)"
        lines.append(Paragraph(text, styles["base"]))
        if topic.reason:
            reason = wording["why"].format(reason=_shortened(topic.reason, limit))
            lines.append(Paragraph(paragraph_text(reason), styles["small"]))
    hidden = len(partner.topics) - TOPICS_SHOWN
    if hidden > 0:
        lines.append(
            Paragraph(paragraph_text(wording["more_topics"].format(n=hidden)), styles["small"])
        )
    where = wording["here" if sheet.present else "registered"].format(
        who=who_to_find(partner, wording)
    )
    lines.append(Paragraph(f"<i>{paragraph_text(where)}</i>", styles["base"]))
    return lines


def draw_sheet(
    canvas,
    sheet: PersonalSheet,
    width: float,
    height: float,
    forms: dict[str, qr.Matrix],
    language: str = "de",
    insets: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0),
) -> SheetGeometry:
    """Draws the sheet into the box (`width` × `height` points) whose lower-left corner is
    the canvas's origin. `insets` (left, bottom, right, top) is paper the printer cannot
    reach; `forms` holds the QR matrix of every partner's address (sheet_addresses)."""
    measure = _Measure.of(width, height)
    styles = _styles(measure.size, language)
    wording = {**words(language, LABELS), "language": language}
    pad = 5 * MM
    left, low = max(pad, insets[0] + 2 * MM), max(pad, insets[1] + 2 * MM)
    right, top = width - max(pad, insets[2] + 2 * MM), height - max(pad, insets[3] + 2 * MM)
    geometry = SheetGeometry()
    y = _draw_head(canvas, sheet, wording, styles, left, right - left, top)
    gap = measure.size * 0.9
    column_w = (right - left - (measure.columns - 1) * gap) / measure.columns
    limit = 140 if measure.columns == 1 else 90
    blocks = [
        (partner, _entry_paragraphs(partner, sheet, wording, styles, limit))
        for partner in sheet.partners
    ]
    placed = _place(blocks, measure, column_w, gap, left, low, y)
    for _attempt in range(4):  # room for the last line naming what is left out, then again
        if len(placed) == len(blocks):
            break
        left_out = [partner for partner, _ in blocks[len(placed) :]]
        more_h = _foot(sheet, left_out, wording, styles, right - left)[1]
        placed = _place(blocks, measure, column_w, gap, left, low + more_h, y)
    for block, where in zip(blocks, placed, strict=False):
        _draw_entry(
            canvas, block, where, (measure, column_w, gap), forms, wording, styles, geometry
        )
    left_out = [partner for partner, _ in blocks[len(placed) :]]
    geometry.left_out = [partner.organization for partner in left_out]
    _draw_foot(canvas, sheet, left_out, wording, styles, left, right - left, low)
    return geometry


def _draw_entry(canvas, block, where, sizes, forms, wording, styles, geometry) -> None:
    """One organisation: its paragraphs, beside them the QR code of its Steckbrief (also
    a link), a thin line under it."""
    from reportlab.lib import colors

    (partner, paragraphs), (x, block_top, block_h) = block, where
    measure, column_w, gap = sizes
    text_w = column_w - measure.qr - gap
    cursor = block_top
    for paragraph in paragraphs:
        _w, h = paragraph.wrap(text_w, 10_000)
        cursor -= h
        paragraph.drawOn(canvas, x, cursor)
    geometry.entries.append((partner.organization, (x, block_top - block_h, text_w, block_h)))
    if is_web_address(partner.url) and partner.url in forms:
        qr_x, qr_y, size = x + column_w - measure.qr, block_top - measure.qr, measure.qr
        qr.draw(canvas, forms[partner.url], qr_x, qr_y, size)
        canvas.linkURL(partner.url, (qr_x, qr_y, qr_x + size, qr_y + size), thickness=0)
        caption = styles["qr"]
        canvas.setFont(caption.fontName, caption.fontSize)
        canvas.setFillColor(caption.textColor)
        canvas.drawCentredString(qr_x + size / 2, qr_y - caption.fontSize * 0.4, wording["qr"])
        geometry.codes.append((partner.url, (qr_x, qr_y, size, size)))
    canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
    canvas.setLineWidth(0.4)
    line_y = block_top - block_h - gap * 0.5
    canvas.line(x, line_y, x + column_w, line_y)


def _draw_head(canvas, sheet, wording, styles, x: float, width: float, top: float) -> float:
    """Event line, title, "für …" and the introduction; returns where the entries start."""
    from reportlab.platypus import Paragraph

    event = f"{sheet.event_title} · {sheet.event_date:%d.%m.%Y}"
    parts = [
        Paragraph(paragraph_text(event), styles["small"]),
        Paragraph(paragraph_text(wording["title"]), styles["title"]),
        Paragraph(
            paragraph_text(
                wording["for"].format(
                    name=sheet.name, organization=german_quotes(sheet.organization)
                )
            ),
            styles["for"],
        ),
        Paragraph(
            paragraph_text(wording["intro_present" if sheet.present else "intro_registered"]),
            styles["intro"],
        ),
    ]
    y = top
    for paragraph in parts:
        _w, h = paragraph.wrap(width, 10_000)
        y -= h
        paragraph.drawOn(canvas, x, y)
    return y - styles["base"].fontSize * 0.9


def _place(blocks, measure: _Measure, column_w, gap, left, low, top):
    """(x, top, height) of each block that fits, column after column, in the given order;
    stops at the first that does not (the order is the ranking)."""
    placed = []
    column, y = 0, top
    text_w = column_w - measure.qr - gap
    for _partner, paragraphs in blocks:
        text_h = sum(p.wrap(text_w, 10_000)[1] for p in paragraphs)
        block_h = max(text_h, measure.qr + measure.size)
        while y - block_h < low:
            column += 1
            y = top
            if column >= measure.columns:
                return placed
        placed.append((left + column * (column_w + gap), y, block_h))
        y -= block_h + gap
    return placed


def _foot(sheet, left_out, wording, styles, width):
    """The last lines: the organisations that did not fit, by name (never hyphenated), and
    the rating scale's key; with their height."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    lines = []
    if left_out:
        names = ", ".join(german_quotes(p.organization) for p in left_out)
        whole_words = ParagraphStyle("more", parent=styles["base"], hyphenationLang="")
        text = paragraph_text(wording["more"].format(names=names))
        lines.append(Paragraph(text, whole_words))
    if any(t.rating is not None for p in sheet.partners for t in p.topics):
        lines.append(Paragraph(paragraph_text(wording["scale"]), styles["small"]))
    height = sum(p.wrap(width, 10_000)[1] for p in lines)
    return lines, height + (styles["base"].fontSize * 0.6 if lines else 0)


def _draw_foot(canvas, sheet, left_out, wording, styles, x, width, low) -> None:
    lines, _height = _foot(sheet, left_out, wording, styles, width)
    y = low
    for paragraph in reversed(lines):
        _w, h = paragraph.wrap(width, 10_000)
        paragraph.drawOn(canvas, x, y)
        y += h


def paper_for_page(page_mm: tuple[float, float]) -> str | None:
    """The sheet's paper on a printer loaded with `page_mm` (a badge stock's page): A4 where
    it holds A4, A5 where A5, None for labels and cards too small for a sheet."""
    short, long = sorted(page_mm)
    for paper in ("a4", "a5"):
        width, height = PAPERS[paper]
        if short >= width - 1 and long >= height - 1:
            return paper
    return None


def sheet_addresses(sheets) -> list[str]:
    """Every Steckbrief address the sheets show a QR code of (each a web address)."""
    return [p.url for s in sheets if s for p in s.partners if is_web_address(p.url)]


def render_sheets(
    sheets: list[PersonalSheet],
    paper: str = "a4",
    language: str = "de",
    printed_at: datetime | None = None,
) -> bytes:
    """One page per sheet on A4 or A5 paper, each with the foot line "Stand: …"."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    page_w, page_h = (side * MM for side in PAPERS[paper])
    printed_at = printed_at or datetime.now().astimezone()
    forms = qr.matrices(sheet_addresses(sheets))
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=(page_w, page_h), pageCompression=1, lang=document_language(language)
    )
    title = words(language, LABELS["title"])
    identify(canvas, title, sheets[0].event_title if sheets else "")
    margin = (16 if paper == "a4" else 10) * MM
    insets = (margin, margin + 6 * MM, margin, margin)  # the foot line below
    for sheet in sheets:
        draw_sheet(canvas, sheet, page_w, page_h, forms, language, insets)
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor(FOOT_GREY))
        canvas.drawRightString(page_w - margin, margin, as_of_text(printed_at, language))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
