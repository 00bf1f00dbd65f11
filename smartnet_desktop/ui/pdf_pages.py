"""PDF pages as images (pypdfium2), for the preview and for printing (ui/printing.py)."""

from __future__ import annotations

from PySide6.QtGui import QImage


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
