"""PDF pages as images (pypdfium2), for the preview and for printing (ui/printing.py).

pdfium is not thread-safe, and the badge preview (GUI thread) and the print path that
rasterises pages (the desk's print worker where no `lp` takes a PDF, e.g. Windows) would
call it from two threads. So every pdfium call runs on one thread owned here; a caller
waits for one page at a time, never for a whole print job.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtGui import QImage

_OWNER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdfium")
_owner_id: list[int] = []  # the owner thread's id, once it has run


def _on_owner(work, *args):
    """Runs `work` on the pdfium thread and returns its result (or raises its error)."""
    if _owner_id and threading.get_ident() == _owner_id[0]:
        return work(*args)
    return _OWNER.submit(_note_owner_then, work, *args).result()


def _note_owner_then(work, *args):
    if not _owner_id:
        _owner_id.append(threading.get_ident())
    return work(*args)


def pdfium_thread_id() -> int:
    """The one thread that calls pdfium (for tests)."""
    return _on_owner(threading.get_ident)


def _render_rgb(pdf: bytes, index: int, dpi: float) -> tuple[bytes, int, int]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        bitmap = document[index].render(scale=dpi / 72, fill_color=(255, 255, 255, 255))
        image = bitmap.to_pil().convert("RGB")
        return image.tobytes("raw", "RGB"), image.width, image.height
    finally:
        document.close()


def _count(pdf: bytes) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_image(pdf: bytes, index: int = 0, dpi: float = 96) -> QImage:
    """One page on white (the PDF's own background is transparent)."""
    data, width, height = _on_owner(_render_rgb, pdf, index, dpi)
    return QImage(data, width, height, width * 3, QImage.Format.Format_RGB888).copy()


def page_count(pdf: bytes) -> int:
    return _on_owner(_count, pdf)
