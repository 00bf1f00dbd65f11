"""Name badges as PDF with ReportLab: plain badge data in, PDF bytes and the geometry out.

Pure: no Qt, no database. Text is NFC-normalised and drawn with the shipped DejaVu fonts;
it shrinks, wraps to two lines, then is shortened, and never leaves its badge or touches
the QR code (the geometry of every box is returned so that tests can check it).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from smartnet_desktop import fonts
from smartnet_desktop.badges import qr
from smartnet_desktop.badges.badge_text import (
    ASK_ME_ABOUT,
    GAP,
    Block,
    _ask_block,
    _header,
    _height,
    _names,
    _plan,
    _texts,
)
from smartnet_desktop.badges.folded_sheet import draw_inside
from smartnet_desktop.badges.layouts import Layout
from smartnet_desktop.badges.photo_marker import MarkerStyle, draw_band, draw_corner
from smartnet_desktop.badges.sheet_geometry import MM
from smartnet_desktop.badges.sheet_geometry import cut_marks as _cut_marks
from smartnet_desktop.badges.sheet_geometry import insets as _insets
from smartnet_desktop.badges.text_fit import NBSP, Fitted
from smartnet_desktop.domain.addresses import is_web_address
from smartnet_desktop.domain.rows import BadgeData
from smartnet_desktop.reports.page_frame import document_language, identify
from smartnet_desktop.reports.personal_sheet import sheet_addresses
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

Rect = tuple[float, float, float, float]  # x, y, width, height in points, page coordinates


@dataclass
class BadgeGeometry:
    registration_id: int
    page: int
    badge: Rect
    qr: Rect
    texts: list[tuple[str, Rect]] = field(default_factory=list)
    marker: Rect | None = None
    rotated: bool = False
    type_sizes: dict[str, float] = field(default_factory=dict)  # points, per text line kind
    # The "Fragen Sie mich zu" line: "" (not asked for), "shown", "shortened" or "dropped".
    ask_me_about: str = ""


@dataclass
class RenderResult:
    pdf: bytes
    pages: int
    geometry: list[BadgeGeometry]
    # the personal sheets inside folded badges: (registration id, page, panel rectangle)
    insides: list[tuple[int, int, Rect]] = field(default_factory=list)

    def ask_me_about(self, state: str) -> int:
        """How many badges have the "Fragen Sie mich zu" line in `state` ("shortened",
        "dropped"), the back of a folded badge not counted twice."""
        return len({g.registration_id for g in self.geometry if g.ask_me_about == state})


@dataclass(frozen=True)
class _Frame:
    """Where a badge's parts go, in points from its lower-left corner: the paddings (wider
    where the paper's unprintable edge reaches in), the marker (band across the foot or
    symbol in the top right corner), the header, the QR code and the text column. Worked
    out before drawing, so that a sheet's badges can agree on one name size first."""

    width: float
    height: float
    insets: tuple[float, float, float, float]
    pad_l: float
    pad_r: float
    pad_t: float
    band: float  # the band's height, 0 without one
    corner: float  # the corner symbol's size, 0 without one
    bottom: float  # the lowest line text and code may use (above the band)
    header: Fitted
    header_y: float
    qr: Rect
    column: Rect  # x, y (bottom), width, height of the text column
    scale: float  # type on stock larger than 90 × 55 mm grows by this
    # on smaller stock (80 × 50, Dymo) the organisation may give this much (at least 85 %)
    shrink: float = 1.0

    @classmethod
    def of(cls, badge: BadgeData, width: float, height: float, insets, form: str) -> _Frame:
        left, low, right, top = insets
        pad = max(3 * MM, min(width, height) * 0.06)
        pad_l, pad_r, pad_t = (
            max(pad, left + 1 * MM),
            max(pad, right + 1 * MM),
            max(pad, top + 1 * MM),
        )
        band = (
            7.5 * MM * min(1.5, _scale(width, height))
            if badge.photo_objection and form == "band"
            else 0.0
        )
        corner = 8 * MM if badge.photo_objection and form == "corner" else 0.0
        bottom = low + band + (2 * MM if band else max(pad, low + 1 * MM) - low)
        # the header: event and date, one line across the top (left of a corner symbol)
        header = _header(
            badge, height, width - pad_l - pad_r - (corner + 1.5 * MM if corner else 0)
        )
        header_y = height - pad_t - header.size
        top_limit = header_y - 1.5 * MM
        # the QR code at the bottom right, above the band and below a corner symbol; under
        # it the badge code in small type
        qr_bottom = bottom + CODE_SIZE * 1.1
        qr_top = min(top_limit, height - pad_t - corner - 1.5 * MM) if corner else top_limit
        # (24-28 mm on a 90 mm card: phones read it from arm's length, and the text column
        # keeps the room the organisation needs at 12 pt)
        size = max(0.0, min(qr_top - qr_bottom, width * 0.3))
        # the code's quiet zone may reach into the padding, never into the unprintable edge
        qr_x = width - pad_r - size + min(size * 0.04, pad_r - right)
        column = (pad_l, bottom, qr_x - pad_l - 1 * MM, top_limit - bottom)
        scale = _scale(width, height)
        shrink = max(0.85, min(1.0, width / (90 * MM), height / (55 * MM)))
        return cls(
            width,
            height,
            insets,
            pad_l,
            pad_r,
            pad_t,
            band,
            corner,
            bottom,
            header,
            header_y,
            (qr_x, qr_bottom, size, size),
            column,
            scale,
            shrink,
        )


CODE_SIZE = 6.0


def _scale(width: float, height: float) -> float:
    """How much larger than a 90 × 55 mm card the type may be."""
    return min(2.2, max(1.0, min(width / (90 * MM), height / (55 * MM))))


def natural_name_size(
    badge: BadgeData, width: float, height: float, insets=(0.0, 0.0, 0.0, 0.0), form="band"
) -> float:
    """The largest name size this badge could take on its own."""
    frame = _Frame.of(badge, width, height, insets, form)
    _, _, column_w, column_h = frame.column
    return _plan(_texts(badge), column_w, column_h, frame.scale, frame.shrink).name_size


def draw_badge(
    canvas,
    badge: BadgeData,
    width: float,
    height: float,
    forms: dict[str, qr.Matrix],
    marker: MarkerStyle,
    insets: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0),
    form: str = "band",
    name_size: float | None = None,
) -> BadgeGeometry:
    """Draws one badge with its lower-left corner at the current origin; returns local boxes.

    `insets` (left, bottom, right, top, in points) is the part of the badge the printer
    cannot print because it lies on the paper's unprintable edge: nothing goes there,
    the photo marker included. `form` is the photo marker's ("band" or "corner");
    `name_size` the size the sheet's badges agreed on (at most this badge's own)."""
    frame = _Frame.of(badge, width, height, insets, form)
    geometry = BadgeGeometry(badge.registration_id, 0, (0, 0, width, height), frame.qr)
    _draw_header(canvas, frame, geometry)
    _draw_code(canvas, badge, frame, forms, geometry)
    _draw_text_column(canvas, badge, frame, name_size, geometry)
    if frame.band:
        left, low, right, _top = frame.insets
        band_w = width - left - right
        words = draw_band(
            canvas, marker, left, low, band_w, frame.band, frame.pad_l - left, frame.pad_r - right
        )
        geometry.marker = (left, low, band_w, frame.band)
        geometry.texts.append(("marker", words))
    elif frame.corner:
        x, y = width - frame.pad_r - frame.corner, height - frame.pad_t - frame.corner
        draw_corner(canvas, marker, x, y, frame.corner)
        geometry.marker = (x, y, frame.corner, frame.corner)
    return geometry


def _draw_header(canvas, frame: _Frame, geometry: BadgeGeometry) -> None:
    header = frame.header
    canvas.setFillColorRGB(0.35, 0.35, 0.35)
    canvas.setFont(fonts.REGULAR, header.size)
    canvas.drawString(frame.pad_l, frame.header_y + header.size * 0.2, header.lines[0])
    width = canvas.stringWidth(header.lines[0], fonts.REGULAR, header.size)
    geometry.texts.append(("event", (frame.pad_l, frame.header_y, width, header.size * 1.18)))


def _draw_code(
    canvas, badge: BadgeData, frame: _Frame, forms: dict[str, qr.Matrix], geometry: BadgeGeometry
) -> None:
    """The QR code, quiet zone included; below it the badge code, for typing it in when a
    scanner fails."""
    qr_x, qr_y, size, _ = frame.qr
    qr.draw(canvas, forms[badge.qr_content], qr_x, qr_y, size)
    if badge.badge_code:
        canvas.setFillColorRGB(0.25, 0.25, 0.25)
        canvas.setFont(fonts.REGULAR, CODE_SIZE)
        canvas.drawCentredString(qr_x + size / 2, frame.bottom + CODE_SIZE * 0.15, badge.badge_code)
        code_width = canvas.stringWidth(badge.badge_code, fonts.REGULAR, CODE_SIZE)
        geometry.texts.append(
            ("code", (qr_x + (size - code_width) / 2, frame.bottom, code_width, CODE_SIZE))
        )


def _draw_line(canvas, x: float, y: float, line: str, font: str, size: float, lead: tuple) -> None:
    """One line; `lead` (text, font) is drawn in its own weight where the line starts with it
    (the title before the bold given name, the bold "Fragen Sie mich zu:"). One text object,
    so that a PDF reader copies the line as one ("Dr. Klaus", not "Dr." and "Klaus")."""
    line = line.replace(NBSP, " ")
    lead_text, lead_font = lead
    text = canvas.beginText(x, y)
    if lead_text and line.startswith(lead_text):
        text.setFont(lead_font, size)
        text.textOut(lead_text)
        line = line[len(lead_text) :]
    text.setFont(font, size)
    text.textOut(line)
    canvas.drawText(text)


def _column_blocks(
    badge: BadgeData, frame: _Frame, name_size: float | None
) -> tuple[dict[str, str], list[Block], str]:
    """The column's texts, its blocks top to bottom, and the ask-me line's fate."""
    _, _, column_w, column_h = frame.column
    texts = _texts(badge)
    plan = _plan(texts, column_w, column_h, frame.scale, frame.shrink)
    size = plan.name_size if name_size is None else min(name_size, plan.name_size)
    names, _ = _names(texts, size, column_w)
    blocks = names + list(plan.others)
    ask, fate = _ask_block(texts["ask"], column_w, column_h - _height(blocks) - GAP, frame.scale)
    return texts, blocks + ask, fate


def _draw_text_column(
    canvas, badge: BadgeData, frame: _Frame, name_size: float | None, geometry: BadgeGeometry
) -> None:
    """Names, organisation, role, then the ask-me line in the room that is left."""
    column_x, column_y, column_w, column_h = frame.column
    texts, blocks, geometry.ask_me_about = _column_blocks(badge, frame, name_size)
    title = texts["title"].replace(NBSP, " ")
    leads = {
        "given_name": (f"{title} " if title else "", fonts.REGULAR),
        "ask": (ASK_ME_ABOUT, fonts.BOLD),
    }
    y = column_y + column_h
    canvas.setFillColorRGB(0, 0, 0)
    for key, font, fitted in blocks:
        box_top = y
        for number, line in enumerate(fitted.lines):
            y -= fitted.size * 1.18
            lead = leads.get(key, ("", font)) if number == 0 else ("", font)
            _draw_line(canvas, column_x, y + fitted.size * 0.22, line, font, fitted.size, lead)
        geometry.texts.append((key, (column_x, y, column_w, box_top - y)))
        geometry.type_sizes[key] = fitted.size
        y -= GAP


def _offset(
    geometry: BadgeGeometry, dx: float, dy: float, page: int, rotated: bool
) -> BadgeGeometry:
    def move(rect: Rect) -> Rect:
        x, y, w, h = rect
        if rotated:  # turned 180 degrees around the badge's centre
            bw, bh = geometry.badge[2], geometry.badge[3]
            x, y = bw - x - w, bh - y - h
        return (x + dx, y + dy, w, h)

    return BadgeGeometry(
        geometry.registration_id,
        page,
        move(geometry.badge),
        move(geometry.qr),
        [(k, move(r)) for k, r in geometry.texts],
        move(geometry.marker) if geometry.marker else None,
        rotated,
        dict(geometry.type_sizes),
        geometry.ask_me_about,
    )


def _draw_back(canvas, badge, layout: Layout, at, offset, forms, marker, size) -> BadgeGeometry:
    """The folded badge's back: the same badge in the slot above, turned 180 degrees (local
    boxes, as draw_badge returns them)."""
    (x, y), (dx, dy) = at, offset
    width, height = layout.badge[0] * MM, layout.badge[1] * MM
    canvas.saveState()
    canvas.translate(x * MM + dx + width, (y + layout.badge[1]) * MM + dy + height)
    canvas.rotate(180)
    back_insets = _insets(layout, x, y + layout.badge[1], rotated=True)
    form = layout.photo_marker
    back = draw_badge(canvas, badge, width, height, forms, marker, back_insets, form, size)
    canvas.restoreState()
    return back


def _with_safe_qr(badge: BadgeData) -> BadgeData:
    """The last line of defence: a QR holds a web address or the bare badge code, never
    another scheme (javascript:, data:, file: ...), whatever the data says."""
    if badge.qr_content == badge.badge_code or is_web_address(badge.qr_content):
        return badge
    return replace(badge, qr_content=badge.badge_code)


def _sheet_plan(
    badges: list[BadgeData], layout: Layout, skip: int
) -> tuple[list[int], list[int], dict[int, float]]:
    """Each badge's slot and page, and each page's name size: one size per sheet (= one PDF
    page), the smallest any of its badges needs, so that a long family name does not make
    its neighbours' names look shouted."""
    skip = max(0, skip) % layout.per_page
    width, height = layout.badge[0] * MM, layout.badge[1] * MM
    slots = [(index + skip) % layout.per_page for index in range(len(badges))]
    page_of = [(index + skip) // layout.per_page for index in range(len(badges))]
    name_size: dict[int, float] = {}
    for index, badge in enumerate(badges):
        x, y = layout.slot_origin(slots[index])
        own = natural_name_size(badge, width, height, _insets(layout, x, y), layout.photo_marker)
        if layout.foldable:
            back = _insets(layout, x, y + layout.badge[1], rotated=True)
            own = min(own, natural_name_size(badge, width, height, back, layout.photo_marker))
        name_size[page_of[index]] = min(name_size.get(page_of[index], own), own)
    return slots, page_of, name_size


def ask_me_about_fates(badges: list[BadgeData], layout: Layout, skip: int = 0) -> dict[str, int]:
    """How many badges would show their "Fragen Sie mich zu" line whole, shortened or not
    at all on this stock, worked out without drawing (for the window's note on a batch
    larger than its one-page preview)."""
    slots, page_of, name_size = _sheet_plan(badges, layout, skip)
    width, height = layout.badge[0] * MM, layout.badge[1] * MM
    fates: dict[str, int] = {}
    for index, badge in enumerate(badges):
        if not badge.ask_me_about:
            continue
        x, y = layout.slot_origin(slots[index])
        frame = _Frame.of(badge, width, height, _insets(layout, x, y), layout.photo_marker)
        fate = _column_blocks(badge, frame, name_size[page_of[index]])[2]
        fates[fate] = fates.get(fate, 0) + 1
    return fates


def render_badges(
    badges: list[BadgeData],
    layout: Layout,
    marker: MarkerStyle | None = None,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: Callable[[int, int], None] | None = None,
    skip: int = 0,
) -> RenderResult:
    """All badges on as many pages as needed (the last partial page is kept). `skip` labels
    of the first sheet are used already: the first badge goes to the next free one."""
    if not badges:
        return RenderResult(b"", 0, [])
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    marker = marker or MarkerStyle()
    badges = [_with_safe_qr(b) for b in badges]
    addresses = sheet_addresses(b.inside for b in badges) if layout.inside else []
    forms = qr.matrices([*(b.qr_content for b in badges), *addresses], progress)  # each once
    buffer = io.BytesIO()
    page = (layout.page[0] * MM, layout.page[1] * MM)
    canvas = Canvas(buffer, pagesize=page, pageCompression=1, lang=document_language("de"))
    identify(canvas, "Namensschilder", layout.label)
    dx, dy = offset_mm[0] * MM, -offset_mm[1] * MM  # y is measured downwards on paper
    width, height = layout.badge[0] * MM, layout.badge[1] * MM
    form = layout.photo_marker
    geometry: list[BadgeGeometry] = []
    insides: list[tuple[int, int, Rect]] = []
    slots, page_of, name_size = _sheet_plan(badges, layout, skip)
    pages = 0
    for index, badge in enumerate(badges):
        slot = slots[index]
        if slot == 0 or index == 0:
            if index:
                canvas.showPage()
            pages += 1
            if layout.cut_marks:
                _cut_marks(canvas, layout)
        size = name_size[page_of[index]]
        x, y = layout.slot_origin(slot)
        canvas.saveState()
        canvas.translate(x * MM + dx, y * MM + dy)
        local = draw_badge(
            canvas, badge, width, height, forms, marker, _insets(layout, x, y), form, size
        )
        canvas.restoreState()
        geometry.append(_offset(local, x * MM + dx, y * MM + dy, pages, False))
        if layout.foldable:  # the back: the same badge above the fold, turned 180 degrees
            back = _draw_back(canvas, badge, layout, (x, y), (dx, dy), forms, marker, size)
            geometry.append(
                _offset(back, x * MM + dx, (y + layout.badge[1]) * MM + dy, pages, True)
            )
        if layout.inside and badge.inside is not None:  # badges/folded_sheet.py
            panel = draw_inside(canvas, badge.inside, layout, (x, y), (dx, dy), forms)
            insides.append((badge.registration_id, pages, panel))
        if progress and index % 50 == 0:
            progress(index, len(badges))
    canvas.showPage()
    canvas.save()
    return RenderResult(buffer.getvalue(), pages, geometry, insides)


CALIBRATION_TEXT = (
    QT_TRANSLATE_NOOP("Reports", "Calibration page: {layout}"),
    QT_TRANSLATE_NOOP("Reports", "The crosses should be 10 mm from the edges of the sheet."),
    QT_TRANSLATE_NOOP(
        "Reports",
        "If the print is off, enter the difference as the printer offset (x to the right, y downwards).",
    ),
)


def render_calibration(
    layout: Layout, offset_mm: tuple[float, float] = (0.0, 0.0), language: str = "de"
) -> bytes:
    """A page with the badge outlines and crosses 10 mm from the page edges, to measure the
    printer's offset."""
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    buffer = io.BytesIO()
    page = (layout.page[0] * MM, layout.page[1] * MM)
    canvas = Canvas(buffer, pagesize=page, lang=document_language(language))
    first, *rest = words(language, CALIBRATION_TEXT)
    identify(canvas, first.format(layout=layout.label))
    canvas.translate(offset_mm[0] * MM, -offset_mm[1] * MM)
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 2)
    for slot in range(layout.per_page):
        x, y = layout.slot_origin(slot)
        canvas.rect(x * MM, y * MM, layout.badge[0] * MM, layout.badge[1] * MM)
    canvas.setDash()
    for cx, cy in (
        (10, 10),
        (layout.page[0] - 10, 10),
        (10, layout.page[1] - 10),
        (layout.page[0] - 10, layout.page[1] - 10),
    ):
        canvas.line((cx - 5) * MM, cy * MM, (cx + 5) * MM, cy * MM)
        canvas.line(cx * MM, (cy - 5) * MM, cx * MM, (cy + 5) * MM)
    text = [first.format(layout=layout.label), *rest]
    canvas.setFont(fonts.REGULAR, 9)
    for line_number, line in enumerate(text):
        canvas.drawString(20 * MM, (layout.page[1] / 2 + 10 - 5 * line_number) * MM, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
