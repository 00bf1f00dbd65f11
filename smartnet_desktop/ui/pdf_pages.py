"""PDF pages as images (pypdfium2) for the preview and for printing through QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


def page_image(pdf: bytes, index: int = 0, dpi: float = 96) -> QImage:
    """One page on white (the PDF's own background is transparent)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    page = document[index]
    bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
    image = bitmap.to_pil().convert("RGB")
    data = image.tobytes("raw", "RGB")
    result = QImage(
        data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
    ).copy()
    document.close()
    return result


def page_count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    count = len(document)
    document.close()
    return count


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
