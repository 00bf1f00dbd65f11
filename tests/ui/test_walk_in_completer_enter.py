"""Issue 22 item 5: in the walk-in dialog the first Enter in the Organisation field, while
the completer offers an existing organisation, takes the completion and the dialog at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.services import registry
from tests.typing_helpers import key, type_keys
from tests.ui.test_checkin_desk import _count, _desk, _fill_walk_in, _focus, _row


def test_one_enter_takes_the_offered_organisation_and_registers(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    names = registry.organization_names(window.context.sessions)
    # A piece of one organisation's name that no other holds: the completer offers just it.
    target, piece = next(
        (name, name[:n])
        for name in names
        for n in range(4, len(name))
        if sum(piece_in(name[:n], other) for other in names) == 1
    )
    type_keys("Ülrike Zwölfer")
    seen = {}

    def steps(dialog):
        _focus(qtbot, dialog.organization)
        type_keys(piece)  # one key at a time, at typing speed: the completer's list is up
        qtbot.waitUntil(lambda: dialog.organization.completer().popup().isVisible())
        key(Qt.Key.Key_Return)  # once
        seen["open"] = dialog.isVisible()

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"open": False}
    row = _row(window, "ulrike zwolfer")
    assert row.organization == target and row.checked_in_at is not None
    assert _count(desk.counters.walk_ins) == 1


def piece_in(piece: str, name: str) -> bool:
    return piece.casefold() in name.casefold()
