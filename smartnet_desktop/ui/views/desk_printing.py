"""The desk's badge printing (a part of CheckinView): F10, or each check-in when the desk
says so, prints on the printer and stock chosen once for this desk, off the GUI thread;
only a job the printer accepted marks the badge printed, through the operation runner (a
badge saved as a PDF only when the desk's "mark saved PDFs as printed" is ticked).
F11 prints the personal sheet ("Heute für Sie interessant") on the same printer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.ui.i18n import error_text, fill
from smartnet_desktop.ui.keys import key_of
from smartnet_desktop.ui.operations import Operations
from smartnet_desktop.ui.views.desk_panels import Outcome

# lupdate files these texts under DeskPrinting, so they are asked for by that name.
translate = QCoreApplication.translate


class DeskPrinting(QObject):
    """Inputs: the context (a getter), the operation runner, `show` (the desk's band),
    `shown` and `event` (getters: the person F10 prints, the event), the status label and
    `back` (the desk takes the keyboard back after a dialog). `parent` owns the dialog."""

    def __init__(
        self,
        context: Callable[[], AppContext],
        operations: Operations,
        show: Callable[..., None],
        shown: Callable[[], AttendeeRow | None],
        event: Callable[[], EventRow | None],
        status: QLabel,
        back: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._context, self._operations, self._show = context, operations, show
        self._shown, self._event, self.status, self._back = shown, event, status, back
        self._parent = parent
        self._print_job = None  # the badge being printed (one at a time)

    def print_badge(self, may_ask: bool = True) -> None:
        """F10: the badge of the person just checked in, on this desk's printer and stock
        (asked once, then remembered). Rendering and printing run off the GUI thread. After
        a scan (`may_ask` False) no printer dialog opens: the next scan's keys would land
        in it."""
        shown, event = self._shown(), self._event()
        if shown is None or event is None or self._print_job is not None:
            return
        if not self._printer_chosen(may_ask):
            return
        prepared = self._prepare(shown, event.id)
        if prepared is not None:
            self._start(shown, *prepared)

    def _printer_chosen(self, may_ask: bool) -> bool:
        from smartnet_desktop.badges.layouts import load_layouts

        settings = self._context().settings
        if settings.desk_printer:
            return True
        if not may_ask:
            self.status.setText(
                fill(
                    translate("DeskPrinting", "No badge printer chosen for this desk: press %1."),
                    key_of("desk.print_badge"),
                )
            )
            return False
        return self.choose_printer(load_layouts(settings.custom_layout_path()))

    def _prepare(self, shown: AttendeeRow, event_id: int):
        """(layout, badge data) of the shown person, or None after the band said why not."""
        from smartnet_desktop.badges.layouts import get_layout
        from smartnet_desktop.services import badges

        context = self._context()
        settings = context.settings
        try:
            layout = get_layout(settings.desk_stock, settings.custom_layout_path())
            data = badges.badge_data(
                context.sessions,
                event_id,
                "all",
                [shown.person_id],
                ask_me_about=settings.badge_ask_me_about,
            )
        except SmartNetError as error:
            self._show(Outcome.NOT_FOUND, error_text(error))
            return None
        return layout, data

    def _start(self, shown: AttendeeRow, layout, data) -> None:
        from smartnet_desktop.ui.workers import BackgroundTask

        settings = self._context().settings
        # a folded badge with a sheet inside: the holder's, of the organisations here today
        sheets_from = (self._context().sessions, self._event().id) if layout.inside else None
        job = print_job(
            data, layout, settings.marker_style(), settings, settings.desk_printer, sheets_from
        )
        self._print_job = BackgroundTask(job, self)
        self._print_job.done.connect(lambda saved_to: self._printed(shown, data, saved_to))
        self._print_job.error.connect(lambda error: self._failed(shown, error))
        self._print_job.start()
        self.status.setText(
            fill(translate("DeskPrinting", "Printing the badge for %1…"), shown.display_name)
        )

    def _printed(self, shown: AttendeeRow, data, saved_to: str | None) -> None:
        """The job was accepted. A badge saved as a PDF file is not printed yet: it is
        marked printed only when this desk says so; the band says where the file went."""
        from smartnet_desktop.services import badges

        self._print_job = None
        settings = self._context().settings
        if saved_to is not None and not settings.desk_pdf_counts_printed:
            self.status.clear()
            self._show(
                Outcome.INFO,
                fill(
                    translate("DeskPrinting", "Badge for %1 saved as %2 (not marked printed)."),
                    shown.display_name,
                    saved_to,
                ),
                shown,
            )
            return
        if saved_to is not None:
            text = fill(
                translate("DeskPrinting", "Badge for %1 saved as %2 and marked printed."),
                shown.display_name,
                saved_to,
            )
        else:
            text = fill(translate("DeskPrinting", "Badge printed for %1."), shown.display_name)
        sessions = self._context().sessions
        self._operations.run(
            lambda: badges.mark_printed(sessions, data),
            report=lambda text: self._show(Outcome.NOT_FOUND, text),
            done=lambda _none: self._said_printed(shown, text, saved_to),
        )

    def _said_printed(self, shown: AttendeeRow, text: str, saved_to: str | None) -> None:
        self.status.setText(text)
        if saved_to is not None:  # where the PDF went belongs in the band
            self._show(Outcome.INFO, text, shown)

    def _failed(self, shown: AttendeeRow, error: BaseException) -> None:
        self._print_job = None
        self.status.clear()
        self._show(
            Outcome.NOT_FOUND,
            fill(
                translate("DeskPrinting", "Printing failed, nothing was marked printed: %1"),
                error_text(error),
            ),
            shown,
        )

    def print_sheet(self) -> None:
        """F11: the personal sheet of the person just checked in (the organisations that fit
        theirs and are checked in today) on this desk's printer, on the paper its stock is
        printed on (A4 or A5; a label printer takes no sheet). Gathering, rendering and
        printing run off the GUI thread; nothing is recorded."""
        from smartnet_desktop.badges.layouts import get_layout
        from smartnet_desktop.reports.personal_sheet import paper_for_page
        from smartnet_desktop.ui.workers import BackgroundTask

        shown, event = self._shown(), self._event()
        if shown is None or event is None or self._print_job is not None:
            return
        if not self._printer_chosen(True):
            return
        context = self._context()
        settings = context.settings
        try:
            layout = get_layout(settings.desk_stock, settings.custom_layout_path())
        except SmartNetError as error:
            self._show(Outcome.NOT_FOUND, error_text(error))
            return
        paper = paper_for_page(layout.page)
        if paper is None:
            text = translate(
                "DeskPrinting", "This desk prints on %1: too small for a sheet (A5 or A4)."
            )
            self._show(Outcome.NOT_FOUND, fill(text, layout.label), shown)
            return
        job = _sheet_job(context.sessions, event.id, shown, paper, settings.desk_printer)
        self._print_job = BackgroundTask(job, self)
        self._print_job.done.connect(lambda result: self._sheet_done(shown, result))
        self._print_job.error.connect(lambda error: self._failed(shown, error))
        self._print_job.start()
        self.status.setText(
            fill(translate("DeskPrinting", "Printing the sheet for %1…"), shown.display_name)
        )

    def _sheet_done(self, shown: AttendeeRow, result: tuple[bool, str | None]) -> None:
        self._print_job = None
        printed, saved_to = result
        self.status.clear()
        if not printed:
            text = translate(
                "DeskPrinting", "No sheet for %1: no organisation that fits theirs is here yet."
            )
            self._show(Outcome.INFO, fill(text, shown.display_name), shown)
        elif saved_to is not None:
            text = translate("DeskPrinting", "Sheet for %1 saved as %2.")
            self._show(Outcome.INFO, fill(text, shown.display_name, saved_to), shown)
        else:
            self.status.setText(
                fill(translate("DeskPrinting", "Sheet printed for %1."), shown.display_name)
            )

    def choose_printer(self, layouts) -> bool:
        from smartnet_desktop.ui.dialogs.desk_printer_dialog import DeskPrinterDialog

        settings = self._context().settings
        event = self._event()
        stock = settings.desk_stock or (event.badge_layout if event else "")
        dialog = DeskPrinterDialog(layouts, stock, self._parent, settings.desk_pdf_counts_printed)
        if not dialog.exec() or dialog.chosen is None:
            self._back()
            return False
        settings.desk_printer, settings.desk_stock = dialog.chosen
        settings.desk_pdf_counts_printed = dialog.mark_pdf.isChecked()
        settings.save()
        self._back()
        return True


def print_job(data, layout, marker, settings, printer: str, sheets_from=None):
    """The work of one badge off the GUI thread: render, then hand it to the printer.
    `sheets_from` (sessions, event id): first gather the holder's personal sheet for the
    inside of a folded badge (the organisations checked in today)."""
    offset = tuple(settings.printer_offset_mm)

    def job(_progress) -> str | None:
        """Returns the PDF file's path when the "printer" is a folder or a file."""
        from smartnet_desktop.badges.render import render_badges
        from smartnet_desktop.ui import printing

        drawn = data
        if sheets_from is not None:
            from smartnet_desktop.services.sheets import with_sheets

            drawn = with_sheets(*sheets_from, data, present=True)
        pdf = render_badges(drawn, layout, marker, offset).pdf
        if printer.startswith(printing.FILE_PRINTER):  # one file per badge
            name = f"{data[0].badge_code}.pdf"
            target = printer if printer.endswith(".pdf") else f"{printer}/{name}"
            printing.send_job(pdf, target, layout)
            return target[len(printing.FILE_PRINTER) :]
        printing.send_job(pdf, printer, layout)
        return None

    return job


def _sheet_job(sessions, event_id: int, shown: AttendeeRow, paper: str, printer: str):
    """The work of one sheet off the GUI thread: gather (its own session), render, hand it
    to the printer. Returns (printed, the PDF file's path when the "printer" is a file)."""

    def job(_progress) -> tuple[bool, str | None]:
        from smartnet_desktop.badges.layouts import Layout
        from smartnet_desktop.reports.personal_sheet import PAPERS, render_sheets
        from smartnet_desktop.services.sheets import personal_sheets
        from smartnet_desktop.ui import printing

        batch = personal_sheets(sessions, event_id, [shown.person_id], present=True)
        if not batch.sheets:
            return False, None
        pdf = render_sheets(list(batch.sheets), paper)
        page = PAPERS[paper]
        sheet = Layout(f"sheet-{paper}", paper.upper(), page, page, 1, 1, (0.0, 0.0))
        if printer.startswith(printing.FILE_PRINTER):  # beside the badge, never over it
            name = f"{shown.badge_code}-sheet.pdf"
            target = (
                f"{printer[:-4]}-sheet.pdf" if printer.endswith(".pdf") else f"{printer}/{name}"
            )
            printing.send_job(pdf, target, sheet)
            return True, target[len(printing.FILE_PRINTER) :]
        printing.send_job(pdf, printer, sheet)
        return True, None

    return job
