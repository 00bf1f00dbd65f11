"""What the photo marker looks like, for the photographers' list: the band exactly as the
badges carry it (same symbol, colour and words, at true size) and the corner symbol label
stock carries, with one line saying so."""

from __future__ import annotations

from smartnet_desktop.badges.photo_marker import MarkerStyle, draw_band, draw_corner
from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

MM = 72 / 25.4
BAND = (90 * MM, 7.5 * MM)  # as on a 90 × 55 mm card
CORNER = 8 * MM
LEGEND = QT_TRANSLATE_NOOP(
    "Reports",
    "Their badges carry this band; on small labels only the symbol, in the top right corner.",
)


def marker_legend(marker: MarkerStyle, style, language: str):
    """A flowable: band and corner symbol side by side, the explanation under them."""
    from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

    class _Samples(Flowable):
        def wrap(self, available_width, available_height):
            return BAND[0] + 6 * MM + CORNER, max(BAND[1], CORNER)

        def draw(self):
            canvas = self.canv
            draw_band(canvas, marker, 0, (CORNER - BAND[1]) / 2, *BAND, 3 * MM, 3 * MM)
            draw_corner(canvas, marker, BAND[0] + 6 * MM, 0, CORNER)

    return KeepTogether(
        [
            _Samples(),
            Spacer(1, 1.5 * MM),
            Paragraph(words(language, LEGEND), style),
            Spacer(1, 4 * MM),
        ]
    )
