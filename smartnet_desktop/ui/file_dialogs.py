"""Every file dialog of the window is built here, and nowhere else (a test greps for it).

Why: SQLite's locks are POSIX locks and belong to the process. Any open()+close() of the
database file inside this process drops every lock SQLite holds on it; the next program
that opens the file then thinks it is alone, deletes the live write-ahead log, and the
window's later work goes into a deleted file (SQLite's "How To Corrupt An SQLite Database
File", section 2.2). Qt's file dialog does exactly that when it shows the database's
folder: its icon provider asks QMimeDatabase for each file's type, which reads the first
bytes of files whose name does not decide it (such as "x.db"). A native dialog (GTK's, in
this process) sniffs the same way. So: Qt's own dialog, with an icon provider that looks
at names and stat() only, never at contents. The print dialog's "print to file" completer
lists the home folder the same way and gets the same provider.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QFileSystemModel, QWidget

DIALOG_NAME = "smartnet-file-dialog"  # lets tests find an open dialog
FOLDER = QT_TRANSLATE_NOOP("FileDialogs", "Folder")
FILE = QT_TRANSLATE_NOOP("FileDialogs", "File")


class NameOnlyIconProvider(QFileIconProvider):
    """A folder or a file icon and a "Folder"/"File" type: nothing that opens a file."""

    def icon(self, what):  # Qt override; both overloads (file info, icon type) arrive here
        if isinstance(what, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if what.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        # The default asks QMimeDatabase, which reads the file's first bytes.
        # Called from Qt's file-information thread too: translate() is safe there.
        return QCoreApplication.translate("FileDialogs", FOLDER if info.isDir() else FILE)


def _dialog(parent: QWidget | None, caption: str, start: str, filters: str) -> QFileDialog:
    """The dialog opens on the folder of `start` and selects its file name. Built on the
    folder only and given the provider before any event is processed: a dialog built on
    a file name asks the default provider about that file already in its constructor."""
    folder, name = _folder_and_name(start)
    dialog = QFileDialog(parent, caption, folder, filters)
    # Qt's own widgets first: with a native dialog pending there is no model yet, and
    # setIconProvider would do nothing.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._name_only_icons = provider  # the dialog does not own its provider: keep it alive
    dialog.setObjectName(DIALOG_NAME)
    if name:
        dialog.selectFile(name)
    return dialog


def _folder_and_name(start: str) -> tuple[str, str]:
    """ "" (the dialog's last folder), "name.pdf" (a name in it), a folder, or a file path."""
    if not start:
        return "", ""
    path = Path(start).expanduser()
    if path.is_dir():
        return str(path), ""
    if path.parent == Path("."):
        return "", path.name
    return str(path.parent), path.name


def _run(dialog: QFileDialog) -> str:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        return dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    """An existing file to read, or "" when the user cancelled."""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def save_file_name(
    parent: QWidget | None,
    caption: str,
    start: str = "",
    filters: str = "",
    confirm_overwrite: bool = True,
) -> str:
    """A file name to write (the dialog asks before naming an existing file unless
    `confirm_overwrite` is False), or "" when the user cancelled."""
    dialog = _dialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return _run(dialog)


def existing_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    """An existing folder, or "" when the user cancelled."""
    dialog = _dialog(parent, caption, start, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


def print_dialog(printer: QPrinter, parent: QWidget | None) -> QPrintDialog:
    """Qt's print dialog, whose file-name completer lists the home folder (where a database
    may be) with a content-sniffing icon provider: it gets the name-only one before it is
    shown (the listing starts when the dialog shows)."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName(DIALOG_NAME)
    provider = NameOnlyIconProvider()
    for model in dialog.findChildren(QFileSystemModel):
        model.setIconProvider(provider)
    dialog._name_only_icons = provider
    return dialog
