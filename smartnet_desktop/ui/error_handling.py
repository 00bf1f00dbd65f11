"""No traceback reaches a user: domain errors become a message box, anything unexpected is
written to a log file and reported in one sentence; the application keeps running.

Nothing modal takes the keyboard from a scanner: the hook is reached by errors of timers,
threads and background work as well, so while the window shows the check-in desk (and for a
lost server, always) the sentence goes to the window's status line and the desk's banner
(the `quiet` reporter the window installs) instead of a box whose focus the next scan's
Enter would take."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from smartnet_desktop.domain.errors import DatabaseProblem, SmartNetError
from smartnet_desktop.error_log import log_error, log_file  # noqa: F401 (used by the views)
from smartnet_desktop.ui.i18n import error_text, fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHandling", text)


# (sentence, server_lost) -> True when it was shown without a box: set by the main window.
QuietReporter = Callable[[str, bool], bool]
_quiet: QuietReporter | None = None


def report_quietly_with(reporter: QuietReporter | None) -> None:
    """The window's way of showing an error without a modal box (None: boxes only)."""
    global _quiet
    _quiet = reporter


def forget_quiet_reporter(reporter: QuietReporter) -> None:
    """A window that closes takes its reporter with it (another may have replaced it)."""
    if _quiet == reporter:
        report_quietly_with(None)


def warn(parent, title: str, text: str) -> None:
    """A warning the user must see: in a box, except while the desk waits for a scan (then
    on the status line, where the next scan's Enter cannot take it away). A dialog's own
    warning is always its box: while the dialog is open it has the keyboard anyway, and
    the status line behind it would go unseen."""
    if _quiet is not None and not _in_dialog(parent) and _quiet(text, False):
        return
    QMessageBox.warning(parent, title, text)


def _in_dialog(widget) -> bool:
    return isinstance(widget, QWidget) and isinstance(widget.window(), QDialog)


def is_server_lost(error: BaseException) -> bool:
    return isinstance(error, DatabaseProblem) and error.code == "server_unreachable"


def _report(kind, error, trace) -> None:
    parent = QApplication.activeWindow()
    if isinstance(error, SmartNetError):
        text = error_text(error)
        if _quiet is not None and _quiet(text, is_server_lost(error)):
            return
        QMessageBox.warning(parent, "SmartNet Desktop", text)
        return
    path = log_error(error, kind, trace)
    if path is None:  # a full disk or an unwritable data folder: name no empty log
        text = QCoreApplication.translate(
            "ErrorHandling",
            "Something unexpected went wrong. Your data is safe: every change is saved as it is "
            "made. The details could not be written (the data folder is full or unwritable).",
        )
    else:
        text = fill(
            QCoreApplication.translate(
                "ErrorHandling",
                "Something unexpected went wrong. Your data is safe: every change is saved as it "
                "is made. Details were written to %1.",
            ),
            str(path),
        )
    if _quiet is not None and _quiet(text, False):
        return
    QMessageBox.critical(parent, "SmartNet Desktop", text)


def install_exception_hook() -> None:
    sys.excepthook = _report


def offer_restore(problem: DatabaseProblem, reopen: Callable):
    """A damaged database: say so and offer the newest backup. Returns the reopened
    context, or None when the user declines or nothing could be restored."""
    backup = problem.params.get("backup") if problem.code == "damaged" else None
    if not backup:
        QMessageBox.critical(None, "SmartNet Desktop", error_text(problem))
        return None
    answer = QMessageBox.question(
        None,
        "SmartNet Desktop",
        error_text(problem)
        + "\n\n"
        + QCoreApplication.translate(
            "ErrorHandling", "Restore this backup now? The damaged file is kept beside it."
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    from smartnet_desktop.services import backups

    try:
        backups.restore(problem.params["location"], Path(backup))
        return reopen()
    except SmartNetError as error:
        QMessageBox.critical(None, "SmartNet Desktop", error_text(error))
        return None
