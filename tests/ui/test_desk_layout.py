"""Rule 10 of the desk: at 1280×800 and 1024×700, in German and English, every column of
the desk list and every button text is fully on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QStyleOptionHeader


def _header_text_width(header, section: int) -> int:
    """What the header needs for its label: text, margins and a sort indicator's room."""
    text = header.model().headerData(section, header.orientation())
    option = QStyleOptionHeader()
    option.initFrom(header)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    return header.fontMetrics().horizontalAdvance(text) + 2 * margin


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_every_desk_column_and_button_text_is_fully_visible(make_window, qtbot, language, size):
    window = make_window(language)
    window.resize(*size)
    window.show_view(0)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1])
    desk = window.checkin_view
    QApplication.processEvents()

    header = desk.table.horizontalHeader()
    visible_width = desk.table.viewport().width()
    for section in range(header.count()):
        assert not header.isSectionHidden(section)
        left = header.sectionViewportPosition(section)
        right = left + header.sectionSize(section)
        label = header.model().headerData(section, header.orientation())
        assert left >= 0 and right <= visible_width, f"column {label!r} is off screen"
        assert header.sectionSize(section) >= _header_text_width(header, section), (
            f"column {label!r} is too narrow for its heading"
        )

    window_box = window.rect()
    for button in desk.findChildren(QPushButton):
        if not button.isVisible():
            continue
        # The size hint is what the style needs to draw the whole text with its margins.
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is clipped"
        corner = button.mapTo(window, QPoint(button.width(), button.height()))
        assert window_box.contains(corner - QPoint(1, 1)), f"{button.text()!r} is off screen"
    assert desk.search.isVisible() and desk.result.isVisible()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_window_fits_a_1024_by_700_screen(make_window, language):
    """A window manager keeps a window at least as large as its layout's minimum: every
    view has to fit, or the desk never gets to 1024 × 700."""
    window = make_window(language)
    QApplication.processEvents()
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert needed.width() <= 1024 and needed.height() <= 700, needed
