"""Issue 24 item 5: a large event's first screenful is on screen before its whole list is
read (20,000 rows took most of the start): the first rows in name order, the counters and
the latest check-ins, all as they are; then every view gets every row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from smartnet_desktop.app import open_context
from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees, checkin, events
from smartnet_desktop.services.demo import load_demo
from smartnet_desktop.settings import Settings
from smartnet_desktop.ui import main_window
from smartnet_desktop.ui.main_window import MainWindow


def _latest(view) -> list[str]:
    return [view.latest.item(i).text() for i in range(view.latest.count())]


@pytest.mark.parametrize("checked_in", [3, 0])
def test_the_first_screenful_shows_before_the_whole_list(
    qtbot, tmp_path, db_path, monkeypatch, checked_in
):
    engine, sessions = open_database(db_path)
    load_demo(sessions)
    event_id = events.list_events(sessions)[0].id
    everyone = attendees.list_attendees(sessions, event_id)
    latest = everyone[len(everyone) - checked_in :] if checked_in else []
    for row in latest:  # the latest check-ins are people far down the list
        checkin.check_in(sessions, row.registration_id, "Desk 9")
    engine.dispose()
    monkeypatch.setattr(main_window, "FIRST_ROWS", 5)
    settings = Settings(desk_name="Desk 1")
    context = open_context(str(db_path), settings)
    qsettings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, lambda where: open_context(where, settings), qsettings)
    qtbot.addWidget(window)
    window.show()
    first: dict = {}

    def seen() -> None:
        desk = window.checkin_view
        first["names"] = [r.display_name for r in desk.model.rows()]
        first["latest"] = _latest(desk)
        first["counts"] = window.counts_label.text()
        first["attendees_view"] = window.attendees_view.model.rowCount()

    window.firstRowsShown.connect(seen)
    with qtbot.waitSignal(window.dataShown, timeout=10000):
        window.start()
    shown_first = {r.display_name for r in everyone[:6]} | {r.display_name for r in latest}
    assert set(first["names"]) == shown_first  # one more than FIRST_ROWS: there are more
    assert first["latest"] == _latest(window.checkin_view)  # the latest, complete already
    assert first["counts"] == window.counts_label.text() and str(len(everyone)) in first["counts"]
    assert first["attendees_view"] == 0  # the views not shown wait for the whole list
    for view in (window.checkin_view, window.attendees_view, window.badges_view):
        assert view.model.rowCount() == len(everyone), view
    assert window.contact_view.model.rowCount() == len(everyone)
