"""The main window's pages in navigation order, and how each view but the desk is built.

The desk is built with the window; the others when first shown (lazy_pages.py), so their
modules are imported only then: the dialogs, the badge renderer's and the network's
services are not on the path to the desk's first screenful (issue 24 item 5).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

# Navigation order: the row of a name is its View menu entry and its Ctrl+number key.
PAGES = (
    "checkin",
    "attendees",
    "agenda",
    "photo",
    "contact",
    "badges",
    "organizations",
    "survey",
    "matches",
)
ATTENDEE_LISTS = ("attendees", "photo", "contact", "badges")  # they share the window's rows
NETWORK = ("organizations", "survey", "matches")  # the network's data: read when shown


class LazyViews:
    """The MainWindow's views by name, built on first use (`self._pages`, a LazyPages, and
    `self._hints`, each built view's empty-state hints, are the window's)."""

    # Asking for a view builds it (menus, tests, actions).
    attendees_view = property(lambda self: self._pages.get("attendees"))
    agenda_view = property(lambda self: self._pages.get("agenda"))
    photo_view = property(lambda self: self._pages.get("photo"))
    contact_view = property(lambda self: self._pages.get("contact"))
    badges_view = property(lambda self: self._pages.get("badges"))
    organizations_view = property(lambda self: self._pages.get("organizations"))
    survey_view = property(lambda self: self._pages.get("survey"))
    matches_view = property(lambda self: self._pages.get("matches"))
    network_graph_view = property(lambda self: self._pages.get("matches").graph_view)
    matches_tabs = property(lambda self: self._pages.get("matches").tabs)

    @property
    def attendee_views(self) -> list:
        """The four attendee lists, every one built."""
        return [self._pages.get(name) for name in ATTENDEE_LISTS]

    @property
    def network_views(self) -> list:
        """The network's views, every one built."""
        return [self._pages.get(n) for n in NETWORK] + [self.network_graph_view]

    def _built(self, *names: str) -> list:
        """Those of the named views that were built (the others catch up when they are)."""
        return [v for v in map(self._pages.built, names) if v is not None]

    @property
    def empty_hints(self) -> list:
        """Every view's empty-state hint, in the views' order; asking builds every view."""
        from smartnet_desktop.ui.empty_states import HINTED

        for name in HINTED:
            self._pages.get(name)
        return [hint for name in HINTED for hint in self._hints.get(name, [])]

    def page_row(self, name: str) -> int:
        """The navigation row (and View menu key) of a view, built or not."""
        return PAGES.index(name)


def page_factory(window, name: str) -> Callable[[], QWidget]:
    """Builds the view `name` of `window` (a MainWindow) on the database open then."""
    return lambda: _BUILDERS[name](window)


def catch_up(window, name: str, view, rows: list | None, rows_event: int | None) -> list:
    """Brings the view `name`, just built, to where the others are: the window's event, the
    rows read for `rows_event` (when that is still the event: else the whole list is on its
    way to every built view). Returns the view's empty-state hints."""
    from smartnet_desktop.ui import empty_states

    event = window.current_event
    if name in ATTENDEE_LISTS:
        if event is not None:
            view.set_event(event.id)
            if rows is not None and rows_event == event.id:
                view.set_rows(rows)
    elif name == "agenda":
        view.set_event(event)
    elif name == "matches":
        view.set_event(event.id if event is not None else None)
    return empty_states.view_hints(window, name, view)


def _attendees(window) -> QWidget:
    from smartnet_desktop.ui.views.attendees_view import AttendeesView

    return AttendeesView(window.context, window.operations, window)


def _agenda(window) -> QWidget:
    from smartnet_desktop.ui.views.agenda_view import AgendaView

    return AgendaView(
        window.context.sessions, window.operations, window, lambda: window.context.settings.desk()
    )


def _photo(window) -> QWidget:
    from smartnet_desktop.ui.views.photo_consent_view import PhotoConsentView

    return PhotoConsentView(window.context, window.operations, window)


def _contact(window) -> QWidget:
    from smartnet_desktop.ui.views.contact_sharing_view import ContactSharingView

    return ContactSharingView(window.context, window.operations, window)


def _badges(window) -> QWidget:
    from smartnet_desktop.ui.views.badges_view import BadgesView

    return BadgesView(window.context, window.operations, window)


def _organizations(window) -> QWidget:
    from smartnet_desktop.ui.views.network_views import OrganizationsView

    return OrganizationsView(window.context.sessions, window.operations, window)


def _survey(window) -> QWidget:
    from smartnet_desktop.ui.views.network_views import SurveyView

    return SurveyView(window.context.sessions, window.operations, window)


def _matches(window) -> QWidget:
    """Matches with its tab Network (the picture); both are kept on the page."""
    from smartnet_desktop.ui.views.matches_view import MatchesView
    from smartnet_desktop.ui.views.network_graph_view import NetworkGraphView, add_network_tab

    view = MatchesView(window.context.sessions, window.operations, window)
    view.graph_view = NetworkGraphView(
        window.context.sessions, window.operations, lambda: window.current_event, window
    )
    view.tabs = add_network_tab(view, view.graph_view)
    return view


_BUILDERS = {
    "attendees": _attendees,
    "agenda": _agenda,
    "photo": _photo,
    "contact": _contact,
    "badges": _badges,
    "organizations": _organizations,
    "survey": _survey,
    "matches": _matches,
}
