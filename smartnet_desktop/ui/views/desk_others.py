"""The desk's live list and band while typing (a part of CheckinView, as functions of the
view): this meeting's matches, and below a separator, greyed, people of the network who
match but are not registered for this meeting (issue 22 item 4). Choosing one of them
registers and checks them in as one action (services.checkin.register_badge_holder:
one transaction, audited, Ctrl+Z undoes the check-in like a walk-in's).

Cost per keystroke stays bounded: the database is asked only for a text of at least
MIN_CHARACTERS (the search index's trigram length: shorter words scan every person), for at
most LIMIT people, and only once the keys pause for QUIET_MS, so a scanner's burst of keys
never asks it. The texts keep CheckinView's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.services import codes
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.keys import key_of
from smartnet_desktop.ui.views.desk_panels import Outcome

translate = QCoreApplication.translate
MIN_CHARACTERS = 3
LIMIT = 5
QUIET_MS = 50  # a scanner types a key every ~8 ms, a person every 100 ms or more


def wanted(view, text: str) -> bool:
    """Whether a text is worth asking the database about people not registered here."""
    text = text.strip()
    return (
        len(text) >= MIN_CHARACTERS
        and view.current_event is not None
        and view.offline.online
        and not codes.codes_in(text)
    )


def look_up(view) -> None:
    """Asks the database for the people not registered here who match the field's text."""
    from smartnet_desktop.services.known_people import unregistered_matching

    text = view.search.text()
    found = []
    if wanted(view, text):
        try:
            found = unregistered_matching(
                view.context.sessions, view.current_event.id, text, limit=LIMIT
            )
        except SmartNetError:
            found = []  # the Enter that follows says what is wrong with the database
    view.model.set_others(found)
    if view._band_live:
        show_live(view)


def show_live(view) -> None:
    """The band after a keystroke: what the list shows, counted apart (registered people,
    known people not registered), or "Ready" in the empty field."""
    view._shown = None
    text = view.search.text()
    model = view.model
    count, others = model.registered_count(), len(model.others())
    if not text.strip():
        view.result.clear()
        return
    enter = key_of("desk.check_in")
    if count == 1:
        line = fill(translate("CheckinView", "1 registered person matches. %1: check in"), enter)
    elif count:
        line = fill(
            translate(
                "CheckinView", "%1 registered people match. Choose with %2, then %3 — or type more."
            ),
            str(count),
            key_of("desk.choose"),
            enter,
        )
    elif others:
        view.result.show_result(
            Outcome.INFO, _only_others(others), model.others()[0] if others == 1 else None
        )
        return
    else:
        line = fill(translate("CheckinView", "Nobody matches “%1”."), text)
    if count and others:
        line += " " + _others_line(others)
    view.result.show_result(Outcome.INFO, line)


def _others_line(others: int) -> str:
    return fill(translate("CheckinView", "· below, grey: %1 known, not registered"), str(others))


def _only_others(others: int) -> str:
    """No registered match: how many known people are shown, and what Enter does."""
    if others == 1:
        return fill(
            translate(
                "CheckinView", "0 registered · 1 known, not registered — %1: register and check in"
            ),
            key_of("desk.check_in"),
        )
    return fill(
        translate(
            "CheckinView",
            "0 registered · %1 known, not registered — %2, then %3: register and check in",
        ),
        str(others),
        key_of("desk.choose"),
        key_of("desk.check_in"),
    )


def enter_on_others(view) -> bool:
    """Enter with no registered match: the only known person not registered is registered
    and checked in; several are to be chosen. False when none is shown."""
    others = view.model.others()
    if view.model.registered_count() or not others:
        return False
    if len(others) == 1:
        view.writes.register_badge_holder(others[0])
    else:
        view._show(Outcome.CHOOSE, _only_others(len(others)))
        view.search.deselect()  # typing more narrows the text instead of replacing it
        view.search.end(False)
    return True
