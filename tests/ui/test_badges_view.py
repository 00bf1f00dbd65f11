"""Badges view: preview, save as PDF, print through QPrinter into a PDF file, mark printed."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from smartnet_desktop.services import attendees
from smartnet_desktop.ui.printing import printer_for
from tests.typing_helpers import press_enter, type_text


def _gera_badges(make_window):
    window = make_window("en")
    index = next(
        i
        for i in range(window.event_switcher.count())
        if "Gera" in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)
    window.show_view(5)
    return window, window.badges_view


def test_preview_shows_the_first_page(make_window, qtbot):
    window, view = _gera_badges(make_window)
    qtbot.waitUntil(
        lambda: view.preview.pixmap() is not None and not view.preview.pixmap().isNull(),
        timeout=10000,
    )
    assert view.preview.pixmap().width() > 300
    assert "40 badges on 5 pages" in view.status.text()


def test_printing_through_qprinter_into_a_pdf_file_and_marking_printed(
    make_window, qtbot, tmp_path
):
    window, view = _gera_badges(make_window)
    view.whom.setCurrentIndex(view.whom.findData("unprinted"))
    data = view.chosen_badges()
    printer = printer_for(view.chosen_layout())
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    qtbot.waitUntil(lambda: view._task is None, timeout=10000)  # the preview render has finished
    with qtbot.waitSignal(window.dataShown, timeout=20000):
        view._with_badges(lambda badges, result: view.send_to_printer(printer, badges, result))
    printed = PdfReader(io.BytesIO((tmp_path / "printed.pdf").read_bytes()))
    assert len(printed.pages) == 5 and (tmp_path / "printed.pdf").stat().st_size > 50_000
    rows = attendees.list_attendees(window.context.sessions, window.current_event.id)
    assert all(r.badge_printed_at is not None for r in rows) and len(data) == 40
    assert not any(r.needs_reprint for r in rows)  # printed as they are, marker included
    assert view.chosen_badges() == []  # nothing left to print


def _desk_with_printer(make_window, printer: str, stock: str = "a4-insert-90x55"):
    window, _ = _gera_badges(make_window)
    window.context.settings.desk_printer = printer  # as chosen at this desk's first F10
    window.context.settings.desk_stock = stock
    # A PDF file stands in for a printer here: the desk marks saved PDFs as printed.
    window.context.settings.desk_pdf_counts_printed = True
    window.show_view(0)
    return window, window.checkin_view


def test_desk_f10_prints_with_the_remembered_printer_without_a_dialog_or_a_stall(
    make_window, qtbot, tmp_path, monkeypatch
):
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from smartnet_desktop.ui import printing

    target = tmp_path / "one.pdf"
    window, desk = _desk_with_printer(make_window, f"file:{target}", "dymo-11356")
    send = printing.send_job

    def slow_printer(pdf, name, layout):  # a printer that takes its time to accept a job
        time.sleep(0.5)
        send(pdf, name, layout)

    monkeypatch.setattr(printing, "send_job", slow_printer)
    type_text(desk.search, "Nguyễn")
    press_enter(desk.search)
    ticks = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    qtbot.keyClick(desk.search, Qt.Key.Key_F10)
    assert QApplication.activeModalWidget() is None  # no dialog: the printer is known
    assert desk.printing._print_job is not None  # F10 came back while the job runs
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=20000)
    timer.stop()
    assert len(ticks) >= 5, "the GUI thread was blocked by the print job"
    page = PdfReader(target).pages[0].mediabox
    assert (round(float(page.width) / 72 * 25.4), round(float(page.height) / 72 * 25.4)) == (89, 41)
    [row] = attendees.list_attendees(window.context.sessions, window.current_event.id, "nguyen")
    assert row.badge_printed_at is not None and row.checked_in_at is not None
    assert "Nguyễn" in desk.print_status.text()


def test_a_failed_print_job_marks_nothing_and_says_so(make_window, qtbot, tmp_path):
    window, desk = _desk_with_printer(make_window, f"file:{tmp_path}/missing/folder/x.pdf")
    type_text(desk.search, "Nguyễn")
    press_enter(desk.search)
    qtbot.keyClick(desk.search, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=20000)
    [row] = attendees.list_attendees(window.context.sessions, window.current_event.id, "nguyen")
    assert row.badge_printed_at is None
    assert "Printing failed" in desk.result.text()


def test_print_at_check_in_prints_each_badge_as_it_is_checked_in(make_window, qtbot, tmp_path):
    window, desk = _desk_with_printer(make_window, f"file:{tmp_path}")
    window.desk_actions.print_on_check_in_action.trigger()
    type_text(desk.search, "Nguyễn")
    press_enter(desk.search)
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=20000)
    [row] = attendees.list_attendees(window.context.sessions, window.current_event.id, "nguyen")
    assert (tmp_path / f"{row.badge_code}.pdf").exists() and row.badge_printed_at is not None


def test_badge_settings_save_offset_marker_and_a_custom_sheet(make_window, monkeypatch):
    from smartnet_desktop.ui.dialogs.badge_settings_dialog import BadgeSettingsDialog

    window, view = _gera_badges(make_window)

    def fill(dialog):
        dialog.offset_x.setValue(1.5)
        dialog.offset_y.setValue(-0.5)
        dialog.marker_text.setText("Keine Fotos, bitte")
        dialog.rows.setValue(9)  # 9 × 55 mm do not fit on A4
        dialog.accept()
        assert "do not fit" in dialog.error.text()
        dialog.rows.setValue(5)
        dialog.badge_h.setValue(50)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(BadgeSettingsDialog, "exec", fill)
    view.edit_settings()
    settings = window.context.settings
    assert (
        settings.printer_offset_mm == [1.5, -0.5] and settings.marker_text == "Keine Fotos, bitte"
    )
    assert view.layout_box.currentData() == "custom" and view.chosen_layout().per_page == 10


def test_saving_a_pdf_marks_nothing_printed_unless_ticked(make_window, qtbot, tmp_path):
    window, view = _gera_badges(make_window)
    assert not view.mark.isChecked()
    qtbot.waitUntil(lambda: view._task is None, timeout=10000)
    view._with_badges(lambda data, result: view._write(tmp_path / "look.pdf", data, result))
    qtbot.waitUntil(lambda: (tmp_path / "look.pdf").exists(), timeout=20000)
    rows = attendees.list_attendees(window.context.sessions, window.current_event.id)
    assert all(r.badge_printed_at is None for r in rows)
    view.mark.setChecked(True)
    with qtbot.waitSignal(window.dataShown, timeout=20000):
        view._with_badges(lambda data, result: view._write(tmp_path / "real.pdf", data, result))
    rows = attendees.list_attendees(window.context.sessions, window.current_event.id)
    assert all(r.badge_printed_at is not None for r in rows)


def test_the_first_free_label_follows_the_sheet(make_window):
    window, view = _gera_badges(make_window)
    view.layout_box.setCurrentIndex(view.layout_box.findData("a4-insert-90x55"))
    assert view.first_free.maximum() == 8 and view.first_free.isEnabled()
    view.layout_box.setCurrentIndex(view.layout_box.findData("dymo-11356"))
    assert view.first_free.maximum() == 1 and not view.first_free.isEnabled()


def test_a_line_under_the_preview_says_where_the_ask_me_line_does_not_fit(make_window, qtbot):
    """Issue 23 item 2: the "Fragen Sie mich zu" line is shortened or left out rather than
    shrinking a name, and the window says so under the preview, for the whole batch."""
    window, view = _gera_badges(make_window)
    view.layout_box.setCurrentIndex(view.layout_box.findData("dymo-11356"))
    view.ask_me_about.setChecked(True)
    qtbot.waitUntil(lambda: "Ask me about" in view.preview_note.text(), timeout=20000)
    note = view.preview_note.text()
    assert "left out on" in note and "of 40 badges" in note
    assert not view.preview_note.isHidden()
    view.ask_me_about.setChecked(False)
    qtbot.waitUntil(lambda: view.preview_note.isHidden(), timeout=20000)
