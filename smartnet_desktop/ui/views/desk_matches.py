"""After a check-in the desk's person card adds "Heute hier und passend: …": up to three
organisations with someone here that match the person's organisation, best first
(issue 25 item 1; a part of CheckinView like desk_others).

The check-in path stays as fast as before: the look-up starts only after the check-in was
written and shown, once the keys pause for QUIET_MS (a scanner's next code cancels it:
the band then speaks of the next person), and it is one query
(services.matches.matches_here_for). The texts keep DeskPanels' translation context."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QTimer

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.domain.network_rows import Match
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import matches
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.views.desk_panels import Outcome

translate = QCoreApplication.translate
QUIET_MS = 60  # a scanner types a key every ~8 ms: its next code arrives well within this


class DeskMatches:
    def __init__(self, view) -> None:
        self._view = view
        self._row: AttendeeRow | None = None
        self._found: tuple[int, str] | None = None  # person id, the line found for them
        self._timer = QTimer(view, singleShot=True, interval=QUIET_MS)
        self._timer.timeout.connect(self._look_up)

    def shown(self, outcome: Outcome, row: AttendeeRow | None) -> None:
        """Told of every result the band shows: a check-in starts the look-up; any other
        result about the person whose matches were found (F11's "Bogen … gespeichert")
        shows them again on the card it draws anew."""
        self._timer.stop()
        if outcome is not Outcome.CHECKED_IN and row is not None and self._found is not None:
            if self._found[0] == row.person_id:
                self._view.result.add_to_card(self._found[1])
                return
        self._found = None
        self._row = row if outcome is Outcome.CHECKED_IN and row is not None else None
        if self._row is not None and self._row.organization and self._view.offline.online:
            self._timer.start()

    def _look_up(self) -> None:
        view, row = self._view, self._row
        if row is None or view._shown is not row or view.current_event is None:
            return  # the band has moved on to someone or something else
        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        try:
            found = matches.matches_here_for(
                view.context.sessions, view.current_event.id, row.person_id, language=language
            )
        except SmartNetError:
            return  # a lost server is said by the desk's banner; the card stays as it is
        if found and view._shown is row:
            self._found = (row.person_id, here_line(row.organization, found))
            view.result.add_to_card(self._found[1])


def here_line(organization: str, found: list[Match]) -> str:
    """ "Heute hier und passend: Allianz … (Tourismus — bietet: Tourismusportal) · …"."""
    parts = []
    for m in found:
        if m.need == organization:
            other, said = m.offer, m.offer_said
            what = (
                fill(translate("DeskPanels", "offers: %1"), said)
                if said
                else translate("DeskPanels", "offers help")
            )
        else:
            other, said = m.need, m.need_said
            what = (
                fill(translate("DeskPanels", "looks for help: %1"), said)
                if said
                else translate("DeskPanels", "looks for help")
            )
        parts.append(f"<b>{escape(other)}</b> ({escape(m.topic)} — {escape(what)})")
    heading = translate("DeskPanels", "Here today and a match:")
    return (
        f"<p style='font-size:13pt; margin:6px 0 0 0'>{escape(heading)} "
        + " · ".join(parts)
        + "</p>"
    )
