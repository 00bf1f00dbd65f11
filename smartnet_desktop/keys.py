"""The one table of keys: every shortcut of the window, where it works and what it does.

Menus, buttons, the desk's hint line, the F1 reference (ui/keys.py) and the README's key
lists (`python3 -m smartnet_desktop.keys --readme`) are all made from KEYS; no label or
text repeats a key by hand. Qt-free, so that the README generator runs without a display.

QT_TRANSLATE_NOOP only marks a string for Qt's lupdate (context "Keys"); the window passes
the English text through QCoreApplication.translate.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

CONTEXT = "Keys"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate's name)
    return text


# Where a key works. "window" keys work in every view, so no view may bind one of them.
WINDOW = "window"
KIOSK = "kiosk"  # the self check-in kiosk's own window (ui/kiosk/), not the main window
PLACES = {
    "desk": QT_TRANSLATE_NOOP("Keys", "At the desk"),
    WINDOW: QT_TRANSLATE_NOOP("Keys", "Everywhere"),
    "attendees": QT_TRANSLATE_NOOP("Keys", "Attendees"),
    "agenda": QT_TRANSLATE_NOOP("Keys", "Agenda"),
    "photo_consent": QT_TRANSLATE_NOOP("Keys", "Photo consent"),
    "contact_sharing": QT_TRANSLATE_NOOP("Keys", "Contact sharing"),
    "badges": QT_TRANSLATE_NOOP("Keys", "Badges"),
    "organisations": QT_TRANSLATE_NOOP("Keys", "Organisations"),
    KIOSK: QT_TRANSLATE_NOOP("Keys", "At the kiosk"),
}

# How a key is bound: "menu" (an entry of the menu bar), "shortcut" (a view's shortcut or
# action), "button" (a button whose label shows the key), "hint" (the desk's hint line),
# "handled" (the widget reads the key itself: Enter, arrows, Esc in the search field).
MENU, SHORTCUT, BUTTON, HINT, HANDLED = "menu", "shortcut", "button", "hint", "handled"

VIEW_COUNT = 9  # the window's views, one Ctrl+number each (a test checks the window)


@dataclass(frozen=True)
class Key:
    action: str  # the action's id, used by the code that binds it
    keys: tuple[str, ...]  # Qt's portable key text ("Ctrl+Shift+E", "Alt+Up")
    where: tuple[str, ...]  # keys of PLACES
    how: frozenset[str]  # MENU, SHORTCUT, BUTTON, HINT, HANDLED
    what: str  # what it does (F1, README), marked for translation
    hint: str = ""  # the short words of the desk's hint line, where HINT


def _key(action, keys, where, how, what, hint="") -> Key:
    keys = (keys,) if isinstance(keys, str) else tuple(keys)
    where = (where,) if isinstance(where, str) else tuple(where)
    return Key(action, keys, where, frozenset(how.split()), what, hint)


_LISTS = ("attendees", "photo_consent", "contact_sharing")

KEYS: tuple[Key, ...] = (
    # -- at the desk: the search field keeps the keyboard ---------------------------------
    _key(
        "desk.check_in",
        "Return",
        "desk",
        HANDLED,
        QT_TRANSLATE_NOOP(
            "Keys", "check in: the scanned badge, the single match or the chosen row"
        ),
    ),
    _key(
        "desk.choose",
        ("Up", "Down"),
        "desk",
        HANDLED,
        QT_TRANSLATE_NOOP("Keys", "choose among several matches"),
    ),
    _key(
        "desk.cancel",
        "Esc",
        "desk",
        HANDLED,
        QT_TRANSLATE_NOOP("Keys", "empty the search field; answer a question in the band with no"),
    ),
    _key(
        "desk.undo",
        "Ctrl+Z",
        "desk",
        f"{HANDLED} {BUTTON}",
        QT_TRANSLATE_NOOP(
            "Keys",
            "undo typing; in the empty field: offers to undo this desk's last check-in "
            "(Enter confirms)",
        ),
    ),
    _key(
        "desk.walk_in",
        "Ctrl+N",
        "desk",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP(
            "Keys",
            "walk-in, prefilled from the typed name: register and check in, with photo "
            "and contact-sharing answers",
        ),
    ),
    _key(
        "desk.no_photos",
        "F7",
        "desk",
        f"{SHORTCUT} {HINT}",
        QT_TRANSLATE_NOOP("Keys", "no photos at this meeting"),
        QT_TRANSLATE_NOOP("Keys", "no photos"),
    ),
    _key(
        "desk.no_photos_anywhere",
        "Shift+F7",
        "desk",
        f"{SHORTCUT} {HINT}",
        QT_TRANSLATE_NOOP("Keys", "no photos at any meeting"),
        QT_TRANSLATE_NOOP("Keys", "no photos at any event"),
    ),
    _key(
        "desk.contact_yes",
        "F8",
        "desk",
        f"{SHORTCUT} {HINT}",
        QT_TRANSLATE_NOOP("Keys", "contact sharing: yes"),
        QT_TRANSLATE_NOOP("Keys", "contact sharing yes"),
    ),
    _key(
        "desk.contact_no",
        "F9",
        "desk",
        f"{SHORTCUT} {HINT}",
        QT_TRANSLATE_NOOP("Keys", "contact sharing: no"),
        QT_TRANSLATE_NOOP("Keys", "contact sharing no"),
    ),
    _key(
        "desk.print_badge",
        "F10",
        "desk",
        f"{SHORTCUT} {HINT}",
        QT_TRANSLATE_NOOP("Keys", "print the badge of the person just checked in"),
        QT_TRANSLATE_NOOP("Keys", "print badge"),
    ),
    _key(
        "desk.print_sheet",
        "F11",
        "desk",
        f"{SHORTCUT} {HINT}",
        QT_TRANSLATE_NOOP(
            "Keys", "print the sheet of matches here today for the person just checked in"
        ),
        QT_TRANSLATE_NOOP("Keys", "print sheet"),
    ),
    _key(
        "desk.edit_details",
        "F2",
        "desk",
        f"{SHORTCUT} {HINT}",
        QT_TRANSLATE_NOOP("Keys", "edit the shown person's details and note"),
        QT_TRANSLATE_NOOP("Keys", "details/note"),
    ),
    _key(
        "desk.log",
        "F12",
        "desk",
        SHORTCUT,
        QT_TRANSLATE_NOOP("Keys", "log of all scans, with their results"),
    ),
    # -- the menus: everywhere ------------------------------------------------------------
    _key(
        "help.keys",
        "F1",
        WINDOW,
        f"{MENU} {HINT}",
        QT_TRANSLATE_NOOP("Keys", "this keyboard reference"),
        QT_TRANSLATE_NOOP("Keys", "all keys"),
    ),
    _key(
        "view.show",
        tuple(f"Ctrl+{n}" for n in range(1, VIEW_COUNT + 1)),
        WINDOW,
        MENU,
        QT_TRANSLATE_NOOP(
            "Keys", "switch views (the first, the desk, puts the cursor in its search field)"
        ),
    ),
    _key("event.new", "Ctrl+Shift+E", WINDOW, MENU, QT_TRANSLATE_NOOP("Keys", "new event")),
    _key(
        "database.open", "Ctrl+O", WINDOW, MENU, QT_TRANSLATE_NOOP("Keys", "open another database")
    ),
    _key(
        "registrations.import",
        "Ctrl+I",
        WINDOW,
        MENU,
        QT_TRANSLATE_NOOP("Keys", "import registrations"),
    ),
    # Not Ctrl+E: a text field on Linux takes it (end of line), and the desk's field always
    # has the focus; it was also the distribution list's key, so in that view neither ran.
    _key(
        "attendees.export",
        "Ctrl+L",
        WINDOW,
        MENU,
        QT_TRANSLATE_NOOP("Keys", "export the attendee list"),
    ),
    _key("backup.now", "Ctrl+Shift+B", WINDOW, MENU, QT_TRANSLATE_NOOP("Keys", "back up now")),
    _key("app.quit", "Ctrl+Q", WINDOW, MENU, QT_TRANSLATE_NOOP("Keys", "quit")),
    # -- the views: where their table or list has the focus -------------------------------
    _key(
        "attendees.add",
        "Ins",
        "attendees",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "add a person"),
    ),
    _key(
        "attendees.edit",
        "F2",
        "attendees",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "edit the selected person"),
    ),
    _key(
        "attendees.remove",
        "Del",
        "attendees",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "remove the selected registrations"),
    ),
    _key(
        "attendees.undo",
        "Ctrl+Z",
        "attendees",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "undo the last removal"),
    ),
    _key(
        "consent.history",
        "Ctrl+H",
        _LISTS,
        SHORTCUT,
        QT_TRANSLATE_NOOP("Keys", "consent history of the selected person"),
    ),
    _key(
        "photos.list",
        "Ctrl+P",
        "photo_consent",
        SHORTCUT,
        QT_TRANSLATE_NOOP("Keys", "photographers' list as PDF"),
    ),
    _key(
        "contacts.export",
        "Ctrl+Shift+L",
        "contact_sharing",
        SHORTCUT,
        QT_TRANSLATE_NOOP("Keys", "export the distribution list"),
    ),
    _key(
        "badges.save",
        "Ctrl+S",
        "badges",
        SHORTCUT,
        QT_TRANSLATE_NOOP("Keys", "save the badges as PDF"),
    ),
    _key(
        "badges.print", "Ctrl+P", "badges", SHORTCUT, QT_TRANSLATE_NOOP("Keys", "print the badges")
    ),
    _key(
        "agenda.add",
        "Ins",
        "agenda",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "add an agenda item"),
    ),
    _key(
        "agenda.edit",
        "F2",
        "agenda",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "edit the selected item"),
    ),
    _key(
        "agenda.delete",
        "Del",
        "agenda",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "delete the selected item"),
    ),
    _key(
        "agenda.up",
        "Alt+Up",
        "agenda",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "move the item up"),
    ),
    _key(
        "agenda.down",
        "Alt+Down",
        "agenda",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "move the item down"),
    ),
    _key(
        "agenda.undo",
        "Ctrl+Z",
        "agenda",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "undo the last change to the agenda"),
    ),
    _key(
        "agenda.handout",
        "Ctrl+P",
        "agenda",
        SHORTCUT,
        QT_TRANSLATE_NOOP("Keys", "the agenda handout as PDF"),
    ),
    _key(
        "agenda.projector",
        ("F11", "Esc"),
        "agenda",
        HANDLED,
        QT_TRANSLATE_NOOP("Keys", "in the poll's projector view: full screen on and off; close"),
    ),
    _key(
        "organisations.edit",
        "F2",
        "organisations",
        f"{SHORTCUT} {BUTTON}",
        QT_TRANSLATE_NOOP("Keys", "edit the selected organisation's profile"),
    ),
    # -- the kiosk: every other key that would leave it is swallowed (ui/kiosk/lock.py) -----
    _key(
        "kiosk.staff",
        "Ctrl+Shift+L",
        KIOSK,
        SHORTCUT,
        QT_TRANSLATE_NOOP("Keys", "staff: the PIN page, to close the kiosk"),
    ),
)

BY_ACTION = {entry.action: entry for entry in KEYS}

_SHOWN = {"Up": "↑", "Down": "↓", "Return": "Enter"}


def key_name(part: str) -> str:
    """One part of a key ("Ctrl", "Up") as the README writes it; the window names the
    parts in its language (ui/keys.py)."""
    return _SHOWN.get(part, part)


def shown(entry: Key, name=key_name) -> str:
    """The keys as a person reads them: "F7", "Alt+↑", "↑/↓", "Ctrl+1 … Ctrl+9"."""
    texts = ["+".join(name(part) for part in k.split("+")) for k in entry.keys]
    if len(texts) > 2:
        return f"{texts[0]} … {texts[-1]}"
    return "/".join(texts)


def keys_of(action: str) -> tuple[str, ...]:
    return BY_ACTION[action].keys


def groups() -> list[tuple[str, list[Key]]]:
    """The entries by where they work, in the order of PLACES (the F1 reference, README);
    an entry that works in several views is listed under the first."""
    return [
        (place, [e for e in KEYS if e.where[0] == place])
        for place in PLACES
        if any(e.where[0] == place for e in KEYS)
    ]


# -- the README ----------------------------------------------------------------------------

README = Path(__file__).resolve().parent.parent / "README.md"
BEGIN = "<!-- key table: made by `python3 -m smartnet_desktop.keys --readme`; edit keys.py -->"
END = "<!-- end of key table -->"


def readme_block() -> str:
    """The README's key lists: the desk first, then the menus and every view."""
    lines = [BEGIN]
    for place, entries in groups():
        lines += ["", f"**{PLACES[place]}**", ""]
        lines += ["| key | what it does |", "| --- | --- |"]
        lines += [f"| {shown(e)} | {_readme_what(e)} |" for e in entries]
    return "\n".join([*lines, "", END])


def _readme_what(entry: Key) -> str:
    if len(entry.where) > 1:  # say where, as the heading names only the first view
        return f"{entry.what} ({', '.join(PLACES[w] for w in entry.where)})"
    return entry.what


def with_readme_block(text: str) -> str:
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[:start] + readme_block() + text[end:]


def main(argv: list[str]) -> int:
    if argv != ["--readme"]:
        print("usage: python3 -m smartnet_desktop.keys --readme", file=sys.stderr)
        return 2
    README.write_text(with_readme_block(README.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
