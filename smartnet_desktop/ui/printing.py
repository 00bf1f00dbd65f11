"""Printing badges: a QPrinter set to the badge stock's page, and a PDF sent to it page
by page at the printer's resolution. Used by the badge view and the desk's F10."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from smartnet_desktop.badges.layouts import Layout
from smartnet_desktop.ui.pdf_pages import page_count, page_image


def printer_for(layout: Layout) -> QPrinter:
    """A printer whose page is the stock's page (not the system's default Letter or A4)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QSizeF(*layout.page), QPageSize.Unit.Millimeter, layout.label))
    return printer


# Where a printer takes no PDF, pages are drawn as images: 600 dpi in grey is as sharp as
# badge text and QR modules need, and a quarter of the data of 1200 dpi colour.
MAX_RASTER_DPI = 600


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Prints every page, full page (the layout has its own margins and the printer offset
    is already applied), at the printer's resolution up to 600 dpi, in grey. Returns the
    pages printed."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    pages = page_count(pdf)
    dpi = min(MAX_RASTER_DPI, printer.resolution())
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            image = page_image(pdf, index, dpi).convertToFormat(QImage.Format.Format_Grayscale8)
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
    return pages


# -- the desk's printer ---------------------------------------------------------------------
# A desk prints one badge per check-in on the printer and stock chosen once (settings.json).
# "file:PATH" stands for a PDF file instead of a printer (the tests use it; so can a desk
# that collects the badges to print later).
FILE_PRINTER = "file:"


def send_job(pdf: bytes, printer_name: str, layout: Layout) -> None:
    """Hands one badge PDF to the printer; raises OSError when the job was not accepted
    (OutputRefused when a "file:" printer names a folder, a device or a link).

    Runs in a worker thread. Where CUPS takes PDF (Linux, macOS) it gets the vector PDF at
    100 % scale; elsewhere the pages are drawn at the printer's resolution through Qt."""
    if printer_name.startswith(FILE_PRINTER):
        from smartnet_desktop.outputs import write_file

        write_file(Path(printer_name[len(FILE_PRINTER) :]), pdf)  # refuses devices, folders
        return
    lp = shutil.which("lp")
    if lp and sys.platform != "win32":
        width, height = layout.page
        done = subprocess.run(
            [
                lp,
                "-d",
                printer_name,
                "-o",
                f"media=Custom.{width}x{height}mm",
                "-o",
                "print-scaling=none",
                "-",
            ],
            input=pdf,
            capture_output=True,
            timeout=30,
        )
        if done.returncode != 0:
            reason = done.stderr.decode("utf-8", "replace").strip() or f"lp exit {done.returncode}"
            raise OSError(reason)
        return
    printer = printer_for(layout)
    printer.setPrinterName(printer_name)
    if not printer.isValid() or not print_pdf(pdf, printer):
        raise OSError(f"the printer {printer_name} did not accept the job")
