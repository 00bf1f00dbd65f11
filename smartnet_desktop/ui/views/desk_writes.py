"""What the desk writes (a part of CheckinView): check-ins (sent now, or kept on this
computer while the server is away), the holder of another meeting's badge, undo of this
desk's check-ins and the consent keys F7-F9, each through the operation runner.

Desk check-ins run on the GUI thread on purpose: the psycopg watchdog bounds one server
round trip, and scans must be taken in the order they came (a check-in finishing in the
background after the next scan's would show the wrong person in the band).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.errors import AlreadyCheckedIn, DatabaseProblem, SmartNetError
from smartnet_desktop.domain.outcome import Reverse
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.services import attendee_details, checkin, codes
from smartnet_desktop.services.requests import new_request_id
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.operations import Operations
from smartnet_desktop.ui.views.desk_offline import DeskOffline
from smartnet_desktop.ui.views.desk_panels import Outcome

# The texts stay in CheckinView's translation context, where they have always been.
translate = QCoreApplication.translate
SCOPE = "desk"  # the desk's steps on the window's one undo stack


def _unreachable(error: BaseException) -> bool:
    return isinstance(error, DatabaseProblem) and error.code == "server_unreachable"


class _DetailsUndo:
    """The reverse of an F2 edit, told apart from a check-in's on the desk's steps (the
    band words its question and its result by what is undone)."""

    def __init__(self, call: Callable) -> None:
        self.call = call

    def __call__(self):
        return self.call()


class DeskWrites:
    """Inputs: the context (a getter), the runner, `show` (the band: outcome, headline,
    row), `shown`, `event` and `rows` (getters: the person F7-F10 act on, the event, the
    loaded list), `desk_name`, the offline part and `checked_in(row, heading)` (the view
    empties its field, shows the result and prints when the desk says so)."""

    def __init__(
        self,
        context: Callable[[], AppContext],
        operations: Operations,
        show: Callable[..., None],
        shown: Callable[[], AttendeeRow | None],
        event: Callable[[], EventRow | None],
        rows: Callable[[], list[AttendeeRow]],
        desk_name: Callable[[], str],
        offline: DeskOffline,
        checked_in: Callable[[AttendeeRow, str], None],
    ) -> None:
        self._context, self._operations, self._show = context, operations, show
        self._shown, self._event, self._rows = shown, event, rows
        self._desk_name, self._offline, self._checked_in = desk_name, offline, checked_in

    def check_in(self, row: AttendeeRow, heading: str = "") -> None:
        """A check-in of a row of the loaded list, sent now, or kept here while offline
        (`heading`: the band's words before the time, "Checked in" when empty)."""
        request_id = new_request_id()
        if self._offline.keeps_writes():
            self._offline.queue_check_in(row, request_id)
            return
        sessions, desk = self._context().sessions, self._desk_name()
        self.write(
            lambda: checkin.check_in(sessions, row.registration_id, desk, request_id=request_id),
            row,
            heading,
            offline=lambda: self._offline.queue_check_in(row, request_id),
        )

    def scanned_offline(self, text: str) -> bool:
        """A badge of this event scanned while the server is away: found in the list loaded."""
        found = set(codes.codes_in(text))
        row = next((r for r in self._rows() if r.badge_code in found), None)
        if row is None:
            return False
        self.check_in(row)
        return True

    def register_badge_holder(self, row: AttendeeRow) -> None:
        sessions, event_id, desk = self._context().sessions, self._event().id, self._desk_name()
        self.write(
            lambda: checkin.register_badge_holder(
                sessions, event_id, row.person_id, desk, new_request_id()
            ),
            row,
            translate("CheckinView", "Registered for this meeting and checked in"),
        )

    def write(self, call, row: AttendeeRow, heading: str = "", offline=None) -> None:
        """Runs one check-in of `row`'s person (its reverse goes onto the desk's steps) and
        shows its result. `offline`: what to do instead when the server cannot be reached."""
        self._operations.run(
            call,
            report=lambda text: self._show(Outcome.NOT_FOUND, text),
            scope=SCOPE,
            refused=lambda error: self._refused(error, row, offline),
            done=lambda done: self._checked_in(done, heading),
        )

    def _refused(self, error: BaseException, row: AttendeeRow, offline) -> bool:
        """The desk's own answers: "already checked in" shows the row; no server: kept here."""
        if isinstance(error, AlreadyCheckedIn):
            self._show(
                Outcome.ALREADY,
                fill(
                    translate("CheckinView", "Already checked in at %1 by %2."),
                    formatting.local_time(error.at),
                    error.by or "?",
                ),
                row,
            )
            return True
        if _unreachable(error) and offline is not None:
            offline()
            return True
        return False

    def walk_in_writer(self):
        """How the walk-in dialog registers: through the runner, the reverse onto the desk's
        steps, a refusal on the dialog's own red line."""
        sessions, event_id, desk = self._context().sessions, self._event().id, self._desk_name()

        def write(data: checkin.WalkInInput, request_id: str, report) -> checkin.WalkInResult:
            done = self._operations.run(
                lambda: checkin.register_walk_in(sessions, event_id, data, desk, request_id),
                report=report,
                scope=SCOPE,
            )
            return None if done is None else done.value

        return write

    def edit_details(self, row: AttendeeRow, details, report) -> AttendeeRow | None:
        """F2: the details written through the runner (its reverse onto the desk's steps);
        the new row, or None when refused (`report` has said why)."""
        sessions, desk = self._context().sessions, self._desk_name()

        def call():
            done = attendee_details.update_details(sessions, row.registration_id, details, desk)
            if done.reverse is None:
                return done
            return replace(
                done, reverse=Reverse(done.reverse.label, _DetailsUndo(done.reverse.call))
            )

        done = self._operations.run(call, report=report, scope=SCOPE)
        return None if done is None else done.value

    def next_undo_is_details(self) -> bool:
        return isinstance(self._operations.undo_stack.scoped(SCOPE).next_reverse(), _DetailsUndo)

    def recall_last_check_in(self) -> bool:
        """After a restart the desk's steps are empty: its newest check-in of this meeting,
        kept in the database, becomes the step to undo. False when there is none (or the
        database cannot be asked: there is then nothing this desk could undo anyway)."""
        event = self._event()
        if event is None:
            return False
        try:
            reverse = checkin.last_check_in(self._context().sessions, event.id, self._desk_name())
        except SmartNetError:
            return False
        if reverse is None:
            return False
        self._operations.undo_stack.push(SCOPE, reverse.label, reverse.call)
        return True

    def undo_now(self) -> None:
        """Takes back this desk's newest check-in (the service refuses another desk's) or
        F2 edit (the old details are written back; the band shows them)."""
        if self.next_undo_is_details():
            words, card = translate("CheckinView", "Details restored: %1"), True
        else:
            words, card = translate("CheckinView", "Check-in undone: %1"), False
        self._operations.undo(
            SCOPE,
            report=lambda text: self._show(Outcome.NOT_FOUND, text),
            done=lambda row: self._show(
                Outcome.INFO, fill(words, row.display_name), row if card else None
            ),
        )

    def record_consent(self, kind: str, decision: str, all_events: bool = False) -> None:
        """F7/Shift+F7/F8/F9 for the person shown: recorded now, or kept here while the server
        is away, like a check-in. Errors go to the band: no box takes the scanner's keys."""
        from smartnet_desktop.ui import consent_actions

        row = self._shown()
        if row is None:
            return
        request_id = new_request_id()

        def keep() -> None:
            self._offline.queue_consent(row, kind, decision, all_events, request_id)

        if self._offline.keeps_writes():
            keep()
            return

        def refused(error: BaseException) -> bool:
            if _unreachable(error) and self._offline.can_queue():
                keep()
                return True
            return False

        context = self._context()
        self._operations.run(
            lambda: consent_actions.send(context, row, kind, decision, request_id, all_events),
            report=lambda text: self._show(Outcome.NOT_FOUND, text, row),
            refused=refused,
            done=lambda _none: self._after_consent(row),
        )

    def _after_consent(self, shown: AttendeeRow) -> None:
        from smartnet_desktop.services.attendees import list_attendees

        sessions = self._context().sessions
        fresh = list_attendees(sessions, shown.event_id, person_ids=[shown.person_id])
        if fresh:
            self._show(Outcome.INFO, translate("CheckinView", "Recorded for"), fresh[0])
