"""The one way the window writes (after Anki's CollectionOp).

A view hands the runner a service call that returns `Done` (value, Change, reverse) and
says where a refusal is to be worded (`report`: the desk's band, a view's status line, a
box for a dialog the user is looking at). The runner

- runs the call on the GUI thread, or off it when `background` (imports, the survey
  import, the offline queue's sending, batch printing: work that may take longer than a
  frame); background results come back on the GUI thread in the order they finish;
- words a domain or file error through `i18n.error_text` into `report`, after giving the
  view's `refused` hook the first look (the desk shows "already checked in" with the row);
- hands anything else to the exception hook, which logs it with its traceback as a bug and
  shows one sentence (never a traceback);
- passes the Change to the window (`MainWindow.apply_change`) and pushes the reverse onto
  the window's one undo stack under the view's scope;
- finally calls `done(value)`.

Undo runs through the same path: `undo(scope, ...)` takes the scope's newest step and runs
its reverse like any other write.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.domain.outcome import UNCHANGED, Done
from smartnet_desktop.domain.rows import Change
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.i18n import error_text
from smartnet_desktop.ui.undo import UndoStack
from smartnet_desktop.ui.workers import BackgroundTask, Cancelled

T = TypeVar("T")
Report = Callable[[str], None]
Refused = Callable[[BaseException], bool]  # True: the view has shown this refusal itself


class Operations(QObject):
    def __init__(
        self, apply_change: Callable[[Change], None], undo_stack: UndoStack, parent=None
    ) -> None:
        super().__init__(parent)
        self._apply_change = apply_change
        self.undo_stack = undo_stack
        self._running: set[BackgroundTask] = set()

    def run(
        self,
        call: Callable[..., Done],
        *,
        report: Report,
        scope: str | None = None,
        done: Callable[[Any], None] | None = None,
        refused: Refused | None = None,
        background: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> Done | None:
        """Runs one write. On the GUI thread: returns its Done (None after a refusal, which
        was reported). In the background (`call` then takes a progress(done, total)
        callback): returns the task at once (cancel it with .cancel()), `done` follows."""
        finish = _Finish(self, report, scope, done, refused)
        if not background:
            try:
                result = call()
            except Exception as error:  # noqa: BLE001 - worded or logged by _Finish
                finish.failed(error)
                return None
            return finish.succeeded(result)
        task = BackgroundTask(call, self)
        self._running.add(task)
        task.done.connect(lambda result: self._ended(task, finish.succeeded, result))
        task.error.connect(lambda error: self._ended(task, finish.failed, error))
        if progress is not None:
            task.progressed.connect(progress)
        task.start()
        return task

    def _ended(self, task: BackgroundTask, then: Callable, outcome) -> None:
        self._running.discard(task)
        then(outcome)

    def undo(
        self,
        scope: str,
        *,
        report: Report,
        done: Callable[[Any], None] | None = None,
        refused: Refused | None = None,
    ) -> Done | None:
        """Runs the reverse of the scope's newest step (None: nothing to undo, or refused)."""
        step = self.undo_stack.pop(scope)
        if step is None:
            return None
        return self.run(step.reverse, report=report, done=done, refused=refused)

    def wait_for_background(self) -> None:
        """Cancels background work and waits for its thread (the window is closing)."""
        for task in list(self._running):
            task.stop()
        self._running.clear()

    def busy(self) -> bool:
        return bool(self._running)


class _Finish:
    """What happens after one call, on the GUI thread, whichever way it ran."""

    def __init__(self, runner: Operations, report, scope, done, refused) -> None:
        self.runner, self.report, self.scope = runner, report, scope
        self.done, self.refused = done, refused

    def succeeded(self, result: Done) -> Done:
        if not isinstance(result, Done):
            raise TypeError(f"a write must return Done, got {type(result).__name__}")
        if result.change != UNCHANGED:
            self.runner._apply_change(result.change)
        if result.reverse is not None and self.scope is not None:
            self.runner.undo_stack.push(self.scope, result.reverse.label, result.reverse.call)
        if self.done is not None:
            self.done(result.value)
        return result

    def failed(self, error: BaseException) -> None:
        if isinstance(error, (SmartNetError, OSError)):
            if self.refused is None or not self.refused(error):
                self.report(error_text(error))
            return
        if isinstance(error, Cancelled):
            return
        sys.excepthook(type(error), error, error.__traceback__)  # a bug: logged, one sentence


def attempt(parent: QWidget | None, title: str, call: Callable[[], T]) -> T | None:
    """A call that changes nothing the window shows (a read, a file written): its result,
    or None after the user was told why it did not work (in a box titled `title`, on the
    status line while the desk waits for a scan). Writes go through Operations.run."""
    try:
        return call()
    except (SmartNetError, OSError) as error:
        warn(parent, title, error_text(error))
        return None
