"""Issue 26 item 1: "neu" in the attendee list and on the desk's card for people at their
first meeting of the series; somebody checked in at an earlier meeting is not new."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.services import attendees, checkin
from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.views.desk_panels import Outcome
from tests.typing_helpers import scan
from tests.ui.test_checkin_desk import _desk


def _came_to_gera_then_muehlhausen(window):
    """Checks in at Gera one person also registered for Mühlhausen; returns that person's
    and a never-seen person's Mühlhausen rows."""
    sessions = window.context.sessions
    events = {window.event_switcher.itemText(i): i for i in range(window.event_switcher.count())}
    rows = {}
    for text in events:
        window.event_switcher.setCurrentIndex(events[text])
        rows[text] = attendees.list_attendees(sessions, window.current_event.id)
    gera = next(r for t, r in rows.items() if "Gera" in t)
    muehlhausen_text = next(t for t in rows if "Gera" not in t)
    later = {r.person_id: r for r in rows[muehlhausen_text]}
    came = next(r for r in gera if r.person_id in later)
    checkin.check_in(sessions, came.registration_id, "Desk 1")
    window.event_switcher.setCurrentIndex(events[muehlhausen_text])
    newcomer = next(r for r in later.values() if r.person_id != came.person_id)
    return later[came.person_id], newcomer


def test_the_attendee_list_marks_newcomers_only(make_window):
    window = make_window("en")
    known, newcomer = _came_to_gera_then_muehlhausen(window)
    window.show_view(1)
    model = window.attendees_view.model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    new_column = column.index("New")
    marks = {
        model.row_at(r).person_id: model.index(r, new_column).data()
        for r in range(model.rowCount())
    }
    assert marks[known.person_id] == "" and marks[newcomer.person_id] == "new"
    assert Column.NEW in window.attendees_view.model._columns


def test_the_desk_card_says_new_for_a_newcomer_and_nothing_for_a_returning_person(
    make_window, qtbot
):
    window, desk = _desk(make_window, qtbot, event="Gera", language="de")
    known, newcomer = _came_to_gera_then_muehlhausen(window)
    desk.search.setFocus()
    scan(newcomer.badge_code)
    qtbot.waitUntil(lambda: desk.result.outcome == Outcome.CHECKED_IN, timeout=5000)
    assert "NEU: erstes Treffen" in desk.result.text()
    scan(known.badge_code)
    qtbot.waitUntil(lambda: known.family_name in desk.result.text(), timeout=5000)
    assert "NEU" not in desk.result.text()


def test_the_new_column_says_when_the_organisation_is_new_too(make_window):
    from smartnet_desktop.services.newcomers import newcomers

    window = make_window("en")
    _came_to_gera_then_muehlhausen(window)
    window.show_view(1)
    rows = newcomers(window.context.sessions, window.current_event.id)
    with_new_org = {r.attendee.person_id for r in rows if r.new_organisation}
    only_person = {r.attendee.person_id for r in rows if not r.new_organisation}
    assert with_new_org and only_person  # the demo has both kinds at Mühlhausen
    model = window.attendees_view.model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    marks = {
        model.row_at(r).person_id: model.index(r, column.index("New")).data()
        for r in range(model.rowCount())
    }
    assert {marks[p] for p in with_new_org} == {"new (org.)"}
    assert {marks[p] for p in only_person} == {"new"}
