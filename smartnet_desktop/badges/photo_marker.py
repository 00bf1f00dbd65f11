"""The photo-objection marker, drawn as vectors (no emoji font): one symbol, a camera in a
ring with a diagonal bar, used on the badges and on the photographers' list, so what the
photographers read on the list is what they look for on the badges.

Two forms, chosen by the sheet preset: a band across the badge's foot in a calm neutral
colour with the symbol and the words, or the symbol alone in the badge's top right corner
(label stock too small for a band)."""

from __future__ import annotations

from dataclasses import dataclass

from smartnet_desktop import fonts

MM = 72 / 25.4
FORMS = ("band", "corner")


@dataclass(frozen=True)
class MarkerStyle:
    """The look of the photo-objection marker (configurable in the settings)."""

    color: str = "#3d4650"  # a dark slate: seen at once, not an alarm
    text: str = "Bitte nicht fotografieren"


def _hex(color: str):
    from reportlab.lib.colors import HexColor

    return HexColor(color)


def draw_symbol(canvas, x: float, y: float, size: float, ink: str, paper: str) -> None:
    """The symbol in a square of `size` points with its lower-left corner at (x, y):
    a filled disc of `paper`, a ring, camera and bar in `ink`."""
    cx, cy, r = x + size / 2, y + size / 2, size / 2
    ring = size * 0.09
    canvas.saveState()
    canvas.setFillColor(_hex(paper))
    canvas.circle(cx, cy, r, stroke=0, fill=1)
    canvas.setFillColor(_hex(ink))
    canvas.setStrokeColor(_hex(ink))
    canvas.setLineWidth(ring)
    canvas.circle(cx, cy, r - ring / 2, stroke=1, fill=0)
    body_w, body_h = size * 0.56, size * 0.36  # the camera, centred in the ring
    bx, by = cx - body_w / 2, cy - body_h / 2 - size * 0.03
    canvas.roundRect(bx, by, body_w, body_h, size * 0.05, stroke=0, fill=1)
    canvas.rect(bx + body_w * 0.12, by + body_h, body_w * 0.3, size * 0.07, stroke=0, fill=1)
    lens_y = by + body_h / 2
    canvas.setFillColor(_hex(paper))  # the lens: a paper ring around an ink centre
    canvas.circle(cx, lens_y, size * 0.13, stroke=0, fill=1)
    canvas.setFillColor(_hex(ink))
    canvas.circle(cx, lens_y, size * 0.08, stroke=0, fill=1)
    # the bar, from upper left to lower right, with a paper-coloured edge so it reads
    # as crossing the camera
    offset = (r - ring) * 0.72
    canvas.setStrokeColor(_hex(paper))
    canvas.setLineWidth(ring * 1.9)
    canvas.line(cx - offset, cy + offset, cx + offset, cy - offset)
    canvas.setStrokeColor(_hex(ink))
    canvas.setLineWidth(ring * 0.9)
    canvas.line(cx - offset, cy + offset, cx + offset, cy - offset)
    canvas.restoreState()


def draw_band(
    canvas,
    marker: MarkerStyle,
    x: float,
    y: float,
    width: float,
    height: float,
    text_left: float,
    text_right: float,
) -> tuple[float, float, float, float]:
    """The band: the marker's colour, the symbol white on it, then the words in white bold.
    `text_left`/`text_right` are the paddings from the band's edges. Returns the words' box."""
    from smartnet_desktop.badges.text_fit import fit

    canvas.saveState()
    canvas.setFillColor(_hex(marker.color))
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    icon = height * 0.74
    draw_symbol(canvas, x + text_left, y + (height - icon) / 2, icon, marker.color, "#ffffff")
    words_x = x + text_left + icon + 2 * MM
    words_w = x + width - text_right - words_x
    label = fit(marker.text.strip(), fonts.BOLD, height * 0.45, 6, words_w, False)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.setFont(fonts.BOLD, label.size)
    words_y = y + (height - label.size) / 2
    if label.lines:
        canvas.drawString(words_x, words_y + label.size * 0.22, label.lines[0])
    canvas.restoreState()
    return (words_x, words_y, words_w, label.size)


def draw_corner(canvas, marker: MarkerStyle, x: float, y: float, size: float) -> None:
    """The corner form: the symbol alone, in the marker's colour on white."""
    draw_symbol(canvas, x, y, size, marker.color, "#ffffff")
