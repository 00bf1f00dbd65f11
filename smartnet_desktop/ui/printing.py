"""Printing badges: a QPrinter set to the badge stock's page, and a PDF sent to it page
by page at the printer's resolution. Used by the badge view and the desk's F10."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from smartnet_desktop.badges.layouts import Layout
from smartnet_desktop.ui.pdf_pages import page_count, page_image


def printer_for(layout: Layout) -> QPrinter:
    """A printer whose page is the stock's page (not the system's default Letter or A4)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QSizeF(*layout.page), QPageSize.Unit.Millimeter, layout.label))
    return printer


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Prints every page at the printer's resolution, full page (the layout has its own
    margins and the printer offset is already applied). Returns the pages printed."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = page_count(pdf)
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            image = page_image(pdf, index, printer.resolution())
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
    return pages
