"""Running long work (an import, a batch of badges) off the GUI thread.

The work function gets a `progress(done, total)` callback, which raises Cancelled once the
user pressed Cancel; it opens its own session through the service it calls. Results and
errors come back as signals on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, work: Callable) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = False

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self.cancel_requested:
                raise Cancelled()
            self.progressed.emit(done, total)

        try:
            result = self._work(progress)
        except Exception as error:  # noqa: BLE001 - handed to the GUI, which words it
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class BackgroundTask(QObject):
    """Owns the thread; keep a reference until `done` or `error` fired."""

    done = Signal(object)
    error = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, work: Callable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._finish)
        self._worker.failed.connect(self._fail)
        self._worker.progressed.connect(self.progressed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._worker.cancel_requested = True

    def stop(self) -> None:
        """Cancels and waits for the thread to end (the window is closing)."""
        self.cancel()
        self._stop_thread()

    def _stop_thread(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _finish(self, result) -> None:
        self._stop_thread()
        self.done.emit(result)

    def _fail(self, error) -> None:
        self._stop_thread()
        self.error.emit(error)
