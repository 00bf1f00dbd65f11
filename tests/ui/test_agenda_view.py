"""Agenda editor: drag and keyboard reordering recompute times, undo, model contract."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QModelIndex, Qt

from smartnet_desktop.services import agenda
from smartnet_desktop.ui.dialogs.agenda_item_dialog import AgendaItemDialog
from smartnet_desktop.ui.models.agenda_model import AgendaTableModel
from tests.typing_helpers import type_text


def _gera_agenda(make_window):
    window = make_window("en")
    index = next(
        i
        for i in range(window.event_switcher.count())
        if "Gera" in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)
    window.show_view(2)
    return window, window.agenda_view


def _titles(view):
    return [r.title for r in view.model.rows()]


def _starts(view):
    return [r.start for r in view.model.rows()]


def test_model_passes_qtmodeltester(make_window, qtmodeltester):
    _, view = _gera_agenda(make_window)
    qtmodeltester.check(view.model)
    qtmodeltester.check(AgendaTableModel())


def test_dragging_an_item_recomputes_the_times_and_undo_restores(make_window):
    _, view = _gera_agenda(make_window)
    titles, starts = _titles(view), _starts(view)
    model = view.model
    # Drag "Sonstiges" (row 4) above "Neues aus Brüssel" (row 2), as a drop ends in Qt.
    data = model.mimeData([model.index(4, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert _titles(view) == titles[:2] + [titles[4]] + titles[2:4] + titles[5:]
    assert _starts(view)[2] == time(12, 30) and _starts(view)[3] == time(12, 45)
    assert _starts(view)[-1] == starts[-1]  # the total length did not change
    view.undo()
    assert _titles(view) == titles and _starts(view) == starts


def test_alt_down_moves_the_selected_item_and_recomputes(make_window, qtbot):
    _, view = _gera_agenda(make_window)
    titles = _titles(view)
    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(view)[:2] == [titles[1], titles[0]]
    assert _starts(view)[0] == time(10, 0) and _starts(view)[1] == time(
        12, 0
    )  # the tour is 120 min
    assert view.selected_id() == view.model.rows()[1].id  # the moved item stays selected
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _titles(view) == titles
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(view)[:2] == [titles[1], titles[0]]


def test_delete_is_undoable_and_bad_input_changes_nothing(make_window, monkeypatch):
    window, view = _gera_agenda(make_window)
    titles = _titles(view)
    view.table.selectRow(1)
    view.delete()
    assert len(_titles(view)) == 5
    view.undo()
    assert _titles(view) == titles

    def fill(dialog):
        dialog.duration.setValue(-1)
        type_text(dialog.title, "Kaffeepause")
        dialog.accept()
        assert "must not be negative" in dialog.error.text()
        dialog.title.clear()
        dialog.duration.setValue(15)
        dialog.accept()
        assert "please enter a value" in dialog.error.text()
        return 0  # the user gives up

    monkeypatch.setattr(AgendaItemDialog, "exec", fill)
    view.add()
    assert _titles(view) == titles


def test_undo_after_delete_then_restore_works_twice_in_a_row(make_window, qtbot):
    """The restored item keeps its id, so the older step (a move) still finds it."""
    _, view = _gera_agenda(make_window)
    titles, ids = _titles(view), [r.id for r in view.model.rows()]
    view.table.selectRow(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view.delete()  # the moved item, now second
    assert len(_titles(view)) == 5
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(r.id for r in view.model.rows()) == sorted(ids)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _titles(view) == titles and [r.id for r in view.model.rows()] == ids
    for _ in range(2):  # delete and restore, twice
        view.table.selectRow(2)
        view.delete()
        view.undo()
        assert [r.id for r in view.model.rows()] == ids


def test_current_item_is_highlighted_on_the_day(make_window):
    window, view = _gera_agenda(make_window)
    rows = agenda.list_agenda(window.context.sessions, window.current_event.id)
    view.model.set_rows(rows, datetime(2022, 8, 30, 11, 0), window.current_event.date)
    assert view.model.current_item() == rows[1].id  # the tour runs from 10:30 to 12:30
    assert view.model.data(view.model.index(1, 2), Qt.ItemDataRole.BackgroundRole) is not None
    view.model.set_rows(rows, datetime(2022, 8, 31, 11, 0), window.current_event.date)
    assert view.model.current_item() is None


def test_handout_is_written(make_window, tmp_path):
    _, view = _gera_agenda(make_window)
    view.write_handout(tmp_path / "agenda.pdf")
    assert (tmp_path / "agenda.pdf").read_bytes().startswith(b"%PDF")
