"""The key table (smartnet_desktop/keys.py) in the window: shortcuts bound by action id,
labels that show their key, the desk's hint line and the F1 reference."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from smartnet_desktop import keys as table
from smartnet_desktop.keys import BY_ACTION, CONTEXT, HINT, KIOSK, PLACES, WINDOW, groups

# Set on every QAction and QShortcut made from the table: tests find where a key came from.
ACTION_PROPERTY = "key_action"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _key_name(part: str) -> str:
    """ "Ctrl" -> "Strg", "Ins" -> "Einfg" in German, as Qt's own translation names them;
    arrows and Enter as the README writes them."""
    if part in ("Up", "Down", "Return"):
        return table.key_name(part)
    if part in ("Ctrl", "Shift", "Alt", "Meta"):
        return QCoreApplication.translate("QShortcut", part)
    return QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText)


def shown(entry) -> str:
    """The entry's keys in the window's language ("Strg+Z", "Alt+↑")."""
    return table.shown(entry, _key_name)


def sequences(action: str, index: int | None = None) -> list[QKeySequence]:
    """The table's keys of one action (or its index-th key: one Ctrl+number per view)."""
    keys = BY_ACTION[action].keys
    chosen = keys if index is None else keys[index : index + 1]
    return [QKeySequence(k) for k in chosen]


def key_of(action: str) -> str:
    """The action's key as a sentence names it ("press %1" filled with "F10")."""
    return shown(BY_ACTION[action])


def labelled(text: str, action: str) -> str:
    """A button's or entry's label with its key: "Edit… (F2)"."""
    return f"{text} ({shown(BY_ACTION[action])})"


def key_text(action: str, index: int) -> str:
    return BY_ACTION[action].keys[index]


def set_keys(qaction: QAction, action: str, index: int | None = None) -> QAction:
    qaction.setShortcuts(sequences(action, index))
    qaction.setProperty(ACTION_PROPERTY, action)
    return qaction


def bind(widget: QWidget, action: str, slot) -> list[QShortcut]:
    """The action's keys while the focus is in `widget` (a view and its children)."""
    made = []
    for sequence in sequences(action):
        shortcut = QShortcut(sequence, widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setProperty(ACTION_PROPERTY, action)
        shortcut.activated.connect(slot)
        made.append(shortcut)
    return made


def hint_line() -> str:
    """The desk's line under the table: "F7 no photos · … · F1 all keys"."""
    return " · ".join(
        f"{shown(entry)} {_tr(entry.hint)}"
        for _, entries in groups()
        for entry in entries
        if HINT in entry.how
    )


def reference_html() -> str:
    """The F1 reference: every entry of the table, by where it works; the desk and the
    window's keys beside the views' keys, so that it fits a laptop's screen. The kiosk's
    key is not this window's (the kiosk is its own window, without F1): README only."""
    columns = ([], [])
    for place, entries in groups():
        if place == KIOSK:
            continue
        rows = "".join(
            f"<tr><td style='padding-right:16px'><b>{escape(shown(e))}</b></td>"
            f"<td>{escape(_where(e))}</td></tr>"
            for e in entries
        )
        heading = f"<tr><td colspan='2'><br><i>{escape(_tr(PLACES[place]))}</i></td></tr>"
        columns[place not in ("desk", WINDOW)].append(heading + rows)
    cells = "".join(
        f"<td valign='top' style='padding-right:24px'><table>{''.join(c)}</table></td>"
        for c in columns
    )
    return f"<table><tr>{cells}</tr></table>"


def _where(entry) -> str:
    what = _tr(entry.what)
    if len(entry.where) > 1:
        return f"{what} ({', '.join(_tr(PLACES[w]) for w in entry.where)})"
    return what
