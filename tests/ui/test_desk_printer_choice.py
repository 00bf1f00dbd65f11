"""Issue 22 item 8: F10 with no printer set up. The desk asks the system for its printers
(CUPS, the Windows spooler) and says "no printer found" where there is none; a badge saved
as a PDF is marked printed only when "mark saved PDFs as printed" is ticked; the band says
where the PDF went."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smartnet_desktop.services import attendees
from smartnet_desktop.ui.dialogs import desk_printer_dialog
from smartnet_desktop.ui.printing import FILE_PRINTER
from tests.typing_helpers import press_enter, type_text
from tests.ui.test_desk_keeps_the_keyboard import at_desk


def _no_printer_f10(window, qtbot, monkeypatch, folder, tick: bool):
    """F10 at the desk on a computer without printers: the dialog opens, staff pick the
    PDF folder (ticking the box or not) and press Enter, with real key events."""
    window.context.settings.desk_printer = ""
    monkeypatch.setattr(desk_printer_dialog, "system_printers", lambda: [])
    starts: list[str] = []
    monkeypatch.setattr(
        desk_printer_dialog,
        "existing_folder",
        lambda parent, caption, start="": starts.append(start) or str(folder),
    )
    desk = at_desk(window, qtbot)
    type_text(desk.search, "Nguyễn")
    press_enter(desk.search)
    seen: dict = {}

    def in_dialog():
        dialog = QApplication.activeModalWidget()
        seen["printers"] = [dialog.printer.itemData(i) for i in range(dialog.printer.count())]
        seen["no_printer"] = dialog.no_printer.isVisibleTo(dialog) and dialog.no_printer.text()
        if tick:
            dialog.mark_pdf.setFocus()
            QTest.keyClick(dialog.mark_pdf, Qt.Key.Key_Space)
        QTest.keyClick(dialog.printer, Qt.Key.Key_Return)

    QTimer.singleShot(200, in_dialog)
    QTest.keyClick(desk.search, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=20000)
    return desk, seen, starts


def test_f10_without_printers_says_so_and_a_saved_pdf_is_not_printed(
    make_window, qtbot, tmp_path, monkeypatch
):
    window = make_window("en")
    desk, seen, starts = _no_printer_f10(window, qtbot, monkeypatch, tmp_path, tick=False)
    assert seen["printers"] == [FILE_PRINTER]
    assert "No printer found" in seen["no_printer"]
    assert starts and str(tmp_path) != starts[0]  # not the database's folder
    [row] = attendees.list_attendees(window.context.sessions, window.current_event.id, "nguyen")
    saved = tmp_path / f"{row.badge_code}.pdf"
    qtbot.waitUntil(lambda: str(saved) in desk.result.text(), timeout=10000)
    assert saved.exists()
    assert row.badge_printed_at is None  # a file in a folder is not a printed badge
    assert "not marked printed" in desk.result.text()
    assert window.context.settings.desk_pdf_counts_printed is False
    assert QApplication.focusWidget() is desk.search


def test_a_saved_pdf_counts_as_printed_when_the_desk_says_so(
    make_window, qtbot, tmp_path, monkeypatch
):
    window = make_window("en")
    desk, _seen, _starts = _no_printer_f10(window, qtbot, monkeypatch, tmp_path, tick=True)
    assert window.context.settings.desk_pdf_counts_printed is True

    def marked():
        [row] = attendees.list_attendees(
            window.context.sessions, window.current_event.id, "nguyen"
        )
        return row.badge_printed_at is not None

    qtbot.waitUntil(marked, timeout=10000)
    assert str(tmp_path) in desk.result.text() and "marked printed" in desk.result.text()


def test_the_dialog_lists_the_systems_printers_and_no_warning_then(qapp, monkeypatch):
    from smartnet_desktop.badges.layouts import load_layouts

    monkeypatch.setattr(desk_printer_dialog, "system_printers", lambda: ["Desk-Label", "Office"])
    dialog = desk_printer_dialog.DeskPrinterDialog(load_layouts(), "a4-insert")
    names = [dialog.printer.itemData(i) for i in range(dialog.printer.count())]
    assert names == ["Desk-Label", "Office", FILE_PRINTER]
    assert not dialog.no_printer.isVisibleTo(dialog)
    assert not dialog.mark_pdf.isEnabled()  # the box is about PDF files only
    dialog.printer.setCurrentIndex(2)
    assert dialog.mark_pdf.isEnabled()
    dialog.deleteLater()


def test_the_system_is_asked_for_its_printers(qapp):
    """The real question to CUPS or the spooler answers with a list (empty here)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    assert desk_printer_dialog.system_printers() == QPrinterInfo.availablePrinterNames()
