"""The operation runner: one path for every write the window makes."""

from __future__ import annotations

import sys

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.outcome import Done, Reverse, touched
from smartnet_desktop.ui.operations import Operations
from smartnet_desktop.ui.undo import UndoStack


def _runner(qtbot):
    applied = []
    runner = Operations(applied.append, UndoStack())
    return runner, applied


def test_a_write_passes_its_change_to_the_window_and_its_reverse_to_the_scope(qtbot):
    runner, applied = _runner(qtbot)
    values, reports = [], []
    back = Done("undone", touched([1], [8]))
    result = runner.run(
        lambda: Done(42, touched([1], [7]), Reverse("Anna", lambda: back)),
        report=reports.append,
        scope="agenda",
        done=values.append,
    )
    assert result.value == 42 and values == [42] and reports == []
    assert applied == [touched([1], [7])]
    assert runner.undo_stack.next_label("agenda") == "Anna"
    assert runner.undo_stack.next_label("desk") is None  # Ctrl+Z at the desk: not this step

    assert runner.undo("agenda", report=reports.append, done=values.append).value == "undone"
    assert applied[-1] == touched([1], [8]) and values[-1] == "undone"
    assert runner.undo_stack.count("agenda") == 0


def test_a_write_without_change_refreshes_nothing(qtbot):
    runner, applied = _runner(qtbot)
    runner.run(lambda: Done(None), report=print)
    assert applied == []


def test_a_refusal_is_worded_where_the_view_says_and_nothing_is_applied(qtbot):
    runner, applied = _runner(qtbot)
    reports, done = [], []

    def refuse():
        raise InvalidInput("family_name", "required")

    assert runner.run(refuse, report=reports.append, scope="desk", done=done.append) is None
    assert len(reports) == 1 and reports[0] and "Traceback" not in reports[0]
    assert applied == [] and done == [] and runner.undo_stack.count("desk") == 0


def test_the_views_own_hook_sees_a_refusal_first(qtbot):
    runner, _ = _runner(qtbot)
    reports, seen = [], []

    def refuse():
        raise InvalidInput("family_name", "required")

    runner.run(refuse, report=reports.append, refused=lambda e: seen.append(e) or True)
    assert len(seen) == 1 and reports == []


def test_anything_else_is_a_bug_for_the_exception_hook(qtbot, monkeypatch):
    runner, _ = _runner(qtbot)
    hooked, reports = [], []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: hooked.append(error))

    def broken():
        raise KeyError("surprise")

    assert runner.run(broken, report=reports.append) is None
    assert reports == [] and isinstance(hooked[0], KeyError)


def test_background_work_ends_on_the_gui_thread_with_its_change(qtbot):
    runner, applied = _runner(qtbot)
    values, steps = [], []

    def work(progress):
        progress(1, 2)
        return Done("imported", touched([3]))

    runner.run(work, report=print, done=values.append, background=True,
               progress=lambda d, t: steps.append((d, t)))
    qtbot.waitUntil(lambda: values == ["imported"], timeout=5000)
    assert applied == [touched([3])] and steps == [(1, 2)] and not runner.busy()


def test_a_background_refusal_is_reported_not_boxed(qtbot):
    runner, _ = _runner(qtbot)
    reports = []

    def work(progress):
        raise OSError(28, "No space left on device")

    runner.run(work, report=reports.append, background=True)
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=5000)
