"""No traceback reaches a user: domain errors become a message box, anything unexpected is
written to a log file and reported in one sentence; the application keeps running."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from smartnet_desktop.domain.errors import DatabaseProblem, SmartNetError
from smartnet_desktop.settings import data_dir
from smartnet_desktop.ui.i18n import error_text, fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHandling", text)


def log_file() -> Path:
    return data_dir() / "smartnet-errors.log"


def _report(kind, error, trace) -> None:
    parent = QApplication.activeWindow()
    if isinstance(error, SmartNetError):
        QMessageBox.warning(parent, "SmartNet Desktop", error_text(error))
        return
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat()}\n")
            handle.write("".join(traceback.format_exception(kind, error, trace)))
    except OSError:
        pass
    QMessageBox.critical(
        parent,
        "SmartNet Desktop",
        fill(
            QCoreApplication.translate(
                "ErrorHandling",
                "Something unexpected went wrong. Your data is safe: every change is saved as it is "
                "made. Details were written to %1.",
            ),
            str(path),
        ),
    )


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
