"""The desk's badge printing (mixed into CheckinView): F10, or each check-in when the desk
says so, prints on the printer and stock chosen once for this desk, off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.ui.i18n import error_text, fill
from smartnet_desktop.ui.keys import key_of
from smartnet_desktop.ui.views.desk_panels import Outcome

# A mixin's self.tr() would look its texts up under CheckinView; lupdate files them under
# DeskPrinting, so they are asked for by that name.
translate = QCoreApplication.translate


class DeskPrinting:
    """Needs from the view: context, current_event, _shown, _show(), print_status,
    changed and back_from_dialog()."""

    _print_job = None  # the badge being printed (one at a time)

    def print_badge(self, may_ask: bool = True) -> None:
        """F10: the badge of the person just checked in, on this desk's printer and stock
        (asked once, then remembered). Rendering and printing run off the GUI thread; only
        a job the printer accepted marks the badge printed. After a scan (`may_ask` False)
        no printer dialog opens: the next scan's keys would land in it."""
        if self._shown is None or self.current_event is None or self._print_job is not None:
            return
        from smartnet_desktop.badges.layouts import get_layout, load_layouts
        from smartnet_desktop.services import badges
        from smartnet_desktop.ui import printing
        from smartnet_desktop.ui.workers import BackgroundTask

        settings = self.context.settings
        if not settings.desk_printer and not may_ask:
            self.print_status.setText(
                fill(
                    translate("DeskPrinting", "No badge printer chosen for this desk: press %1."),
                    key_of("desk.print_badge"),
                )
            )
            return
        if not settings.desk_printer and not self.choose_printer(
            load_layouts(settings.custom_layout_path())
        ):
            return
        shown, event_id = self._shown, self.current_event.id
        try:
            layout = get_layout(settings.desk_stock, settings.custom_layout_path())
            data = badges.badge_data(
                self.context.sessions,
                event_id,
                "all",
                [shown.person_id],
                ask_me_about=settings.badge_ask_me_about,
            )
        except SmartNetError as error:
            self._show(Outcome.NOT_FOUND, error_text(error))
            return
        marker, offset = settings.marker_style(), tuple(settings.printer_offset_mm)
        printer = settings.desk_printer

        def job(_progress):
            from smartnet_desktop.badges.render import render_badges

            pdf = render_badges(data, layout, marker, offset).pdf
            if printer.startswith(printing.FILE_PRINTER):  # one file per badge
                name = f"{data[0].badge_code}.pdf"
                target = printer if printer.endswith(".pdf") else f"{printer}/{name}"
                printing.send_job(pdf, target, layout)
            else:
                printing.send_job(pdf, printer, layout)

        def printed(_result) -> None:
            self._print_job = None
            self.changed.emit(badges.mark_printed(self.context.sessions, data))
            self.print_status.setText(
                fill(translate("DeskPrinting", "Badge printed for %1."), shown.display_name)
            )

        def failed(error) -> None:
            self._print_job = None
            self.print_status.clear()
            self._show(
                Outcome.NOT_FOUND,
                fill(
                    translate("DeskPrinting", "Printing failed, nothing was marked printed: %1"),
                    error_text(error),
                ),
                shown,
            )

        self._print_job = BackgroundTask(job, self)
        self._print_job.done.connect(printed)
        self._print_job.error.connect(failed)
        self._print_job.start()
        self.print_status.setText(
            fill(translate("DeskPrinting", "Printing the badge for %1…"), shown.display_name)
        )

    def choose_printer(self, layouts) -> bool:
        from smartnet_desktop.ui.dialogs.desk_printer_dialog import DeskPrinterDialog

        settings = self.context.settings
        stock = settings.desk_stock or (
            self.current_event.badge_layout if self.current_event else ""
        )
        dialog = DeskPrinterDialog(layouts, stock, self)
        if not dialog.exec() or dialog.chosen is None:
            self.back_from_dialog()
            return False
        settings.desk_printer, settings.desk_stock = dialog.chosen
        settings.save()
        self.back_from_dialog()
        return True
