"""Several desks on one database: what another desk does shows here within a second, and a
desk that loses its server keeps working (PostgreSQL; the server is cut off through a
loopback proxy, so other tests keep theirs)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from smartnet_desktop.db import open_database
from smartnet_desktop.domain.rows import Change
from smartnet_desktop.services import attendees, checkin, consent
from smartnet_desktop.services.offline_queue import OfflineQueue
from smartnet_desktop.ui import error_handling
from tests.database_under_test import postgresql_only
from tests.tcp_proxy import Proxy
from tests.typing_helpers import key, scan, type_keys


def _at_desk(window, qtbot, event: str = "Gera"):
    index = next(
        i
        for i in range(window.event_switcher.count())
        if event in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.checkin_view.search)
    return window.checkin_view


def _shown_row(desk, registration_id: int):
    return next(r for r in desk.model.all_rows() if r.registration_id == registration_id)


def test_a_check_in_and_a_consent_change_at_another_desk_show_within_a_second(make_window, qtbot):
    window = make_window("en", desk="Desk 1")
    desk = _at_desk(window, qtbot)
    other_engine, other_desk = open_database(window.context.location)  # desk 2's connection
    row = next(
        r
        for r in attendees.list_attendees(other_desk, window.current_event.id)
        if not r.checked_in_at
    )
    before = int(desk.counters.checked_in.value.text())

    started = time.monotonic()
    checkin.check_in(other_desk, row.registration_id, "Desk 2")
    qtbot.waitUntil(
        lambda: _shown_row(desk, row.registration_id).checked_in_at is not None, timeout=3000
    )
    shown_after = time.monotonic() - started
    assert shown_after < 1.0, f"shown after {shown_after:.2f} s"
    assert _shown_row(desk, row.registration_id).checked_in_by == "Desk 2"
    assert int(desk.counters.checked_in.value.text()) == before + 1

    started = time.monotonic()
    consent.record_photo(other_desk, row.person_id, window.current_event.id, True, by="Desk 2")
    qtbot.waitUntil(
        lambda: _shown_row(desk, row.registration_id).photo_objection is True, timeout=3000
    )
    assert time.monotonic() - started < 1.0
    other_engine.dispose()


@postgresql_only
def test_a_desk_without_its_server_queues_check_ins_and_sends_them_when_it_is_back(
    make_window, qtbot, server_databases
):
    from tests.ui.conftest import _demo_on_server

    url = _demo_on_server(server_databases)
    proxy, through_proxy = Proxy.to(url)
    window = make_window("en", location=through_proxy, desk="Desk 1")
    desk = _at_desk(window, qtbot)
    direct_engine, direct = open_database(url)  # another desk, still connected
    gera = window.current_event.id
    waiting = [r for r in attendees.list_attendees(direct, gera) if not r.checked_in_at]
    people = {"nguyen": next(r for r in waiting if r.family_name.startswith("Nguy"))}
    people["second"], people["third"] = [r for r in waiting if r is not people["nguyen"]][:2]

    checked_in_before = int(desk.counters.checked_in.value.text())
    proxy.cut()
    qtbot.waitUntil(desk.offline_banner.isVisible, timeout=5000)  # said at once, unasked
    type_keys("nguy")  # search works on the list loaded
    assert [r.registration_id for r in desk.model.rows()] == [people["nguyen"].registration_id]
    key(Qt.Key.Key_Return)
    assert "kept on this computer" in desk.result.text()
    assert "pending" in desk.model.data(
        desk.model.index(desk.model.row_of_registration(people["nguyen"].registration_id), 3)
    )
    scan(people["second"].badge_code)
    scan(people["third"].badge_code)
    assert len(OfflineQueue(through_proxy).pending()) == 3
    assert int(desk.counters.checked_in.value.text()) == checked_in_before + 3  # pending count
    checkin.check_in(direct, people["third"].registration_id, "Desk 2")  # meanwhile, elsewhere

    proxy.restore()
    qtbot.waitUntil(lambda: not desk.offline_banner.isVisible(), timeout=5000)
    rows = {r.registration_id: r for r in attendees.list_attendees(direct, gera)}
    assert rows[people["nguyen"].registration_id].checked_in_by == "Desk 1"
    assert rows[people["second"].registration_id].checked_in_by == "Desk 1"
    assert rows[people["third"].registration_id].checked_in_by == "Desk 2"
    assert desk.conflict_panel.isVisible() and desk.conflict_panel.items.count() == 1
    assert "Desk 2" in desk.conflict_panel.items.item(0).text()
    direct_engine.dispose()


@pytest.mark.qt_no_exception_capture
@postgresql_only
def test_without_its_server_no_box_takes_a_scan_and_consent_answers_are_kept(
    make_window, qtbot, server_databases, monkeypatch
):
    """Issue 20, items 2 and 3: the agenda's timer fires while the server is away; the next
    scan is queued (no box took its Enter), F7 and F8 are kept like check-ins, counters,
    status bar and the latest list agree, and everything arrives when the server is back."""
    from tests.ui.conftest import _demo_on_server

    url = _demo_on_server(server_databases)
    proxy, through_proxy = Proxy.to(url)
    shown = []
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, n=name, **k: shown.append((n, a[2])))
    monkeypatch.setattr("sys.excepthook", error_handling._report)
    window = make_window("en", location=through_proxy, desk="Desk 1")
    desk = _at_desk(window, qtbot)
    direct_engine, direct = open_database(url)
    gera = window.current_event.id
    person = next(r for r in attendees.list_attendees(direct, gera) if not r.checked_in_at)
    before = int(desk.counters.checked_in.value.text())

    agenda_view = window.agenda_view  # looked at earlier: views are built on first show
    proxy.cut()
    agenda_view._clock.timeout.emit()  # the agenda's minute timer, meanwhile
    # A reload that cannot reach it, from the event loop as the runner's changes come.
    QTimer.singleShot(0, lambda: window.apply_change(Change(event_ids=frozenset({gera}))))
    qtbot.waitUntil(desk.offline_banner.isVisible, timeout=5000)
    scan(person.badge_code)
    assert "kept on this computer" in desk.result.text()
    key(Qt.Key.Key_F7)
    assert "kept on this computer" in desk.result.text() and "NO PHOTOS" in desk.result.text()
    key(Qt.Key.Key_F8)
    assert "Contact sharing: may be shared" in desk.result.text()
    assert shown == []
    assert QApplication.focusWidget() is desk.search
    queued = OfflineQueue(through_proxy)
    assert len(queued.pending()) == 1 and len(queued.pending_consents()) == 2
    assert int(desk.counters.checked_in.value.text()) == before + 1
    assert f"{before + 1} checked in" in window.counts_label.text()  # the status bar agrees
    assert person.display_name in desk.latest.item(0).text()  # and the latest list

    proxy.restore()
    qtbot.waitUntil(lambda: not desk.offline_banner.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: not OfflineQueue(through_proxy).pending_consents(), timeout=5000)
    (row,) = attendees.list_attendees(direct, gera, person.badge_code)
    assert row.checked_in_by == "Desk 1" and row.photo_objection
    assert row.contact_sharing == "granted"
    assert shown == []
    direct_engine.dispose()


class _Heartbeat:
    """The longest time the window's thread did not get round to its event loop."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._timer.stop()
        return self.longest


@postgresql_only
def test_a_server_that_stops_answering_never_freezes_the_desk(make_window, qtbot, server_databases):
    """Packets dropped, nothing refused (a pulled cable): the scan waits a moment at most
    (the issue's bound is 200 ms; asserted generously), is kept here, and arrives."""
    from tests.ui.conftest import _demo_on_server

    url = _demo_on_server(server_databases)
    proxy, through_proxy = Proxy.to(url)
    window = make_window("en", location=through_proxy, desk="Desk 1")
    desk = _at_desk(window, qtbot)
    direct_engine, direct = open_database(url)
    gera = window.current_event.id
    first, second = [r for r in attendees.list_attendees(direct, gera) if not r.checked_in_at][:2]

    proxy.stall()
    heartbeat = _Heartbeat()
    scan(first.badge_code)
    assert "kept on this computer" in desk.result.text()
    scan(second.badge_code)
    assert "kept on this computer" in desk.result.text()
    key(Qt.Key.Key_F7)
    qtbot.waitUntil(desk.offline_banner.isVisible, timeout=8000)  # the follower says so too
    frozen = heartbeat.stop()
    assert frozen < 1.0, f"the window did not answer for {frozen:.2f} s"
    assert len(OfflineQueue(through_proxy).pending()) == 2

    proxy.resume()
    qtbot.waitUntil(lambda: not desk.offline_banner.isVisible(), timeout=15000)
    rows = {r.registration_id: r for r in attendees.list_attendees(direct, gera)}
    assert rows[first.registration_id].checked_in_by == "Desk 1"
    assert rows[second.registration_id].checked_in_by == "Desk 1"
    assert rows[second.registration_id].photo_objection
    direct_engine.dispose()
