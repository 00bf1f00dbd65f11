"""Name badges of the current event: whom, which sheet, which QR content; live preview of
the first page; save as PDF or print; badges are then marked printed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop import outputs
from smartnet_desktop.badges.layouts import Layout, load_layouts
from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.services import badges as badge_service
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.file_dialogs import print_dialog, save_file_name
from smartnet_desktop.ui.i18n import error_text, fill
from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.operations import Operations, attempt
from smartnet_desktop.ui.printing import print_pdf, printer_for
from smartnet_desktop.ui.views.attendee_list_view import AttendeeListView
from smartnet_desktop.ui.views.fitted_preview import FittedPreview
from smartnet_desktop.ui.workers import BackgroundTask, Cancelled


class BadgesView(AttendeeListView):
    def __init__(self, context: AppContext, operations: Operations, parent=None) -> None:
        super().__init__(
            context,
            operations,
            heading=self.tr("Badges"),
            explanation=self.tr(
                "Name badges with a QR code that opens the organisation's profile. Choose whom to "
                "print, the badge stock and the QR content; the preview shows the first page."
            ),
            columns=[
                Column.NAME,
                Column.ORGANIZATION,
                Column.BADGE_CODE,
                Column.PRINTED,
                Column.REPRINT,
                Column.STATUS,
            ],
            quick_filters=[
                (self.tr("Everyone"), None),
                (self.tr("Not yet printed"), lambda r: r.badge_printed_at is None),
                (self.tr("Needs a reprint"), lambda r: r.needs_reprint),
                (
                    self.tr("Checked in without badge"),
                    lambda r: r.checked_in_at is not None and r.badge_printed_at is None,
                ),
            ],
            parent=parent,
        )
        self._task: BackgroundTask | None = None
        self._waiting: tuple | None = None  # a save or print asked for during a preview
        self._layouts: dict = {}
        self._build_options()
        self._build_preview()
        self._build_progress()
        self.add_action(self.tr("Save as PDF…"), self.save_pdf, "badges.save")
        self.add_action(self.tr("Print…"), self.print_badges, "badges.print")
        self.add_action(self.tr("Calibration page…"), self.save_calibration)
        self.add_action(self.tr("Badge settings…"), self.edit_settings)
        self.reload_layouts()

    def _build_options(self) -> None:
        self.whom = QComboBox()
        for label, key in (
            (self.tr("Everyone"), "all"),
            (self.tr("Not yet printed or reprint"), "unprinted"),
            (self.tr("Checked in without badge"), "checked-in"),
            (self.tr("Selected rows"), "selection"),
        ):
            self.whom.addItem(label, key)
        self.layout_box = QComboBox()
        self.qr_box = QComboBox()
        self.qr_box.addItem(self.tr("QR: profile with badge code"), "profile")
        self.qr_box.addItem(self.tr("QR: badge code"), "code")
        # "Printed" means printed: a print job accepted by the printer marks its badges; a
        # saved PDF (often a look at the layout) only when staff tick this.
        self.mark = QCheckBox(self.tr("Saved PDF counts as printed"))
        self.mark.setChecked(False)
        # "Fragen Sie mich zu: ..." with what the holder's organisation offers; this desk
        # remembers the choice (the desk's F10 prints the same way).
        self.ask_me_about = QCheckBox(self.tr("“Ask me about” with the organisation's offers"))
        self.ask_me_about.setChecked(self.context.settings.badge_ask_me_about)
        self.ask_me_about.toggled.connect(self._ask_me_about_toggled)
        for box in (self.whom, self.layout_box, self.qr_box):
            box.currentIndexChanged.connect(self.schedule_preview)
            # Long entries must not make the whole window wider than a 1024-pixel screen.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(14)
        self.qr_box.setMinimumContentsLength(26)  # it has a row of its own
        # A partly used sheet: the first badge goes to this label (counted row by row).
        self.first_free = QSpinBox()
        self.first_free.setRange(1, 1)
        self.first_free.setToolTip(self.tr("First free label on the first sheet"))
        self.first_free.valueChanged.connect(self.schedule_preview)
        self.layout_box.currentIndexChanged.connect(self._fit_first_free)
        # Three rows, so that the window still fits a 1024-pixel screen.
        rows = QVBoxLayout()
        for widgets in (
            (
                QLabel(self.tr("Whom:")),
                self.whom,
                QLabel(self.tr("Sheet:")),
                self.layout_box,
                QLabel(self.tr("from label")),
                self.first_free,
            ),
            (self.qr_box, self.mark),
            (self.ask_me_about,),
        ):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            rows.addLayout(row)
        self.options_bar.addLayout(rows)

    def _ask_me_about_toggled(self, on: bool) -> None:
        self.context.settings.badge_ask_me_about = bool(on)
        self.context.settings.save()
        self.schedule_preview()

    def _fit_first_free(self) -> None:
        name = self.layout_box.currentData()
        labels = self._layouts[name].per_page if name in self._layouts else 1
        self.first_free.setRange(1, labels)
        self.first_free.setEnabled(labels > 1)

    def _build_preview(self) -> None:
        self.preview = FittedPreview(self.tr("Preview"))
        self.preview.setMinimumWidth(360)
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setWidgetResizable(True)
        # Under the preview: what the sheet could not hold ("Fragen Sie mich zu"), for the
        # whole batch, not only the page shown.
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(scroll, 1)
        column_layout.addWidget(self.preview_note)
        self.table_area.addWidget(column)
        self.table_area.setStretchFactor(0, 3)
        self.table_area.setStretchFactor(1, 2)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.render_preview)

    def _build_progress(self) -> None:
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.hide()
        self.cancel.clicked.connect(lambda: self._task and self._task.cancel())
        self.status = QLabel()
        self.status_area.addWidget(self.progress, 1)
        self.status_area.addWidget(self.cancel)
        self.status_area.addWidget(self.status)

    # -- options ---------------------------------------------------------------------------
    def reload_layouts(self, select: str | None = None) -> None:
        current = select or self.layout_box.currentData()
        self._layouts = load_layouts(self.context.settings.custom_layout_path())
        self.layout_box.blockSignals(True)
        self.layout_box.clear()
        for name, layout in self._layouts.items():
            label = (
                layout.label_in(QLocale().name()[:2])
                if name != "custom"
                else self.tr("Custom layout")
            )
            self.layout_box.addItem(label, name)
        index = self.layout_box.findData(current)
        self.layout_box.setCurrentIndex(max(0, index))
        self.layout_box.blockSignals(False)
        self._fit_first_free()

    def set_event(self, event_id: int) -> None:
        super().set_event(event_id)
        from smartnet_desktop.services.events import get_event

        event = get_event(self.context.sessions, event_id)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(event.badge_layout)))
        self.qr_box.setCurrentIndex(max(0, self.qr_box.findData(event.qr_content)))
        self.schedule_preview()

    def set_rows(self, rows, fresh=None) -> None:
        super().set_rows(rows, fresh)
        self.schedule_preview()

    def schedule_preview(self) -> None:
        if self.isVisible():
            self._preview_timer.start()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.schedule_preview()

    def chosen_layout(self) -> Layout:
        return self._layouts[self.layout_box.currentData()]

    def chosen_badges(self) -> list:
        whom = self.whom.currentData()
        people = [r.person_id for r in self.selected_rows()] if whom == "selection" else None
        return badge_service.badge_data(
            self.context.sessions,
            self.event_id,
            "all" if whom == "selection" else whom,
            people,
            self.qr_box.currentData(),
            self.context.settings.badge_ask_me_about,
        )

    # -- rendering -------------------------------------------------------------------------
    def _render(self, data: list, on_done, preview_only: bool = False) -> None:
        from smartnet_desktop.badges.render import ask_me_about_fates, render_badges

        if self._task is not None:
            # One render at a time. A save or print asked for during a preview runs when
            # the preview is done (it was dropped before: the click did nothing).
            if not preview_only:
                self._waiting = (data, on_done)
            return
        layout = self.chosen_layout()
        marker = self.context.settings.marker_style()
        offset = tuple(self.context.settings.printer_offset_mm)
        batch = data[: layout.per_page] if preview_only else data
        skip = self.first_free.value() - 1

        sessions, event_id = self.context.sessions, self.event_id

        def work(progress):
            drawn = batch
            if layout.inside:  # the personal sheets inside the folded badges
                from smartnet_desktop.services.sheets import with_sheets

                drawn = with_sheets(sessions, event_id, batch)
            result = render_badges(drawn, layout, marker, offset, progress, skip)
            if not preview_only:
                return result
            return result, ask_me_about_fates(data, layout, skip), len(data)

        self._task = BackgroundTask(work, self)
        self._task.progressed.connect(
            lambda done, total: (self.progress.setMaximum(total), self.progress.setValue(done))
        )
        self._task.done.connect(lambda result: self._finished(result, on_done))
        self._task.error.connect(self._failed)
        if not preview_only:
            self.progress.show()
            self.cancel.show()
        self._task.start()

    def _finished(self, result, on_done) -> None:
        self._task = None
        self.progress.hide()
        self.cancel.hide()
        on_done(result)
        self._start_waiting()

    def _failed(self, error) -> None:
        self._task = None
        self.progress.hide()
        self.cancel.hide()
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled."))
        else:
            warn(self, self.tr("Badges"), error_text(error))  # may end after a switch to the desk
        self._start_waiting()

    def stop_work(self) -> None:
        """The window is closing: nothing may start a render thread from now on."""
        self._preview_timer.stop()
        self._waiting = None
        if self._task is not None:
            self._task.stop()
            self._task = None

    def _start_waiting(self) -> None:
        if self._waiting is not None:
            (data, on_done), self._waiting = self._waiting, None
            self._render(data, on_done)

    def render_preview(self) -> None:
        if self.event_id is None or not self.isVisible():
            return
        try:
            data = self.chosen_badges()
        except SmartNetError as error:
            self.preview.setText(error_text(error))
            return
        if not data:
            self.preview.clear_page()
            self.preview.setText(self.tr("Nobody to print with this choice."))
            self.status.setText("")
            return
        layout = self.chosen_layout()
        pages = -(-len(data) // layout.per_page)
        self.status.setText(fill(self.tr("%1 badges on %2 pages"), str(len(data)), str(pages)))
        self._render(data, self._show_preview, preview_only=True)

    def _show_preview(self, rendered) -> None:
        from smartnet_desktop.ui.pdf_pages import page_image

        result, fates, count = rendered
        self._show_note(fates, count)
        if not result.pages:
            return
        self.preview.set_page(page_image(result.pdf, 0, 72))  # scaled to the box's size

    def _show_note(self, fates: dict[str, int], count: int) -> None:
        dropped, shortened = fates.get("dropped", 0), fates.get("shortened", 0)
        self.preview_note.setVisible(bool(dropped or shortened))
        self.preview_note.setText(
            fill(
                self.tr(
                    "“Ask me about” does not fit on every badge of this sheet: left out on %1,"
                    " shortened with … on %2 of %3 badges."
                ),
                str(dropped),
                str(shortened),
                str(count),
            )
        )

    def _with_badges(self, then) -> None:
        """Renders every chosen badge off the GUI thread, then calls `then(data, result)`."""
        data = attempt(self, self.tr("Badges"), self.chosen_badges)
        if data is None:
            return
        if not data:
            QMessageBox.information(
                self, self.tr("Badges"), self.tr("Nobody to print with this choice.")
            )
            return
        self._render(data, lambda result: then(data, result))

    def _mark(self, data: list) -> None:
        sessions = self.context.sessions
        self.write(lambda: badge_service.mark_printed(sessions, data))

    def save_pdf(self) -> None:
        path = save_file_name(self, self.tr("Save badges"), "namensschilder.pdf", "PDF (*.pdf)")
        if path:
            self._with_badges(lambda data, result: self._write(Path(path), data, result))

    def _write(self, path: Path, data: list, result) -> None:
        if attempt(self, self.tr("Badges"), lambda: outputs.write_file(path, result.pdf)) is None:
            return
        if self.mark.isChecked():
            self._mark(data)
        self.status.setText(fill(self.tr("%1 badges saved."), str(len(data))))

    def print_badges(self) -> None:
        printer = printer_for(self.chosen_layout())
        if print_dialog(printer, self).exec():
            self._with_badges(lambda data, result: self.send_to_printer(printer, data, result))

    def send_to_printer(self, printer: QPrinter, data: list, result) -> None:
        if print_pdf(result.pdf, printer):
            self._mark(data)
            self.status.setText(fill(self.tr("%1 badges sent to the printer."), str(len(data))))
        else:
            warn(self, self.tr("Badges"), self.tr("The printer could not be started."))

    def save_calibration(self) -> None:
        from PySide6.QtCore import QLocale

        from smartnet_desktop.badges.render import render_calibration

        path = save_file_name(self, self.tr("Calibration page"), "kalibrierung.pdf", "PDF (*.pdf)")
        if path:
            language = "de" if QLocale().language() == QLocale.Language.German else "en"
            pdf = render_calibration(
                self.chosen_layout(), tuple(self.context.settings.printer_offset_mm), language
            )
            attempt(self, self.tr("Calibration page"), lambda: outputs.write_file(Path(path), pdf))

    def edit_settings(self) -> None:
        from smartnet_desktop.ui.dialogs.badge_settings_dialog import BadgeSettingsDialog

        dialog = BadgeSettingsDialog(self.context.settings, self)
        if dialog.exec():
            self.reload_layouts(dialog.saved_layout)
            self.schedule_preview()
