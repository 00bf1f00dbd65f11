"""The one table of keys (smartnet_desktop/keys.py): no key means two things in one place,
and the README's key lists are the table's (regenerate with
`python3 -m smartnet_desktop.keys --readme`)."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

from smartnet_desktop import keys
from smartnet_desktop.keys import KEYS, PLACES, WINDOW


def _clashes(entries=KEYS) -> dict[str, list[str]]:
    """Per view: keys bound twice there. A window key works in every view too."""
    clashes = {}
    everywhere = [k for e in entries if WINDOW in e.where for k in e.keys]
    for place in PLACES:
        here = everywhere + (
            [k for e in entries if place in e.where for k in e.keys] if place != WINDOW else []
        )
        twice = sorted(k for k, n in Counter(here).items() if n > 1)
        if twice:
            clashes[place] = twice
    return clashes


def test_no_two_actions_share_a_key_in_one_place():
    assert _clashes() == {}


def test_the_clash_check_sees_a_view_key_that_a_menu_already_uses():
    """As Ctrl+E was: the File menu's attendee export and the distribution list's."""
    (menu_key,) = keys.keys_of("attendees.export")
    doubled = keys._key("contacts.export", menu_key, "contact_sharing", keys.SHORTCUT, "x")
    others = tuple(e for e in KEYS if e.action != "contacts.export")
    assert _clashes((*others, doubled)) == {"contact_sharing": [menu_key]}


# Keys a focused text field takes for editing (Qt's key bindings on Windows and X11, where
# Ctrl+E is end of line, Ctrl+D delete, Ctrl+K/Ctrl+U delete to end/the line): bound to an
# action they never reach it while a search field has the focus (the desk's always has).
TEXT_FIELD_KEYS = {
    "Ctrl+A", "Ctrl+C", "Ctrl+V", "Ctrl+X", "Ctrl+Y", "Ctrl+Shift+Z", "Ctrl+Ins", "Shift+Ins",
    "Shift+Del", "Ctrl+E", "Ctrl+D", "Ctrl+K", "Ctrl+U", "Ctrl+Shift+A", "Ctrl+Backspace",
    "Ctrl+Del", "Ctrl+Left", "Ctrl+Right", "Ctrl+Home", "Ctrl+End", "Home", "End",
}  # fmt: skip


def test_no_key_is_one_a_text_field_takes():
    taken = {e.action: k for e in KEYS for k in e.keys if k in TEXT_FIELD_KEYS}
    assert taken == {}


def test_each_action_once_with_known_places_and_words():
    assert len({e.action for e in KEYS}) == len(KEYS)
    for entry in KEYS:
        assert entry.keys and entry.what, entry
        assert set(entry.where) <= set(PLACES), entry
        assert entry.how <= {keys.MENU, keys.SHORTCUT, keys.BUTTON, keys.HINT, keys.HANDLED}
        assert bool(entry.hint) == (keys.HINT in entry.how), entry


def test_keys_are_shown_as_people_read_them():
    assert keys.shown(keys.BY_ACTION["view.show"]) == f"Ctrl+1 … Ctrl+{keys.VIEW_COUNT}"
    assert keys.shown(keys.BY_ACTION["desk.choose"]) == "↑/↓"
    assert keys.shown(keys.BY_ACTION["agenda.up"]) == "Alt+↑"


def test_the_readme_lists_the_keys_of_the_table():
    readme = keys.README.read_text(encoding="utf-8")
    assert keys.with_readme_block(readme) == readme, (
        "README's key lists differ from smartnet_desktop/keys.py: "
        "run python3 -m smartnet_desktop.keys --readme"
    )
    for entry in KEYS:
        assert f"| {keys.shown(entry)} | {entry.what}" in readme


def test_the_readme_generator_runs_without_qt(tmp_path):
    """The generator writes only between its markers, and needs no display or Qt."""
    readme = tmp_path / "README.md"
    readme.write_text(f"# x\n\nbefore\n{keys.BEGIN}\nold\n{keys.END}\nafter\n", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from smartnet_desktop import keys\n"
        f"keys.README = Path({str(readme)!r})\n"
        "assert keys.main(['--readme']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# x\n\nbefore\n") and text.endswith(f"{keys.END}\nafter\n")
    assert "old" not in text and "| F10 | print the badge" in text


def test_keys_named_elsewhere_in_the_readme_are_keys_of_the_table():
    """Prose mentions a key now and then ("register walk-ins with Ctrl+N"): it must be one
    the table binds (Ctrl+E was named for the attendee export after it stopped working)."""
    import re

    readme = keys.README.read_text(encoding="utf-8")
    start, end = readme.index(keys.BEGIN), readme.index(keys.END)
    prose = readme[:start] + readme[end:]
    named = set(re.findall(r"\b(?:(?:Ctrl|Shift|Alt)\+)+(?:F\d{1,2}|[A-Z0-9]\b|↑|↓)", prose))
    named |= set(re.findall(r"(?<![\w+])F(?:[1-9]|1[0-2])\b", prose))
    assert named, "the pattern finds the keys the README names"
    known = {k.replace("Up", "↑").replace("Down", "↓") for e in KEYS for k in e.keys}
    assert sorted(named - known) == []


_KEY_IN_TEXT = (
    r"\b(?:Ctrl|Strg|Shift|Umschalt|Alt)\+|(?<![\w+%])F(?:[1-9]|1[0-2])\b|\bEsc\b|↑|↓"
    r"|\bEnter\b|\((?:Ins|Del|Einfg|Entf)\)"
)


def _translated_texts(path) -> list[tuple[int, str]]:
    """The string literals a tr()/translate()/QT_TRANSLATE_NOOP() call carries."""
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        if name in ("tr", "translate", "QT_TRANSLATE_NOOP"):
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((node.lineno, arg.value))
    return found


def test_no_translated_text_in_the_window_spells_a_key():
    """Keys come from the table (ui/keys.key_of, labelled, hint_line), never typed into a
    label or sentence, where they go stale (F1 said Ctrl+1 … Ctrl+6 for nine views)."""
    import re

    root = keys.README.parent / "smartnet_desktop"
    spelled = [
        f"{path.relative_to(root)}:{line}: {text}"
        for path in sorted((root / "ui").rglob("*.py"))
        for line, text in _translated_texts(path)
        if re.search(_KEY_IN_TEXT, text)
    ]
    assert spelled == []
