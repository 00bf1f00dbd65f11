"""What an entered text means at the desk (a part of CheckinView, as functions of the view):
a badge code of this meeting, last meeting's badge, another meeting's badge, or a person of
the network not registered for this meeting. The texts keep CheckinView's translation
context, where they have always been."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smartnet_desktop.domain.errors import DatabaseProblem, SmartNetError
from smartnet_desktop.domain.rows import AttendeeRow, EventRow
from smartnet_desktop.services import checkin
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.i18n import error_text, fill
from smartnet_desktop.ui.keys import key_of
from smartnet_desktop.ui.views.desk_panels import Offer, Outcome

# lupdate finds the strings in translate("CheckinView", "...").
translate = QCoreApplication.translate


def scanned(view, text: str) -> bool:
    """A badge code in the text: check its holder in, or explain another meeting's badge.
    False when no badge has such a code (the text is then searched as a name)."""
    if not view.offline.online:
        return view.writes.scanned_offline(text)
    try:
        scan = checkin.find_badge(view.context.sessions, view.current_event.id, text)
    except DatabaseProblem as problem:
        if problem.code != "server_unreachable":
            view._show(Outcome.NOT_FOUND, error_text(problem))
            return True
        return view.writes.scanned_offline(text)
    except SmartNetError as error:
        view._show(Outcome.NOT_FOUND, error_text(error))
        return True
    if scan is None:
        return False
    if scan.old_badge_of is not None:
        _check_in_old_badge(view, scan.row, scan.old_badge_of)
        return True
    if scan.other_event is None:
        view.writes.check_in(scan.row)
        return True
    event = scan.other_event
    meeting = (
        fill(translate("CheckinView", "the %1 meeting"), formatting.ordinal(event.number))
        if event.number
        else f"“{event.title}”"
    )
    view._offer = Offer(lambda: view.writes.register_badge_holder(scan.row))
    view._show(
        Outcome.NOT_FOUND,
        fill(
            translate(
                "CheckinView", "This badge is for %1 (%2). %3: register for this meeting · %4: no"
            ),
            meeting,
            formatting.local_date(event.date),
            key_of("desk.check_in"),
            key_of("desk.cancel"),
        ),
        scan.row,
    )
    return True


def _check_in_old_badge(view, row: AttendeeRow, printed_for: EventRow) -> None:
    """Another meeting's badge of someone registered for this one (people keep their
    badges): checked in under this meeting's registration at once; the band says so and
    offers the print key, which prints the shown person's badge of this meeting."""
    key = key_of("desk.print_badge")
    heading = (
        fill(
            translate(
                "CheckinView", "Old badge of the %1 meeting — %2 prints a new one · checked in at"
            ),
            formatting.ordinal(printed_for.number),
            key,
        )
        if printed_for.number
        else fill(
            translate("CheckinView", "Old badge of “%1” — %2 prints a new one · checked in at"),
            printed_for.title,
            key,
        )
    )
    view.writes.check_in(row, heading)


def offer_unregistered(view, text: str) -> bool:
    """Nobody registered matches: people of the network who are not registered for this
    meeting (issue 22 item 4). One: Enter registers and checks them in; several: named."""
    from smartnet_desktop.services.known_people import unregistered_matching

    try:
        found = unregistered_matching(view.context.sessions, view.current_event.id, text)
    except SmartNetError:
        return False
    if not found:
        return False
    if len(found) > 1:
        names = "; ".join(f"{r.display_name} ({r.organization})" for r in found)
        view._show(
            Outcome.CHOOSE,
            fill(
                translate("CheckinView", "Not registered for this meeting: %1 — type more."), names
            ),
        )
        return True
    [row] = found
    view._offer = Offer(lambda: view.writes.register_badge_holder(row))
    view._show(
        Outcome.CHOOSE,
        fill(
            translate("CheckinView", "Not registered — %1: register and check in · %2: no"),
            key_of("desk.check_in"),
            key_of("desk.cancel"),
        ),
        row,
    )
    return True
