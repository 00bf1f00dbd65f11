"""Name badges as PDF with ReportLab: plain badge data in, PDF bytes and the geometry out.

Pure: no Qt, no database. Text is NFC-normalised and drawn with the shipped DejaVu fonts;
it shrinks, wraps to two lines, then is shortened, and never leaves its badge or touches
the QR code (the geometry of every box is returned so that tests can check it).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from smartnet_desktop import fonts
from smartnet_desktop.badges import qr
from smartnet_desktop.badges.layouts import Layout
from smartnet_desktop.badges.text_fit import Fitted, fit
from smartnet_desktop.domain.addresses import is_web_address
from smartnet_desktop.domain.rows import BadgeData
from smartnet_desktop.reports.page_frame import document_language, identify
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

MM = 72 / 25.4
Rect = tuple[float, float, float, float]  # x, y, width, height in points, page coordinates


@dataclass(frozen=True)
class MarkerStyle:
    """The look of the photo-objection marker (configurable in the settings)."""

    color: str = "#c62828"
    text: str = "Bitte nicht fotografieren"


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


@dataclass
class RenderResult:
    pdf: bytes
    pages: int
    geometry: list[BadgeGeometry]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def _hex(color: str):
    from reportlab.lib.colors import HexColor

    return HexColor(color)


# The text lines of a badge: (key, font, largest size, smallest size, two lines allowed)
_LINES = (
    ("title", fonts.REGULAR, 8.0, 6.0, False),
    ("given_name", fonts.BOLD, 22.0, 8.0, True),
    ("family_name", fonts.BOLD, 22.0, 8.0, True),  # as large as the given name
    ("organization", fonts.REGULAR, 9.5, 6.0, True),
    ("role", fonts.REGULAR, 8.0, 6.0, False),
    ("ask", fonts.CONDENSED, 7.5, 6.0, True),  # "Fragen Sie mich zu: ..." (when asked for)
)
# The badges are for the network's German meetings; the line says so in German.
ASK_ME_ABOUT = "Fragen Sie mich zu: "


def _fit_lines(
    badge: BadgeData, width: float, height: float, scale: float = 1.0
) -> list[tuple[str, str, Fitted]]:
    """Fits all lines into the column; shrinks them together, then drops role and title.

    `scale` enlarges the type on badges bigger than the usual 90 × 55 mm."""
    values = {
        "title": badge.title,
        "given_name": badge.given_name,
        "family_name": badge.family_name,
        "organization": badge.organization,
        "role": badge.role,
        "ask": ASK_ME_ABOUT + badge.ask_me_about if badge.ask_me_about else "",
    }
    keys = [k for k, *_ in _LINES if _nfc(values[k])]
    for drop in ([], ["ask"], ["ask", "role"], ["ask", "role", "title"]):
        wanted = [line for line in _LINES if line[0] in keys and line[0] not in drop]
        factor = 1.0
        while factor >= 0.45:
            fitted = [
                (
                    key,
                    font,
                    fit(
                        _nfc(values[key]), font, max(big * scale * factor, small), small, width, two
                    ),
                )
                for key, font, big, small, two in wanted
            ]
            total = sum(f.height for *_, f in fitted) + 1.5 * max(0, len(fitted) - 1)
            if total <= height:
                return fitted
            factor -= 0.08
    # Still too tall (a tiny custom badge): keep the names at their smallest, one line each.
    return [
        (key, font, fit(_nfc(values[key]), font, small, small, width, False))
        for key, font, _big, small, _two in _LINES
        if key in ("given_name", "family_name") and key in keys
    ]


def _camera_crossed(canvas, x: float, y: float, size: float, background: str) -> None:
    """A camera with a diagonal bar, white on `background`, in a square of `size` points."""
    canvas.saveState()
    canvas.setStrokeColorRGB(1, 1, 1)
    canvas.setFillColorRGB(1, 1, 1)
    body_h = size * 0.55
    canvas.roundRect(x, y + size * 0.18, size, body_h, size * 0.08, stroke=0, fill=1)
    canvas.rect(x + size * 0.3, y + size * 0.18 + body_h, size * 0.3, size * 0.12, stroke=0, fill=1)
    canvas.setFillColor(_hex(background))  # the lens, cut out of the body
    canvas.circle(x + size / 2, y + size * 0.18 + body_h / 2, size * 0.18, stroke=0, fill=1)
    canvas.setLineWidth(size * 0.1)
    canvas.line(x - size * 0.05, y, x + size * 1.05, y + size)
    canvas.restoreState()


@dataclass(frozen=True)
class _Frame:
    """Where a badge's parts may go, in points from its lower-left corner: the paddings
    (wider where the paper's unprintable edge reaches in), the marker band's height, and
    `bottom`, the lowest line text and code may use (above the band)."""

    width: float
    height: float
    insets: tuple[float, float, float, float]
    pad_l: float
    pad_r: float
    pad_t: float
    band: float
    bottom: float

    @classmethod
    def of(cls, badge: BadgeData, width: float, height: float, insets) -> _Frame:
        left, low, right, top = insets
        pad = max(3 * MM, min(width, height) * 0.06)
        band = 9 * MM if badge.photo_objection else 0.0
        bottom = low + band + (2 * MM if band else max(pad, low + 1 * MM) - low)
        return cls(
            width,
            height,
            insets,
            max(pad, left + 1 * MM),
            max(pad, right + 1 * MM),
            max(pad, top + 1 * MM),
            band,
            bottom,
        )


def draw_badge(
    canvas,
    badge: BadgeData,
    width: float,
    height: float,
    forms: dict[str, qr.Matrix],
    marker: MarkerStyle,
    insets: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0),
) -> BadgeGeometry:
    """Draws one badge with its lower-left corner at the current origin; returns local boxes.

    `insets` (left, bottom, right, top, in points) is the part of the badge the printer
    cannot print because it lies on the paper's unprintable edge: nothing goes there,
    the photo marker included."""
    frame = _Frame.of(badge, width, height, insets)
    geometry = BadgeGeometry(badge.registration_id, 0, (0, 0, width, height), (0, 0, 0, 0))
    top_limit = _draw_header(canvas, badge, frame, geometry) - 1.5 * MM
    qr_x = _draw_code(canvas, badge, frame, top_limit, forms, geometry)
    _draw_text_column(canvas, badge, frame, top_limit, qr_x, geometry)
    if frame.band:
        _draw_marker_band(canvas, marker, frame, geometry)
    return geometry


def _draw_header(canvas, badge: BadgeData, frame: _Frame, geometry: BadgeGeometry) -> float:
    """Event and date, one line across the top; returns the line's lower edge."""
    header_size = 7.0 * min(1.6, max(1.0, frame.height / (55 * MM)))
    inner = frame.width - frame.pad_l - frame.pad_r
    header = fit(
        _nfc(f"{badge.event_title} · {badge.event_date:%d.%m.%Y}"),
        fonts.CONDENSED,
        header_size,
        5.5,
        inner,
        two_lines=False,
    )
    header_y = frame.height - frame.pad_t - header.size
    canvas.setFillColorRGB(0.35, 0.35, 0.35)
    canvas.setFont(fonts.CONDENSED, header.size)
    canvas.drawString(frame.pad_l, header_y + header.size * 0.2, header.lines[0])
    geometry.texts.append(("event", (frame.pad_l, header_y, inner, header.size * 1.18)))
    return header_y


def _draw_code(
    canvas,
    badge: BadgeData,
    frame: _Frame,
    top_limit: float,
    forms: dict[str, qr.Matrix],
    geometry: BadgeGeometry,
) -> float:
    """The QR code at the bottom right, above the marker band, quiet zone included; below
    it the badge code in small type, for typing it in when a scanner fails. Returns the
    code's left edge."""
    code_size = 6.0
    qr_bottom = frame.bottom + code_size * 1.1
    size = max(0.0, min(top_limit - qr_bottom, frame.width * 0.38))
    qr_x, qr_y = frame.width - frame.pad_r - size + size * 0.04, qr_bottom
    qr.draw(canvas, forms[badge.qr_content], qr_x, qr_y, size)
    geometry.qr = (qr_x, qr_y, size, size)
    if badge.badge_code:
        canvas.setFillColorRGB(0.25, 0.25, 0.25)
        canvas.setFont(fonts.CONDENSED, code_size)
        canvas.drawCentredString(qr_x + size / 2, frame.bottom + code_size * 0.15, badge.badge_code)
        code_width = canvas.stringWidth(badge.badge_code, fonts.CONDENSED, code_size)
        geometry.texts.append(
            ("code", (qr_x + (size - code_width) / 2, frame.bottom, code_width, code_size))
        )
    return qr_x


def _draw_text_column(
    canvas,
    badge: BadgeData,
    frame: _Frame,
    top_limit: float,
    qr_x: float,
    geometry: BadgeGeometry,
) -> None:
    """The text column left of the code, from below the header down to the band."""
    column_x, column_w = frame.pad_l, qr_x - frame.pad_l - 1 * MM
    scale = min(2.2, max(1.0, min(frame.width / (90 * MM), frame.height / (55 * MM))))
    lines = _fit_lines(badge, column_w, top_limit - frame.bottom, scale)
    y = top_limit
    canvas.setFillColorRGB(0, 0, 0)
    for key, font, fitted in lines:
        box_top = y
        for line in fitted.lines:
            y -= fitted.size * 1.18
            canvas.setFont(font, fitted.size)
            canvas.drawString(column_x, y + fitted.size * 0.22, line)
        geometry.texts.append((key, (column_x, y, column_w, box_top - y)))
        geometry.type_sizes[key] = fitted.size
        y -= 1.5


def _draw_marker_band(canvas, marker: MarkerStyle, frame: _Frame, geometry: BadgeGeometry) -> None:
    """The photo-objection band across the badge, but not into the paper's unprintable
    edge: a crossed camera and the marker's words, white on the marker's colour."""
    left, low, right, _top = frame.insets
    band, width = frame.band, frame.width
    band_w = width - left - right
    canvas.setFillColor(_hex(marker.color))
    canvas.rect(left, low, band_w, band, stroke=0, fill=1)
    icon = band * 0.62
    _camera_crossed(canvas, frame.pad_l, low + (band - icon) / 2, icon, marker.color)
    text_x = frame.pad_l + icon + 2.5 * MM
    text_w = width - text_x - frame.pad_r
    label = fit(_nfc(marker.text), fonts.BOLD, 11, 6, text_w, two_lines=False)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont(fonts.BOLD, label.size)
    label_y = low + (band - label.size) / 2
    canvas.drawString(text_x, label_y + label.size * 0.22, label.lines[0])
    geometry.marker = (left, low, band_w, band)
    geometry.texts.append(("marker", (text_x, label_y, text_w, label.size)))


def _insets(layout: Layout, x: float, y: float, rotated: bool = False) -> tuple:
    """How far (points) a badge at (x, y) mm reaches into the paper's unprintable edge, as
    (left, bottom, right, top) of the badge as drawn (turned around when `rotated`)."""
    edge = layout.printable_margin
    page_w, page_h = layout.page
    badge_w, badge_h = layout.badge
    left = max(0.0, edge - x)
    bottom = max(0.0, edge - y)
    right = max(0.0, edge - (page_w - x - badge_w))
    top = max(0.0, edge - (page_h - y - badge_h))
    sides = (right, top, left, bottom) if rotated else (left, bottom, right, top)
    return tuple(side * MM for side in sides)


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
    )


def _cut_marks(canvas, layout: Layout) -> None:
    """Short lines in the page margins along every badge edge."""
    canvas.saveState()
    canvas.setLineWidth(0.3)
    canvas.setStrokeColorRGB(0.4, 0.4, 0.4)
    xs = sorted(
        {layout.slot_origin(c)[0] for c in range(layout.columns)}
        | {layout.slot_origin(c)[0] + layout.badge[0] for c in range(layout.columns)}
    )
    ys = sorted(
        {layout.slot_origin(r * layout.columns)[1] for r in range(layout.rows)}
        | {layout.slot_origin(r * layout.columns)[1] + layout.badge[1] for r in range(layout.rows)}
    )
    top, bottom, left, right = ys[-1], ys[0], xs[0], xs[-1]
    for x in xs:
        canvas.line(x * MM, (top + 2) * MM, x * MM, (top + 8) * MM)
        canvas.line(x * MM, (bottom - 2) * MM, x * MM, (bottom - 8) * MM)
    for y in ys:
        canvas.line((left - 2) * MM, y * MM, (left - 8) * MM, y * MM)
        canvas.line((right + 2) * MM, y * MM, (right + 8) * MM, y * MM)
    canvas.restoreState()


def _with_safe_qr(badge: BadgeData) -> BadgeData:
    """The last line of defence: a QR holds a web address or the bare badge code, never
    another scheme (javascript:, data:, file: ...), whatever the data says."""
    if badge.qr_content == badge.badge_code or is_web_address(badge.qr_content):
        return badge
    return replace(badge, qr_content=badge.badge_code)


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
    matrices = qr.matrices((b.qr_content for b in badges), progress)
    buffer = io.BytesIO()
    page = (layout.page[0] * MM, layout.page[1] * MM)
    canvas = Canvas(buffer, pagesize=page, pageCompression=1, lang=document_language("de"))
    identify(canvas, "Namensschilder", layout.label)
    forms = matrices  # each content's modules, drawn where a badge shows it

    dx, dy = offset_mm[0] * MM, -offset_mm[1] * MM  # y is measured downwards on paper
    width, height = layout.badge[0] * MM, layout.badge[1] * MM
    geometry: list[BadgeGeometry] = []
    pages = 0
    skip = max(0, skip) % layout.per_page
    for index, badge in enumerate(badges):
        slot = (index + skip) % layout.per_page
        if slot == 0 or index == 0:
            if index:
                canvas.showPage()
            pages += 1
            if layout.cut_marks:
                _cut_marks(canvas, layout)
        x, y = layout.slot_origin(slot)
        canvas.saveState()
        canvas.translate(x * MM + dx, y * MM + dy)
        local = draw_badge(canvas, badge, width, height, forms, marker, _insets(layout, x, y))
        canvas.restoreState()
        geometry.append(_offset(local, x * MM + dx, y * MM + dy, pages, False))
        if layout.foldable:  # the back: the same badge above the fold, turned 180 degrees
            back_y = (y + layout.badge[1]) * MM + dy
            canvas.saveState()
            canvas.translate(x * MM + dx + width, back_y + height)
            canvas.rotate(180)
            back_insets = _insets(layout, x, y + layout.badge[1], rotated=True)
            back = draw_badge(canvas, badge, width, height, forms, marker, back_insets)
            canvas.restoreState()
            geometry.append(_offset(back, x * MM + dx, back_y, pages, True))
        if progress and index % 50 == 0:
            progress(index, len(badges))
    canvas.showPage()
    canvas.save()
    return RenderResult(buffer.getvalue(), pages, geometry)


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
