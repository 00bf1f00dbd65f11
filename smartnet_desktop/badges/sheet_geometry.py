"""Where a badge stands on its sheet of paper: how far it reaches into the edge the printer
cannot print, and the cut marks along the badges' edges."""

from __future__ import annotations

from smartnet_desktop.badges.layouts import Layout

MM = 72 / 25.4


def insets(layout: Layout, x: float, y: float, rotated: bool = False) -> tuple:
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


def cut_marks(canvas, layout: Layout) -> None:
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
