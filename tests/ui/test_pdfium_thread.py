"""pdfium is not thread-safe: every call of it (the badge preview on the GUI thread, the
print path that rasterises pages where no `lp` takes a PDF, e.g. Windows, in the desk's
print worker) runs on one thread, the owner in ui/pdf_pages.py."""

from __future__ import annotations

import io
import threading

import pypdfium2
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen import canvas

from smartnet_desktop.ui import pdf_pages
from smartnet_desktop.ui.printing import print_pdf


def _pdf(pages: int = 2) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=(255, 156))
    for number in range(pages):
        drawing.drawString(20, 80, f"Badge {number + 1}")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def _record_pdfium_threads(monkeypatch) -> set[int]:
    """Wraps pdfium's entry point (every use opens a PdfDocument) to note the thread."""
    threads: set[int] = set()
    real = pypdfium2.PdfDocument

    def opened(*args, **kwargs):
        threads.add(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(pypdfium2, "PdfDocument", opened)
    return threads


def test_preview_and_a_print_worker_use_pdfium_from_one_thread(qapp, monkeypatch, tmp_path):
    threads = _record_pdfium_threads(monkeypatch)
    pdf = _pdf()
    preview = pdf_pages.page_image(pdf, 0, 60)  # the badge view's preview, GUI thread
    assert preview.width() > 100 and preview.pixel(0, 0) == 0xFFFFFFFF  # drawn on white

    printed = []

    def print_in_a_worker() -> None:  # as the desk's F10 does where `lp` is missing
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printer.setResolution(150)
        printed.append(print_pdf(pdf, printer))

    worker = threading.Thread(target=print_in_a_worker)
    worker.start()
    worker.join(60)
    assert printed == [2]
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    assert pdf_pages.page_count(pdf) == 2
    assert len(threads) == 1, "pdfium was called from more than one thread"
    assert threading.get_ident() not in threads and threads == {pdf_pages.pdfium_thread_id()}


def test_a_pdfium_error_reaches_the_caller(qapp):
    import pytest

    with pytest.raises(pypdfium2.PdfiumError):
        pdf_pages.page_count(b"not a pdf")
    assert pdf_pages.page_count(_pdf(3)) == 3  # the owner thread still serves


def test_only_the_owner_imports_pdfium():
    """A second module calling pypdfium2 itself would bypass the owner thread."""
    import ast
    from pathlib import Path

    package = Path(pdf_pages.__file__).resolve().parent.parent
    importing = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            if any(n.split(".")[0] == "pypdfium2" for n in names):
                importing.add(str(path.relative_to(package)))
    assert importing == {"ui/pdf_pages.py"}
