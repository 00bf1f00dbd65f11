"""Follow-up 2 of issue 27: a kiosk check-in while the PostgreSQL server cannot be reached.
The answers and the check-in are kept on the kiosk's computer (the desk's offline queue);
when the server is back they arrive once, with channel "kiosk" and the kiosk's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from smartnet_desktop.app import open_context
from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees, consent, kiosk_pin
from smartnet_desktop.services.offline_queue import OfflineQueue
from smartnet_desktop.settings import Settings
from smartnet_desktop.ui.i18n import install_translators
from smartnet_desktop.ui.kiosk.start import start_kiosk
from tests.database_under_test import postgresql_only
from tests.tcp_proxy import Proxy
from tests.ui.conftest import _demo_on_server

pytestmark = postgresql_only


def test_a_kiosk_check_in_without_the_server_is_kept_and_arrives_once(qtbot, server_databases):
    url = _demo_on_server(server_databases)
    proxy, through_proxy = Proxy.to(url)
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
    install_translators(app, "de")
    settings = Settings(desk_name="Foyer")  # no printer: the badge is fetched at the desk
    settings.kiosk_pin = kiosk_pin.hash_pin("2468")
    context = open_context(through_proxy, settings)
    window = start_kiosk(context, None, "de")
    qtbot.addWidget(window)
    engine, direct = open_database(url)
    try:
        row = next(
            r
            for r in attendees.list_attendees(direct, window.meeting.id)
            if r.checked_in_at is None and not r.photo_objection
        )
        before = len(consent.history(direct, row.person_id))
        window.identify(row.badge_code)
        qtbot.mouseClick(window.preview.right, Qt.MouseButton.LeftButton)

        proxy.cut()
        qtbot.mouseClick(window.consent.buttons["yes"], Qt.MouseButton.LeftButton)  # no photos
        qtbot.mouseClick(window.consent.buttons["yes"], Qt.MouseButton.LeftButton)  # share
        assert window.pages.currentWidget() is window.done
        assert row.display_name in window.done.heading.text()  # checked in, for the person
        queue = OfflineQueue(through_proxy)
        assert [q.registration_id for q in queue.pending()] == [row.registration_id]
        assert len(queue.pending_consents()) == 2
        window.reset()  # the next person: sending fails quietly, everything stays kept
        qtbot.waitUntil(lambda: window.writes._sending is None, timeout=30000)
        assert len(queue.pending()) == 1 and len(queue.pending_consents()) == 2
        assert attendees.list_attendees(
            direct, row.event_id, person_ids=[row.person_id]
        )[0].checked_in_at is None  # fmt: skip

        proxy.restore()
        for _twice in range(2):  # a second reset sends nothing again
            window.reset()
            qtbot.waitUntil(lambda: window.writes._sending is None, timeout=30000)
        assert queue.pending() == [] and queue.pending_consents() == []
        fresh = attendees.list_attendees(direct, row.event_id, person_ids=[row.person_id])[0]
        assert fresh.checked_in_by == "Kiosk Foyer" and fresh.photo_objection
        added = consent.history(direct, row.person_id)[before:]
        assert sorted((c.kind, c.decision, c.channel, c.recorded_by) for c in added) == [
            ("contact_sharing", "grant", "kiosk", "Kiosk Foyer"),
            ("photo", "object", "kiosk", "Kiosk Foyer"),
        ]
        queue.close()
    finally:
        window.leave()
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
        engine.dispose()
