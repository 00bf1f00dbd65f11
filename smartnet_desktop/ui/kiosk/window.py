"""The kiosk window: full screen, frameless, on top; its pages in one stack and nothing
else (no menus, no other views, no list of people). The flow:
start (scan or e-mail) → preview (Stimmt / Korrigieren) → question 1 → question 2 →
checked in and printing → done; "Fertig" or 20 s without input return to the start with
nothing of the person left on any page. Only the staff PIN closes it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.errors import NotFound, SmartNetError
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.services import kiosk, kiosk_pin
from smartnet_desktop.ui import keys as ui_keys
from smartnet_desktop.ui.i18n import error_text, fill, install_translators
from smartnet_desktop.ui.kiosk.consent_page import ConsentPage
from smartnet_desktop.ui.kiosk.done_page import DonePage
from smartnet_desktop.ui.kiosk.lock import KioskLock
from smartnet_desktop.ui.kiosk.pin_page import PinPage
from smartnet_desktop.ui.kiosk.preview_page import PreviewPage
from smartnet_desktop.ui.kiosk.start_page import StartPage
from smartnet_desktop.ui.kiosk.style import SHEET
from smartnet_desktop.ui.kiosk.writes import KioskWrites
from smartnet_desktop.ui.live_updates import LiveUpdates

DPI = 200  # the preview's badge, drawn sharp at a few times its printed size


class KioskWindow(QWidget):
    def __init__(self, context: AppContext, event: EventRow, language: str = "de") -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setStyleSheet(SHEET)
        self.setWindowTitle("SmartNet Kiosk")
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.context, self.meeting = context, event
        self.home_language, self.language = language, language
        self._translators: list = []
        self.writes = KioskWrites(context, event, self)
        self.writes.printed.connect(self._printed)
        self.writes.printFailed.connect(self._print_failed)
        self.row: AttendeeRow | None = None
        self.question = 0
        self.unlocked = False
        self.start, self.preview = StartPage(event.title), PreviewPage()
        self.consent, self.done, self.pin = ConsentPage(), DonePage(), PinPage()
        self.pages = QStackedWidget()
        for page in (self.start, self.preview, self.consent, self.done, self.pin):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.start.entered.connect(self.identify)
        self.start.languageWanted.connect(self.switch_language)
        self.start.staffWanted.connect(self.ask_pin)
        self.preview.confirmed.connect(self.ask_questions)
        self.preview.corrected.connect(self.correct)
        self.consent.answered.connect(self.answered)
        self.done.finished.connect(self.reset)
        self.pin.entered.connect(self.check_pin)
        self.pin.cancelled.connect(self.reset)
        self.pages.currentChanged.connect(self._camera_follows_page)
        ui_keys.bind(self, "kiosk.staff", self.ask_pin)  # the PIN page (F-keys are swallowed)
        # The desks' writes, followed as the desks follow each other's (issue 27 item 6): a
        # person shown here and checked in or corrected at a desk is shown as they are now.
        self.live = LiveUpdates(context.sessions, self)
        self.live.changes.connect(self._others_changed)
        self.live.start()
        self.lock = KioskLock(self.reset, self)
        QApplication.instance().installEventFilter(self.lock)
        self.reset()
        self._camera_follows_page()  # the start page shows already: no currentChanged

    # -- the flow ------------------------------------------------------------------------

    def identify(self, text: str) -> None:
        try:
            row = kiosk.identify(self.context.sessions, self.meeting.id, text)
        except NotFound:
            self.start.say(self._to_the_desk())
            return
        except SmartNetError as error:
            self.start.say(error_text(error))
            return
        if row.checked_in_at is not None:
            self.start.say(
                self.tr("You are checked in already. For a new badge, please go to the desk.")
            )
            return
        self.row = row
        self._show_preview()

    def _others_changed(self, changes) -> None:
        row = self.row
        if row is None or not (changes.whole_events or row.person_id in changes.person_ids):
            return
        try:
            self.row = kiosk.identify(self.context.sessions, self.meeting.id, row.badge_code)
        except SmartNetError:
            return  # the check-in at the end still tells
        if self.pages.currentWidget() is self.preview and self.preview.parts.currentIndex() == 0:
            self._show_preview()

    def _to_the_desk(self) -> str:
        return self.tr("We could not find you here. Please go to the desk, we will help you.")

    def _show_preview(self) -> None:
        self.preview.show_person(self.row, self._badge_image())
        self.pages.setCurrentWidget(self.preview)

    def _badge_image(self):
        """The badge as it prints now (the first page of its PDF), or None if it cannot be
        drawn here: the person still sees their name and can go on."""
        from smartnet_desktop.badges.render import render_badges
        from smartnet_desktop.ui.pdf_pages import page_image

        try:
            layout, data = self.writes.badge(self.row)
            marker = self.context.settings.marker_style()
            page = page_image(render_badges(data, layout, marker).pdf, 0, DPI)
        except SmartNetError:
            return None
        return _first_badge(page, layout)

    def correct(self, given: str, family: str, title: str, organization: str) -> None:
        try:
            self.row = kiosk.correct(
                self.context.sessions, self.row, given, family, title, organization,
                self.writes.desk,
            ).value  # fmt: skip
        except SmartNetError as error:
            self.preview.say(error_text(error))
            return
        self._show_preview()

    def ask_questions(self) -> None:
        self.question = 1
        self.consent.ask(1, kiosk.PHOTO, self.meeting.photo_question)
        self.pages.setCurrentWidget(self.consent)

    def answered(self, answer: str) -> None:
        kind = kiosk.PHOTO if self.question == 1 else kiosk.CONTACT
        try:
            self.writes.answer(self.row, kind, answer)
        except SmartNetError as error:
            self._finish_with(error_text(error))
            return
        if self.question == 1:
            self.question = 2
            self.consent.ask(2, kiosk.CONTACT, self.meeting.contact_question)
            return
        self._check_in_and_print()

    def _check_in_and_print(self) -> None:
        try:
            self.row = self.writes.check_in(self.row)
        except SmartNetError as error:
            self._finish_with(error_text(error))
            return
        self.live.nudge_others()  # the check-in's own transaction told no other desk
        heading = fill(self.tr("Welcome, %1! You are checked in."), self.row.display_name)
        try:
            printing = self.writes.print_badge(self.row)
        except SmartNetError as error:
            printing = False
            self.done.show_done(heading, error_text(error))
        else:
            self.done.show_done(
                heading,
                self.tr("Your badge is being printed…")
                if printing
                else self.tr("Please collect your badge at the desk."),
            )
        self.pages.setCurrentWidget(self.done)

    def _finish_with(self, problem: str) -> None:
        self.done.show_done(fill(self.tr("Please go to the desk: %1"), problem), "")
        self.pages.setCurrentWidget(self.done)

    def _printed(self, saved_to: str) -> None:
        if self.pages.currentWidget() is self.done:
            self.done.say_badge(self.tr("Your badge is printed. Please take it."))

    def _print_failed(self, _problem: str) -> None:
        if self.pages.currentWidget() is self.done:
            self.done.say_badge(
                self.tr("The printer failed. Please collect your badge at the desk.")
            )

    # -- start again, language, staff ----------------------------------------------------

    def reset(self) -> None:
        """The start page, and nothing of the previous person on any page."""
        self.row, self.question = None, 0
        for page in (self.preview, self.consent, self.done, self.pin):
            page.reset()
        if self.language != self.home_language:
            self._set_language(self.home_language)
        self.pages.setCurrentWidget(self.start)
        self.start.reset()
        self.writes.send_waiting()

    def switch_language(self) -> None:
        self._set_language("en" if self.language == "de" else "de")
        self.start.field.setFocus()

    def _set_language(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._translators or _installed(app):
            app.removeTranslator(translator)
        self._translators = install_translators(app, language)
        self.language = language
        for page in (self.start, self.preview, self.consent, self.done, self.pin):
            page.retranslate()  # at once, not only when Qt's LanguageChange arrives

    def ask_pin(self) -> None:
        self.row = None
        for page in (self.preview, self.consent, self.done):
            page.reset()
        self.pages.setCurrentWidget(self.pin)
        self.pin.reset()

    def check_pin(self, pin: str) -> None:
        if kiosk_pin.pin_matches(pin, self.context.settings.kiosk_pin):
            self.leave()
        else:
            self.pin.wrong()

    def leave(self) -> None:
        """Unlocked (the PIN was right): the keys are free again and the window closes."""
        self.unlocked = True
        self.lock.idle.stop()
        QApplication.instance().removeEventFilter(self.lock)
        self.live.stop()
        self._camera_follows_page()
        self.close()

    def _camera_follows_page(self, _index: int = 0) -> None:
        """The camera runs while the start page shows and the kiosk is locked: off on every
        other page and once staff left (no camera light left on)."""
        scanner = self.start.scanner
        if scanner is None:
            return
        if self.pages.currentWidget() is self.start and not self.unlocked:
            scanner.start()
        else:
            scanner.stop()

    def closeEvent(self, event) -> None:  # noqa: N802
        """Alt+F4, the window manager's close: ignored until staff gave the PIN."""
        if self.unlocked:
            super().closeEvent(event)
        else:
            event.ignore()


def _first_badge(page, layout):
    """The first badge of the page, cut out: the person sees their badge, not the sheet."""
    if layout.foldable:
        return page
    x, y = layout.slot_origin(0)
    width, height = layout.badge
    dots = DPI / 25.4
    top = layout.page[1] - y - height  # PDF coordinates count from the foot, images from the head
    return page.copy(int(x * dots), int(top * dots), int(width * dots), int(height * dots))


def _installed(app) -> list:
    """The translators the start installed (children of the application)."""
    from PySide6.QtCore import QTranslator

    return app.findChildren(QTranslator)
