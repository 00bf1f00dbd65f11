"""The one way a view runs a user action (as Anki's CollectionOp): call the service; a
domain error or a file error becomes a sentence in a warning box (on the status line
while the desk shows) and the action is over;
anything else is a bug and goes to the exception hook, which logs it and shows no
traceback. Dialogs that show errors in their own red line, and the desk, which shows them
in its result band, word them with the same error_text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.i18n import error_text

T = TypeVar("T")


def run_action(parent: QWidget | None, title: str, call: Callable[[], T]) -> T | None:
    """The call's result, or None after the user was told why it did not work."""
    try:
        return call()
    except (SmartNetError, OSError) as error:
        warn(parent, title, error_text(error))  # no box while the desk waits for a scan
        return None
