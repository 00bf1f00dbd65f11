"""Empty views say what to do next, with the key that does it (issue 22 item 10).

A new meeting with nobody registered showed "Ready" at the desk and bare tables
elsewhere. Each list now says, where its rows would be, why it is empty and what fills
it. The keys are read from the window's own actions and shortcuts (never typed twice), so
a key moved in the menus is named correctly here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView

from smartnet_desktop.ui.keys import key_of

# lupdate finds the strings in translate("EmptyStates", "...").
translate = QCoreApplication.translate

# The actions of the key table (smartnet_desktop/keys.py) these sentences name.
WALK_IN = "desk.walk_in"  # the desk: register a walk-in
PHOTO_OBJECTION = "desk.no_photos"  # the desk: no photos at this meeting
AGENDA_ADD = "agenda.add"  # the agenda: add an item


class EmptyHint(QObject):
    """Draws a sentence over an item view while its model has no rows."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        view.viewport().installEventFilter(self)

    def text(self) -> str:
        """The sentence shown now; empty while the view has rows (tests, screen readers)."""
        model = self._view.model()
        if model is None or model.rowCount() > 0:
            return ""
        return self._text()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint or watched is not self._view.viewport():
            return False
        text = self.text()
        if not text:
            return False
        painter = QPainter(watched)
        painter.setPen(watched.palette().color(QPalette.ColorRole.PlaceholderText))
        room = watched.rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            QRect(room), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
        )
        painter.end()
        return True  # there are no rows to paint


def key_text(keys: QKeySequence | str) -> str:
    """A key as the menus show it, in the window's language ("Strg+I", "Einfg")."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _view_key(window, name: str) -> str:
    """The key of the View menu's entry for the view `name` (Ctrl+2 ...), built or not."""
    label = window.navigation.item(window.page_row(name)).text()
    for action in window.findChildren(QAction):
        if action.text() == label and not action.shortcut().isEmpty():
            return key_text(action.shortcut())
    return ""


def nobody_registered(window) -> str:
    return (
        translate(
            "EmptyStates",
            "Nobody is registered for this meeting yet. Import the registrations with %1, "
            "or register each arrival at the desk (%2) as a walk-in (%3).",
        )
        .replace("%1", key_text(window.import_action.shortcut()))
        .replace("%2", _view_key(window, "checkin"))
        .replace("%3", key_of(WALK_IN))
    )


def desk_nobody_registered(window) -> str:
    """The desk's band, short: it is printed large."""
    return (
        translate(
            "EmptyStates",
            "Nobody registered yet: import the registrations (%1) or register walk-ins (%2).",
        )
        .replace("%1", key_text(window.import_action.shortcut()))
        .replace("%2", key_of(WALK_IN))
    )


def _attendee_list_hint(window, view, empty_base: str | None) -> Callable[[], str]:
    def text() -> str:
        rows = view.model.all_rows()
        if not rows:
            return nobody_registered(window)
        base = view._base_filter
        if empty_base and base is not None and not any(map(base, rows)):
            return empty_base
        return translate("EmptyStates", "Nobody matches the search or the filter.")

    return text


# The views with hints, in the order MainWindow.empty_hints lists them.
HINTED = ("attendees", "photo", "contact", "badges", "agenda", "organizations", "matches", "survey")


def install(window) -> None:
    """The desk's idle line of `window` (a MainWindow); each view's hints come with the view
    (view_hints), as most views are built only when first shown."""

    def desk_idle(counts) -> None:
        band = window.checkin_view.result
        band.set_idle_text(desk_nobody_registered(window) if counts.registered == 0 else None)

    window.checkin_view.countsShown.connect(desk_idle)


def view_hints(window, name: str, view) -> list[EmptyHint]:
    """The hints of the view `name` of `window`, just built."""
    if name in ("attendees", "contact", "badges"):
        return [EmptyHint(view.table, _attendee_list_hint(window, view, None))]
    if name == "photo":
        objection = (
            translate(
                "EmptyStates",
                "Nobody has objected to photos. An objection is recorded at the desk (%1) "
                "with %2 when the person is shown.",
            )
            .replace("%1", _view_key(window, "checkin"))
            .replace("%2", key_of(PHOTO_OBJECTION))
        )
        return [EmptyHint(view.table, _attendee_list_hint(window, view, objection))]
    if name == "agenda":
        return [
            EmptyHint(
                view.table,
                lambda: translate(
                    "EmptyStates", "The agenda is empty. Add its first item with %1."
                ).replace("%1", key_of(AGENDA_ADD)),
            )
        ]
    return _network_hints(window, name, view)


def _network_hints(window, name: str, view) -> list[EmptyHint]:
    organisations_key = _view_key(window, "organizations")
    if name == "organizations":
        return [
            EmptyHint(
                view.table,
                lambda: translate(
                    "EmptyStates",
                    "No organisations yet. They come with the registrations (%1) and with the "
                    "survey (“Import survey…” below).",
                ).replace("%1", key_text(window.import_action.shortcut())),
            )
        ]
    if name == "matches":
        return [
            EmptyHint(
                view.table,
                lambda: translate(
                    "EmptyStates",
                    "No matches yet: they come from the survey's offers and needs. Import the "
                    "survey in Organisations (%1, “Import survey…”).",
                ).replace("%1", organisations_key),
            )
        ]
    if name != "survey":
        return []
    survey_hint = translate(
        "EmptyStates",
        "No survey answers yet. Import the survey in Organisations (%1, “Import survey…”).",
    ).replace("%1", organisations_key)
    return [
        EmptyHint(table, lambda: survey_hint)
        for table in (view.processes, view.fields, view.support)
    ]
