"""Issue 24 item 5: every view but the desk is built when first shown, and is then as it
would have been built at start: its data, the keys and menus that reach it, what other
desks did meanwhile and the database opened since."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

import smartnet_desktop
from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees, checkin, events, organizations
from smartnet_desktop.services.demo import load_demo
from smartnet_desktop.ui.window_pages import PAGES

LAZY = PAGES[1:]


def _demo_file(location: str) -> None:
    engine, sessions = open_database(location)
    load_demo(sessions)
    engine.dispose()


def _built(window) -> set[str]:
    return {name for name in LAZY if window._pages.built(name) is not None}


def test_only_the_desk_is_built_at_start(make_window):
    window = make_window()
    assert window.checkin_view.model.rowCount() == 26
    assert _built(window) == set()
    assert window.stack.count() == len(PAGES)  # the places of the others are kept


def test_the_main_window_imports_no_view_it_does_not_show():
    """The modules of the hidden views (and what they import) load when a view is built."""
    code = (
        "import sys, smartnet_desktop.ui.main_window; "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith(("
        "'smartnet_desktop.ui.views.badges_view', 'smartnet_desktop.ui.views.agenda_view', "
        "'smartnet_desktop.ui.views.network', 'smartnet_desktop.ui.views.matches_view', "
        "'smartnet_desktop.ui.views.attendees_view', 'smartnet_desktop.ui.dialogs.import_dialog', "
        "'smartnet_desktop.ui.dialogs.minutes_dialog', 'smartnet_desktop.ui.dialogs.event_dialog', "
        "'smartnet_desktop.services.importing', 'reportlab', 'qrcode', 'openpyxl', "
        "'graphviz', 'pypdfium2')))))"
    )
    package_root = str(Path(smartnet_desktop.__file__).resolve().parents[1])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": package_root}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == []


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        ("attendees", 26),
        ("agenda", 3),
        ("photo", 1),
        ("contact", 26),
        ("badges", 26),
        ("organizations", None),
        ("survey", None),
        ("matches", None),
    ],
)
def test_switching_to_a_view_builds_it_with_its_data(make_window, qtbot, name, rows):
    window = make_window()
    row = PAGES.index(name)
    window.show_view(row)
    view = window.stack.currentWidget()
    if name == "matches":  # ranked off the GUI thread
        qtbot.waitUntil(lambda: not view.computing(), timeout=10_000)
    assert window._pages.built(name) is view
    assert window.stack.indexOf(view) == row and window.navigation.currentRow() == row
    assert _built(window) == {name}  # the others still wait
    if name == "survey":
        assert view.processes.model().rowCount() > 0
    else:
        expected = rows if rows is not None else len(_network_rows(window, name))
        assert expected > 0 and view.model.rowCount() == expected
    assert window.empty_hints  # the view's hint came with it (asking builds the rest)


def _network_rows(window, name: str) -> list:
    sessions = window.context.sessions
    if name == "organizations":
        return organizations.list_organizations(sessions)
    from smartnet_desktop.services import matches

    return matches.potential_matches(
        sessions, None, event_id=window.current_event.id, present_only=False, language="en"
    )


def test_the_view_menu_and_its_keys_build_the_view_first(make_window, qtbot):
    window = make_window()
    label = window.navigation.item(PAGES.index("agenda")).text()
    action = next(a for a in window.findChildren(QAction) if a.text() == label)
    action.trigger()
    assert window.stack.currentWidget() is window._pages.built("agenda")
    assert window.agenda_view.model.rowCount() == 3

    badges = window.navigation.item(PAGES.index("badges")).text()
    shortcut = next(a for a in window.findChildren(QAction) if a.text() == badges).shortcut()
    window.activateWindow()
    QTest.keyClick(window, shortcut[0].key(), shortcut[0].keyboardModifiers())
    qtbot.waitUntil(lambda: window._pages.built("badges") is not None, timeout=3000)
    assert window.stack.currentWidget() is window.badges_view
    assert window.badges_view.model.rowCount() == 26


def test_a_data_protection_entry_on_the_attendees_view_not_built_yet(make_window, monkeypatch):
    """Erase acts on the Attendees view's selection: asked before that view was ever shown,
    it builds it, says to select the person there and shows it, filled."""
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    label = "E&rase the selected person…"
    next(a for a in window.findChildren(QAction) if a.text() == label).trigger()
    assert said == ["Select the person in the Attendees view first."]
    assert window.stack.currentWidget() is window._pages.built("attendees")
    assert window.attendees_view.model.rowCount() == 26


def test_an_event_switched_before_the_view_is_built_shows_in_it(make_window):
    window = make_window()
    gera = next(e for e in window._events if e.town == "Gera")
    window.event_switcher.setCurrentIndex(window._events.index(gera))
    assert _built(window) == set()
    window.show_view(PAGES.index("agenda"))
    assert window.agenda_view.model.rows()[0].title == "Begrüßung"
    assert window.photo_view.model.rowCount() == 3
    assert window.attendees_view.model.rowCount() == 40


def test_other_desks_check_ins_reach_views_built_before_and_after(make_window, tmp_path, qtbot):
    location = str(tmp_path / "desks.db")
    _demo_file(location)
    window = make_window(location=location)
    window.show_view(PAGES.index("contact"))  # built before the other desk's check-ins
    window.show_view(0)
    event_id = window.current_event.id
    engine, sessions = open_database(location)  # the other desk
    try:
        people = attendees.list_attendees(sessions, event_id)[:2]
        for row in people:
            checkin.check_in(sessions, row.registration_id, "Desk 9")
    finally:
        engine.dispose()
    ids = {row.person_id for row in people}

    def checked_in(view) -> set[int]:
        return {r.person_id for r in view.model.rows() if r.checked_in_at is not None}

    qtbot.waitUntil(lambda: ids <= checked_in(window.checkin_view), timeout=10_000)
    assert ids <= checked_in(window.contact_view)
    assert "attendees" not in _built(window)
    window.show_view(PAGES.index("attendees"))  # built after them
    assert ids <= checked_in(window.attendees_view)
    assert ids <= checked_in(window.badges_view)


def test_another_database_reaches_built_and_unbuilt_views(make_window, tmp_path):
    first, second = str(tmp_path / "first.db"), str(tmp_path / "second.db")
    _demo_file(first)
    engine, sessions = open_database(second)
    from datetime import date

    from smartnet_desktop.domain.rows import EventInput

    other = events.create_event(sessions, EventInput(title="Leer", date=date(2027, 1, 1))).value
    engine.dispose()
    window = make_window(location=first)
    window.show_view(PAGES.index("attendees"))
    assert window.attendees_view.model.rowCount() == 26
    window._replace_context(second)
    assert window.current_event.id == other.id
    assert window.attendees_view.model.rowCount() == 0  # built before: reset
    assert "agenda" not in _built(window)
    window.show_view(PAGES.index("agenda"))  # built after: on the new database
    assert window.agenda_view.model.rowCount() == 0
    assert window.organizations_view.model.rowCount() == 0
    assert window.agenda_view._sessions is window.context.sessions


def test_the_matches_are_ranked_once_when_first_shown(make_window, qtbot, monkeypatch):
    """Built, brought to the window's event while hidden, then shown: one ranking, for the
    event (not a first one for no event thrown away behind it)."""
    from smartnet_desktop.services import matches

    window = make_window()
    asked = []
    rank = matches.potential_matches

    def counting(sessions, topic, **options):
        asked.append(options.get("event_id"))
        return rank(sessions, topic, **options)

    monkeypatch.setattr(matches, "potential_matches", counting)
    window.show_view(PAGES.index("matches"))
    view = window.stack.currentWidget()
    qtbot.waitUntil(lambda: not view.computing(), timeout=10_000)
    assert asked == [window.current_event.id]
    assert view.model.rowCount() > 0


def test_a_view_first_shown_while_its_database_is_away_takes_its_place(
    make_window, qtbot, monkeypatch
):
    """Its first reading fails (the server is away just now): the error is said as any
    other, and the view still takes its place, to read once the server is back; the
    placeholder is not left standing for good."""
    from smartnet_desktop.domain.errors import DatabaseProblem
    from smartnet_desktop.services import agenda

    window = make_window()
    row = PAGES.index("agenda")
    read = agenda.list_agenda

    def away(*_args, **_kwargs):
        raise DatabaseProblem("server_unreachable", location="db", reason="cut")

    monkeypatch.setattr(agenda, "list_agenda", away)
    with qtbot.captureExceptions() as raised:  # what the window's error hook is handed
        window.show_view(row)
    assert [kind for kind, _error, _trace in raised] == [DatabaseProblem]
    view = window._pages.built("agenda")
    assert view is not None and window.stack.widget(row) is view
    assert window.stack.currentWidget() is view

    monkeypatch.setattr(agenda, "list_agenda", read)
    view.refresh()  # the minute timer's reading, once the server is back
    assert view.model.rowCount() == 3
