"""The inside of the folded A4 badge with three panels (layout "a4-folded-sheet"): the
holder's personal sheet on the panel below the front.

How it folds: that panel is folded back along the front's lower edge first, then the
back (the panel above the front, turned 180 degrees) along the front's upper edge over
it. The sheet ends up inside, between front and back, facing the back's blank side, and
is read by lifting the back. Folded about a horizontal line and seen from behind, like
the back, it is drawn turned 180 degrees on the page.
"""

from __future__ import annotations

from smartnet_desktop.badges import qr
from smartnet_desktop.badges.layouts import Layout
from smartnet_desktop.badges.sheet_geometry import MM, insets
from smartnet_desktop.domain.sheet_rows import PersonalSheet
from smartnet_desktop.reports.personal_sheet import draw_sheet


def draw_inside(
    canvas,
    sheet: PersonalSheet,
    layout: Layout,
    at: tuple[float, float],
    offset: tuple[float, float],
    forms: dict[str, qr.Matrix],
) -> tuple[float, float, float, float]:
    """The sheet on the panel below the front whose slot is at `at` (mm; `offset`: the
    printer's, in points); returns the panel's rectangle on the page (points)."""
    x, below = at[0], at[1] - layout.badge[1]
    width, height = layout.badge[0] * MM, layout.badge[1] * MM
    left, bottom = x * MM + offset[0], below * MM + offset[1]
    canvas.saveState()
    canvas.translate(left + width, bottom + height)
    canvas.rotate(180)
    draw_sheet(canvas, sheet, width, height, forms, "de", insets(layout, x, below, rotated=True))
    canvas.restoreState()
    return left, bottom, width, height
