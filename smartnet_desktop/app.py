"""Wiring: settings, database, translator, QApplication and the main window.

Start-up imports only what the first window needs; ReportLab and friends load on use.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.errors import DatabaseProblem, SmartNetError
from smartnet_desktop.settings import Settings, config_dir, default_database

_PROCESS_START = time.time()
# The desk's first screenful: main_window.FIRST_ROWS and checkin_view.LATEST_SHOWN, which
# start-up cannot import this early (a test keeps them equal).
PREVIEW_ROWS, PREVIEW_LATEST = 100, 12


def open_context(location: str | None, settings: Settings) -> AppContext:
    """The database at `location`; None means a fresh throw-away copy of the demo meeting."""
    from smartnet_desktop.db import open_database

    if location is None:
        from smartnet_desktop.services.demo import load_demo

        folder = Path(tempfile.mkdtemp(prefix="smartnet-demo-"))
        path = folder / "demo.db"
        engine, sessions = open_database(path)
        atexit.register(_remove_demo_copy, engine, folder)
        load_demo(sessions)
        return AppContext(sessions, str(path), settings, is_demo=True)
    _engine, sessions = open_database(location)
    return AppContext(sessions, str(location), settings)


def _remove_demo_copy(engine, folder: Path) -> None:
    """A throw-away demo database goes when the program ends (connections closed first)."""
    engine.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def run_gui(args: argparse.Namespace) -> int:
    from smartnet_desktop.ui.display_check import display_problem

    problem = None if _application_exists() else display_problem()
    if problem:  # Qt would print several lines and abort (exit 134)
        print(f"smartnet-desktop: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from smartnet_desktop.ui.i18n import choose_language, install_translators

    settings = Settings.load()
    if _kiosk_without_pin(args, settings):
        return 2
    _take_desk_name(args, settings)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SmartNet Desktop")
    app.setOrganizationName("SmartNet")
    language = choose_language(args.lang, settings.language)
    install_translators(app, language)

    from smartnet_desktop.ui import start_screen as start

    start_screen = start.start_screen()
    _probe_first_paint(start_screen, "first_window")
    start_screen.show()
    app.processEvents()  # painted before the database library and the views are loaded

    location = None if args.demo else str(args.db or default_database())
    qsettings = QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
    if not getattr(args, "kiosk", False):
        _first_glance(start_screen, location, qsettings)

    from smartnet_desktop.ui.error_handling import install_exception_hook

    install_exception_hook()
    context = _opened(location, settings, start_screen)
    if context is None:
        return 1
    if getattr(args, "kiosk", False):
        return _run_kiosk(app, context, args, language, start_screen)

    from smartnet_desktop.ui.main_window import MainWindow

    window = MainWindow(context, lambda where: open_context(where, settings), qsettings)
    _start_probe(window)
    from smartnet_desktop.ui.screen_fit import fit_before_show, keep_on_screen_once_shown

    fit_before_show(window)  # the default or remembered size, made to fit this screen
    window.show()
    start_screen.close()
    keep_on_screen_once_shown(window)
    app.processEvents()  # paint the window before the attendee list is loaded
    window.start()
    # after the first paint, off the hot path
    QTimer.singleShot(1500, window.data_protection.backup_at_start)
    if os.environ.get("SMARTNET_QUIT_AFTER_START"):
        QTimer.singleShot(int(os.environ["SMARTNET_QUIT_AFTER_START"]), app.quit)
    return app.exec()


def _take_desk_name(args: argparse.Namespace, settings: Settings) -> None:
    """--desk NAME: this desk's name from now on."""
    if args.desk and args.desk.strip() and args.desk.strip() != settings.desk_name:
        settings.desk_name = args.desk.strip()[:100]
        settings.save()


def _first_glance(start_screen, location: str | None, qsettings) -> None:
    """The desk's first screenful on the start screen, read with sqlite3 while SQLAlchemy
    and the window load (issue 24 item 5); nothing when anything is in doubt."""
    from smartnet_desktop.services.first_glance import first_glance
    from smartnet_desktop.ui import start_screen as start

    remembered = qsettings.value(f"last_event/{location}")
    try:
        remembered = int(remembered) if remembered else None
    except (TypeError, ValueError):
        remembered = None
    glance = first_glance(location, remembered, PREVIEW_ROWS, PREVIEW_LATEST)
    if glance is None:
        return
    table = start.show_first_glance(start_screen, glance)
    _probe_first_paint(table, "first_rows_visible")
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # painted now, before SQLAlchemy loads


def _kiosk_without_pin(args: argparse.Namespace, settings: Settings) -> bool:
    """A kiosk nobody could leave is refused before anything shows (one line, exit 2)."""
    if not getattr(args, "kiosk", False) or settings.kiosk_pin:
        return False
    from smartnet_desktop.ui.kiosk.start import NO_PIN

    print(f"smartnet-desktop: {NO_PIN}", file=sys.stderr)
    return True


def _run_kiosk(app, context: AppContext, args, language: str, start_screen) -> int:
    """The self check-in kiosk instead of the main window (issue 27)."""
    from PySide6.QtWidgets import QMessageBox

    from smartnet_desktop.ui.i18n import error_text
    from smartnet_desktop.ui.kiosk.start import start_kiosk

    try:
        window = start_kiosk(context, args.kiosk_event, language)
    except SmartNetError as error:
        start_screen.close()
        QMessageBox.critical(None, "SmartNet Desktop", error_text(error))
        return 1
    start_screen.close()
    app.kiosk_window = window  # kept alive for as long as the application runs
    if os.environ.get("SMARTNET_QUIT_AFTER_START"):
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(os.environ["SMARTNET_QUIT_AFTER_START"]), app.quit)
    return app.exec()


def _opened(location: str | None, settings: Settings, start_screen) -> AppContext | None:
    """The database opened, or restored from a backup when the user chooses; None when it
    cannot be used (the user was told)."""
    from PySide6.QtWidgets import QMessageBox

    from smartnet_desktop.ui.error_handling import offer_restore
    from smartnet_desktop.ui.i18n import error_text

    try:
        return open_context(location, settings)
    except DatabaseProblem as problem:
        start_screen.close()  # it stays on top: it would hide the dialog
        return offer_restore(problem, lambda: open_context(location, settings))
    except SmartNetError as error:
        start_screen.close()
        QMessageBox.critical(None, "SmartNet Desktop", error_text(error))
        return None


def _application_exists() -> bool:
    """A QApplication made already (a test's) has its platform: nothing left to check."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is not None


def _start_probe(window) -> None:
    """With SMARTNET_STARTUP_PROBE set, print when the window and the data were shown, then quit.

    benchmarks/startup.py reads these lines; the times are wall-clock seconds since the epoch.
    """
    if not os.environ.get("SMARTNET_STARTUP_PROBE"):
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    print(f"probe process_start {_PROCESS_START:.6f}", flush=True)
    _probe_first_paint(window, "window_shown")

    def first_rows_shown() -> None:  # a large event's first screenful, before the rest
        QApplication.processEvents()
        print(f"probe desk_first_rows_visible {time.time():.6f}", flush=True)

    window.firstRowsShown.connect(first_rows_shown)

    def data_shown() -> None:
        QApplication.processEvents()  # let the table paint its first rows
        print(f"probe data_visible {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    window.dataShown.connect(data_shown)


def _probe_first_paint(widget, mark: str) -> None:
    """Prints `probe <mark> <time>` when `widget` is first painted (with the probe set)."""
    if not os.environ.get("SMARTNET_STARTUP_PROBE"):
        return
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print(f"probe {mark} {time.time():.6f}", flush=True)
                watched.removeEventFilter(self)
            return False

    widget._probe = FirstPaint(widget)
    widget.installEventFilter(widget._probe)
