"""The error log: where anything unexpected is written with its traceback, for the window
and the command line alike, so that the user reads one sentence and the details stay on
disk for whoever helps them."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from smartnet_desktop.settings import data_dir


def log_file() -> Path:
    return data_dir() / "smartnet-errors.log"


def log_error(error: BaseException, kind=None, trace=None) -> Path | None:
    """Writes `error` with its traceback to the error log; returns the log's path, or None
    when it could not be written (a full disk, an unwritable data folder: the entry is
    lost, never the program), so that no message names a log without the details."""
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat()}\n")
            handle.write(
                "".join(
                    traceback.format_exception(
                        kind or type(error), error, trace or error.__traceback__
                    )
                )
            )
    except OSError:
        return None
    return path
