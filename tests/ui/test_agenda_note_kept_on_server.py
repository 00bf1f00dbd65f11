"""The failed-save tests of test_agenda_note_kept.py on PostgreSQL, where the fault is the
server's: it vanishes (the TCP proxy between the window and the server is cut) or it takes
no writes (read-only). The typed note stays in its field and with its item, the user is
told in one translated sentence, and the note is saved once the server is back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from smartnet_desktop.db import open_database
from smartnet_desktop.services.agenda_notes import item_note
from smartnet_desktop.ui import error_handling
from tests.database_under_test import postgresql_only
from tests.tcp_proxy import Proxy
from tests.ui.conftest import _demo_on_server
from tests.ui.test_agenda_note_kept import NOTE, _click_row, _type_note

pytestmark = postgresql_only


def _agenda_of_gera(window):
    index = next(
        i
        for i in range(window.event_switcher.count())
        if "Gera" in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)
    window.show_view(2)
    return window.agenda_view


@pytest.fixture
def server(server_databases):
    """The demo meeting on the server, a proxy to it, and a direct connection (another
    desk's, which the proxy does not cut)."""
    url = _demo_on_server(server_databases)
    proxy, through_proxy = Proxy.to(url)
    engine, direct = open_database(url)
    yield url, proxy, through_proxy, direct
    proxy.cut()
    engine.dispose()


# The reads after the failed save (the item's polls) meet the lost server too: the window's
# own error hook (not pytest-qt's) words them, as in the program.
@pytest.mark.qt_no_exception_capture
def test_a_note_typed_while_the_server_vanishes_is_kept_told_and_saved_when_it_is_back(
    make_window, qtbot, server, monkeypatch
):
    _url, proxy, through_proxy, direct = server
    boxes = []
    for kind in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *_a, _k=kind, **_kw: boxes.append(_k))
    monkeypatch.setattr("sys.excepthook", error_handling._report)
    window = make_window("de", location=through_proxy)
    view = _agenda_of_gera(window)
    item_id = _type_note(view, 1)
    proxy.cut()
    _click_row(qtbot, view, 0)
    assert view.selected_id() == item_id  # the note stays with its item
    assert view.record.note.toPlainText() == NOTE
    assert view.record.note.document().isModified()
    problem = view.record.note_problem.text()
    assert view.record.note_problem.isVisible()
    assert "Notiz wurde nicht gespeichert" in problem  # German: the window's language
    assert "Datenbankserver ist nicht erreichbar" in problem, problem
    assert item_note(direct, item_id) == ""
    assert boxes == []  # told beside the field, not in a box
    # The lost server itself is said where the window always says it, once, no traceback.
    assert "Datenbankserver ist nicht erreichbar" in window.statusBar().currentMessage()
    assert "Traceback" not in window.statusBar().currentMessage()

    proxy.restore()
    qtbot.mouseClick(view.record.save_note_button, Qt.MouseButton.LeftButton)
    assert item_note(direct, item_id) == NOTE
    assert not view.record.note_problem.isVisible()
    _click_row(qtbot, view, 0)  # now another item can be chosen
    assert view.selected_id() != item_id


def test_closing_while_the_server_is_gone_asks_first_and_the_note_is_saved_later(
    make_window, qtbot, server, monkeypatch
):
    _url, proxy, through_proxy, direct = server
    window = make_window("en", location=through_proxy)
    view = _agenda_of_gera(window)
    item_id = _type_note(view, 1)
    asked = []

    def answer(*_args, **_kwargs):
        asked.append(True)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    proxy.cut()
    assert not window.close()  # the user chose to stay
    assert asked and window.isVisible()
    assert view.record.note.toPlainText() == NOTE
    proxy.restore()
    assert window.close()
    assert item_note(direct, item_id) == NOTE


def test_a_note_on_a_server_that_takes_no_writes_is_kept_and_the_cause_named(
    make_window, qtbot, server
):
    """The server refuses the write as a read-only one does (SQLSTATE 25006). A trigger
    raises it, so that the window keeps its connections: a read-only database setting
    reaches only new connections, and a new connection from the window's thread may take
    longer than the window waits for an answer on a loaded machine (then it counts as a
    lost server). tests/cli/test_server_cannot_write.py makes a truly read-only database."""
    url, _proxy, through_proxy, direct = server
    window = make_window("en", location=through_proxy)
    view = _agenda_of_gera(window)
    item_id = _type_note(view, 1)
    admin = create_engine(make_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(
            text(
                "CREATE FUNCTION read_only_now() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'cannot execute INSERT in a read-only transaction' "
                "USING ERRCODE = '25006'; END $$"
            )
        )
        connection.execute(
            text(
                "CREATE TRIGGER read_only_now BEFORE INSERT ON audit_entries "
                "FOR EACH ROW EXECUTE FUNCTION read_only_now()"
            )
        )
    try:
        _click_row(qtbot, view, 0)
        assert view.selected_id() == item_id
        assert view.record.note.toPlainText() == NOTE
        problem = view.record.note_problem.text()
        assert "accepts no changes" in problem and "unexpected" not in problem, problem
        assert item_note(direct, item_id) == ""
    finally:
        with admin.connect() as connection:
            connection.execute(text("DROP TRIGGER read_only_now ON audit_entries"))
        admin.dispose()
    qtbot.mouseClick(view.record.save_note_button, Qt.MouseButton.LeftButton)
    assert item_note(direct, item_id) == NOTE
    assert not view.record.note_problem.isVisible()
