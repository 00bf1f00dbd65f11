"""Loads the German (or English) translation of the window and of Qt's own dialogs."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.messages import CONTEXT, format_error
from smartnet_desktop.paths import TRANSLATIONS

SUPPORTED = ("de", "en")


def choose_language(requested: str | None, saved: str | None) -> str:
    """--lang wins, then the saved preference, then the system locale; German by default."""
    for candidate in (requested, saved):
        if candidate in SUPPORTED:
            return candidate
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "de"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """English is the source language; German loads our .qm and Qt's qtbase_de.qm."""
    QLocale.setDefault(
        QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    own = QTranslator(app)
    if own.load(str(TRANSLATIONS / f"smartnet_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt_own = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_path):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def error_text(error: Exception) -> str:
    """An error worded for the user: a domain error in the window's language, a file error
    as the system words it, anything else as its message."""
    if isinstance(error, SmartNetError):
        return format_error(error, lambda text: QCoreApplication.translate(CONTEXT, text))
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    return str(error)


def fill(template: str, *values: object) -> str:
    """A translated text with its %1, %2 ... filled in, in one pass: a value that itself
    holds "%2" stays as it is (chained str.replace calls would replace it too)."""

    def value(match: re.Match) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)


def problem_text(problem: dict) -> str:
    """One problem of an import ("line N: sentence") in the window's language."""
    from smartnet_desktop.messages import problem_line

    return problem_line(problem, lambda text: QCoreApplication.translate(CONTEXT, text))
