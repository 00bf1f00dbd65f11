"""Badge batches: 1,000 badges whose QR codes all differ (each the Steckbrief address + "#" +
the badge's code, as printed badges carry them), from 1,000 and from 100 organisations.

For each: time and PDF size of SmartNet's renderer (the qrcode package with the mask chosen
by numpy, each code a 1-bit image mask), and on the same payloads the two common
approaches: ReportLab's QrCodeWidget drawn with renderPDF for each badge (pretix's way),
and a raster PNG QR per badge (Indico's way). Targets (issue 24): >= 10x faster than the
QrCodeWidget path and >= 4x smaller than the raster path.
Also the QR matrix alone: the qrcode package choosing its mask, with a fixed mask (the
floor), and ours.
Then the desk: F10 to the job handed over (a PDF-file printer, median of 20, the window
responsive meanwhile) beside the old way (the page drawn through QPrinter at 600 dpi on
the GUI thread), and the size of one badge's PDF.
Run: python benchmarks/badges.py
"""

from __future__ import annotations

import io
import os
import sys
import time
from datetime import date

from smartnet_desktop import fonts
from smartnet_desktop.badges.layouts import load_layouts
from smartnet_desktop.badges.render import MM, render_badges
from smartnet_desktop.domain.rows import BadgeData

LAYOUT = load_layouts()["a4-insert-90x55"]
GIVEN = ["Łucja", "Thi Lan", "Ștefan", "Ingrid", "Jürgen", "Anna", "Zoë", "Åsa", "Đorđe", "Mareike"]
FAMILY = [
    "Żółćińska",
    "Nguyễn",
    "Popescu",
    "Ødegård",
    "Weißbach",
    "Beispiel",
    "Größer",
    "Lindqvist",
]


def data(count: int, organisations: int | None) -> list[BadgeData]:
    badges = []
    for i in range(count):
        org = i % organisations if organisations else i
        code = f"K{i:05d}"
        # as the badges are now: the organisation's Steckbrief address + "#" + the badge code
        qr = f"https://steckbriefe.example/kommune-{org:04d}#{code}"
        badges.append(
            BadgeData(
                i,
                GIVEN[i % 10],
                f"{FAMILY[i % 8]}",
                "",
                f"Kommune {org:04d} in Thüringen",
                "Referentin",
                "5. Netzwerktreffen Smart Cities / Smart Regions",
                date(2022, 12, 8),
                qr,
                i % 17 == 0,
                code,
            )
        )
    return badges


def common_approach(badges: list[BadgeData], raster: bool) -> bytes:
    """Text as ours, the QR code per badge as QrCodeWidget (vector) or as a PNG image."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(LAYOUT.page[0] * MM, LAYOUT.page[1] * MM))
    size = 22 * MM
    for index, badge in enumerate(badges):
        slot = index % LAYOUT.per_page
        if slot == 0 and index:
            canvas.showPage()
        x, y = (v * MM for v in LAYOUT.slot_origin(slot))
        canvas.setFont(fonts.BOLD, 18)
        canvas.drawString(x + 4 * MM, y + 35 * MM, badge.given_name)
        canvas.setFont(fonts.BOLD, 13)
        canvas.drawString(x + 4 * MM, y + 28 * MM, badge.family_name)
        canvas.setFont(fonts.REGULAR, 9)
        canvas.drawString(x + 4 * MM, y + 22 * MM, badge.organization)
        if raster:
            import qrcode

            image = qrcode.make(
                badge.qr_content, error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=8
            )
            png = io.BytesIO()
            image.save(png)
            png.seek(0)
            canvas.drawImage(ImageReader(png), x + 64 * MM, y + 4 * MM, size, size)
        else:
            widget = QrCodeWidget(badge.qr_content, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(
                size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0]
            )
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, x + 64 * MM, y + 4 * MM)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def timed(function, *args) -> tuple[float, bytes]:
    start = time.perf_counter()
    pdf = function(*args)
    return time.perf_counter() - start, pdf


def matrix_times(count: int = 300) -> None:
    """One QR matrix: the package's own mask search, its fixed-mask floor, and ours."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    from smartnet_desktop.badges.qr_masks import matrix

    def package(content: str, mask: int | None) -> None:
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
        code.add_data(content.encode("utf-8"))
        code.make(fit=True)

    contents = [b.qr_content for b in data(count, None)]
    matrix(contents[0])  # the version's layout is built once per process
    figures = {}
    for label, build in (
        ("qrcode, mask searched", lambda c: package(c, None)),
        ("qrcode, fixed mask (floor)", lambda c: package(c, 0)),
        ("SmartNet (numpy mask choice)", matrix),
    ):
        start = time.perf_counter()
        for content in contents:
            build(content)
        figures[label] = (time.perf_counter() - start) / count * 1000
        print(f"  {label + ':':34}{figures[label]:6.2f} ms per code")
    searched, floor, ours = figures.values()
    print(f"  ours: {searched / ours:4.1f}x faster than the search, {ours / floor:4.1f}x the floor")


def main() -> None:
    fonts.register()
    print("One QR matrix (same payloads as the badges)")
    matrix_times()
    for label, organisations in (
        ("1,000 badges, 1,000 organisations", None),
        ("1,000 badges, 100 organisations (codes differ all the same)", 100),
    ):
        badges = data(1000, organisations)
        ours_t, ours = timed(lambda b: render_badges(b, LAYOUT).pdf, badges)
        widget_t, widget = timed(common_approach, badges, False)
        raster_t, raster = timed(common_approach, badges, True)
        print(label)
        print(f"  SmartNet (1-bit image masks):     {ours_t:6.2f} s  {len(ours) / 1024:8.0f} KB")
        print(
            f"  QrCodeWidget + renderPDF:         {widget_t:6.2f} s  {len(widget) / 1024:8.0f} KB"
        )
        print(
            f"  raster PNG per badge:             {raster_t:6.2f} s  {len(raster) / 1024:8.0f} KB"
        )
        print(
            f"  faster than QrCodeWidget: {widget_t / ours_t:5.1f}x   smaller than raster: {len(raster) / len(ours):5.1f}x"
        )


def desk_f10() -> tuple[float, float, int]:
    """(F10 to job handed over, the old in-thread raster print, one badge PDF's bytes)."""
    import statistics
    import tempfile
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bigdb import open_window
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtTest import QTest

    from smartnet_desktop.services import attendees, checkin
    from smartnet_desktop.settings import Settings
    from smartnet_desktop.ui.printing import print_pdf, printer_for

    folder = Path(tempfile.mkdtemp())
    settings = Settings(desk_name="Bench", desk_printer=f"file:{folder}", desk_stock="a6-single")
    app, window = open_window(None, settings, folder)
    context = window.context
    desk = window.checkin_view
    event_id = window.current_event.id
    times = []
    for row in attendees.list_attendees(context.sessions, event_id)[:20]:
        desk._shown = checkin.check_in(context.sessions, row.registration_id, "Bench").value
        start = time.perf_counter()
        QTest.keyClick(desk.search, Qt.Key.Key_F10)
        while desk.printing._print_job is not None:
            app.processEvents()
        times.append(time.perf_counter() - start)
    one = next(folder.glob("*.pdf")).read_bytes()
    printer = printer_for(load_layouts()["a6-single"])
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "raster.pdf"))
    printer.setResolution(600)
    start = time.perf_counter()
    print_pdf(one, printer)
    raster = time.perf_counter() - start
    window.close()
    return statistics.median(times), raster, len(one)


if __name__ == "__main__":
    main()
    f10, raster, size = desk_f10()
    print("Desk printing (one badge, A6)")
    print(f"  F10 to job handed over (median):  {f10 * 1000:6.0f} ms  (off the GUI thread)")
    print(
        f"  old way, 600 dpi on GUI thread:   {raster * 1000:6.0f} ms  (ratio {raster / f10:.1f}x)"
    )
    print(f"  one badge PDF:                    {size / 1024:6.1f} KB")
    sys.stdout.flush()
    os._exit(0)  # PySide6 can crash while the interpreter tears down the widgets
