"""Issue 25 item 1 in the window: the desk's person card says "Heute hier und passend: …"
after a check-in (found after the check-in is written, not on the scan's path), and the
Matches view's "heute hier" filter follows check-ins here and at other desks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from smartnet_desktop.db import engine_of, open_database
from smartnet_desktop.services import attendees, checkin
from tests.typing_helpers import key, scan
from tests.ui.test_checkin_desk import _desk

BECKEN = 'Zweckverband Allianz "Thüringer Becken"'
HERE = "Heute hier und passend:"


def _rows(window) -> dict:
    sessions, event_id = window.context.sessions, window.current_event.id
    return {r.family_name: r for r in attendees.list_attendees(sessions, event_id)}


def _database_log(sessions) -> list[str]:
    """From now on: every statement sent to the database, and "COMMIT" for each commit."""
    log: list[str] = []
    engine = engine_of(sessions)
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: log.append(sql))
    event.listen(engine, "commit", lambda _c: log.append("COMMIT"))
    return log


def _survey_reads(log: list[str]) -> list[int]:
    """Where in the log the survey's statements were read."""
    return [
        i
        for i, sql in enumerate(log)
        if sql.lstrip().upper().startswith("SELECT") and " statements" in sql
    ]


def test_the_card_names_up_to_three_matches_here_after_the_check_in(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, language="de")
    rows = _rows(window)
    for name in ("Lindqvist", "Häberle", "Fahrwerk", "Öztürk-Fiktiv"):  # FH Erfurt, Ilmenau, ...
        checkin.check_in(window.context.sessions, rows[name].registration_id, "Desk 2")
    log = _database_log(window.context.sessions)

    scan(rows["Ackerbauer"].badge_code)  # the Allianz "Thüringer Becken"
    qtbot.waitUntil(lambda: HERE in desk.result.text(), timeout=3000)
    assert "Ackerbauer" in desk.result.text()
    # One read of the survey, and only after the check-in was written and committed.
    [read] = _survey_reads(log)
    # SQLite writes the row; PostgreSQL checks in with one call of its server function.
    written = next(
        i
        for i, sql in enumerate(log)
        if sql.lstrip().startswith("UPDATE registrations") or "smartnet_check_in(" in sql
    )
    assert written < log.index("COMMIT", written) < read
    line = desk.result.card.text().split(HERE)[1]
    # Four organisations here match the Allianz; the best three are named, best first.
    assert line.count("</b> (") == 3
    assert (
        line.index("Bauhaus.MobilityLab</b> (Mobilität — bietet Hilfe)")
        < line.index("Stadt Ilmenau</b> (Mobilität — bietet Hilfe)")
        < line.index("Fachhochschule Erfurt</b> (Mobilität — bietet Hilfe)")
    )
    assert "Stadt Weida" not in line  # its tourism need ranks fourth
    assert QApplication.focusWidget() is desk.search  # the next scan lands in the field


def test_a_scan_that_follows_at_once_gets_its_own_card(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, language="de")
    rows = _rows(window)
    checkin.check_in(window.context.sessions, rows["Häberle"].registration_id, "Desk 2")
    scan(rows["Ackerbauer"].badge_code)
    scan(rows["Öztürk-Fiktiv"].badge_code)  # the next person at scanner speed
    qtbot.waitUntil(lambda: HERE in desk.result.text(), timeout=3000)
    assert "Öztürk-Fiktiv" in desk.result.text() and "Ackerbauer" not in desk.result.text()
    line = desk.result.card.text().split(HERE)[1]
    assert "Stadt Ilmenau</b> (Digitale Verwaltung — bietet Hilfe)" in line
    assert BECKEN.replace('"', "&quot;") in line  # the Allianz offers Weida tourism
    QTest.qWait(200)  # a late answer for the first person never lands on this card
    assert "Öztürk-Fiktiv" in desk.result.text()
    assert "Mobilität" not in desk.result.card.text().split(HERE)[1]


def test_nobody_matching_here_adds_nothing_to_the_card(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, language="de")
    scan(_rows(window)["Ackerbauer"].badge_code)
    qtbot.waitUntil(lambda: "Ackerbauer" in desk.result.text())
    QTest.qWait(300)
    assert HERE not in desk.result.text()


def _show_matches(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.matches_view)
    qtbot.waitUntil(lambda: not window.matches_view.computing())  # ranked off the GUI thread
    return window.matches_view


def test_the_here_today_filter_follows_check_ins_at_this_and_other_desks(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, language="de")
    rows = _rows(window)
    view = _show_matches(window, qtbot)
    all_matches = view.model.rowCount()
    assert all_matches > 0
    view.here_today.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.here_today)
    key(Qt.Key.Key_Space)  # "heute hier" on
    qtbot.waitUntil(lambda: not view.computing())
    assert view.here_today.isChecked() and view.model.rowCount() == 0
    assert view.status.text() == "0 Matches heute hier"

    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # this desk
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.search)
    scan(rows["Ackerbauer"].badge_code)
    scan(rows["Häberle"].badge_code)
    qtbot.waitUntil(lambda: "Häberle" in desk.result.text())
    view = _show_matches(window, qtbot)
    assert view.here_today.isChecked() and view.model.rowCount() == 1
    match = view.model.row_at(0)
    assert (match.need, match.offer, match.topic) == (BECKEN, "Stadt Ilmenau", "Mobilität")
    assert view.model.text(0, 4) == str(match.points)
    assert "beide heute hier" in view.model.text(0, 3)
    # Ackerbauer was never asked about contact sharing; Häberle granted it.
    assert view.model.text(0, 5) == f"jemand von {BECKEN} ← Frauke Häberle"

    other_engine, other_desk = open_database(window.context.location)  # desk 2
    try:
        checkin.check_in(other_desk, rows["Lindqvist"].registration_id, "Desk 2")  # FH Erfurt
        qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=3000)  # while shown
    finally:
        other_engine.dispose()
    points = [view.model.row_at(r).points for r in range(2)]
    assert points == sorted(points, reverse=True)  # best first
    assert view.status.text() == "2 Matches heute hier"

    view.here_today.setFocus()
    key(Qt.Key.Key_Space)  # off again: every match, presence counted in the score
    qtbot.waitUntil(lambda: not view.computing())
    assert not view.here_today.isChecked() and view.model.rowCount() == all_matches
