"""The X keyboard layouts themselves (xkeyboard-config through xkbcomp), for tests that
must not guess what a key types: which character each key position gives on `us` and `de`,
and the key presses a keyboard-wedge scanner set to one layout sends for a text."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEYSYMDEF = Path("/usr/include/X11/keysymdef.h")
EVDEV_KEYCODES = Path("/usr/share/X11/xkb/keycodes/evdev")
# The keys a scanner uses, in the order it prefers them (LSGT, the German "<>" key, last).
KEYS = (
    ["TLDE"]
    + [f"AE{i:02d}" for i in range(1, 13)]
    + [f"AD{i:02d}" for i in range(1, 13)]
    + [f"AC{i:02d}" for i in range(1, 12)]
    + ["BKSL"]
    + [f"AB{i:02d}" for i in range(1, 11)]
    + ["LSGT"]
)


def missing() -> str:
    """Why the layouts cannot be read here, or ""."""
    if shutil.which("xkbcomp") is None:
        return "needs xkbcomp (Debian: x11-xkb-utils)"
    if not KEYSYMDEF.exists():
        return "needs keysymdef.h (Debian: x11proto-dev)"
    if not EVDEV_KEYCODES.exists():
        return "needs the xkb data (Debian: xkb-data)"
    return ""


def characters() -> dict[str, str]:
    """X keysym names with a Unicode character (dead keys have none)."""
    names = {}
    for line in KEYSYMDEF.read_text().splitlines():
        match = re.match(r"#define XK_(\w+)\s+0x[0-9a-f]+\s*/\*\s*U\+([0-9A-F]+)", line)
        if match:
            names[match.group(1)] = chr(int(match.group(2), 16))
    return names


def layout(name: str, folder: Path) -> dict[str, list[str]]:
    """Key name -> [keysym without Shift, keysym with Shift] of the layout."""
    source = folder / f"{name}.xkb"
    compiled = folder / f"{name}.compiled"
    source.write_text(
        'xkb_keymap { xkb_keycodes { include "evdev+aliases(qwerty)" }; '
        'xkb_types { include "complete" }; xkb_compat { include "complete" }; '
        f'xkb_symbols {{ include "pc+{name}" }}; }};'
    )
    subprocess.run(["xkbcomp", "-w0", "-xkb", str(source), str(compiled)], check=True)
    keys = {}
    for match in re.finditer(r"key <(\w+)>\s*\{(.*?)\};", compiled.read_text(), re.S):
        symbols = re.search(r"\[([^\]]*)\]", match.group(2).replace("[Group1]", ""))
        if symbols:
            keys[match.group(1)] = [s.strip() for s in symbols.group(1).split(",")][:2]
    return keys


def _positions(scanner: str, folder: Path) -> dict[str, tuple[str, int]]:
    """Printable ASCII character -> (key name, level) a scanner set to `scanner` uses."""
    chars, keys, found = characters(), layout(scanner, folder), {}
    for key in KEYS:
        for level, symbol in enumerate(keys.get(key, [])):
            char = chars.get(symbol)
            if char is not None and " " < char < "\x7f" and char not in found:
                found[char] = (key, level)
    return found


def arrives_meant(scanner: str, host: str, folder: Path) -> tuple[str, str]:
    """(characters as they arrive, characters meant) where a scanner set to `scanner` on a
    computer set to `host` types another character than it means."""
    chars, typed = characters(), layout(host, folder)
    pairs: dict[str, str] = {}
    for meant, (key, level) in _positions(scanner, folder).items():
        symbols = typed.get(key, [])
        arrives = chars.get(symbols[level]) if level < len(symbols) else None
        if arrives is not None and arrives != meant:
            pairs[arrives] = meant
    return "".join(pairs), "".join(pairs.values())


def scanner_keys(text: str, scanner: str, folder: Path) -> list[str]:
    """The key presses (xdotool key names: evdev keycodes, with shift+) a scanner set to
    `scanner` sends for `text`, whatever layout the computer has."""
    codes = dict(re.findall(r"<(\w+)>\s*=\s*(\d+);", EVDEV_KEYCODES.read_text()))
    positions = _positions(scanner, folder)
    presses = []
    for char in text:
        key, level = positions[char]
        presses.append(("shift+" if level else "") + codes[key])
    return presses
