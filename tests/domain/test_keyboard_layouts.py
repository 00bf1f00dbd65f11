"""The layout tables are the X keyboard layouts' own: derived again here with xkbcomp from
xkeyboard-config (levels 1 and 2 of the main keys) and compared with the module's."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from smartnet_desktop.domain import keyboard_layouts

KEYSYMDEF = Path("/usr/include/X11/keysymdef.h")
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


def _characters() -> dict[str, str]:
    """X keysym names with a Unicode character (dead keys have none)."""
    names = {}
    for line in KEYSYMDEF.read_text().splitlines():
        match = re.match(r"#define XK_(\w+)\s+0x[0-9a-f]+\s*/\*\s*U\+([0-9A-F]+)", line)
        if match:
            names[match.group(1)] = chr(int(match.group(2), 16))
    return names


def _layout(name: str, folder: Path) -> dict[str, list[str]]:
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


def _arrives_meant(scanner: str, host: str, folder: Path) -> tuple[str, str]:
    characters = _characters()
    sent, typed = _layout(scanner, folder), _layout(host, folder)
    pairs: dict[str, str] = {}
    used: set[str] = set()
    for key in KEYS:
        for level in (0, 1):
            if key not in sent or key not in typed or level >= len(sent[key]):
                continue
            meant = characters.get(sent[key][level])
            if meant is None or not " " < meant < "\x7f" or meant in used:
                continue
            used.add(meant)
            arrives = characters.get(typed[key][level]) if level < len(typed[key]) else None
            if arrives is not None and arrives != meant:
                pairs[arrives] = meant
    return "".join(pairs), "".join(pairs.values())


@pytest.mark.skipif(
    shutil.which("xkbcomp") is None or not KEYSYMDEF.exists(),
    reason="needs xkbcomp and keysymdef.h (Debian: x11-xkb-utils x11proto-core-dev)",
)
def test_the_tables_are_those_of_the_x_layouts(tmp_path):
    assert _arrives_meant("us", "de", tmp_path) == keyboard_layouts.US_SCANNER_ON_GERMAN
    assert _arrives_meant("de", "us", tmp_path) == keyboard_layouts.GERMAN_SCANNER_ON_US


def test_a_badge_address_typed_by_a_wrongly_set_scanner_reads_back():
    us_on_german = "httpsÖ--smartßnet.example-gera§K6QQPZ"
    assert keyboard_layouts.read_back(us_on_german)[0] == "https://smart-net.example/gera#K6QQPY"
    german_on_us = "https>&&smart/net.example&gera\\K6QQPZ"
    assert "https://smart-net.example/gera#K6QQPY" in keyboard_layouts.read_back(german_on_us)
    assert keyboard_layouts.read_back("K6QQPG") == []
