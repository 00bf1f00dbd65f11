"""Issue 22 item 9: every view at 1280×800 and 1024×700, in German and English: no column
heading is cut, and the badge preview shows the whole page inside its box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle, QStyleOptionHeader

SIZES = [(1280, 800), (1024, 700)]


def heading_width(header: QHeaderView, section: int) -> int:
    """What a heading needs: its text (its longest line or, where headings wrap, its
    longest word), the style's margins, and the sort arrow on the sorted column."""
    text = str(header.model().headerData(section, header.orientation()) or "")
    metrics = header.fontMetrics()
    wraps = bool(header.defaultAlignment() & Qt.AlignmentFlag.AlignHCenter) and bool(
        int(header.defaultAlignment().value) & int(Qt.TextFlag.TextWordWrap.value)
    )
    parts = text.split() if wraps else text.splitlines() or [""]
    option = QStyleOptionHeader()
    option.initFrom(header)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    needed = max(metrics.horizontalAdvance(part) for part in parts) + 2 * margin
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, header)
    return needed


def cut_headings(view) -> list[str]:
    cut = []
    for header in view.findChildren(QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            if header.sectionSize(section) < heading_width(header, section):
                label = header.model().headerData(section, header.orientation())
                cut.append(f"{label!r}: {header.sectionSize(section)} < {heading_width(header, section)}")
    return cut


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_no_column_heading_is_cut_in_any_view(make_window, qtbot, language, size):
    window = make_window(language)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    problems = {}
    for row in range(window.navigation.count()):
        window.show_view(row)
        QApplication.processEvents()
        view = window.stack.currentWidget()
        cut = cut_headings(view)
        if cut:
            problems[window.navigation.item(row).text()] = cut
    assert not problems, problems


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_the_badge_preview_shows_the_whole_page(make_window, qtbot, language, size):
    window = make_window(language)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.show_view(window.stack.indexOf(window.badges_view))
    preview = window.badges_view.preview
    qtbot.waitUntil(lambda: not preview.pixmap().isNull(), timeout=15000)
    QApplication.processEvents()
    page = preview.pixmap()
    shown = preview.contentsRect()
    assert page.width() <= shown.width() and page.height() <= shown.height(), (
        f"page {page.width()}x{page.height()} in a box of {shown.width()}x{shown.height()}"
    )
    viewport = preview.parentWidget()  # the scroll area's viewport: what is on screen
    assert preview.width() <= viewport.width() and preview.height() <= viewport.height()


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_agenda_title_keeps_room_at_1024(make_window, qtbot, language):
    """A fixed speaker column left the title (what people read) a stub at 1024×700."""
    window = make_window(language)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.show_view(window.stack.indexOf(window.agenda_view))
    QApplication.processEvents()
    header = window.agenda_view.table.horizontalHeader()
    assert header.sectionSize(2) >= 180, header.sectionSize(2)
    visible = window.agenda_view.table.viewport().width()
    assert header.sectionViewportPosition(header.count() - 1) + header.sectionSize(
        header.count() - 1
    ) <= visible, "the agenda scrolls sideways"
