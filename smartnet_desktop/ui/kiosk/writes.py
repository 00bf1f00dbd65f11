"""What the kiosk writes: the answers, the check-in, the badge. Check-ins and answers carry
request ids (a retry is applied once); on a server that cannot be reached they are kept on
this computer in the desk's offline queue and sent when the server is back, as at the desk.
Printing goes to this desk's remembered printer without a dialog, off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.enums import Channel
from smartnet_desktop.domain.errors import AlreadyCheckedIn, DatabaseProblem, SmartNetError
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.services import checkin, kiosk, offline_queue
from smartnet_desktop.services.requests import new_request_id


def _unreachable(error: BaseException) -> bool:
    return isinstance(error, DatabaseProblem) and error.code == "server_unreachable"


class KioskWrites(QObject):
    printed = Signal(str)  # where the badge went: "" for a printer, a path for a PDF
    printFailed = Signal(str)

    def __init__(self, context: AppContext, event: EventRow, parent: QObject | None = None):
        super().__init__(parent)
        self.context, self.meeting = context, event
        self.queue = offline_queue.for_location(context.location)  # None for SQLite
        self._job = None
        self._sending = None

    @property
    def desk(self) -> str:
        return self.context.settings.desk()

    def answer(self, row: AttendeeRow, kind: str, answer: str) -> None:
        """Recorded now, or kept here while the server is away."""
        request_id = new_request_id()
        try:
            kiosk.record_answer(self.context.sessions, row, kind, answer, self.desk, request_id)
        except DatabaseProblem as error:
            call = kiosk.consent_call(kind, answer)
            if not (_unreachable(error) and self.queue and call):
                raise
            decision = ("object" if call[1] else "withdraw") if call[0] == "photo" else call[1]
            self.queue.add_consent(
                row, call[0], str(decision), kiosk.kiosk_name(self.desk), request_id,
                channel=Channel.KIOSK,
            )  # fmt: skip

    def check_in(self, row: AttendeeRow) -> AttendeeRow:
        """The person checked in (a check-in made meanwhile elsewhere counts as done)."""
        request_id, by = new_request_id(), kiosk.kiosk_name(self.desk)
        try:
            return checkin.check_in(
                self.context.sessions, row.registration_id, by, request_id=request_id
            ).value
        except AlreadyCheckedIn:
            return row
        except DatabaseProblem as error:
            if not (_unreachable(error) and self.queue):
                raise
            self.queue.add(row, by, request_id)
            return row

    def send_waiting(self) -> None:
        """What was kept here while the server was away, sent off the GUI thread."""
        if self.queue is None or self._sending is not None:
            return
        if not (self.queue.pending() or self.queue.pending_consents()):
            return
        from smartnet_desktop.ui.workers import BackgroundTask

        queue, sessions = self.queue, self.context.sessions
        self._sending = BackgroundTask(lambda _p: offline_queue.send_waiting(queue, sessions), self)
        self._sending.done.connect(self._sent)
        self._sending.error.connect(self._sent)  # still away: tried again at the next reset
        self._sending.start()

    def _sent(self, _result) -> None:
        self._sending = None

    def badge(self, row: AttendeeRow):
        """(layout, badge data) of the person as the badge prints now."""
        from smartnet_desktop.badges.layouts import get_layout
        from smartnet_desktop.services import badges

        settings = self.context.settings
        layout = get_layout(
            settings.desk_stock or self.meeting.badge_layout, settings.custom_layout_path()
        )
        data = badges.badge_data(
            self.context.sessions,
            self.meeting.id,
            "all",
            [row.person_id],
            ask_me_about=settings.badge_ask_me_about,
        )
        return layout, data

    def can_print(self) -> bool:
        return bool(self.context.settings.desk_printer)

    def print_badge(self, row: AttendeeRow, done: Callable[[], None] | None = None) -> bool:
        """Starts printing on the desk's printer (no dialog); False when none is chosen."""
        from smartnet_desktop.ui.views.desk_printing import print_job
        from smartnet_desktop.ui.workers import BackgroundTask

        settings = self.context.settings
        if not settings.desk_printer or self._job is not None:
            return False
        layout, data = self.badge(row)
        job = print_job(data, layout, settings.marker_style(), settings, settings.desk_printer)
        self._job = BackgroundTask(job, self)
        self._job.done.connect(lambda saved_to: self._printed(data, saved_to))
        self._job.error.connect(self._failed)
        self._job.start()
        return True

    def _printed(self, data, saved_to: str | None) -> None:
        from smartnet_desktop.services import badges

        self._job = None
        settings = self.context.settings
        if saved_to is None or settings.desk_pdf_counts_printed:
            try:
                badges.mark_printed(self.context.sessions, data)
            except SmartNetError:
                pass  # the badge is in the person's hand; the desk's list shows it unprinted
        self.printed.emit(saved_to or "")

    def _failed(self, error) -> None:
        self._job = None
        self.printFailed.emit(str(error))

    def busy(self) -> bool:
        return self._job is not None
