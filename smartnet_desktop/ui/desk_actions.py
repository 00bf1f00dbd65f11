"""The window's Desk menu and F1 (a part of MainWindow): the paper check-in list, the sound
switch, the desk name, the desk's printer and the keyboard reference (made from the key
table, ui/keys.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar, QMessageBox, QWidget

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.rows import EventRow
from smartnet_desktop.ui.file_dialogs import save_file_name
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.keys import reference_html, set_keys
from smartnet_desktop.ui.operations import attempt

# lupdate finds the strings in translate("DeskActions", "...") and QT_TRANSLATE_NOOP.
translate = QCoreApplication.translate


class DeskActions(QObject):
    """Inputs: the window (the parent of its boxes), the context and the event (getters),
    the desk's view, `desk_shown()` (the desk is the view on screen) and `status(text, ms)`
    (the status line)."""

    def __init__(
        self,
        window: QWidget,
        context: Callable[[], AppContext],
        event: Callable[[], EventRow | None],
        checkin_view,
        desk_shown: Callable[[], bool],
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(window)
        self._window, self._context, self._event = window, context, event
        self.checkin_view, self._desk_shown, self._status = checkin_view, desk_shown, status

    @property
    def context(self) -> AppContext:
        return self._context()

    def _action(self, text: str, slot, key: str | None = None) -> QAction:
        """`key`: an action id of the key table, or None."""
        action = QAction(text, self._window)
        if key is not None:
            set_keys(action, key)
        action.triggered.connect(slot)
        return action

    def build_menu(self, menu_bar: QMenuBar) -> None:
        menu = menu_bar.addMenu(translate("DeskActions", "De&sk"))
        menu.addAction(
            self._action(translate("DeskActions", "Check-in &list (PDF)…"), self.save_checkin_list)
        )
        sound = self._action(
            translate("DeskActions", "&Sound for each result"), self.toggle_desk_sound
        )
        sound.setCheckable(True)
        sound.setChecked(self.context.settings.desk_sound)
        self.desk_sound_action = sound
        menu.addAction(sound)
        problems = self._action(
            translate("DeskActions", "Sound for &problems (unknown code, refusal)"),
            self.toggle_desk_error_sound,
        )
        problems.setCheckable(True)
        problems.setChecked(self.context.settings.desk_error_sound)
        self.desk_error_sound_action = problems
        menu.addAction(problems)
        menu.addAction(
            self._action(
                translate("DeskActions", "Desk &name…"),
                lambda: self.checkin_view.change_desk_name(),
            )
        )
        menu.addSeparator()
        menu.addAction(
            self._action(
                translate("DeskActions", "&Printer of this desk…"), self.choose_desk_printer
            )
        )
        on_check_in = self._action(
            translate("DeskActions", "Print the badge at each &check-in"),
            self.toggle_print_on_check_in,
        )
        on_check_in.setCheckable(True)
        on_check_in.setChecked(self.context.settings.print_on_check_in)
        self.print_on_check_in_action = on_check_in
        menu.addAction(on_check_in)
        menu.addAction(
            self._action(translate("DeskActions", "&Kiosk PIN…"), self.set_kiosk_pin)
        )  # issue 27: the PIN that leaves this desk's self check-in kiosk

    def keyboard_reference_action(self):
        return self._action(
            translate("DeskActions", "&Keyboard reference"),
            self.show_keyboard_reference,
            "help.keys",
        )

    def show_keyboard_reference(self) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("keyboard_reference")
        box.setWindowTitle(translate("DeskActions", "Keyboard reference"))
        box.setText(reference_html())  # every key of the table (smartnet_desktop/keys.py)
        box.setStyleSheet("QLabel { min-width: 880px; }")  # two columns: fits 1024 × 700
        if not self._desk_shown():
            box.exec()
            return
        # At the desk the reference stays beside the search field without taking the
        # keyboard: a badge scanned while it is open is checked in, not typed into a box
        # whose OK the scan's Enter would press.
        box.setModal(False)
        box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        for button in box.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box.show()
        self.checkin_view.back_from_dialog()

    def choose_desk_printer(self) -> None:
        from smartnet_desktop.badges.layouts import load_layouts

        settings = self.context.settings
        self.checkin_view.printing.choose_printer(load_layouts(settings.custom_layout_path()))

    def set_kiosk_pin(self) -> None:
        from smartnet_desktop.ui.kiosk.pin_setting_dialog import PinSettingDialog

        PinSettingDialog(self.context.settings, self._window).exec()
        self.checkin_view.back_from_dialog()

    def toggle_print_on_check_in(self, on: bool) -> None:
        self.context.settings.print_on_check_in = bool(on)
        self.context.settings.save()

    def toggle_desk_sound(self, on: bool) -> None:
        self.context.settings.desk_sound = bool(on)
        self.context.settings.save()

    def toggle_desk_error_sound(self, on: bool) -> None:
        self.context.settings.desk_error_sound = bool(on)
        self.context.settings.save()

    def save_checkin_list(self) -> None:
        """The paper fallback: everyone registered, to tick by hand if the laptop fails."""
        event = self._event()
        if event is None:
            return
        path = save_file_name(
            self._window,
            translate("DeskActions", "Save the check-in list"),
            translate("DeskActions", "checkin-list.pdf"),
            translate("DeskActions", "PDF (*.pdf)"),
        )
        if not path:
            return
        from pathlib import Path

        from smartnet_desktop.services.exporting import export_checkin_list

        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        event_id, desk = event.id, self.context.settings.desk()
        count = attempt(
            self._window,
            translate("DeskActions", "Check-in list"),
            lambda: export_checkin_list(
                self.context.sessions, event_id, Path(path), language, desk
            ),
        )
        if count is None:
            return
        self._status(
            fill(translate("DeskActions", "Check-in list with %1 people saved."), str(count)),
            8000,
        )
